// Agency catalogue, part 2: federal bodies (federal police, customs, family-benefits office).
import { entry, type CatalogAgency } from './agency-types';
import { municipalityCodesOf } from './municipalities';

export const FEDERAL_POLICE: readonly CatalogAgency[] = [
  entry({
    key: 'bpold_sankt_augustin',
    kind: 'federal_police',
    partnerStatus: 'cooperation_partner',
    jurisdiction: { level: 'federal', area: 'Nordrhein-Westfalen (Direktionsbereich)' },
    name: {
      de: 'Bundespolizeidirektion Sankt Augustin',
      en: 'Federal Police Directorate Sankt Augustin',
    },
    shortName: 'BPOLD Sankt Augustin',
  }),
  entry({
    key: 'bpoli_dortmund',
    kind: 'federal_police',
    partnerStatus: 'cooperation_partner',
    jurisdiction: { level: 'federal', area: 'Inspektionsbereich Dortmund (Bahnanlagen)' },
    name: { de: 'Bundespolizeiinspektion Dortmund', en: 'Federal Police Inspectorate Dortmund' },
    shortName: 'BPOLI Dortmund',
    parentKey: 'bpold_sankt_augustin',
  }),
];

/**
 * The main customs offices with the catalogue's municipalities in their districts, as far as
 * published: HZA Duisburg for Duisburg, Oberhausen, Mülheim, Essen and the Kreis Wesel (its
 * press office, 2020); HZA Dortmund through its customs offices Bochum (Bochum, Herne, Witten),
 * Gelsenkirchen (Gelsenkirchen, Bottrop, Gladbeck, Dorsten), Dortmund and Hagen (2023). HZA Essen
 * is listed without municipalities until its district is confirmed: suggestions then treat it
 * as area-wide instead of guessing.
 */
const HZA_CITIES: readonly [code: string, city: string, municipalities: readonly string[]][] = [
  [
    'dortmund',
    'Dortmund',
    [
      'dortmund',
      'bochum',
      'herne',
      'witten',
      'gelsenkirchen',
      'bottrop',
      'gladbeck',
      'dorsten',
      'hagen',
    ],
  ],
  [
    'duisburg',
    'Duisburg',
    ['duisburg', 'oberhausen', 'muelheim', 'essen', ...municipalityCodesOf('kreis_wesel')],
  ],
  ['essen', 'Essen', []],
];

/** Customs: the directorate general, three main customs offices and their FKS units. */
export const CUSTOMS: readonly CatalogAgency[] = [
  entry({
    key: 'gzd',
    kind: 'customs',
    partnerStatus: 'cooperation_partner',
    jurisdiction: { level: 'federal', area: 'Bundesgebiet' },
    name: { de: 'Generalzolldirektion', en: 'Directorate General of Customs' },
    shortName: 'GZD',
  }),
  ...HZA_CITIES.flatMap(([code, city, municipalityCodes]) => [
    entry({
      key: `hza_${code}`,
      kind: 'customs',
      partnerStatus: 'cooperation_partner',
      jurisdiction: { level: 'regional', area: `Bezirk des Hauptzollamts ${city}` },
      name: { de: `Hauptzollamt ${city}`, en: `${city} Main Customs Office` },
      shortName: `HZA ${city}`,
      parentKey: 'gzd',
      municipalityCodes,
    }),
    entry({
      key: `hza_${code}_fks`,
      kind: 'customs',
      partnerStatus: 'cooperation_partner',
      jurisdiction: { level: 'regional', area: `Bezirk des Hauptzollamts ${city}` },
      name: {
        de: `Hauptzollamt ${city} – Finanzkontrolle Schwarzarbeit`,
        en: `${city} Main Customs Office – Financial Control of Undeclared Work`,
      },
      shortName: `FKS ${city}`,
      parentKey: `hza_${code}`,
      municipalityCodes,
    }),
  ]),
];

export const FAMILY_BENEFITS: readonly CatalogAgency[] = [
  entry({
    key: 'familienkasse',
    kind: 'family_benefits',
    partnerStatus: 'cooperation_partner',
    jurisdiction: { level: 'federal', area: 'Bundesgebiet' },
    name: {
      de: 'Familienkasse der Bundesagentur für Arbeit',
      en: 'Family Benefits Office of the Federal Employment Agency',
    },
    shortName: 'Familienkasse',
  }),
];

export const FEDERAL_AGENCIES: readonly CatalogAgency[] = [
  ...FEDERAL_POLICE,
  ...CUSTOMS,
  ...FAMILY_BENEFITS,
];
