// SPDX-License-Identifier: EUPL-1.2
import { notProofSentence, type IndicatorTheme } from '../common/statistics/indicators/define';

import type { PackageLevel } from './cells';

/**
 * A pipeline indicator in the platform catalogue's format (common/statistics/indicators/define.ts):
 * id, name, theme, unit, what it measures and its caveats, plus the numerator and denominator as
 * described populations (they are computed here, not read from published variables).
 */
export interface PipelineIndicator {
  readonly id: string;
  /** The step (pipeline/steps/<step>.sql) that produces its cells. */
  readonly step: string;
  readonly name: string;
  readonly theme: IndicatorTheme;
  readonly kind: 'ratio' | 'count';
  readonly unit: string;
  /** value = numerator ÷ denominator × multiplier (ratio), or the numerator (count). */
  readonly multiplier: number;
  readonly numerator: string;
  readonly denominator: string | null;
  /** What a breakdown value is, when the indicator has one. */
  readonly breakdown: string | null;
  readonly levels: readonly PackageLevel[];
  /** Whether the dominance rule applies (a magnitude table with contributions per unit). */
  readonly magnitude: boolean;
  readonly measures: string;
  readonly methodology: string;
  readonly caveats: readonly string[];
  readonly notProof: string;
}

const allLevels: readonly PackageLevel[] = ['land', 'gemeente', 'wijk', 'buurt'];
const registers =
  'Registers lopen achter en bevatten fouten; een adres zonder juiste inschrijving valt buiten de noemer.';

const define = (i: Omit<PipelineIndicator, 'notProof'>): PipelineIndicator => ({
  ...i,
  notProof: notProofSentence,
});

/** Every indicator the pipeline produces, in package order. */
export const pipelineIndicators: readonly PipelineIndicator[] = [
  define({
    id: 'onverklaarbare-woningaankopen',
    step: 'unexplained_purchases',
    name: 'Onverklaarbare woningaankopen',
    theme: 'wonen',
    kind: 'ratio',
    unit: '%',
    multiplier: 100,
    numerator:
      'woningaankopen in het peiljaar waarvan de prijs hoger is dan het maximaal besteedbare bedrag van het kopende huishouden',
    denominator: 'alle woningaankopen door personen in het peiljaar',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures:
      'Aandeel woningaankopen dat het kopende huishouden niet uit inkomen en vermogen kan verklaren.',
    methodology:
      'Maximaal besteedbaar bedrag = 5 × besteedbaar huishoudinkomen + vermogen (negatief telt als nul). Gebied = ligging van de gekochte woning.',
    caveats: [
      'Schenkingen, erfenissen en leningen uit familiekring ontbreken in de registers.',
      registers,
    ],
  }),
  define({
    id: 'onverklaarbaar-woningbezit-personen',
    step: 'unaffordable_owners',
    name: 'Personen met onverklaarbaar woningbezit',
    theme: 'wonen',
    kind: 'ratio',
    unit: 'per 1.000 inwoners',
    multiplier: 1000,
    numerator:
      'inwoners met twee of meer woningen waarvan de WOZ-waarde (naar aandeel) hoger is dan het maximaal besteedbare bedrag van hun huishouden',
    denominator: 'inwoners',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures:
      'Inwoners die meer woningen bezitten dan hun huishouden kan verklaren, naar woonplaats.',
    methodology:
      'Eigendom van natuurlijke personen, alleen woningen; waarde = som van aandeel × WOZ-waarde.',
    caveats: [
      'Hypotheken en verhuurinkomsten zijn niet bekend; een belegger met veel schuld kan terecht zo veel bezitten.',
      registers,
    ],
  }),
  define({
    id: 'onverklaarbaar-woningbezit-woningen',
    step: 'unaffordable_owner_dwellings',
    name: 'Woningen in onverklaarbaar bezit',
    theme: 'wonen',
    kind: 'ratio',
    unit: 'per 1.000 woningen',
    multiplier: 1000,
    numerator: 'woningen in bezit van personen met onverklaarbaar woningbezit',
    denominator: 'woningen',
    breakdown: null,
    levels: allLevels,
    magnitude: true,
    measures:
      'Woningen die gehouden worden door eigenaren met onverklaarbaar woningbezit, naar ligging van de woning.',
    methodology:
      'Bijdragers zijn de eigenaren; de dominantieregel beschermt een gebied waar één of twee eigenaren het grootste deel houden.',
    caveats: ['Zie Personen met onverklaarbaar woningbezit.', registers],
  }),
  define({
    id: 'doorsluiswoningen',
    step: 'resold_dwellings',
    name: 'Doorsluiswoningen',
    theme: 'wonen',
    kind: 'ratio',
    unit: 'per 1.000 woningen',
    multiplier: 1000,
    numerator:
      'woningen die in de twintig jaar tot en met het peiljaar vijf keer of vaker zijn verkocht',
    denominator: 'woningen',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures: 'Woningen die opvallend vaak van eigenaar wisselen.',
    methodology:
      'Verkopen per adres in het venster peiljaar − 19 tot en met peiljaar; vijf of meer.',
    caveats: [
      'Nieuwbouwprojecten en beleggersportefeuilles kunnen vaak doorverkocht worden zonder misbruik.',
      registers,
    ],
  }),
  define({
    id: 'onbekende-buitenlandse-eigenaren',
    step: 'unknown_foreign_owners',
    name: 'Objecten met onbekende of buitenlandse eigenaar',
    theme: 'wonen',
    kind: 'ratio',
    unit: '%',
    multiplier: 100,
    numerator:
      'verblijfsobjecten met ten minste één onbekende of in het buitenland gevestigde eigenaar',
    denominator: 'verblijfsobjecten',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures: 'Aandeel objecten waarvan de eigenaar niet in Nederlandse registers te volgen is.',
    methodology:
      'Woningen en niet-woningen samen; een object telt één keer, ook bij meer eigenaren.',
    caveats: ['Buitenlandse eigenaren zijn vaak gewone beleggers of emigranten.', registers],
  }),
  define({
    id: 'vestigingen-drugsveroordeelde-bestuurder',
    step: 'drug_convicted_directors',
    name: 'Vestigingen met een drugsveroordeelde bestuurder',
    theme: 'economie',
    kind: 'ratio',
    unit: '%',
    multiplier: 100,
    numerator:
      'vestigingen met ten minste één eigenaar of bestuurder die in de tien jaar tot en met het peiljaar voor een drugsdelict is veroordeeld',
    denominator: 'vestigingen',
    breakdown: 'SBI-afdeling (eerste twee cijfers), alleen landelijk',
    levels: ['land', 'gemeente'],
    magnitude: false,
    measures:
      'Aandeel vestigingen met een bestuurder die voor drugs is veroordeeld, per gemeente en per branche.',
    methodology:
      'Bijdragers zijn de veroordeelde personen; een persoon met meer vestigingen telt één keer als bijdrager.',
    caveats: ['Een veroordeling zegt niets over de huidige bedrijfsvoering.', registers],
  }),
  define({
    id: 'hennepruimingen',
    step: 'hemp_clearance_rates',
    name: 'Geruimde hennepkwekerijen',
    theme: 'criminaliteit',
    kind: 'ratio',
    unit: 'per 1.000 woningen',
    multiplier: 1000,
    numerator: 'adressen waar in het peiljaar een hennepkwekerij is geruimd',
    denominator: 'woningen',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures: 'Ruimingen van hennepkwekerijen naar verhouding tot de woningvoorraad.',
    methodology:
      'Een adres telt één keer per jaar; ruimingen in bedrijfspanden tellen mee in de teller.',
    caveats: ['Het aantal ruimingen volgt ook de opsporingsinzet van politie en netbeheerder.'],
  }),
  define({
    id: 'drugsverdachten-woon-pleeggemeente',
    step: 'drug_suspect_flows',
    name: 'Drugsverdachten naar woon- en pleeggemeente',
    theme: 'criminaliteit',
    kind: 'count',
    unit: 'aantal',
    multiplier: 1,
    numerator:
      'combinaties van verdachte en pleeggemeente van drugsdelicten in het peiljaar, naar woongemeente',
    denominator: null,
    breakdown: 'pleeggemeente (GM-code)',
    levels: ['land', 'gemeente'],
    magnitude: false,
    measures: 'Waar drugsverdachten wonen en waar zij de delicten plegen.',
    methodology:
      'Eenheid is een verdachte–pleeggemeentepaar, zodat het totaal van een woongemeente de som van de pleeggemeenten is.',
    caveats: ['Verdachte is niet veroordeeld.', 'Registratie volgt de opsporingsinzet.'],
  }),
  define({
    id: 'vestigingen-kwetsbare-branches',
    step: 'vulnerable_branches',
    name: 'Vestigingen in kwetsbare branches',
    theme: 'economie',
    kind: 'ratio',
    unit: 'per 1.000 inwoners',
    multiplier: 1000,
    numerator:
      'vestigingen met een SBI-code in de lijst kwetsbare branches (pipeline/steps/vulnerable_sbi.sql)',
    denominator: 'inwoners',
    breakdown: null,
    levels: allLevels,
    magnitude: false,
    measures:
      'Dichtheid van branches die vaak voor witwassen of logistiek van drugs worden gebruikt.',
    methodology:
      'Branches: autohandel, auto- en vrachtwagenverhuur, horeca, kappers en schoonheid, koeriers, wegtransport, afval, vastgoedbemiddeling, geldtransactiekantoren.',
    caveats: [
      'De meeste vestigingen in deze branches zijn bonafide.',
      'Centrumgebieden hebben weinig inwoners en dus hoge waarden.',
    ],
  }),
];

/** Steps that build tables the indicators read, in order, before the indicator steps. */
export const preparatorySteps = [
  'buurten',
  'areas',
  'household_capacity',
  'household_areas',
  'residents',
  'area_totals',
  'held_dwellings',
  'dwelling_holdings',
  'placed_persons',
  'unaffordable_holders',
  'vulnerable_sbi',
] as const;
