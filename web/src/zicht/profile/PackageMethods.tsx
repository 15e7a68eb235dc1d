// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import {
  packageMethodHeading,
  packageProvenanceText,
} from '../../../../common/statistics/package-text';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';

import { PackageDefinitionList } from './PackageDefinitionList';

/**
 * The methods of the package indicators the annex shows, after the open statistics' cards: the
 * manifest's definition, the caveats and where the package comes from. A synthetic package's
 * marker opens each heading. Renders nothing without packages.
 */
export function PackageMethods({ packages }: { packages: readonly ProfilePackage[] }) {
  return packages.flatMap((pkg) =>
    pkg.indicators.map((indicator) => {
      const title = packageMethodHeading(pkg, indicator);
      return (
        <section key={`${pkg.id}-${indicator.id}`} aria-label={title}>
          <Heading level={3}>{title}</Heading>
          <PackageDefinitionList indicator={indicator} />
          <Heading level={4}>Waar u op moet letten</Heading>
          <ul className="utrecht-unordered-list">
            {[...indicator.caveats, indicator.notProof].map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
          <Paragraph>{packageProvenanceText(pkg)}</Paragraph>
        </section>
      );
    }),
  );
}
