// SPDX-License-Identifier: EUPL-1.2
import {
  approximateNational,
  published,
  ratio,
  wholePercents,
  type IndicatorInput,
} from './define';

const context = { theme: 'context', direction: 'neutral' } as const;
const rounded5 =
  'Op wijk- en buurtniveau rondt CBS aantallen personen af op vijftallen; delen tellen dan niet precies op tot het totaal.';

const ageShare = (id: string, from: string, variable: Parameters<typeof ratio>[1]) =>
  ratio(
    {
      ...context,
      id: `aandeel-${id}-jaar`,
      name: `Aandeel inwoners ${from}`,
      unit: '%',
      measures: `Inwoners van ${from} als percentage van alle inwoners op 1 januari.`,
      caveats: [
        'Berekend uit de aantallen per leeftijdsgroep, niet uit de door CBS op hele procenten afgeronde percentages.',
        rounded5,
      ],
    },
    variable,
    'population',
    100,
  );

/** Context en voedingsbodem: bevolking, huishoudens, leeftijd, inkomen en vermogen. */
export const contextIndicators: readonly IndicatorInput[] = [
  published(
    {
      ...context,
      id: 'inwoners',
      name: 'Inwoners',
      unit: 'aantal',
      measures: 'Aantal inwoners op 1 januari volgens de Basisregistratie Personen.',
      caveats: [
        rounded5,
        'Een aantal zegt weinig zonder noemer; vergelijk gemeenten op dichtheid of aandelen.',
      ],
    },
    'count',
    'population',
  ),
  ratio(
    {
      ...context,
      id: 'bevolkingsdichtheid',
      name: 'Bevolkingsdichtheid',
      unit: 'inwoners per km² land',
      measures: 'Inwoners per km² landoppervlak.',
      caveats: [
        'Berekend uit inwoners en landoppervlak in hectare (× 100 voor km²), zodat ook groepen uit sommen volgen; kan licht afwijken van de door CBS gepubliceerde dichtheid.',
      ],
    },
    'population',
    'land_area_ha',
    100,
  ),
  published(
    {
      ...context,
      id: 'huishoudens',
      name: 'Particuliere huishoudens',
      unit: 'aantal',
      measures: 'Aantal particuliere huishoudens op 1 januari.',
      caveats: [
        'Op wijkniveau afgerond op vijftallen. Institutionele huishoudens tellen niet mee.',
      ],
    },
    'count',
    'households',
  ),
  published(
    {
      ...context,
      id: 'gemiddelde-huishoudensgrootte',
      name: 'Gemiddelde huishoudensgrootte',
      unit: 'personen per huishouden',
      measures: 'Gemiddeld aantal personen per particulier huishouden.',
      caveats: [approximateNational],
    },
    'mean',
    'household_size_mean',
    { weight: 'households' },
  ),
  published(
    {
      ...context,
      id: 'aandeel-eenpersoonshuishoudens',
      name: 'Aandeel eenpersoonshuishoudens',
      unit: '%',
      measures: 'Eenpersoonshuishoudens als percentage van alle particuliere huishoudens.',
      caveats: [wholePercents, approximateNational],
    },
    'mean',
    'single_person_households_pct',
    { weight: 'households' },
  ),
  ageShare('0-15', '0 tot 15 jaar', 'population_age_0_15'),
  ageShare('15-25', '15 tot 25 jaar', 'population_age_15_25'),
  ageShare('25-45', '25 tot 45 jaar', 'population_age_25_45'),
  ageShare('45-65', '45 tot 65 jaar', 'population_age_45_65'),
  ageShare('65-plus', '65 jaar en ouder', 'population_age_65_plus'),
];
