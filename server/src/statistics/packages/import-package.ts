// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

import { manifestSchema } from '../../../../pipeline/manifest';
import { sha256 } from '../../../../pipeline/package';
import { parseValuesCsv, verifyPackage } from '../../../../pipeline/verify';
import { recordEvent, type AuditOrigin } from '../../audit/service';
import type { Database, Queryable } from '../../platform/db';

import { comparePackage } from './compare';

/** The package cannot be imported; the message says why (in Dutch), and nothing changed. */
export class PackageImportError extends Error {}

/** Options of one package import. */
export interface PackageImportOptions {
  readonly origin: AuditOrigin;
  readonly clock: () => Date;
  /** Remove every stored package first: the only way to switch between synthetic and real data. */
  readonly replaceAll?: boolean;
}

/** What the import did. */
export interface PackageImportSummary {
  readonly state: 'created' | 'unchanged';
  readonly packageId: number;
  readonly synthetic: boolean;
  readonly rows: number;
  readonly replaced: number;
}

const columns = [
  'indicator',
  'period',
  'level',
  'region_code',
  'breakdown',
  'value',
  'numerator',
  'denominator',
  'status',
  'reason',
  'carried_by',
] as const;
const types = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'float8',
  'float8',
  'float8',
  'text',
  'text',
  'text',
];

/** How many unknown codes the error names: enough to see the pattern, short enough to read. */
const unknownCodesShown = 5;

/**
 * Refuses a package whose region codes are not in the `region` table of its division year (the
 * package period: the pipeline places addresses in the buurten of its reference year). Checked
 * inside the transaction, so nothing is imported when a code is unknown.
 */
async function refuseUnknownRegions(tx: Queryable, year: number, codes: readonly string[]) {
  const [division] = await tx.query<{ n: number }>(
    'select count(*)::int as n from region where year = $1',
    [year],
  );
  if ((division?.n ?? 0) === 0)
    throw new PackageImportError(
      `De database heeft geen gebiedsindeling ${year}, dus de gebiedscodes van het pakket zijn niet te controleren. Laad eerst de open data (weerbaar data import).`,
    );
  const unknown = await tx.query<{ code: string }>(
    `select c.code from unnest($1::text[]) as c(code)
      where not exists (select 1 from region r where r.year = $2 and r.code = c.code)
      order by c.code`,
    [codes, year],
  );
  if (unknown.length > 0)
    throw new PackageImportError(
      `Het pakket bevat ${unknown.length} gebiedscode${unknown.length === 1 ? '' : 's'} die niet in de gebiedsindeling ${year} bestaa${unknown.length === 1 ? 't' : 'n'}: ${unknown
        .slice(0, unknownCodesShown)
        .map((u) => u.code)
        .join(', ')}${unknown.length > unknownCodesShown ? ', …' : ''}. Er is niets geladen.`,
    );
}

async function refuseMixing(tx: Queryable, synthetic: boolean) {
  const [other] = await tx.query<{ n: number }>(
    'select count(*)::int as n from statistic_package where synthetic <> $1',
    [synthetic],
  );
  if ((other?.n ?? 0) > 0)
    throw new PackageImportError(
      synthetic
        ? 'De database bevat echte statistiekpakketten; synthetische demonstratiedata wordt daar niet stil tussen gezet. Gebruik --replace-all om eerst alle pakketten te verwijderen.'
        : 'De database bevat synthetische demonstratiedata; echte cijfers worden daar niet stil tussen gezet. Gebruik --replace-all om eerst alle pakketten te verwijderen.',
    );
}

/**
 * Imports a statistics package (manifest.json + values) into statistic_package and
 * package_value in one transaction, with an audit event. The package is verified first and
 * refused when it breaks any disclosure rule. A package for a period replaces the earlier
 * package of that period; the same package again changes nothing. Synthetic and real packages
 * are never mixed: the import is refused unless `replaceAll` clears the table first. Every region
 * code must exist in the `region` table of the package's division year.
 */
export async function importPackage(
  db: Database,
  dir: string,
  options: PackageImportOptions,
): Promise<PackageImportSummary> {
  const violations = await verifyPackage(dir);
  if (violations.length > 0)
    throw new PackageImportError(
      `Pakket ${dir} is geweigerd:\n${violations
        .slice(0, 50)
        .map((v) => `  - ${v}`)
        .join('\n')}`,
    );
  const manifestText = readFileSync(join(dir, 'manifest.json'), 'utf8');
  const manifest = manifestSchema.parse(JSON.parse(manifestText));
  const rows = parseValuesCsv(readFileSync(join(dir, 'values.csv'), 'utf8'), []);
  const manifestSha = sha256(manifestText);
  return db.transaction(async (tx) => {
    // Two imports at once would race on the period replacement; the second waits.
    await tx.query('select pg_advisory_xact_lock(7291004)');
    let replaced = 0;
    if (options.replaceAll)
      replaced += (await tx.query<{ id: number }>('delete from statistic_package returning id'))
        .length;
    const [same] = await tx.query<{ id: number }>(
      'select id from statistic_package where manifest_sha256 = $1',
      [manifestSha],
    );
    if (same)
      return {
        state: 'unchanged',
        packageId: same.id,
        synthetic: manifest.synthetic,
        rows: rows.length,
        replaced,
      };
    await refuseMixing(tx, manifest.synthetic);
    const codes = new Set(rows.map((r) => r.fields.region_code));
    for (const r of rows) if (r.fields.carried_by !== '') codes.add(r.fields.carried_by);
    await refuseUnknownRegions(tx, Number(manifest.period), [...codes]);
    replaced += (
      await tx.query('delete from statistic_package where period = $1 returning id', [
        manifest.period,
      ])
    ).length;
    const [created] = await tx.query<{ id: number }>(
      `insert into statistic_package (name, period, synthetic, software_version, manifest_sha256, values_sha256, manifest, rows, imported_at)
       values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) returning id`,
      [
        basename(resolve(dir)),
        manifest.period,
        manifest.synthetic,
        manifest.software.version,
        manifestSha,
        manifest.values.sha256.csv,
        manifestText,
        rows.length,
        options.clock(),
      ],
    );
    const packageId = created?.id ?? 0;
    // One statement per package: arrays per column, unnested on the server.
    const arrays = columns.map((c) =>
      rows.map((r) => (r.fields[c] === '' && c !== 'breakdown' ? null : r.fields[c])),
    );
    await tx.query(
      `insert into package_value (package_id, ${columns.join(', ')})
       select $1, * from unnest(${columns.map((_, i) => `$${i + 2}::${types[i]}[]`).join(', ')})`,
      [packageId, ...arrays],
    );
    await comparePackage(tx, packageId, Number(manifest.period), manifest.indicators);
    await recordEvent(tx, {
      actorUserId: null,
      organisationId: null,
      action: 'statistics.import',
      objectType: 'statistics-package',
      objectId: basename(resolve(dir)),
      origin: options.origin,
      occurredAt: options.clock(),
    });
    return {
      state: 'created',
      packageId,
      synthetic: manifest.synthetic,
      rows: rows.length,
      replaced,
    };
  });
}
