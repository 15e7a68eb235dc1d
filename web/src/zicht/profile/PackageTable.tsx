// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import {
  disclosureRulesText,
  exactDutchNumber,
  packageStatusLabels,
} from '../../../../common/statistics/package-text';
import { Alert } from '../../ui/Alert';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table } from '../../ui/Table';
import { formatIndex, formatWithUnit } from '../format';

/** A published package figure with every digit it has in the package, and its unit. */
function exactWithUnit(value: number | null, unit: string): string {
  if (value === null) return '–';
  const number = exactDutchNumber(value);
  if (unit === 'aantal') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/**
 * One statistics package's figures for a region, apart from the open statistics: a synthetic
 * package carries its marker above the table and in the caption, so no number of it is read as
 * a real one. Published figures show every digit of the package (the annex prints this table);
 * the computed peer-group value and index are rounded. Suppressed values show why, and no
 * comparison; rounded ones say so. Below the table: where the package comes from.
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
            const exact = (v: number | null) => exactWithUnit(v, i.unit);
            const rounded = i.status === 'rounded' ? ` (${packageStatusLabels.rounded})` : '';
            return (
              <tr key={i.id} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  <Link to={`/zicht/analyses?pakket=${pkg.id}&indicator=${i.id}`}>{i.name}</Link>
                </th>
                <td className="utrecht-table__cell zicht-number">
                  {i.status === 'suppressed'
                    ? (i.note ?? packageStatusLabels.suppressed)
                    : `${exact(i.value)}${rounded}`}
                </td>
                <td className="utrecht-table__cell zicht-number">{exact(i.national)}</td>
                <td className="utrecht-table__cell zicht-number">
                  {level === 'gemeente'
                    ? formatWithUnit(i.peerValue, i.unit, i.kind)
                    : exact(i.parentValue)}
                </td>
                <td className="utrecht-table__cell zicht-number">{formatIndex(i.index)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <Paragraph>
        Herkomst: pakket {pkg.name} (nummer {pkg.id}), periode {pkg.period}, pijplijn{' '}
        {pkg.softwareVersion}, geladen op {new Date(pkg.importedAt).toLocaleDateString('nl-NL')}.
        Openbaarmakingsregels: {disclosureRulesText(pkg.disclosure)}
      </Paragraph>
    </>
  );
}
