// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';

import { indicators, requiredVariables } from '../../../../common/statistics/indicators';
import type { Queryable } from '../../platform/db';

import { deriveStatistics } from './derive';
import { loadChangedCodes, loadObservations, loadRegions } from './observations';
import { peerFeatureVariables } from './peer-groups';
import { replaceDerived } from './store';

/** Raise when the derivation's rules change, so the next import recomputes everything. */
export const derivationRulesVersion = 1;

/** What a derivation did; counts only, so it may be logged. */
export interface DerivationSummary {
  recomputed: boolean;
  indicatorValues: number;
  nationals: number;
  peerGroups: number;
  milliseconds: number;
}

/** Every variable the catalogue and the peer groups read. */
function neededVariables(): string[] {
  const fromIndicators = indicators.flatMap((indicator) => [
    ...requiredVariables(indicator),
    ...(indicator.kind === 'ratio' ? [] : indicator.weight ? [indicator.weight] : []),
  ]);
  return [...new Set([...fromIndicators, ...Object.values(peerFeatureVariables).flat()])].sort();
}

/** Hash of what the derivation depends on: the imported files, the catalogue and these rules. */
async function inputHash(tx: Queryable): Promise<string> {
  const sources = await tx.query<{ file: string; sha256: string; mapping_hash: string }>(
    'select file, sha256, mapping_hash from statistic_source order by file',
  );
  return createHash('sha256')
    .update(JSON.stringify({ derivationRulesVersion, sources, indicators }))
    .digest('hex');
}

/**
 * Recomputes the derived statistics when the imported files, the catalogue or the rules changed
 * since the last derivation (or `force`), in the caller's transaction; otherwise does nothing.
 */
export async function deriveIfChanged(
  tx: Queryable,
  now: Date,
  options: { force?: boolean } = {},
): Promise<DerivationSummary> {
  const started = performance.now();
  const hash = await inputHash(tx);
  const [stored] = await tx.query<{ input_hash: string }>(
    'select input_hash from statistics_derivation',
  );
  const none = { recomputed: false, indicatorValues: 0, nationals: 0, peerGroups: 0 };
  if (stored?.input_hash === hash && !options.force)
    return { ...none, milliseconds: Math.round(performance.now() - started) };
  const derived = deriveStatistics(
    indicators,
    await loadObservations(tx, neededVariables()),
    await loadRegions(tx),
    await loadChangedCodes(tx),
  );
  await replaceDerived(tx, derived);
  const milliseconds = Math.round(performance.now() - started);
  const version = createHash('sha256').update(`${hash}|${now.toISOString()}`).digest('hex');
  await tx.query(
    `insert into statistics_derivation (id, input_hash, version, derived_at, indicator_values, milliseconds)
     values (true, $1, $2, $3, $4, $5)
     on conflict (id) do update set input_hash = excluded.input_hash, version = excluded.version,
       derived_at = excluded.derived_at, indicator_values = excluded.indicator_values,
       milliseconds = excluded.milliseconds`,
    [hash, version.slice(0, 24), now, derived.values.length, milliseconds],
  );
  return {
    recomputed: true,
    indicatorValues: derived.values.length,
    nationals: derived.nationals.length,
    peerGroups: derived.peers.reduce((n, d) => n + d.groups.length, 0),
    milliseconds,
  };
}
