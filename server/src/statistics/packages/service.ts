// SPDX-License-Identifier: EUPL-1.2
import type { ProfilePackage } from '../../../../common/contracts/statistics-values';
import type { Queryable } from '../../platform/db';

import { presentProfilePackage } from './present';
import { listPackages, packageValuesOfRegions } from './read-store';

/**
 * The statistics packages with figures for one region (newest period first), each with its
 * synthetic marker, for the region profile; `gemeente` is the region's gemeente below that level.
 */
export async function regionPackages(
  db: Queryable,
  code: string,
  gemeente: string | null,
): Promise<ProfilePackage[]> {
  const packages = await listPackages(db);
  if (packages.length === 0) return [];
  const rows = await packageValuesOfRegions(db, gemeente ? [code, gemeente] : [code]);
  return packages.flatMap((pkg) => {
    const view = presentProfilePackage(
      pkg,
      rows.filter((r) => Number(r.package_id) === Number(pkg.id)),
      code,
      gemeente,
    );
    return view ? [view] : [];
  });
}
