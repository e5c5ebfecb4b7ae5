// Ruhr municipalities and districts: codes for Operation.municipalityId, and map default views.
import type { Label } from '../domain/common';

export type GovernmentRegion = 'arnsberg' | 'duesseldorf' | 'muenster';

export interface CatalogDistrict {
  readonly code: string;
  readonly name: Label;
  readonly governmentRegion: GovernmentRegion;
}

export interface CatalogMunicipality {
  readonly code: string;
  readonly name: Label;
  /** Kreisfreie Stadt (county-level city) or a town belonging to a district (Kreis). */
  readonly kind: 'city' | 'district_town';
  /** Code of the district (RUHR_DISTRICTS) for district towns; null for county-level cities. */
  readonly districtCode: string | null;
  readonly governmentRegion: GovernmentRegion;
  /** Approximate town centre, only for the default map view (not a geocoding result). */
  readonly center: { readonly lat: number; readonly lng: number };
  /** Suggested zoom level for a map of the whole municipality. */
  readonly zoom: number;
}

export const MUNICIPALITY_KIND_LABELS: Record<CatalogMunicipality['kind'], Label> = {
  city: { de: 'Kreisfreie Stadt', en: 'County-level city' },
  district_town: { de: 'Kreisangehörige Stadt', en: 'District town' },
};

export const GOVERNMENT_REGION_LABELS: Record<GovernmentRegion, Label> = {
  arnsberg: { de: 'Regierungsbezirk Arnsberg', en: 'Arnsberg administrative region' },
  duesseldorf: { de: 'Regierungsbezirk Düsseldorf', en: 'Düsseldorf administrative region' },
  muenster: { de: 'Regierungsbezirk Münster', en: 'Münster administrative region' },
};

/** Rough bounding box of the Ruhr metropolitan region (RVR area) in WGS 84. */
export const RUHR_BOUNDS = { south: 51.2, west: 6.4, north: 51.85, east: 7.95 } as const;
export const RUHR_CENTER = { lat: 51.49, lng: 7.18 } as const;
export const RUHR_ZOOM = 10;

const same = (name: string): Label => ({ de: name, en: name });

export const RUHR_DISTRICTS: readonly CatalogDistrict[] = [
  {
    code: 'ennepe_ruhr_kreis',
    name: { de: 'Ennepe-Ruhr-Kreis', en: 'Ennepe-Ruhr District' },
    governmentRegion: 'arnsberg',
  },
  {
    code: 'kreis_recklinghausen',
    name: { de: 'Kreis Recklinghausen', en: 'Recklinghausen District' },
    governmentRegion: 'muenster',
  },
  {
    code: 'kreis_unna',
    name: { de: 'Kreis Unna', en: 'Unna District' },
    governmentRegion: 'arnsberg',
  },
  {
    code: 'kreis_wesel',
    name: { de: 'Kreis Wesel', en: 'Wesel District' },
    governmentRegion: 'duesseldorf',
  },
];

type Row = [code: string, name: string, lat: number, lng: number];

const CITIES: readonly [...Row, GovernmentRegion][] = [
  ['bochum', 'Bochum', 51.4818, 7.2162, 'arnsberg'],
  ['bottrop', 'Bottrop', 51.5236, 6.9285, 'muenster'],
  ['dortmund', 'Dortmund', 51.5136, 7.4653, 'arnsberg'],
  ['duisburg', 'Duisburg', 51.4344, 6.7623, 'duesseldorf'],
  ['essen', 'Essen', 51.4556, 7.0116, 'duesseldorf'],
  ['gelsenkirchen', 'Gelsenkirchen', 51.5058, 7.0964, 'muenster'],
  ['hagen', 'Hagen', 51.3605, 7.474, 'arnsberg'],
  ['hamm', 'Hamm', 51.6803, 7.8209, 'arnsberg'],
  ['herne', 'Herne', 51.538, 7.22, 'arnsberg'],
  ['muelheim', 'Mülheim an der Ruhr', 51.427, 6.883, 'duesseldorf'],
  ['oberhausen', 'Oberhausen', 51.4696, 6.8514, 'duesseldorf'],
];

const DISTRICT_TOWNS: Readonly<Record<string, readonly Row[]>> = {
  ennepe_ruhr_kreis: [
    ['witten', 'Witten', 51.4433, 7.353],
    ['hattingen', 'Hattingen', 51.399, 7.186],
    ['schwelm', 'Schwelm', 51.2963, 7.293],
    ['gevelsberg', 'Gevelsberg', 51.319, 7.339],
  ],
  kreis_recklinghausen: [
    ['recklinghausen', 'Recklinghausen', 51.6141, 7.1979],
    ['castrop_rauxel', 'Castrop-Rauxel', 51.5552, 7.3114],
    ['datteln', 'Datteln', 51.6539, 7.3418],
    ['dorsten', 'Dorsten', 51.66, 6.9648],
    ['gladbeck', 'Gladbeck', 51.5706, 6.9855],
    ['haltern', 'Haltern am See', 51.742, 7.184],
    ['herten', 'Herten', 51.5952, 7.1413],
    ['marl', 'Marl', 51.648, 7.086],
    ['oer_erkenschwick', 'Oer-Erkenschwick', 51.6421, 7.2508],
    ['waltrop', 'Waltrop', 51.6236, 7.3946],
  ],
  kreis_unna: [
    ['unna', 'Unna', 51.5349, 7.6893],
    ['luenen', 'Lünen', 51.616, 7.528],
    ['kamen', 'Kamen', 51.5917, 7.6654],
    ['bergkamen', 'Bergkamen', 51.616, 7.634],
    ['schwerte', 'Schwerte', 51.4437, 7.565],
    ['selm', 'Selm', 51.69, 7.472],
  ],
  kreis_wesel: [
    ['wesel', 'Wesel', 51.6582, 6.6178],
    ['moers', 'Moers', 51.4516, 6.6326],
    ['dinslaken', 'Dinslaken', 51.5623, 6.7434],
    ['kamp_lintfort', 'Kamp-Lintfort', 51.503, 6.5466],
    ['voerde', 'Voerde (Niederrhein)', 51.597, 6.686],
  ],
};

export const MUNICIPALITIES: readonly CatalogMunicipality[] = [
  ...CITIES.map(([code, name, lat, lng, governmentRegion]): CatalogMunicipality => ({
    code,
    name: same(name),
    kind: 'city',
    districtCode: null,
    governmentRegion,
    center: { lat, lng },
    zoom: 12,
  })),
  ...RUHR_DISTRICTS.flatMap((district) =>
    (DISTRICT_TOWNS[district.code] ?? []).map(([code, name, lat, lng]): CatalogMunicipality => ({
      code,
      name: same(name),
      kind: 'district_town',
      districtCode: district.code,
      governmentRegion: district.governmentRegion,
      center: { lat, lng },
      zoom: 13,
    })),
  ),
];

/** Codes of the member towns of a district that this catalogue lists. */
export function municipalityCodesOf(districtCode: string): string[] {
  return MUNICIPALITIES.filter((m) => m.districtCode === districtCode).map((m) => m.code);
}

/** Municipality codes of the cooperation's partner cities (the districts are partners as a whole). */
export const PARTNER_CITY_CODES: readonly string[] = [
  'dortmund',
  'duisburg',
  'essen',
  'bochum',
  'dorsten',
  'gelsenkirchen',
  'gladbeck',
  'hagen',
  'hamm',
  'herne',
  'marl',
  'muelheim',
  'oberhausen',
  'oer_erkenschwick',
];
