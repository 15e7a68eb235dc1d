// SPDX-License-Identifier: EUPL-1.2
import type { CreateReportRequest } from '../../../common/contracts/reports';
import { createReportRequestSchema } from '../../../common/contracts/reports';
import type { ReportStatus } from '../../../common/workflow/template';
import type { Deps } from '../platform/deps';
import type { Actor, MembershipInfo } from '../platform/sessions';

import { postMessage } from './exchange';
import { setRecord, transition } from './handling';
import { createReport } from './intake';
import * as store from './store';

/** The handlers' lines in the demo gemeenten: the griffier takes the raad line, the secretaris the college line. */
export const demoLines: { email: string; organisation: string; line: 'raad' | 'college' }[] = [
  { email: 'griffier@aalsmeer.demo.weerbaar.nl', organisation: 'GM0358', line: 'raad' },
  { email: 'secretaris@aalsmeer.demo.weerbaar.nl', organisation: 'GM0358', line: 'college' },
  { email: 'griffier@amstelveen.demo.weerbaar.nl', organisation: 'GM0362', line: 'raad' },
  { email: 'secretaris@amstelveen.demo.weerbaar.nl', organisation: 'GM0362', line: 'college' },
];

async function actorByEmail(deps: Deps, email: string): Promise<Actor> {
  const [user] = await deps.db.query<{ id: string; name: string }>(
    'select id, name from app_user where lower(email) = lower($1)',
    [email],
  );
  if (!user) throw new Error(`demo user ${email} missing`);
  const memberships = await deps.db.query<MembershipInfo>(
    `select o.id as "organisationId", o.code as "organisationCode", o.type as "organisationType",
            o.name as "organisationName", m.role from membership m join organisation o on o.id = m.organisation_id
      where m.user_id = $1`,
    [user.id],
  );
  return { userId: user.id, email, name: user.name, totpEnabled: true, memberships };
}

const triage = {
  severity: 'middel',
  sameDayAftercare: true,
  policeNow: false,
  threatAssessment: false,
} as const;
const aftercare = {
  checkIns: [
    { day: 1, plannedOn: '2026-01-06', doneOn: '2026-01-06' },
    { day: 7, plannedOn: '2026-01-12', doneOn: null },
  ],
  familyIncluded: true,
  supportOffered: ['ondersteuningsteam_weerbaar_bestuur', 'slachtofferhulp'],
  supportAccepted: ['ondersteuningsteam_weerbaar_bestuur'],
  homeSecurityScheme: false,
  kvkAddressShielded: true,
} as const;

interface DemoCase {
  reporter: string;
  handler: string;
  input: Partial<CreateReportRequest> &
    Pick<CreateReportRequest, 'category' | 'channel' | 'targetRole'>;
  description: string;
  /** How far the case has come. */
  until: ReportStatus;
}

const steps: { to: ReportStatus; record?: [string, unknown] }[] = [
  { to: 'care', record: ['triage', triage] },
  { to: 'assessment', record: ['aftercare', aftercare] },
  {
    to: 'police_report',
    record: ['assessment', { classification: 'strafbaar', offence: 'Bedreiging' }],
  },
  {
    to: 'feedback',
    record: [
      'aangifte',
      {
        kind: 'aangifte',
        filedBy: 'organisatie',
        filedOn: '2026-01-07',
        functionStated: true,
        domicile: 'Adres van het raadhuis',
        vptCodeAsked: true,
        vptCodeReceived: true,
        underNumber: true,
        omDecision: 'onbekend',
      },
    ],
  },
  {
    to: 'closed',
    record: [
      'outcome',
      {
        summary:
          'De aangifte is opgenomen en de afzender kreeg een waarschuwingsbrief van de burgemeester.',
      },
    ],
  },
];

function demoCases(domain: string): DemoCase[] {
  const melder = `melder@${domain}.demo.weerbaar.nl`;
  const griffier = `griffier@${domain}.demo.weerbaar.nl`;
  const secretaris = `secretaris@${domain}.demo.weerbaar.nl`;
  return [
    {
      reporter: melder,
      handler: griffier,
      until: 'registered',
      description:
        'Na mijn bijdrage in de raad kreeg ik via sociale media berichten waarin staat dat ze weten waar ik woon.',
      input: { category: 'threat', channel: 'social_media', targetRole: 'raadslid' },
    },
    {
      reporter: melder,
      handler: griffier,
      until: 'care',
      description:
        'Een inwoner schold mij uit en duwde mij na afloop van een informatiebijeenkomst.',
      input: { category: 'physical_violence', channel: 'in_person', targetRole: 'raadslid' },
    },
    {
      reporter: griffier,
      handler: griffier,
      until: 'police_report',
      description: 'Een raadslid kreeg een brief thuis met een dreigende tekst over een stemming.',
      input: {
        category: 'intimidation',
        channel: 'at_home',
        targetRole: 'raadslid',
        onBehalfOf: { name: 'Demo Raadslid B (fictief)' },
      },
    },
    {
      reporter: melder,
      handler: griffier,
      until: 'closed',
      description: 'Iemand plaatste mijn privégegevens online met een oproep om langs te komen.',
      input: { category: 'doxing', channel: 'social_media', targetRole: 'raadslid' },
    },
    {
      reporter: secretaris,
      handler: secretaris,
      until: 'assessment',
      description:
        'Een wethouder werd bij de supermarkt aangesproken en gefilmd door iemand die boos was over een besluit.',
      input: {
        category: 'intimidation',
        channel: 'in_person',
        targetRole: 'wethouder',
        onBehalfOf: { name: 'Demo Wethouder (fictief)' },
      },
    },
  ];
}

/** Demo reports in different steps for each demo gemeente; every person in them is fictitious. */
export async function seedDemoReports(deps: Deps): Promise<void> {
  for (const line of demoLines) {
    await deps.db.query(
      `insert into report_line_member (organisation_id, user_id, line)
       select o.id, u.id, $3 from organisation o, app_user u where o.code = $1 and lower(u.email) = $2
       on conflict do nothing`,
      [line.organisation, line.email, line.line],
    );
  }
  for (const domain of ['aalsmeer', 'amstelveen']) {
    for (const demo of demoCases(domain)) {
      const reporter = await actorByEmail(deps, demo.reporter);
      const handler = await actorByEmail(deps, demo.handler);
      const input = createReportRequestSchema.parse({
        submit: true,
        ...demo.input,
        content: { description: demo.description },
      });
      const id = await createReport(deps, reporter, input);
      for (const step of steps) {
        const row = await store.findReport(deps.db, id);
        if (!row || row.status === demo.until) break;
        if (step.record) {
          const [kind, data] = step.record;
          // The organisation's address is the domicile in the aangifte, never a home address.
          const filled =
            kind === 'aangifte'
              ? { ...(data as object), domicile: row.organisation_address }
              : data;
          await setRecord(deps, handler, id, kind as 'triage', {
            version: row.version,
            data: filled,
          });
        }
        if (step.to === 'care')
          await postMessage(
            deps,
            handler,
            id,
            'Dank voor uw melding. Ik bel u vandaag om te horen wat u nodig heeft.',
          );
        const fresh = await store.findReport(deps.db, id);
        if (fresh) await transition(deps, handler, id, { to: step.to, version: fresh.version });
      }
    }
  }
}
