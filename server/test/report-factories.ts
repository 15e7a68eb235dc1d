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

/** Valid records for every step, as a handler fills them in. */
export const sampleRecords = {
  triage: { severity: 'middel', sameDayAftercare: true, policeNow: false, threatAssessment: false },
  aftercare: {
    checkIns: [{ day: 1, plannedOn: '2026-11-03', doneOn: null }],
    familyIncluded: false,
    supportOffered: ['slachtofferhulp'],
    supportAccepted: [],
    homeSecurityScheme: false,
    kvkAddressShielded: false,
  },
  assessment: { classification: 'grensoverschrijdend' },
  aangifte: {
    kind: 'aangifte',
    filedBy: 'organisatie',
    filedOn: '2026-11-03',
    functionStated: true,
    domicile: 'Raadhuisplein 1, 1234 AB Teststad',
    vptCodeAsked: true,
    vptCodeReceived: true,
    underNumber: false,
    omDecision: 'onbekend',
  },
  outcome: { summary: 'Afgehandeld met een gesprek.' },
} as const;

/**
 * Walks a filed stappenplan case through every step to `closed` as a handler, filling in the
 * required records; with `aangifte` the melding/aangifte step is taken too.
 */
export async function closeCase(
  handler: TestClient,
  id: string,
  options: { aangifte?: Record<string, unknown> } = {},
): Promise<void> {
  const path = `/api/v1/reports/${id}`;
  let version = ((await (await handler.request('GET', path)).json()) as { version: number })
    .version;
  const send = async (method: string, url: string, body: Record<string, unknown>) => {
    const response = await handler.request(method, url, { ...body, version });
    if (response.status !== 200)
      throw new Error(`${url}: ${response.status} ${await response.text()}`);
    version = ((await response.json()) as { version: number }).version;
  };
  const record = (kind: string, data: unknown) => send('PUT', `${path}/records/${kind}`, { data });
  const move = (to: string) => send('POST', `${path}/transitions`, { to });
  await record('triage', sampleRecords.triage);
  await move('care');
  await record('aftercare', sampleRecords.aftercare);
  await move('assessment');
  await record('assessment', sampleRecords.assessment);
  if (options.aangifte) {
    await move('police_report');
    await record('aangifte', options.aangifte);
  }
  await move('feedback');
  await record('outcome', sampleRecords.outcome);
  await move('closed');
}
