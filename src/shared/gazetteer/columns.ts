// Which column of a house-coordinates CSV holds what. The German states publish these files with
// the AdV's short headers (STN street, HNR number, ADZ suffix, PLZ, ONM place, OTT/POT district,
// EAST/NORTH in UTM 32 on ETRS89); other exports use words or lat/lon. The import guesses from
// the header and the user confirms or corrects the mapping.
import { z } from 'zod';

export const COORDINATE_KINDS = ['utm32', 'latlng'] as const;
export type CoordinateKind = (typeof COORDINATE_KINDS)[number];

const column = z.number().int().min(0).max(499);

export const gazetteerMappingSchema = z.strictObject({
  street: column,
  houseNumber: column,
  suffix: column.nullable(),
  postalCode: column.nullable(),
  place: column,
  district: column.nullable(),
  coordinates: z.enum(COORDINATE_KINDS),
  /** UTM 32 easting, or latitude for lat/lon files. */
  first: column,
  /** UTM 32 northing, or longitude for lat/lon files. */
  second: column,
});
export type GazetteerMapping = z.infer<typeof gazetteerMappingSchema>;

export type MappingRole = Exclude<keyof GazetteerMapping, 'coordinates'>;
export const MAPPING_ROLES: readonly MappingRole[] = [
  'street',
  'houseNumber',
  'suffix',
  'postalCode',
  'place',
  'district',
  'first',
  'second',
];
export const REQUIRED_ROLES: readonly MappingRole[] = [
  'street',
  'houseNumber',
  'place',
  'first',
  'second',
];

const ALIASES: Record<Exclude<MappingRole, 'first' | 'second'>, readonly string[]> = {
  street: ['stn', 'strasse', 'straße', 'str', 'street', 'strassenname', 'straßenname'],
  houseNumber: ['hnr', 'hausnummer', 'hausnr', 'nr', 'housenumber', 'house_number', 'number'],
  suffix: ['adz', 'zusatz', 'hausnummerzusatz', 'suffix'],
  postalCode: ['plz', 'postleitzahl', 'postcode', 'postal_code', 'zip'],
  place: ['onm', 'ort', 'ortsname', 'gemeinde', 'gemeindename', 'city', 'place', 'stadt'],
  district: ['ott', 'otl', 'pot', 'ortsteil', 'stadtteil', 'district', 'suburb'],
};
const UTM_EAST = ['east', 'ost', 'rw', 'rechtswert', 'easting', 'x', 'utm_e', 'e'];
const UTM_NORTH = ['north', 'nord', 'hw', 'hochwert', 'northing', 'y', 'utm_n', 'n'];
const LAT = ['lat', 'latitude', 'breite', 'breitengrad'];
const LNG = ['lon', 'lng', 'long', 'longitude', 'laenge', 'länge', 'laengengrad', 'längengrad'];

const clean = (h: string) => h.trim().toLowerCase().replace(/^"|"$/g, '');

/** The mapping the header suggests, or the roles it could not find (the user chooses those). */
export function guessMapping(header: readonly string[]): {
  mapping: Partial<GazetteerMapping>;
  missing: MappingRole[];
} {
  const names = header.map(clean);
  const find = (aliases: readonly string[]) => {
    const i = names.findIndex((n) => aliases.includes(n));
    return i < 0 ? undefined : i;
  };
  const mapping: Partial<GazetteerMapping> = {};
  for (const role of Object.keys(ALIASES) as (keyof typeof ALIASES)[]) {
    const i = find(ALIASES[role]);
    if (i !== undefined) mapping[role] = i;
    else if (role === 'suffix' || role === 'postalCode' || role === 'district')
      mapping[role] = null;
  }
  const east = find(UTM_EAST);
  const north = find(UTM_NORTH);
  const lat = find(LAT);
  const lng = find(LNG);
  if (east !== undefined && north !== undefined) {
    Object.assign(mapping, { coordinates: 'utm32', first: east, second: north });
  } else if (lat !== undefined && lng !== undefined) {
    Object.assign(mapping, { coordinates: 'latlng', first: lat, second: lng });
  } else {
    mapping.coordinates = 'utm32';
  }
  const missing = REQUIRED_ROLES.filter((r) => mapping[r] === undefined);
  return { mapping, missing };
}

/** The complete mapping, or null while a required column is not chosen. */
export function completeMapping(m: Partial<GazetteerMapping>): GazetteerMapping | null {
  const parsed = gazetteerMappingSchema.safeParse({
    suffix: null,
    postalCode: null,
    district: null,
    coordinates: 'utm32',
    ...m,
  });
  return parsed.success ? parsed.data : null;
}

/** House-coordinate files have a dozen or so columns; far more is some other table (or junk). */
export const MAX_GAZETTEER_COLUMNS = 200;

/**
 * Why a header does not look like house coordinates, before the user is asked to map columns
 * of a file that cannot be one: too many columns, or not one column guessable as street, house
 * number or a coordinate pair. Null when the mapping step makes sense.
 */
export function headerProblem(header: readonly string[]): 'tooManyColumns' | 'notAddresses' | null {
  if (header.length > MAX_GAZETTEER_COLUMNS) return 'tooManyColumns';
  const { mapping } = guessMapping(header);
  const found =
    mapping.street !== undefined ||
    mapping.houseNumber !== undefined ||
    mapping.first !== undefined;
  return found ? null : 'notAddresses';
}
