// SPDX-License-Identifier: EUPL-1.2
import type { Duck } from '../duck';

/** Where the generator planted each pattern: the ground truth the pipeline should find. */
export interface PlantedPatterns {
  /** Poor residents who hold many dwellings here (onverklaarbaar woningbezit). */
  readonly unaffordableOwners: string;
  /** Many purchases here in the reference year by households that cannot afford them. */
  readonly unexplainedPurchases: string;
  /** Dwellings in this wijk of that gemeente resold six times (doorsluiswoningen). */
  readonly resold: { readonly gemeente: string; readonly wijk: string };
  /** Many establishments here with a drug-convicted director; nationally the couriers (SBI 53). */
  readonly drugConvictedDirectors: { readonly gemeente: string; readonly branch: string };
  /** Hemp farms cleared at sixteen times the national rate. */
  readonly hempClearances: string;
  /** Drug suspects living in `from` offend in `to`. */
  readonly drugSuspectFlow: { readonly from: string; readonly to: string };
}

/** Planting strengths, documented in the ground truth so a reader knows what to expect. */
export const plantedRates = {
  strawOwnedDwellingShare: 0.08,
  strawPoolShare: 0.03,
  unexplainedBuyerShare: 0.3,
  resoldDwellingShare: 0.2,
  resoldGemeenteShare: 0.02,
  convictedDirectorShare: 0.08,
  courierConvictedDirectorShare: 0.05,
  hempPerDwelling: 0.008,
  baselineHempPerDwelling: 0.0005,
  flowSuspectRate: 0.02,
  flowShare: 0.6,
} as const;

/**
 * Picks seven distinct gemeenten among the ten largest (in seeded order), so each pattern has
 * enough people to survive disclosure control at small scales, and a different seed plants
 * elsewhere. Creates table `planted (role, gemeente, wijk)` for the generators.
 */
export async function choosePlanted(duck: Duck, seed: number): Promise<PlantedPatterns> {
  const gemeenten = await duck.all(`
    SELECT gemeente FROM (
      SELECT gemeente, sum(persons) AS persons FROM sb GROUP BY gemeente
      ORDER BY persons DESC, gemeente LIMIT 10)
    ORDER BY hash(gemeente, ${Math.trunc(seed)}), gemeente`);
  const codes = gemeenten.map((g) => String(g.gemeente));
  if (codes.length < 7) throw new Error('De kalibratie heeft minstens zeven gemeenten nodig.');
  const at = (i: number) => codes[i] ?? '';
  const [wijk] = await duck.all(
    `SELECT wijk FROM sb WHERE gemeente = '${at(2)}' GROUP BY wijk ORDER BY sum(dwellings) DESC, wijk LIMIT 1`,
  );
  const planted: PlantedPatterns = {
    unaffordableOwners: at(0),
    unexplainedPurchases: at(1),
    resold: { gemeente: at(2), wijk: String(wijk?.wijk) },
    drugConvictedDirectors: { gemeente: at(3), branch: '53' },
    hempClearances: at(4),
    drugSuspectFlow: { from: at(5), to: at(6) },
  };
  await duck.exec(`CREATE TABLE planted AS SELECT * FROM (VALUES
    ('straw', '${planted.unaffordableOwners}', ''),
    ('buyers', '${planted.unexplainedPurchases}', ''),
    ('resold', '${planted.resold.gemeente}', '${planted.resold.wijk}'),
    ('directors', '${planted.drugConvictedDirectors.gemeente}', ''),
    ('hemp', '${planted.hempClearances}', ''),
    ('flow-from', '${planted.drugSuspectFlow.from}', ''),
    ('flow-to', '${planted.drugSuspectFlow.to}', '')
  ) AS v (role, gemeente, wijk)`);
  return planted;
}

/** The gemeente (or wijk) planted for a role, as an SQL scalar subquery. */
export function plantedFor(role: string, column: 'gemeente' | 'wijk' = 'gemeente'): string {
  return `(SELECT ${column} FROM planted WHERE role = '${role}')`;
}
