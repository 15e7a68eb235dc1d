// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';

import type { Role } from '../../../common/accounts/roles';
import { provisionUser } from '../accounts/provision';
import { newTotpSecret } from '../accounts/totp';
import { upsertOrganisation, findOrganisationByCode } from '../organisations/store';
import type { Deps } from '../platform/deps';
import { seedDemoReports } from '../reports/demo';
import { seedDemoTips } from '../tips/demo';

/** Real public organisations; every person is synthetic (names are role descriptions). */
const demoOrganisations = [
  {
    code: 'MIN-BZK',
    type: 'ministerie',
    name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  },
  { code: 'PV27', type: 'provincie', name: 'Noord-Holland' },
  { code: 'RIEC-AMSTERDAM-AMSTELLAND', type: 'riec', name: 'RIEC Amsterdam-Amstelland' },
  {
    code: 'GM0358',
    type: 'gemeente',
    name: 'Aalsmeer',
    address: 'Raadhuisplein 1, 1431 EH Aalsmeer',
    provinceCode: 'PV27',
    riecCode: 'RIEC-AMSTERDAM-AMSTELLAND',
  },
  {
    code: 'GM0362',
    type: 'gemeente',
    name: 'Amstelveen',
    address: 'Laan Nieuwer-Amstel 1, 1182 JR Amstelveen',
    provinceCode: 'PV27',
    riecCode: 'RIEC-AMSTERDAM-AMSTELLAND',
  },
] as const;

const demoAccounts: { role: Role; organisation: string; email: string; name: string }[] = [
  {
    role: 'beheerder',
    organisation: 'GM0358',
    email: 'beheerder@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Beheerder Aalsmeer',
  },
  {
    role: 'analist',
    organisation: 'GM0358',
    email: 'analist@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Analist',
  },
  {
    role: 'melder',
    organisation: 'GM0358',
    email: 'melder@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Raadslid (melder)',
  },
  {
    role: 'behandelaar',
    organisation: 'GM0358',
    email: 'griffier@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Griffier (behandelaar)',
  },
  {
    role: 'behandelaar',
    organisation: 'GM0358',
    email: 'secretaris@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Gemeentesecretaris (behandelaar)',
  },
  {
    role: 'vertrouwenspersoon',
    organisation: 'GM0358',
    email: 'vertrouwenspersoon@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Vertrouwenspersoon',
  },
  {
    role: 'bestuurder',
    organisation: 'GM0358',
    email: 'burgemeester@aalsmeer.demo.weerbaar.nl',
    name: 'Demo Burgemeester',
  },
  {
    role: 'beheerder',
    organisation: 'GM0362',
    email: 'beheerder@amstelveen.demo.weerbaar.nl',
    name: 'Demo Beheerder Amstelveen',
  },
  ...(['melder', 'griffier', 'secretaris', 'vertrouwenspersoon'] as const).map((who) => ({
    role: (who === 'griffier' || who === 'secretaris' ? 'behandelaar' : who) as Role,
    organisation: 'GM0362',
    email: `${who}@amstelveen.demo.weerbaar.nl`,
    name: `Demo ${{ melder: 'Raadslid (melder)', griffier: 'Griffier (behandelaar)', secretaris: 'Gemeentesecretaris (behandelaar)', vertrouwenspersoon: 'Vertrouwenspersoon' }[who]} Amstelveen`,
  })),
  {
    role: 'provincie-adviseur',
    organisation: 'PV27',
    email: 'adviseur@noord-holland.demo.weerbaar.nl',
    name: 'Demo Provincie-adviseur',
  },
  {
    role: 'riec-analist',
    organisation: 'RIEC-AMSTERDAM-AMSTELLAND',
    email: 'analist@riec.demo.weerbaar.nl',
    name: 'Demo RIEC-analist',
  },
  {
    role: 'ministerie',
    organisation: 'MIN-BZK',
    email: 'programma@bzk.demo.weerbaar.nl',
    name: 'Demo Programmamedewerker',
  },
  {
    role: 'beheerder',
    organisation: 'MIN-BZK',
    email: 'beheerder@bzk.demo.weerbaar.nl',
    name: 'Demo Beheerder Ministerie',
  },
];

const words = [
  'kade',
  'molen',
  'polder',
  'dijk',
  'gracht',
  'tulp',
  'fiets',
  'haven',
  'sluis',
  'duin',
  'brug',
  'klok',
  'toren',
  'weide',
  'zeil',
  'vlag',
];

/** Four random words and a number: easy to type in a demo, far from any common-password list. */
function demoPassword(): string {
  const picked = Array.from({ length: 4 }, () => words[randomInt(words.length)]);
  return `${picked.join('-')}-${randomInt(10, 100)}`;
}

/** Seeds the demo set into an empty database; returns false when the database already had organisations. */
export async function seedDemo(deps: Deps): Promise<boolean> {
  const [row] = await deps.db.query<{ n: number }>('select count(*)::int as n from organisation');
  if ((row?.n ?? 0) > 0) return false;
  await deps.db.transaction(async (tx) => {
    for (const org of demoOrganisations) {
      await upsertOrganisation(tx, org);
      if ('address' in org)
        await tx.query('update organisation set address = $1 where code = $2', [
          org.address,
          org.code,
        ]);
    }
    let order = 0;
    for (const account of demoAccounts) {
      const org = await findOrganisationByCode(tx, account.organisation);
      if (!org) throw new Error(`demo organisation ${account.organisation} missing`);
      const password = demoPassword();
      const totpSecret = newTotpSecret();
      const { userId } = await provisionUser(
        tx,
        deps,
        {
          email: account.email,
          name: account.name,
          password,
          totpSecret,
          memberships: [{ organisationId: org.id, role: account.role }],
        },
        'system',
      );
      await tx.query(
        'insert into demo_account (user_id, password, totp_secret, role, organisation_code, sort_order) values ($1, $2, $3, $4, $5, $6)',
        [userId, password, totpSecret, account.role, org.code, order++],
      );
    }
  });
  await seedDemoReports(deps);
  await seedDemoTips(deps);
  return true;
}
