// SPDX-License-Identifier: EUPL-1.2
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { regionLevelSchema, type RegionLevel } from '../../../../common/statistics/levels';
import {
  documentationFiles,
  regionFiles,
  sources,
  type SourceDefinition,
} from '../../../../common/statistics/sources';

/** A file of the data folder, read once; `path` is relative with forward slashes. */
export interface DataFile {
  path: string;
  text: string;
  sha256: string;
}

/** The data folder sorted by what the importer does with each file. */
export interface DataDir {
  sources: { source: SourceDefinition; file: DataFile }[];
  gemeenten: DataFile | null;
  groupings: DataFile | null;
  boundaries: { level: RegionLevel; year: number; file: DataFile }[];
  /** CSV or TopoJSON files the catalogue does not know; reported, not imported. */
  unknown: string[];
}

const boundaryPattern = /^boundaries\/([a-z-]+)_(\d{4})\.topojson$/;

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(root, full);
    return entry.isFile() ? [relative(root, full).split(sep).join('/')] : [];
  });
}

function read(root: string, path: string): DataFile {
  const bytes = readFileSync(join(root, path));
  return {
    path,
    text: bytes.toString('utf8'),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** True when `dir` exists and is a folder. */
export function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** Reads every file the catalogue knows from `root`; absent files are simply not imported. */
export function readDataDir(root: string): DataDir {
  const present = new Set(listFiles(root));
  const known = new Set<string>([
    ...sources.map((s) => s.file),
    regionFiles.gemeenten.file,
    regionFiles.groupings.file,
    ...Object.keys(documentationFiles),
  ]);
  const boundaries: DataDir['boundaries'] = [];
  const unknown: string[] = [];
  for (const path of [...present].sort()) {
    const match = boundaryPattern.exec(path);
    const level = match ? regionLevelSchema.safeParse(match[1]) : null;
    if (match && level?.success)
      boundaries.push({ level: level.data, year: Number(match[2]), file: read(root, path) });
    else if (!known.has(path) && /\.(csv|topojson)$/.test(path)) unknown.push(path);
  }
  return {
    sources: sources
      .filter((source) => present.has(source.file))
      .map((source) => ({ source, file: read(root, source.file) })),
    gemeenten: present.has(regionFiles.gemeenten.file)
      ? read(root, regionFiles.gemeenten.file)
      : null,
    groupings: present.has(regionFiles.groupings.file)
      ? read(root, regionFiles.groupings.file)
      : null,
    boundaries,
    unknown,
  };
}
