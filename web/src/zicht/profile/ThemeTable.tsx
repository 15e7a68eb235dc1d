// SPDX-License-Identifier: EUPL-1.2
import type { RegionProfile } from '../../../../common/contracts/statistics-values';
import { Link } from '../../ui/Link';
import { Table } from '../../ui/Table';
import { formatIndex, formatNumber, formatWithUnit, funnelLabels, statusLabels } from '../format';

import { Sparkline } from './Sparkline';

type Theme = RegionProfile['themes'][number];

/** One theme of a profile: every indicator with its comparisons and a sparkline. */
export function ThemeTable({ theme, level }: { theme: Theme; level: string }) {
  const compareLabel = level === 'gemeente' ? 'Vergelijkbare gemeenten' : 'Gemeente';
  return (
    <Table caption={capitalise(theme.label)}>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          {[
            'Indicator',
            'Jaar',
            'Waarde',
            'Landelijk',
            compareLabel,
            'Index (NL = 100)',
            'Percentiel',
            'Trechter',
            'Verloop',
          ].map((h) => (
            <th key={h} scope="col" className="utrecht-table__header-cell">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {theme.indicators.map((i) => {
          const show = (v: number | null) => formatWithUnit(v, i.unit, i.kind);
          return (
            <tr key={i.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                <Link to={`/zicht/indicator/${i.id}`}>{i.name}</Link>
              </th>
              <td className="utrecht-table__cell">{i.period}</td>
              <td className="utrecht-table__cell zicht-number">
                {i.value === null ? statusLabels[i.status] : show(i.value)}
              </td>
              <td className="utrecht-table__cell zicht-number">{show(i.national)}</td>
              <td className="utrecht-table__cell zicht-number">
                {show(level === 'gemeente' ? i.peerValue : i.parentValue)}
              </td>
              <td className="utrecht-table__cell zicht-number">{formatIndex(i.index)}</td>
              <td className="utrecht-table__cell zicht-number">
                {i.percentile === null ? '–' : formatNumber(Math.round(i.percentile))}
              </td>
              <td className="utrecht-table__cell">
                {i.funnel ? funnelLabels[i.funnel.position] : '–'}
              </td>
              <td className="utrecht-table__cell">
                <Sparkline indicator={i} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
