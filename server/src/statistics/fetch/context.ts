// SPDX-License-Identifier: EUPL-1.2
import type { ODataBases } from './cbs-tables';
import type { Downloader } from './downloader';

/** What every table's fetch needs, plus what earlier fetches learnt (the 2024 gemeenten). */
export interface FetchContext {
  downloader: Downloader;
  bases: ODataBases;
  /** PDOK Wijk- en buurtkaart WFS, without year: `<pdok>/<year>/wfs/v1_0`. */
  pdok: string;
  /** 2024 gemeente code by CBS name, filled from the region list. */
  gemeenteCodeByName: Map<string, string>;
  /** Province (code, name) per 2024 gemeente, for the boundary properties. */
  provinceOf: Map<string, { code: string; name: string }>;
  /** Features per WFS request; PDOK's maximum unless a test asks for small pages. */
  wfsPageSize?: number;
}
