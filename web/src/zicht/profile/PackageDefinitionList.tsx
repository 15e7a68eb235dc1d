// SPDX-License-Identifier: EUPL-1.2
import { Fragment } from 'react';

import { packageDefinitionLines } from '../../../../common/statistics/package-text';

/**
 * A package indicator's definition from its manifest as a definition list (what it measures,
 * numerator, denominator, unit, method): the annex's methods and the analyses page show the same.
 */
export function PackageDefinitionList({
  indicator,
}: {
  indicator: Parameters<typeof packageDefinitionLines>[0];
}) {
  return (
    <dl className="zicht-details">
      {packageDefinitionLines(indicator).map(([label, text]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{text}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
