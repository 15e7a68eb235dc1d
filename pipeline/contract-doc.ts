// SPDX-License-Identifier: EUPL-1.2
import { offenceGroups, ownerKinds, tables, type ColumnType } from './contract';

/**
 * The input contract as a document for whoever prepares the record-level files (a statistics
 * office, a municipality's register keeper). Generated from contract.ts, so the document and the
 * checks cannot drift apart: a test compares docs/pipeline-input.md with this text.
 */

/** What a value of each column type must look like, as the checks in contract.ts enforce it. */
const typeRules: Record<ColumnType, string> = {
  id: 'text of 1 to 64 characters from `A-Z a-z 0-9 _ . : -`; pseudonymous, never leaves the pipeline',
  year: 'whole number from 1850 to 2100',
  amount: 'number in euro (whole or decimal, may be negative), finite',
  share: 'number greater than 0 and at most 1',
  date: 'existing calendar date `YYYY-MM-DD` (Parquet: DATE)',
  bool: '`true` or `false` (Parquet: BOOLEAN)',
  buurt:
    'CBS buurt code: `BU`, four digits of the gemeente, four digits or capitals (`BU03630AA1`)',
  gemeente: 'CBS gemeente code: `GM` and four digits (`GM0363`)',
  sbi: 'SBI 2008 code of 2 to 5 digits, without dots (`5610`)',
  'owner-kind': ownerKinds.map((k) => `\`${k}\``).join(', '),
  'offence-group': offenceGroups.map((g) => `\`${g}\``).join(', '),
};

/** A Markdown table cell: pipes would end the cell. */
const cell = (text: string) => text.replaceAll('|', '\\|');

/** The whole document, Markdown. */
export function contractMarkdown(): string {
  const out = [
    '# Statistics pipeline: input contract',
    '',
    '<!-- Generated from pipeline/contract.ts by `node bin/run-ts.js pipeline/write-contract-doc.ts`; do not edit by hand. -->',
    '',
    '`weerbaar pipeline run --in DIR` reads one file per table from `DIR`: `<table>.parquet` or,',
    'when there is none, `<table>.csv`. Every table is required; a missing one is refused before',
    'anything is computed, so a run never silently drops an indicator.',
    '',
    '- **CSV**: UTF-8, a header row with the column names, comma as separator, `"` as quote. An',
    '  empty field is a missing value, not zero.',
    '- **Parquet**: a column may be text, or a type that fits (an integer year or amount, a DATE, a',
    '  BOOLEAN, a number for a share); it is then checked as it is.',
    '- Extra columns are ignored. Column order does not matter.',
    '- Ids are pseudonymous. They link the tables inside the pipeline and never appear in its',
    '  output, which holds only disclosure-controlled aggregates.',
    '',
    'The run stops with a list of problems, and writes nothing, when a column is missing, a value',
    'breaks its rule (naming the file, the row or CSV line and the column; at most 10 per table),',
    'or a key value occurs more than once (naming the value and the rows where it first repeats).',
    '',
  ];
  for (const table of tables) {
    out.push(
      `## ${table.name}`,
      '',
      `${table.about.charAt(0).toUpperCase()}${table.about.slice(1)}.`,
      '',
    );
    if (table.key)
      out.push(
        `Key: \`${table.key}\`. Each value once; a repeated key would count a row twice in every join.`,
        '',
      );
    out.push('| column | required | rule | meaning |', '|---|---|---|---|');
    for (const column of table.columns)
      out.push(
        `| \`${column.name}\` | ${column.nullable ? 'no (may be empty)' : 'yes'} | ${cell(typeRules[column.type])} | ${cell(column.about)} |`,
      );
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
