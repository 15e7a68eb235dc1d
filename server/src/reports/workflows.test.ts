// SPDX-License-Identifier: EUPL-1.2
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ReportDetail } from '../../../common/contracts/reports';
import { stappenplanTemplate, type WorkflowTemplate } from '../../../common/workflow/template';
import { buildUser, signedIn, type TestClient } from '../../test/factories';
import { createHarness, type Harness } from '../../test/harness';
import {
  buildMeldpuntOrg,
  clientsFor,
  fileReport,
  sampleRecords,
  type MeldpuntOrg,
} from '../../test/report-factories';

let harness: Harness;
let home: MeldpuntOrg;
let beheerder: TestClient;
let c: Awaited<ReturnType<typeof clientsFor>>;

beforeAll(async () => {
  harness = await createHarness();
  home = await buildMeldpuntOrg(harness);
  c = await clientsFor(harness, home);
  beheerder = await signedIn(
    harness,
    await buildUser(harness.deps, [{ org: home.org, role: 'beheerder' }]),
  );
});
afterAll(() => harness.close());

const path = () => `/api/v1/orgs/${home.org.code}/report-workflows/stappenplan`;

/** The default without the threat assessment step and with aftercare due within 8 hours. */
function shorter(): WorkflowTemplate {
  return {
    ...stappenplanTemplate,
    steps: stappenplanTemplate.steps
      .filter((s) => s.status !== 'threat_assessment')
      .map((s) => ({
        ...s,
        next: s.next.filter((n) => n !== 'threat_assessment'),
        ...(s.status === 'care' ? { deadline: { unit: 'hours' as const, amount: 8 } } : {}),
      })),
  };
}

describe('/api/v1/orgs/{code}/report-workflows/{workflow}', () => {
  it('starts from the default stappenplan and lets the beheerder configure steps and deadlines', async () => {
    const initial = (await (await c.griffier.request('GET', path())).json()) as WorkflowTemplate;
    expect(initial).toEqual(stappenplanTemplate);
    const saved = await beheerder.request('PUT', path(), shorter());
    expect(saved.status).toBe(200);
    const report = await fileReport(c.melder);
    const triaged = await c.griffier.request('PUT', `/api/v1/reports/${report.id}/records/triage`, {
      version: report.version,
      data: sampleRecords.triage,
    });
    const version = ((await triaged.json()) as ReportDetail).version;
    const now = harness.clock.now().getTime();
    const moved = (await (
      await c.griffier.request('POST', `/api/v1/reports/${report.id}/transitions`, {
        to: 'care',
        version,
      })
    ).json()) as ReportDetail;
    expect(moved.dueAt).toBe(new Date(now + 8 * 3_600_000).toISOString());
    expect(moved.progress).not.toContain('threat_assessment');
  });

  it('refuses invalid templates, dropping a step cases are in, and anyone but its own beheerder', async () => {
    const broken = {
      ...stappenplanTemplate,
      steps: stappenplanTemplate.steps.map((s) =>
        s.status === 'care' ? { ...s, next: ['nergens'] } : s,
      ),
    };
    expect((await beheerder.request('PUT', path(), broken)).status).toBe(400);
    const noRegistered = {
      ...stappenplanTemplate,
      steps: stappenplanTemplate.steps.filter((s) => s.status !== 'registered'),
    };
    expect((await beheerder.request('PUT', path(), noRegistered)).status).toBe(400);
    const withoutCare = {
      ...stappenplanTemplate,
      steps: stappenplanTemplate.steps
        .filter((s) => s.status !== 'care')
        .map((s) => ({ ...s, next: s.next.filter((n) => n !== 'care') })),
    };
    const stranded = await beheerder.request('PUT', path(), withoutCare);
    expect(stranded.status).toBe(409);
    expect(((await stranded.json()) as { detail: string }).detail).toContain('Zorg voor de melder');
    expect((await c.griffier.request('PUT', path(), shorter())).status).toBe(404);
    const other = await buildMeldpuntOrg(harness);
    const outsider = await signedIn(harness, other.griffier);
    expect((await outsider.request('GET', path())).status).toBe(404);
    const current = (await (await c.griffier.request('GET', path())).json()) as WorkflowTemplate;
    expect(current).toEqual(shorter());
  });

  it('names the step and field in Dutch when a template is refused', async () => {
    const steps = stappenplanTemplate.steps.map((s) =>
      s.status === 'care' ? { ...s, deadline: { unit: 'hours', amount: 0 } } : s,
    );
    const response = await beheerder.request('PUT', path(), { ...stappenplanTemplate, steps });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([
      {
        field: 'steps.2.deadline.amount',
        message: 'Aantal van de termijn (stap 3) is te klein.',
      },
    ]);
    const unknown = stappenplanTemplate.steps.map((s) =>
      s.status === 'care' ? { ...s, next: ['assessment', 'investigation'] } : s,
    );
    const second = await beheerder.request('PUT', path(), {
      ...stappenplanTemplate,
      steps: unknown,
    });
    expect(((await second.json()) as { errors: unknown[] }).errors).toEqual([
      {
        field: 'steps.2.next',
        message:
          'Volgende stappen (stap 3) noemen een stap die niet in het stappenplan staat (investigation).',
      },
    ]);
  });
});
