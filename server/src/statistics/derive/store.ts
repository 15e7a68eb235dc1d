// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../platform/db';

import type { Derived, DerivedNational, DerivedValue } from './derive';

const rowsPerStatement = 5000;

const valueColumns: [string, string, (v: DerivedValue) => unknown][] = [
  ['indicator', 'text', (v) => v.indicator],
  ['period', 'smallint', (v) => v.period],
  ['level', 'text', (v) => v.level],
  ['region_code', 'text', (v) => v.code],
  ['region_year', 'smallint', (v) => v.regionYear],
  ['value', 'float8', (v) => v.value],
  ['numerator', 'float8', (v) => v.numerator],
  ['denominator', 'float8', (v) => v.denominator],
  ['weight', 'float8', (v) => v.weight],
  ['status', 'text', (v) => v.status],
  ['value_index', 'float8', (v) => v.index],
  ['difference', 'float8', (v) => v.difference],
  ['percentile', 'float8', (v) => v.percentile],
  ['z_score', 'float8', (v) => v.zScore],
  ['previous_value', 'float8', (v) => v.previousValue],
  ['change', 'float8', (v) => v.change],
  ['change_relative', 'float8', (v) => v.changeRelative],
  ['change_status', 'text', (v) => v.changeStatus],
  ['lower95', 'float8', (v) => v.funnel?.lower95 ?? null],
  ['upper95', 'float8', (v) => v.funnel?.upper95 ?? null],
  ['lower998', 'float8', (v) => v.funnel?.lower998 ?? null],
  ['upper998', 'float8', (v) => v.funnel?.upper998 ?? null],
  ['funnel_position', 'text', (v) => v.funnel?.position ?? null],
  ['peer_value', 'float8', (v) => v.peerValue],
  ['peer_count', 'smallint', (v) => v.peerCount],
];

const nationalColumns: [string, string, (n: DerivedNational) => unknown][] = [
  ['indicator', 'text', (n) => n.indicator],
  ['period', 'smallint', (n) => n.period],
  ['level', 'text', (n) => n.level],
  ['region_year', 'smallint', (n) => n.regionYear],
  ['value', 'float8', (n) => n.national.value],
  ['method', 'text', (n) => n.national.method],
  ['published', 'bool', (n) => n.national.published],
  ['approximate', 'bool', (n) => n.national.approximate],
  ['regions_contributing', 'int4', (n) => n.national.regionsContributing],
  ['regions_total', 'int4', (n) => n.national.regionsTotal],
  ['any_missing', 'bool', (n) => n.national.anyMissing],
  ['reason', 'text', (n) => n.national.reason],
  ['funnel_model', 'text', (n) => n.funnelModel],
  ['funnel_method', 'text', (n) => n.funnelMethod],
  ['overdispersion_phi', 'float8', (n) => n.phi],
  ['previous_period', 'smallint', (n) => n.previousPeriod],
];

/** A COPY CSV field: NULL is an empty unquoted field, so text (even empty) is quoted when needed. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  if (typeof value !== 'string') return text;
  return text === '' || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Inserts rows: by COPY where the database offers it (PGlite), else column-wise through unnest,
 * one statement per 5,000 rows.
 */
async function insertColumns<T>(
  tx: Queryable,
  table: string,
  columns: [string, string, (row: T) => unknown][],
  rows: readonly T[],
): Promise<void> {
  if (tx.copyCsv) {
    const getters = columns.map(([, , get]) => get);
    const lines = rows.map((row) => getters.map((get) => csvField(get(row))).join(','));
    await tx.copyCsv(
      table,
      columns.map(([name]) => name),
      `${lines.join('\n')}\n`,
    );
    return;
  }
  const names = columns.map(([name]) => name).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const sql = `insert into ${table} (${names}) select * from unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const part = rows.slice(start, start + rowsPerStatement);
    await tx.query(
      sql,
      columns.map(([, , get]) => part.map(get)),
    );
  }
}

/** Replaces all derived statistics by `derived`, in the caller's transaction. */
export async function replaceDerived(tx: Queryable, derived: Derived): Promise<void> {
  await tx.exec('delete from peer; delete from peer_group; delete from indicator_national');
  // Both indexes are rebuilt once after the rows: sorting 150,000 keys into a new index is
  // cheaper than maintaining two indexes row by row (PGlite especially).
  await tx.exec(`delete from indicator_value;
    alter table indicator_value drop constraint indicator_value_pkey;
    drop index indicator_value_region_idx`);
  await insertColumns(tx, 'indicator_value', valueColumns, derived.values);
  await tx.exec(`alter table indicator_value add constraint indicator_value_pkey
    primary key (indicator, period, level, region_code);
    create index indicator_value_region_idx on indicator_value (region_code, period)`);
  await insertColumns(tx, 'indicator_national', nationalColumns, derived.nationals);
  const groups = derived.peers.flatMap((d) => d.groups.map((g) => ({ year: d.year, d, g })));
  await insertColumns(
    tx,
    'peer_group',
    [
      ['year', 'smallint', (r) => r.year],
      ['code', 'text', (r) => r.g.code],
      ['features_period', 'smallint', (r) => r.d.featuresPeriod],
      ['features_used', 'text', (r) => r.g.featuresUsed.join(',')],
      ['note', 'text', (r) => r.g.note],
    ],
    groups,
  );
  const peers = groups.flatMap(({ year, g }) => g.peers.map((p) => ({ year, code: g.code, p })));
  await insertColumns(
    tx,
    'peer',
    [
      ['year', 'smallint', (r) => r.year],
      ['code', 'text', (r) => r.code],
      ['peer_code', 'text', (r) => r.p.code],
      ['rank', 'smallint', (r) => r.p.rank],
      ['distance', 'float8', (r) => r.p.distance],
      ['summary', 'text', (r) => r.p.summary],
      ['reasons', 'jsonb', (r) => JSON.stringify(r.p.reasons)],
    ],
    peers,
  );
}
