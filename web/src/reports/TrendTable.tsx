// SPDX-License-Identifier: EUPL-1.2
import type { ReportFigures } from '../../../common/contracts/reports';
import { categoryLabels } from '../../../common/messages/reports-nl';
import type { ReportCategory } from '../../../common/workflow/taxonomy';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../ui/Table';

type Count = number | '<5' | 'x';

/** A count as text: "<5" and "x" (withheld) read in words. */
export const countText = (n: Count) =>
  n === '<5' ? 'minder dan 5' : n === 'x' ? 'niet getoond' : String(n);

/** `2026-03` → "mrt 2026", `2026-K1` → "1e kwartaal 2026". */
export function periodLabel(key: string): string {
  const [year, part] = key.split('-');
  if (part?.startsWith('K')) return `${part.slice(1)}e kwartaal ${year}`;
  const month = new Date(Date.UTC(Number(year), Number(part) - 1, 1));
  return month.toLocaleDateString('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Bars of the total per period. Decorative: the table below carries the same numbers for
 * screen readers, so the picture is hidden from them. A withheld total draws no bar.
 */
function TrendBars({ byPeriod }: { byPeriod: ReportFigures['byPeriod'] }) {
  const max = Math.max(1, ...byPeriod.map((p) => (typeof p.count === 'number' ? p.count : 0)));
  const width = 28;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={byPeriod.length * width}
      height={110}
      className="weerbaar-trend-bars"
    >
      {byPeriod.map((p, i) => {
        const h = typeof p.count === 'number' ? (p.count / max) * 90 : 0;
        return (
          <g key={p.key}>
            <rect x={i * width + 4} y={95 - h} width={width - 8} height={h} fill="currentColor" />
            <text x={i * width + width / 2} y={108} fontSize="9" textAnchor="middle">
              {typeof p.count === 'number' ? p.count : p.count === '<5' ? '<5' : '–'}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The trend per category and period, as an accessible table with a small bar chart of the totals. */
export function TrendTable({ figures }: { figures: ReportFigures }) {
  const { trend, byPeriod } = figures;
  return (
    <>
      <TrendBars byPeriod={byPeriod} />
      <Table
        caption={`Meldingen per soort voorval en per ${trend.granularity === 'month' ? 'maand' : 'kwartaal'}`}
      >
        <TableHeader>
          <TableHeaderCell>Soort</TableHeaderCell>
          {trend.periods.map((p) => (
            <TableHeaderCell key={p}>{periodLabel(p)}</TableHeaderCell>
          ))}
          <TableHeaderCell>Totaal</TableHeaderCell>
        </TableHeader>
        <TableBody>
          {trend.rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell rowHeader>
                {categoryLabels[row.key as ReportCategory] ?? row.key}
              </TableCell>
              {row.cells.map((n, i) => (
                <TableCell key={trend.periods[i]}>{countText(n)}</TableCell>
              ))}
              <TableCell>{countText(row.total)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell rowHeader>Totaal</TableCell>
            {byPeriod.map((p) => (
              <TableCell key={p.key}>{countText(p.count)}</TableCell>
            ))}
            <TableCell>{countText(figures.total)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </>
  );
}
