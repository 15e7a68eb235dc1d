// SPDX-License-Identifier: EUPL-1.2
import { approximateNational, published, ratio, type IndicatorInput } from './define';

const context = { theme: 'context', direction: 'neutral' } as const;

const income =
  'Inkomensstatistiek 2024 is voorlopig; waarden voor kleine gemeenten zijn door CBS geheimgehouden en blijven geheim.';
const median =
  'Een mediaan is niet op te tellen: er is geen landelijke of groepswaarde uit gemeenten af te leiden.';

/** Context en voedingsbodem: inkomen en vermogen. */
export const incomeIndicators: readonly IndicatorInput[] = [
  published(
    {
      ...context,
      id: 'gestandaardiseerd-inkomen-gemiddeld',
      name: 'Gemiddeld gestandaardiseerd huishoudensinkomen',
      unit: '× € 1.000',
      measures:
        'Besteedbaar huishoudensinkomen, gecorrigeerd voor grootte en samenstelling van het huishouden, gemiddeld over particuliere huishoudens.',
      caveats: [income, approximateNational],
    },
    'mean',
    'standardised_income_mean_x1000_eur',
    { weight: 'income_households_x1000' },
  ),
  published(
    {
      ...context,
      id: 'gestandaardiseerd-inkomen-mediaan',
      name: 'Mediaan gestandaardiseerd huishoudensinkomen',
      unit: '× € 1.000',
      measures: 'Mediaan van het gestandaardiseerd besteedbaar huishoudensinkomen.',
      caveats: [income, median],
    },
    'median',
    'standardised_income_median_x1000_eur',
  ),
  published(
    {
      ...context,
      id: 'besteedbaar-inkomen-gemiddeld',
      name: 'Gemiddeld besteedbaar huishoudensinkomen',
      unit: '× € 1.000',
      measures: 'Gemiddeld besteedbaar inkomen per particulier huishouden.',
      caveats: [income, approximateNational],
    },
    'mean',
    'disposable_income_mean_x1000_eur',
    { weight: 'income_households_x1000' },
  ),
  ratio(
    {
      ...context,
      id: 'vermogen-gemiddeld',
      name: 'Gemiddeld vermogen per huishouden',
      unit: '× € 1.000',
      measures:
        'Totaal vermogen (bezittingen min schulden) van particuliere huishoudens gedeeld door hun aantal.',
      caveats: [
        'Berekend uit het totale vermogen (mld euro) en het aantal huishoudens (× 1.000), dus × 1.000 voor duizenden euro’s; kan door afronding licht afwijken van het gepubliceerde gemiddelde.',
        'Geheimgehouden waarden blijven geheim.',
      ],
    },
    'wealth_total_bn_eur',
    'wealth_households_x1000',
    1000,
  ),
  published(
    {
      ...context,
      id: 'vermogen-mediaan',
      name: 'Mediaan vermogen per huishouden',
      unit: '× € 1.000',
      measures: 'Mediaan van het vermogen van particuliere huishoudens.',
      caveats: [median, 'Geheimgehouden waarden blijven geheim.'],
    },
    'median',
    'wealth_median_x1000_eur',
  ),
  published(
    {
      ...context,
      id: 'huishoudens-laagste-40-procent-inkomen',
      name: 'Huishoudens met de landelijk laagste 40 % inkomens',
      unit: '%',
      measures:
        'Aandeel huishoudens dat tot de 40 % huishoudens met de laagste inkomens van Nederland behoort (KWB-kolom pct_huishoudens_met_laag_inkomen).',
      caveats: [
        'Dit is níet het aandeel huishoudens onder de lage-inkomensgrens: de waarden komen overeen met de CBS-maat "40 % huishoudens met laagste inkomen".',
        'Het inkomensjaar ligt vóór het KWB-editiejaar; niet mengen met de inkomensstatistiek.',
        approximateNational,
      ],
    },
    'mean',
    'kwb_households_bottom_40pct_income_pct',
    { weight: 'households' },
  ),
  published(
    {
      ...context,
      id: 'huishoudens-rond-sociaal-minimum',
      name: 'Huishoudens onder of rond het sociaal minimum',
      unit: '%',
      measures: 'Aandeel huishoudens met een inkomen onder of rond het sociaal minimum.',
      caveats: ['Het inkomensjaar ligt vóór het KWB-editiejaar.', approximateNational],
    },
    'mean',
    'kwb_households_social_minimum_pct',
    { weight: 'households' },
  ),
];
