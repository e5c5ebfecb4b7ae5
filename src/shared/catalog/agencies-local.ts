// Agency catalogue, part 3: partner cities and districts with the offices that take part in inspections.
import type { AgencyKind, PartnerStatus } from '../domain/agency';
import { entry, type CatalogAgency } from './agency-types';
import { municipalityCodesOf } from './municipalities';

type OfficeCode =
  | 'ordnungsamt'
  | 'bauordnung'
  | 'gewerbeamt'
  | 'lebensmittel'
  | 'auslaenderbehoerde'
  | 'jugendamt'
  | 'feuerwehr';

/** Municipal offices, named by function: the official office names differ from city to city. */
const OFFICES: Record<OfficeCode, { kind: AgencyKind; de: string; en: string }> = {
  ordnungsamt: { kind: 'regulatory_office', de: 'Ordnungsamt', en: 'Regulatory Office' },
  bauordnung: { kind: 'building_authority', de: 'Bauordnung', en: 'Building Authority' },
  gewerbeamt: { kind: 'trade_office', de: 'Gewerbeamt', en: 'Trade Office' },
  lebensmittel: { kind: 'food_control', de: 'Lebensmittelüberwachung', en: 'Food Control' },
  auslaenderbehoerde: {
    kind: 'foreigners_office',
    de: 'Ausländerbehörde',
    en: "Foreigners' Office",
  },
  jugendamt: { kind: 'youth_welfare', de: 'Jugendamt', en: 'Youth Welfare Office' },
  feuerwehr: { kind: 'fire_service', de: 'Feuerwehr', en: 'Fire Service' },
};

const FULL_SET: readonly OfficeCode[] = [
  'ordnungsamt',
  'bauordnung',
  'gewerbeamt',
  'lebensmittel',
  'auslaenderbehoerde',
  'jugendamt',
];

/** Partner cities: [municipality code, name, offices with their own catalogue entry]. */
const CITIES: readonly [code: string, name: string, offices: readonly OfficeCode[]][] = [
  ['dortmund', 'Dortmund', [...FULL_SET, 'feuerwehr']],
  ['duisburg', 'Duisburg', FULL_SET],
  ['essen', 'Essen', [...FULL_SET, 'feuerwehr']],
  ['bochum', 'Bochum', ['ordnungsamt']],
  ['dorsten', 'Dorsten', ['ordnungsamt']],
  ['gelsenkirchen', 'Gelsenkirchen', FULL_SET],
  ['gladbeck', 'Gladbeck', ['ordnungsamt']],
  ['hagen', 'Hagen', ['ordnungsamt']],
  ['hamm', 'Hamm', ['ordnungsamt']],
  ['herne', 'Herne', ['ordnungsamt']],
  ['marl', 'Marl', ['ordnungsamt']],
  ['muelheim', 'Mülheim an der Ruhr', ['ordnungsamt']],
  ['oberhausen', 'Oberhausen', ['ordnungsamt']],
  ['oer_erkenschwick', 'Oer-Erkenschwick', ['ordnungsamt']],
];

function cityEntries(code: string, name: string, offices: readonly OfficeCode[]): CatalogAgency[] {
  const cityKey = `stadt_${code}`;
  const jurisdiction = { level: 'municipal', area: name } as const;
  const partnerStatus: PartnerStatus = 'cooperation_partner';
  const city = entry({
    key: cityKey,
    kind: 'municipality',
    partnerStatus,
    jurisdiction,
    name: { de: `Stadt ${name}`, en: `City of ${name}` },
    shortName: `Stadt ${name}`,
    municipalityCodes: [code],
  });
  return [
    city,
    ...offices.map((office) => {
      const o = OFFICES[office];
      const fire = office === 'feuerwehr';
      return entry({
        key: `${code}_${office}`,
        kind: o.kind,
        partnerStatus,
        jurisdiction,
        name: fire
          ? { de: `Feuerwehr ${name}`, en: `${name} Fire Service` }
          : { de: `Stadt ${name} – ${o.de}`, en: `City of ${name} – ${o.en}` },
        shortName: `${o.de} ${name}`,
        parentKey: cityKey,
        municipalityCodes: [code],
      });
    }),
  ];
}

/** Partner districts (Kreise): the district itself and its food control, which serves its towns. */
const DISTRICTS: readonly [key: string, de: string, en: string][] = [
  ['ennepe_ruhr_kreis', 'Ennepe-Ruhr-Kreis', 'Ennepe-Ruhr District'],
  ['kreis_recklinghausen', 'Kreis Recklinghausen', 'Recklinghausen District'],
  ['kreis_unna', 'Kreis Unna', 'Unna District'],
  ['kreis_wesel', 'Kreis Wesel', 'Wesel District'],
];

function districtEntries(key: string, de: string, en: string): CatalogAgency[] {
  const towns = municipalityCodesOf(key);
  const jurisdiction = { level: 'district', area: de } as const;
  return [
    entry({
      key,
      kind: 'district',
      partnerStatus: 'cooperation_partner',
      jurisdiction,
      name: { de, en },
      shortName: de,
      municipalityCodes: towns,
    }),
    entry({
      key: `${key}_lebensmittel`,
      kind: 'food_control',
      partnerStatus: 'cooperation_partner',
      jurisdiction,
      name: { de: `${de} – Lebensmittelüberwachung`, en: `${en} – Food Control` },
      shortName: `Lebensmittelüberwachung ${de}`,
      parentKey: key,
      municipalityCodes: towns,
    }),
  ];
}

/** Job centres (SGB II): Essen is run by the city, Dortmund and Gelsenkirchen jointly with the BA. */
export const JOB_CENTRES: readonly CatalogAgency[] = [
  entry({
    key: 'jobcenter_essen',
    kind: 'job_centre',
    partnerStatus: 'other',
    jurisdiction: { level: 'municipal', area: 'Essen' },
    name: { de: 'JobCenter Essen', en: 'Essen Job Centre' },
    shortName: 'JobCenter Essen',
    municipalityCodes: ['essen'],
  }),
  entry({
    key: 'jobcenter_dortmund',
    kind: 'job_centre',
    partnerStatus: 'other',
    jurisdiction: { level: 'municipal', area: 'Dortmund' },
    name: { de: 'Jobcenter Dortmund', en: 'Dortmund Job Centre' },
    shortName: 'Jobcenter Dortmund',
    municipalityCodes: ['dortmund'],
  }),
  entry({
    key: 'jobcenter_gelsenkirchen',
    kind: 'job_centre',
    partnerStatus: 'other',
    jurisdiction: { level: 'municipal', area: 'Gelsenkirchen' },
    name: {
      de: 'Integrationscenter für Arbeit Gelsenkirchen',
      en: 'Gelsenkirchen Job Centre (Integrationscenter für Arbeit)',
    },
    shortName: 'IAG Gelsenkirchen',
    municipalityCodes: ['gelsenkirchen'],
  }),
];

export const LOCAL_AGENCIES: readonly CatalogAgency[] = [
  ...CITIES.flatMap(([code, name, offices]) => cityEntries(code, name, offices)),
  ...DISTRICTS.flatMap(([key, de, en]) => districtEntries(key, de, en)),
  ...JOB_CENTRES,
];
