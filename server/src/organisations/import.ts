// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

import { organisationTypeSchema } from '../../../common/accounts/roles';
import { ImportError, parseCsv } from '../platform/csv';
import type { Queryable } from '../platform/db';

import { findOrganisationByCode, upsertOrganisation, type OrganisationInput } from './store';

export { ImportError, parseCsv };

const gemeenteCode = z.string().regex(/^GM\d{4}$/, 'verwacht een gemeentecode als GM0363');
const provincieCode = z.string().regex(/^PV\d{2}$/, 'verwacht een provinciecode als PV27');
const name = z.string().trim().min(1, 'mag niet leeg zijn').max(200);

/** Supported layouts, recognised by their header. */
const layouts = {
  // shared/data/regions/gemeenten_2024.csv: CBS "Gemeenten alfabetisch".
  gemeenten: {
    columns: ['gemeentecode', 'gemeentenaam', 'provinciecode', 'provincienaam'],
    row: z.object({
      gemeentecode: gemeenteCode,
      gemeentenaam: name,
      provinciecode: provincieCode,
      provincienaam: name,
    }),
  },
  // shared/data/regions/gemeente_veiligheidsregio_2024.csv: RIEC regions follow the ten police units.
  veiligheidsregio: {
    columns: [
      'gemeentecode',
      'gemeentenaam',
      'veiligheidsregiocode',
      'veiligheidsregionaam',
      'politie_regionale_eenheid',
    ],
    row: z.object({
      gemeentecode: gemeenteCode,
      gemeentenaam: name,
      politie_regionale_eenheid: name,
    }),
  },
  // Our own generic layout for any organisation.
  generic: {
    columns: ['code', 'type', 'naam'],
    row: z.object({
      code: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,63}$/, 'alleen hoofdletters, cijfers en -'),
      type: organisationTypeSchema,
      naam: name,
      provinciecode: provincieCode.optional().or(z.literal('')),
      riec_code: z.string().optional(),
    }),
  },
} as const;

type Layout = keyof typeof layouts;

function detectLayout(header: string[], file: string): Layout {
  for (const [layout, spec] of Object.entries(layouts) as [Layout, (typeof layouts)[Layout]][]) {
    if (spec.columns.every((column) => header.includes(column))) return layout;
  }
  throw new ImportError([
    `${file}: regel 1: onbekende kolommen (${header.join(', ')}). Verwacht bijvoorbeeld ${layouts.gemeenten.columns.join(',')} of ${layouts.generic.columns.join(',')}[,provinciecode,riec_code]`,
  ]);
}

/** RIEC code from the police unit name: "Oost-Brabant" → RIEC-OOST-BRABANT. */
export function riecCodeFor(unit: string): string {
  return `RIEC-${unit
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/** Turns the file into organisations (parents first), or throws with every problem found. */
export function organisationsFromCsv(text: string, file: string): OrganisationInput[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || rows.length === 0)
    throw new ImportError([`${file}: het bestand heeft geen gegevensregels`]);
  const columns = header.map((h) => h.trim());
  const layout = detectLayout(columns, file);
  const problems: string[] = [];
  const parents = new Map<string, OrganisationInput>();
  const children: OrganisationInput[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length)
      return void problems.push(
        `${file}: regel ${line}: ${cells.length} kolommen, verwacht ${header.length}`,
      );
    const record = Object.fromEntries(columns.map((h, i) => [h, cells[i]?.trim() ?? '']));
    const parsed = layouts[layout].row.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(
          `${file}: regel ${line}, kolom ${String(issue.path[0])} (${columns.indexOf(String(issue.path[0])) + 1}): ${issue.message}`,
        );
      return;
    }
    const org = toOrganisations(layout, parsed.data as Record<string, string>);
    const child = org.pop();
    if (!child) return;
    const earlier = seen.get(child.code);
    if (earlier)
      return void problems.push(
        `${file}: regel ${line}: code ${child.code} staat ook op regel ${earlier}`,
      );
    seen.set(child.code, line);
    for (const parent of org) parents.set(parent.code, parent);
    children.push(child);
  });
  if (problems.length > 0) throw new ImportError(problems.slice(0, 50));
  return [...parents.values(), ...children];
}

function toOrganisations(layout: Layout, r: Record<string, string>): OrganisationInput[] {
  switch (layout) {
    case 'gemeenten':
      return [
        { code: r.provinciecode!, type: 'provincie', name: r.provincienaam! },
        {
          code: r.gemeentecode!,
          type: 'gemeente',
          name: r.gemeentenaam!,
          provinceCode: r.provinciecode!,
        },
      ];
    case 'veiligheidsregio': {
      const riec = riecCodeFor(r.politie_regionale_eenheid!);
      return [
        { code: riec, type: 'riec', name: `RIEC ${r.politie_regionale_eenheid!}` },
        { code: r.gemeentecode!, type: 'gemeente', name: r.gemeentenaam!, riecCode: riec },
      ];
    }
    case 'generic':
      return [
        {
          code: r.code!,
          type: r.type as OrganisationInput['type'],
          name: r.naam!,
          provinceCode: r.provinciecode || null,
          riecCode: r.riec_code || null,
        },
      ];
  }
}

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
}

// Parents (provincies, RIECs) are written first, so a link to a row further down the file is not lost.
const writeOrder = (org: OrganisationInput) =>
  org.type === 'provincie' ? 0 : org.type === 'riec' ? 1 : 2;

/** Applies the organisations in one transaction (the caller's); a type clash or bad link aborts everything. */
export async function importOrganisations(
  tx: Queryable,
  organisations: OrganisationInput[],
  file: string,
): Promise<ImportSummary> {
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0 };
  const problems: string[] = [];
  const typeInFile = new Map(organisations.map((o) => [o.code, o.type]));
  for (const org of [...organisations].sort((a, b) => writeOrder(a) - writeOrder(b))) {
    const existing = await findOrganisationByCode(tx, org.code);
    if (existing && existing.type !== org.type) {
      problems.push(`${file}: ${org.code} bestaat al als ${existing.type}, niet als ${org.type}`);
      continue;
    }
    const links = [
      [org.provinceCode, 'provincie'],
      [org.riecCode, 'riec'],
    ] as const;
    for (const [parent, expected] of links) {
      if (!parent) continue;
      const type = typeInFile.get(parent) ?? (await findOrganisationByCode(tx, parent))?.type;
      if (!type)
        problems.push(`${file}: ${org.code} verwijst naar onbekende organisatie ${parent}`);
      else if (type !== expected)
        problems.push(
          `${file}: ${org.code} verwijst naar ${parent}, maar dat is een ${type} en geen ${expected}`,
        );
    }
    if (problems.length === 0) summary[await upsertOrganisation(tx, org)] += 1;
  }
  if (problems.length > 0) throw new ImportError(problems.slice(0, 50));
  return summary;
}
