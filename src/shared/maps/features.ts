// The operation map's features, stored with the plan (`Operation.map`): the places a joint
// operation needs, cordons, approach routes and free markers, each with a label and a note.
// Limits keep one plan record small and make hostile input cheap to refuse.
import { z } from 'zod';
import { idSchema } from '../domain/common';

/** Places drawn as one point (a tactical symbol where one exists, else a labelled marker). */
export const MAP_PLACE_KINDS = [
  'staging',
  'assembly',
  'command_post',
  'custody',
  'hospital',
  'press',
  'marker',
] as const;
export type MapPlaceKind = (typeof MAP_PLACE_KINDS)[number];

export const MAP_FEATURE_KINDS = [...MAP_PLACE_KINDS, 'cordon', 'route'] as const;
export type MapFeatureKind = (typeof MAP_FEATURE_KINDS)[number];

export const MAP_LIMITS = {
  features: 500,
  /** Corners of one cordon or points of one route: a street-level outline needs far fewer. */
  vertices: 500,
  label: 80,
  note: 2_000,
} as const;

export const latLngSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type LatLng = z.infer<typeof latLngSchema>;

const base = {
  id: idSchema,
  label: z
    .string()
    .trim()
    .max(MAP_LIMITS.label, `Die Bezeichnung hat höchstens ${MAP_LIMITS.label} Zeichen`),
  note: z.string().max(MAP_LIMITS.note, `Die Notiz hat höchstens ${MAP_LIMITS.note} Zeichen`),
};

export const mapPlaceSchema = z.strictObject({
  ...base,
  kind: z.enum(MAP_PLACE_KINDS),
  at: latLngSchema,
});
export const mapCordonSchema = z.strictObject({
  ...base,
  kind: z.literal('cordon'),
  ring: z
    .array(latLngSchema)
    .min(3, 'Eine Absperrung hat mindestens 3 Eckpunkte')
    .max(MAP_LIMITS.vertices, `Eine Absperrung hat höchstens ${MAP_LIMITS.vertices} Eckpunkte`),
});
export const mapRouteSchema = z.strictObject({
  ...base,
  kind: z.literal('route'),
  line: z
    .array(latLngSchema)
    .min(2, 'Ein Weg hat mindestens 2 Punkte')
    .max(MAP_LIMITS.vertices, `Ein Weg hat höchstens ${MAP_LIMITS.vertices} Punkte`),
});

export const mapFeatureSchema = z.discriminatedUnion('kind', [
  mapPlaceSchema,
  mapCordonSchema,
  mapRouteSchema,
]);
export type MapPlace = z.infer<typeof mapPlaceSchema>;
export type MapCordon = z.infer<typeof mapCordonSchema>;
export type MapRoute = z.infer<typeof mapRouteSchema>;
export type MapFeature = z.infer<typeof mapFeatureSchema>;

export const operationMapSchema = z.strictObject({
  features: z
    .array(mapFeatureSchema)
    .max(MAP_LIMITS.features, `Die Karte hat höchstens ${MAP_LIMITS.features} Elemente`)
    // Edits, undo and the revision compare find a feature by its id.
    .refine((list) => new Set(list.map((f) => f.id)).size === list.length, {
      message: 'Ein Kartenelement ist doppelt vorhanden',
    }),
});
export type OperationMap = z.infer<typeof operationMapSchema>;

export const emptyOperationMap = (): OperationMap => ({ features: [] });

export function isMapPlace(f: MapFeature): f is MapPlace {
  return f.kind !== 'cordon' && f.kind !== 'route';
}

/** Every point of a feature: one for a place, the corners of a cordon, the points of a route. */
export function featurePoints(f: MapFeature): readonly LatLng[] {
  if (f.kind === 'cordon') return f.ring;
  if (f.kind === 'route') return f.line;
  return [f.at];
}
