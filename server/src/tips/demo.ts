// SPDX-License-Identifier: EUPL-1.2
import type { SubmitTipRequest } from '../../../common/contracts/tips';
import { submitTipRequestSchema } from '../../../common/contracts/tips';
import type { Deps } from '../platform/deps';
import { seal, caseKeyOf } from '../reports/case-keys';

import { submitTip } from './public-service';
import * as store from './store';

/** Synthetic tips: every place, person and event in them is made up. */
const demoTips: { tip: SubmitTipRequest; reply?: string; status?: 'in_progress' | 'forwarded' }[] =
  [
    {
      tip: {
        category: 'undermining_signal',
        description:
          'In een loods op het bedrijventerrein (fictief adres) staan ’s nachts steeds andere busjes. Er is nooit iemand overdag.',
        location: 'Bedrijventerrein Demo-Noord',
        when: 'Sinds een paar maanden, vooral in het weekend',
      },
      reply:
        'Dank voor uw tip. Weet u ongeveer hoe laat de busjes komen? U hoeft uw naam niet te geven.',
      status: 'in_progress',
    },
    {
      tip: {
        category: 'intimidation',
        description:
          'Na de raadsvergadering wachtten twee mannen de wethouder op bij de parkeerplaats en riepen dat ze wisten waar hij woont.',
        location: 'Parkeerplaats bij het gemeentehuis',
        when: 'Vorige week donderdag rond 22.30 uur',
      },
    },
  ];

/** Seeds the synthetic tips for each demo gemeente, one already answered by the handler. */
export async function seedDemoTips(deps: Deps): Promise<void> {
  for (const code of ['GM0358', 'GM0362']) {
    for (const demo of demoTips) {
      const { reference } = await submitTip(deps, code, submitTipRequestSchema.parse(demo.tip));
      if (!demo.reply) continue;
      const [tip] = await deps.db.query<{ id: string }>(
        'select t.id from tip t join organisation o on o.id = t.organisation_id where o.code = $1 and t.reference = $2',
        [code, reference],
      );
      const [handler] = await deps.db.query<{ id: string }>(
        `select id from app_user where lower(email) = $1`,
        [`secretaris@${code === 'GM0358' ? 'aalsmeer' : 'amstelveen'}.demo.weerbaar.nl`],
      );
      const row = tip && (await store.findTip(deps.db, tip.id));
      if (!row || !handler) throw new Error('demo tip or handler missing');
      await deps.db.transaction(async (tx) => {
        await store.insertMessage(tx, {
          tipId: row.id,
          authorUserId: handler.id,
          bodySealed: seal(caseKeyOf(deps.keys, row), demo.reply),
          now: deps.clock(),
        });
        if (demo.status)
          await store.updateVersioned(
            tx,
            row.id,
            row.version,
            { status: demo.status },
            deps.clock(),
          );
      });
    }
  }
}
