// SPDX-License-Identifier: EUPL-1.2
import type { CreateReportRequest } from '../../common/contracts/reports';
import type { OrganisationRecord } from '../src/organisations/store';

import {
  buildOrganisation,
  buildUser,
  signedIn,
  type TestClient,
  type TestUser,
} from './factories';
import type { Harness } from './harness';

/** A quick valid report as the intake form sends it; override what a test is about. */
export function buildReportInput(
  overrides: Partial<CreateReportRequest> = {},
): CreateReportRequest {
  return {
    submit: true,
    category: 'threat',
    channel: 'social_media',
    targetRole: 'raadslid',
    content: {
      description: 'Na de raadsvergadering kreeg ik via sociale media een bedreigend bericht.',
      location: 'Online',
      familyInvolved: false,
    },
    ...overrides,
  };
}

/** A gemeente with the people of the meldpunt: both lines, a vertrouwenspersoon and a bestuurder. */
export interface MeldpuntOrg {
  org: OrganisationRecord;
  melder: TestUser;
  griffier: TestUser;
  secretaris: TestUser;
  vertrouwenspersoon: TestUser;
  bestuurder: TestUser;
  analist: TestUser;
}

export async function buildMeldpuntOrg(
  harness: Harness,
  province?: OrganisationRecord,
): Promise<MeldpuntOrg> {
  const { deps } = harness;
  const org = await buildOrganisation(deps, 'gemeente');
  if (province)
    await deps.db.query('update organisation set province_id = $1 where id = $2', [
      province.id,
      org.id,
    ]);
  await deps.db.query('update organisation set address = $1 where id = $2', [
    'Raadhuisplein 1, 1234 AB Teststad',
    org.id,
  ]);
  const user = (
    role: 'melder' | 'behandelaar' | 'vertrouwenspersoon' | 'bestuurder' | 'analist',
    name: string,
  ) => buildUser(deps, [{ org, role }], { name });
  const people = {
    org,
    melder: await user('melder', 'Raadslid Test'),
    griffier: await user('behandelaar', 'Griffier Test'),
    secretaris: await user('behandelaar', 'Secretaris Test'),
    vertrouwenspersoon: await user('vertrouwenspersoon', 'Vertrouwenspersoon Test'),
    bestuurder: await user('bestuurder', 'Burgemeester Test'),
    analist: await user('analist', 'Analist Test'),
  };
  await deps.db.query(
    `insert into report_line_member (organisation_id, user_id, line) values ($1, $2, 'raad'), ($1, $3, 'college')`,
    [org.id, people.griffier.id, people.secretaris.id],
  );
  return people;
}

/** Signed-in clients for every person of a MeldpuntOrg. */
export async function clientsFor(harness: Harness, o: MeldpuntOrg) {
  return {
    melder: await signedIn(harness, o.melder),
    griffier: await signedIn(harness, o.griffier),
    secretaris: await signedIn(harness, o.secretaris),
    vertrouwenspersoon: await signedIn(harness, o.vertrouwenspersoon),
    bestuurder: await signedIn(harness, o.bestuurder),
    analist: await signedIn(harness, o.analist),
  } satisfies Record<string, TestClient>;
}

/** Files a report and returns its JSON. */
export async function fileReport(client: TestClient, overrides: Partial<CreateReportRequest> = {}) {
  const response = await client.request('POST', '/api/v1/reports', buildReportInput(overrides));
  if (response.status !== 201)
    throw new Error(`report not filed: ${response.status} ${await response.text()}`);
  return (await response.json()) as {
    id: string;
    reference: string;
    version: number;
    status: string;
  };
}
