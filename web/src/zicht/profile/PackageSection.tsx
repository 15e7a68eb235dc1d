// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

import { PackageTable } from './PackageTable';

/**
 * The region's figures from statistics packages, under their own heading and apart from the open
 * statistics, on the profile and in the printable annex alike. Renders nothing without packages.
 */
export function PackageSection({
  packages,
  level,
}: {
  packages: readonly ProfilePackage[];
  level: string;
}) {
  if (packages.length === 0) return null;
  return (
    <section aria-labelledby="zicht-analyses">
      <Heading level={2} id="zicht-analyses">
        Analyses uit statistiekpakketten
      </Heading>
      <Paragraph>
        Cijfers die de pijplijn uit gekoppelde microdata maakte en beveiligde (minimum aantallen,
        afronding, onderdrukking); ze staan apart van de open data hierboven.
      </Paragraph>
      {packages.map((pkg) => (
        <PackageTable key={pkg.id} pkg={pkg} level={level} />
      ))}
    </section>
  );
}
