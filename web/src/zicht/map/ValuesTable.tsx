// SPDX-License-Identifier: EUPL-1.2
import { useMemo, useState } from 'react';

import type { IndicatorValue } from '../../../../common/contracts/statistics-values';
import { Link } from '../../ui/Link';
import { Table } from '../../ui/Table';
import { formatIndex, formatNumber, formatWithUnit, funnelLabels, statusLabels } from '../format';

type Column = 'name' | 'value' | 'index' | 'percentile' | 'peerValue';

const headers: Record<Column, string> = {
  name: 'Gebied',
  value: 'Waarde',
  index: 'Index (NL = 100)',
  percentile: 'Percentiel',
  peerValue: 'Vergelijkbare gemeenten',
};

/**
 * The table twin of a map: the same numbers, sortable by every column (aria-sort says how), with
 * a link to each region's profile.
 */
export function ValuesTable({
  caption,
  values,
  unit,
  kind,
  showPeers,
}: {
  caption: string;
  values: readonly IndicatorValue[];
  unit: string;
  kind: string;
  showPeers: boolean;
}) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'value',
    descending: true,
  });
  const rows = useMemo(() => {
    const key = (v: IndicatorValue) => (sort.column === 'name' ? v.name : v[sort.column]);
    return [...values].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Regions without a figure always go last, whichever way the column is sorted.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order =
        typeof x === 'string' ? x.localeCompare(String(y), 'nl') : (x as number) - (y as number);
      return sort.descending ? -order : order;
    });
  }, [values, sort]);
  const columns: Column[] = [
    'name',
    'value',
    'index',
    'percentile',
    ...(showPeers ? ['peerValue' as const] : []),
  ];
  return (
    <Table caption={caption} className="zicht-table">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {columns.map((column) => (
            <th
              key={column}
              scope="col"
              className="utrecht-table__header-cell"
              aria-sort={
                sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'
              }
            >
              <button
                type="button"
                className="zicht-sort"
                onClick={() =>
                  setSort((s) => ({
                    column,
                    descending: s.column === column ? !s.descending : column !== 'name',
                  }))
                }
              >
                {headers[column]}
              </button>
            </th>
          ))}
          <th scope="col" className="utrecht-table__header-cell">
            Trechter
          </th>
          <th scope="col" className="utrecht-table__header-cell">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rows.map((v) => (
          <tr key={v.code} className="utrecht-table__row">
            <th scope="row" className="utrecht-table__header-cell">
              <Link to={`/zicht/regio/${v.code}`}>{v.name}</Link>
            </th>
            <td className="utrecht-table__cell zicht-number">
              {formatWithUnit(v.value, unit, kind)}
            </td>
            <td className="utrecht-table__cell zicht-number">{formatIndex(v.index)}</td>
            <td className="utrecht-table__cell zicht-number">
              {v.percentile === null ? '–' : formatNumber(Math.round(v.percentile))}
            </td>
            {showPeers ? (
              <td className="utrecht-table__cell zicht-number">
                {formatWithUnit(v.peerValue, unit, kind)}
              </td>
            ) : null}
            <td className="utrecht-table__cell">
              {v.funnel ? funnelLabels[v.funnel.position] : '–'}
            </td>
            <td className="utrecht-table__cell">{statusLabels[v.status]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
