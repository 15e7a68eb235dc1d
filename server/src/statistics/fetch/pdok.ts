// SPDX-License-Identifier: EUPL-1.2
import type { Feature, Geometry } from 'geojson';

import type { FetchContext } from './context';
import { FetchError } from './downloader';

/** A feature of the Wijk- en buurtkaart with its attributes (numbers, codes, names). */
export type KaartFeature = Feature<Geometry | null, Record<string, unknown>>;

/** PDOK serves at most 1,000 features per request; larger layers are read in pages. */
export const wfsPageSize = 1000;

/** The WFS GetFeature URL of a layer page, GeoJSON in WGS84. */
export function wfsUrl(
  pdok: string,
  year: number,
  layer: string,
  startIndex: number,
  properties?: readonly string[],
  pageSize = wfsPageSize,
): string {
  const url = new URL(`${pdok.replace(/\/+$/, '')}/${year}/wfs/v1_0`);
  const query: Record<string, string> = {
    service: 'WFS',
    version: '2.0.0',
    request: 'GetFeature',
    typeNames: `wijkenbuurten:${layer}`,
    outputFormat: 'application/json',
    srsName: 'EPSG:4326',
    count: String(pageSize),
    startIndex: String(startIndex),
  };
  if (properties) query.propertyName = properties.join(',');
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}

function isFeature(value: unknown): value is KaartFeature {
  if (typeof value !== 'object' || value === null) return false;
  const { type, properties } = value as { type?: unknown; properties?: unknown };
  return type === 'Feature' && typeof properties === 'object' && properties !== null;
}

/**
 * Every feature of a layer (`gemeenten`, `wijken`) of the kaart of `year`. With `properties`,
 * only those attributes and no geometry are asked for (a smaller download).
 */
export async function fetchLayer(
  ctx: FetchContext,
  year: number,
  layer: string,
  properties?: readonly string[],
): Promise<KaartFeature[]> {
  const label = `PDOK wijkenbuurten ${year}, laag ${layer}`;
  const features: KaartFeature[] = [];
  const pageSize = ctx.wfsPageSize ?? wfsPageSize;
  for (let start = 0; ; start += pageSize) {
    const url = wfsUrl(ctx.pdok, year, layer, start, properties, pageSize);
    const page = (await ctx.downloader.json(url, label)) as { type?: unknown; features?: unknown };
    if (
      page?.type !== 'FeatureCollection' ||
      !Array.isArray(page.features) ||
      !page.features.every(isFeature)
    )
      throw new FetchError(
        `${label}: onverwacht antwoord van ${url}: een GeoJSON FeatureCollection verwacht.`,
      );
    features.push(...page.features);
    if (page.features.length < pageSize) return features;
  }
}

/** Features by the value of their code attribute (`gemeentecode`, `wijkcode`), trimmed. */
export function byCode(
  features: readonly KaartFeature[],
  attribute: string,
): Map<string, KaartFeature> {
  return new Map(features.map((f) => [String(f.properties[attribute] ?? '').trim(), f] as const));
}

/** Fails when an attribute is absent from every feature: a renamed field, not an empty value. */
export function requireAttributes(
  features: readonly KaartFeature[],
  attributes: readonly string[],
  label: string,
  url: string,
): void {
  if (features.length === 0) throw new FetchError(`${label}: ${url} gaf geen enkele feature.`);
  const missing = attributes.find((a) => !features.some((f) => a in f.properties));
  if (missing)
    throw new FetchError(`${label}: attribuut "${missing}" ontbreekt in het antwoord van ${url}.`);
}
