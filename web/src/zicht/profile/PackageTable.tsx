// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import { Alert } from '../../ui/Alert';
import { Link } from '../../ui/Link';
import { Table } from '../../ui/Table';
import { formatIndex, formatWithUnit } from '../format';

/**
 * One statistics package's figures for a region, apart from the open statistics: a synthetic
 * package carries its marker above the table and in the caption, so no number of it is read as
 * a real one. Suppressed values show why, and no comparison.
 */
export function PackageTable({ pkg, level }: { pkg: ProfilePackage; level: string }) {
  const compareLabel = level === 'gemeente' ? 'Vergelijkbare gemeenten' : 'Gemeente';
  const marker = pkg.marker ? ` — ${pkg.marker.toLowerCase()}` : '';
  return (
    <>
      {pkg.marker ? (
        <Alert type="warning" heading={pkg.marker} live={false}>
          Deze cijfers komen uit een synthetisch pakket: geen echte personen of bedrijven.
        </Alert>
      ) : null}
      <Table caption={`Analyse ${pkg.name} (${pkg.period})${marker}`}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {['Indicator', 'Waarde', 'Landelijk', compareLabel, 'Index (NL = 100)'].map((h) => (
              <th key={h} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {pkg.indicators.map((i) => {
            const show = (v: number | null) => formatWithUnit(v, i.unit, i.kind);
            return (
              <tr key={i.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link to={`/zicht/analyses?pakket=${pkg.id}&indicator=${i.id}`}>{i.name}</Link>
                </th>
                <td className="utrecht-table__cell zicht-number">
                  {i.status === 'suppressed' ? (i.note ?? 'onderdrukt') : show(i.value)}
                </td>
                <td className="utrecht-table__cell zicht-number">{show(i.national)}</td>
                <td className="utrecht-table__cell zicht-number">
                  {show(level === 'gemeente' ? i.peerValue : i.parentValue)}
                </td>
                <td className="utrecht-table__cell zicht-number">{formatIndex(i.index)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </>
  );
}
