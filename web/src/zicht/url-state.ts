// SPDX-License-Identifier: EUPL-1.2
import type { IndicatorSummary } from '../../../common/contracts/statistics';
import { regionLevels, type RegionLevel } from '../../../common/statistics/levels';

/** The map explorer's whole state; it lives in the URL so every view is a permalink. */
export interface ExplorerState {
  indicator: string;
  level: RegionLevel;
  year: number;
  /** Zoomed to this provincie (PV..) or gemeente (GM.., its wijken); null = the whole country. */
  within: string | null;
  /** The region whose details are shown. */
  selected: string | null;
}

/** The indicator a first visit opens with. */
export const defaultIndicator = 'geregistreerde-misdrijven-per-1000-inwoners';

const withinPattern = /^(PV\d{2}|GM\d{4})$/;
const codePattern = /^(PV\d{2}|GM\d{4}|WK\d{4}[0-9A-Z]{2}|BU\d{4}[0-9A-Z]{4})$/;

/**
 * Reads the state from URL parameters, falling back to a valid view for anything unknown or
 * malformed; `notices` say in Dutch what was replaced, so the page can show it.
 */
export function readExplorerState(
  params: URLSearchParams,
  catalogue: readonly IndicatorSummary[],
): { state: ExplorerState; notices: string[] } {
  const notices: string[] = [];
  const askedIndicator = params.get('indicator');
  let indicator = catalogue.find((i) => i.id === askedIndicator);
  if (askedIndicator && !indicator)
    notices.push(`De indicator "${askedIndicator}" bestaat niet; we tonen een andere.`);
  indicator ??= catalogue.find((i) => i.id === defaultIndicator) ?? catalogue[0];
  if (!indicator) throw new Error('lege indicatorcatalogus');
  const askedLevel = params.get('niveau');
  const mapLevels: RegionLevel[] = indicator.levels.filter((l) => l !== 'land');
  let level = regionLevels.find((l) => l === askedLevel && mapLevels.includes(l));
  if (askedLevel && !level)
    notices.push(
      `${indicator.name} is er niet per "${askedLevel}"; we tonen ${mapLevels.includes('gemeente') ? 'gemeenten' : mapLevels[0]}.`,
    );
  level ??= mapLevels.includes('gemeente') ? 'gemeente' : (mapLevels[0] ?? 'gemeente');
  const askedYear = params.get('jaar');
  let year = indicator.periods.find((p) => String(p) === askedYear);
  if (askedYear && year === undefined)
    notices.push(
      `Voor ${indicator.name} zijn er geen cijfers over ${askedYear}; we tonen het nieuwste jaar.`,
    );
  year ??= indicator.periods[0] ?? new Date().getFullYear();
  const askedWithin = params.get('binnen')?.toUpperCase() ?? null;
  const within = askedWithin && withinPattern.test(askedWithin) ? askedWithin : null;
  if (askedWithin && !within)
    notices.push(`"${askedWithin}" is geen provincie- of gemeentecode; we tonen heel Nederland.`);
  const askedSelected = params.get('regio')?.toUpperCase() ?? null;
  const selected = askedSelected && codePattern.test(askedSelected) ? askedSelected : null;
  if (askedSelected && !selected) notices.push(`"${askedSelected}" is geen regiocode.`);
  return { state: { indicator: indicator.id, level, year, within, selected }, notices };
}

/** The URL parameters of a state; defaults are left out so links stay short. */
export function explorerParams(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams({ indicator: state.indicator, niveau: state.level });
  params.set('jaar', String(state.year));
  if (state.within) params.set('binnen', state.within);
  if (state.selected) params.set('regio', state.selected);
  return params;
}
