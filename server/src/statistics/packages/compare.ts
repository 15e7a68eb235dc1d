// SPDX-License-Identifier: EUPL-1.2
import type { Queryable } from '../../platform/db';

/** What the comparison needs of an indicator: how its value follows from its counts. */
export interface ComparedIndicator {
  readonly id: string;
  readonly kind: 'ratio' | 'count';
  readonly multiplier: number;
}

/**
 * Stores the comparisons of one imported package, in the import's transaction: per region total
 * (breakdown '') the package's national value (its published NL00 row), the index against it and,
 * for gemeenten, the peer-group value over the published peers of the package's division year —
 * a ratio from summed counts, a count as the peers' median, like the open statistics
 * (derive/peer-value.ts). Suppressed values and suppressed peers take no part.
 */
export async function comparePackage(
  tx: Queryable,
  packageId: number,
  year: number,
  indicators: readonly ComparedIndicator[],
): Promise<void> {
  await tx.query(
    `update package_value v
        set national = n.value,
            value_index = case when n.value > 0 then v.value / n.value * 100 end
       from package_value n
      where v.package_id = $1 and n.package_id = $1 and n.indicator = v.indicator
        and n.level = 'land' and n.breakdown = '' and n.status <> 'suppressed'
        and v.breakdown = '' and v.status <> 'suppressed'`,
    [packageId],
  );
  await tx.query(
    `with def as (
       select * from unnest($3::text[], $4::text[], $5::float8[]) as d(indicator, kind, multiplier)
     ),
     peer_values as (
       select v.indicator, p.code,
              case when d.kind = 'ratio'
                   then sum(pv.numerator) / nullif(sum(pv.denominator), 0) * d.multiplier
                   else percentile_cont(0.5) within group (order by pv.value) end as value,
              count(*) as n
         from package_value v
         join def d on d.indicator = v.indicator
         join peer p on p.year = $2 and p.code = v.region_code
         join package_value pv on pv.package_id = v.package_id and pv.indicator = v.indicator
          and pv.level = 'gemeente' and pv.breakdown = '' and pv.region_code = p.peer_code
          and pv.status <> 'suppressed'
        where v.package_id = $1 and v.level = 'gemeente' and v.breakdown = ''
          and v.status <> 'suppressed'
        group by v.indicator, p.code, d.kind, d.multiplier
     )
     update package_value v set peer_value = pv.value, peer_count = pv.n
       from peer_values pv
      where v.package_id = $1 and v.indicator = pv.indicator and v.region_code = pv.code
        and v.level = 'gemeente' and v.breakdown = ''`,
    [
      packageId,
      year,
      indicators.map((i) => i.id),
      indicators.map((i) => i.kind),
      indicators.map((i) => i.multiplier),
    ],
  );
}
