// Agency catalogue, part 1: state of North Rhine-Westphalia (ministries, police, tax, judiciary).
import type { Label } from '../domain/common';
import { entry, type CatalogAgency } from './agency-types';
import { MUNICIPALITIES, municipalityCodesOf, type GovernmentRegion } from './municipalities';

const NRW = { level: 'state', area: 'Nordrhein-Westfalen' } as const;

export const STATE_MINISTRIES: readonly CatalogAgency[] = [
  entry({
    key: 'im_nrw',
    kind: 'ministry',
    partnerStatus: 'cooperation_partner',
    jurisdiction: NRW,
    name: {
      de: 'Ministerium des Innern des Landes Nordrhein-Westfalen',
      en: 'Ministry of the Interior of the State of North Rhine-Westphalia',
    },
    shortName: 'IM NRW',
  }),
  entry({
    key: 'fm_nrw',
    kind: 'ministry',
    partnerStatus: 'cooperation_partner',
    jurisdiction: NRW,
    name: {
      de: 'Ministerium der Finanzen des Landes Nordrhein-Westfalen',
      en: 'Ministry of Finance of the State of North Rhine-Westphalia',
    },
    shortName: 'FM NRW',
  }),
  entry({
    key: 'mhkbd_nrw',
    kind: 'ministry',
    partnerStatus: 'cooperation_partner',
    jurisdiction: NRW,
    name: {
      de: 'Ministerium für Heimat, Kommunales, Bau und Digitalisierung des Landes Nordrhein-Westfalen',
      en: 'Ministry for Home Affairs, Local Government, Building and Digitalisation of the State of North Rhine-Westphalia',
    },
    shortName: 'MHKBD NRW',
  }),
  entry({
    key: 'mkjfgfi_nrw',
    kind: 'ministry',
    partnerStatus: 'network_partner',
    jurisdiction: NRW,
    name: {
      de: 'Ministerium für Kinder, Jugend, Familie, Gleichstellung, Flucht und Integration des Landes Nordrhein-Westfalen',
      en: 'Ministry for Children, Youth, Family, Equality, Refugees and Integration of the State of North Rhine-Westphalia',
    },
    shortName: 'MKJFGFI NRW',
  }),
];

export const STATE_POLICE: readonly CatalogAgency[] = [
  entry({
    key: 'lka_nrw',
    kind: 'criminal_police_office',
    partnerStatus: 'network_partner',
    jurisdiction: NRW,
    name: {
      de: 'Landeskriminalamt Nordrhein-Westfalen',
      en: 'State Criminal Police Office of North Rhine-Westphalia',
    },
    shortName: 'LKA NRW',
  }),
  entry({
    key: 'lzpd_nrw',
    kind: 'state_police',
    partnerStatus: 'network_partner',
    jurisdiction: NRW,
    name: {
      de: 'Landesamt für Zentrale Polizeiliche Dienste Nordrhein-Westfalen',
      en: 'State Office for Central Police Services of North Rhine-Westphalia',
    },
    shortName: 'LZPD NRW',
  }),
  entry({
    key: 'hspv_nrw',
    kind: 'university',
    partnerStatus: 'cooperation_partner',
    jurisdiction: NRW,
    name: {
      de: 'Hochschule für Polizei und öffentliche Verwaltung Nordrhein-Westfalen',
      en: 'University of Applied Sciences for Police and Public Administration of North Rhine-Westphalia',
    },
    shortName: 'HSPV NRW',
  }),
];

/** The twelve district police authorities (Kreispolizeibehörden) of the Ruhr area. */
const headquarters = (key: string, city: string, area: string, codes: readonly string[]) =>
  entry({
    key,
    kind: 'state_police',
    partnerStatus: 'network_partner',
    jurisdiction: { level: 'regional', area },
    name: { de: `Polizeipräsidium ${city}`, en: `${city} Police Headquarters` },
    shortName: `PP ${city}`,
    municipalityCodes: codes,
  });

const districtPolice = (key: string, district: string, de: string, en: string, area: string) =>
  entry({
    key,
    kind: 'state_police',
    partnerStatus: 'network_partner',
    jurisdiction: { level: 'district', area },
    name: { de: `Kreispolizeibehörde ${de}`, en: `${en} District Police Authority` },
    shortName: `KPB ${de}`,
    // Lünen is policed by Dortmund, Witten by Bochum.
    municipalityCodes: municipalityCodesOf(district).filter(
      (c) => c !== 'luenen' && c !== 'witten',
    ),
  });

export const DISTRICT_POLICE: readonly CatalogAgency[] = [
  headquarters('pp_bochum', 'Bochum', 'Bochum, Herne, Witten', ['bochum', 'herne', 'witten']),
  headquarters('pp_dortmund', 'Dortmund', 'Dortmund, Lünen', ['dortmund', 'luenen']),
  headquarters('pp_duisburg', 'Duisburg', 'Duisburg', ['duisburg']),
  headquarters('pp_essen', 'Essen', 'Essen, Mülheim an der Ruhr', ['essen', 'muelheim']),
  headquarters('pp_gelsenkirchen', 'Gelsenkirchen', 'Gelsenkirchen', ['gelsenkirchen']),
  headquarters('pp_hagen', 'Hagen', 'Hagen', ['hagen']),
  headquarters('pp_hamm', 'Hamm', 'Hamm', ['hamm']),
  headquarters('pp_oberhausen', 'Oberhausen', 'Oberhausen', ['oberhausen']),
  headquarters('pp_recklinghausen', 'Recklinghausen', 'Kreis Recklinghausen, Bottrop', [
    ...municipalityCodesOf('kreis_recklinghausen'),
    'bottrop',
  ]),
  districtPolice('kpb_unna', 'kreis_unna', 'Unna', 'Unna', 'Kreis Unna (ohne Lünen)'),
  districtPolice('kpb_wesel', 'kreis_wesel', 'Wesel', 'Wesel', 'Kreis Wesel'),
  districtPolice(
    'kpb_ennepe_ruhr',
    'ennepe_ruhr_kreis',
    'Ennepe-Ruhr-Kreis',
    'Ennepe-Ruhr',
    'Ennepe-Ruhr-Kreis (ohne Witten)',
  ),
];

const regional = (
  key: string,
  kind: CatalogAgency['kind'],
  name: Label,
  shortName: string,
  area: string,
  partnerStatus: CatalogAgency['partnerStatus'] = 'network_partner',
): CatalogAgency =>
  entry({ key, kind, partnerStatus, jurisdiction: { level: 'regional', area }, name, shortName });

/** Finanzverwaltung NRW: tax investigation offices, a tax office for cash-register checks, LBF. */
export const TAX_ADMINISTRATION: readonly CatalogAgency[] = [
  regional(
    'stfa_bochum',
    'tax_investigation',
    {
      de: 'Finanzamt für Steuerstrafsachen und Steuerfahndung Bochum',
      en: 'Bochum Tax Investigation Office',
    },
    'Steufa Bochum',
    'Bezirk des Finanzamts für Steuerstrafsachen und Steuerfahndung Bochum',
  ),
  regional(
    'stfa_essen',
    'tax_investigation',
    {
      de: 'Finanzamt für Steuerstrafsachen und Steuerfahndung Essen',
      en: 'Essen Tax Investigation Office',
    },
    'Steufa Essen',
    'Bezirk des Finanzamts für Steuerstrafsachen und Steuerfahndung Essen',
  ),
  entry({
    key: 'fa_essen_nordost',
    kind: 'tax_office',
    partnerStatus: 'network_partner',
    jurisdiction: { level: 'municipal', area: 'Essen (Bezirk des Finanzamts)' },
    name: { de: 'Finanzamt Essen-NordOst', en: 'Essen-NordOst Tax Office' },
    shortName: 'FA Essen-NordOst',
    municipalityCodes: ['essen'],
  }),
  entry({
    key: 'lbf_nrw',
    kind: 'financial_crime_office',
    partnerStatus: 'other',
    jurisdiction: NRW,
    name: {
      de: 'Landesamt zur Bekämpfung der Finanzkriminalität des Landes Nordrhein-Westfalen',
      en: 'State Office for Combating Financial Crime of North Rhine-Westphalia',
    },
    shortName: 'LBF NRW',
  }),
];

/** District governments: among other things, money-laundering supervision of the non-financial sector. */
// Each is responsible for the catalogue's municipalities in its Regierungsbezirk.
export const DISTRICT_GOVERNMENTS: readonly CatalogAgency[] = (
  [
    ['br_arnsberg', 'Arnsberg', 'arnsberg'],
    ['br_duesseldorf', 'Düsseldorf', 'duesseldorf'],
    ['br_muenster', 'Münster', 'muenster'],
  ] as const satisfies readonly (readonly [string, string, GovernmentRegion])[]
).map(([key, city, region]) => ({
  ...regional(
    key,
    'district_government',
    { de: `Bezirksregierung ${city}`, en: `${city} District Government` },
    `BR ${city}`,
    `Regierungsbezirk ${city}`,
  ),
  municipalityCodes: MUNICIPALITIES.filter((m) => m.governmentRegion === region).map((m) => m.code),
}));

/** Justiz NRW: the public prosecutors' offices of the Ruhr area. */
export const JUDICIARY: readonly CatalogAgency[] = (
  [
    ['sta_bochum', 'Bochum'],
    ['sta_dortmund', 'Dortmund'],
    ['sta_duisburg', 'Duisburg'],
    ['sta_essen', 'Essen'],
  ] as const
).map(([key, city]) =>
  regional(
    key,
    'judiciary',
    { de: `Staatsanwaltschaft ${city}`, en: `${city} Public Prosecutor's Office` },
    `StA ${city}`,
    `Landgerichtsbezirk ${city}`,
  ),
);

export const STATE_AGENCIES: readonly CatalogAgency[] = [
  ...STATE_MINISTRIES,
  ...STATE_POLICE,
  ...DISTRICT_POLICE,
  ...TAX_ADMINISTRATION,
  ...DISTRICT_GOVERNMENTS,
  ...JUDICIARY,
];
