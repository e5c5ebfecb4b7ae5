// Building blocks every entity schema uses: ids, instants, bounded texts and bilingual labels.
import { z } from 'zod';

/** Upper bounds keep one record (and one IPC message) small and make hostile input cheap to refuse. */
export const LIMITS = {
  shortText: 200,
  text: 4_000,
  longText: 40_000,
  listItems: 500,
  /** A code name is said on the radio and printed in headers: short on purpose. */
  codeName: 40,
  /** People of one agency in one operation (requested, confirmed, actually there). */
  strength: 2_000,
  /** Vehicles of one kind an agency brings. */
  vehicles: 200,
} as const;

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ungültige Kennung');
export type Id = z.infer<typeof idSchema>;

/** Catalogue and type codes: lowercase ascii, stable across languages. */
export const codeSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_]+$/, 'Ungültiger Code');

/** An instant in time, stored as UTC ISO-8601 (`2026-03-29T17:00:00.000Z`). */
export const instantSchema = z.iso.datetime({ offset: false });
export type Instant = z.infer<typeof instantSchema>;

export const shortText = () => z.string().max(LIMITS.shortText);
export const text = () => z.string().max(LIMITS.text);
export const longText = () => z.string().max(LIMITS.longText);
/** A head count of people (0 to LIMITS.strength). */
export const strength = () =>
  z
    .number()
    .int('Bitte eine ganze Zahl eingeben')
    .min(0, 'Die Stärke kann nicht negativ sein')
    .max(LIMITS.strength, `Höchstens ${LIMITS.strength.toLocaleString('de-DE')} Personen`);
export const list = <T extends z.ZodType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).max(max);

export const labelSchema = z.strictObject({ de: z.string().min(1), en: z.string().min(1) });
export type Label = z.infer<typeof labelSchema>;

export const phoneSchema = z
  .string()
  .max(40)
  .regex(
    /^[+0-9 ()/.-]*$/,
    'Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / . - enthalten',
  );

export const emailSchema = z.union([z.literal(''), z.email('Ungültige E-Mail-Adresse').max(200)]);

/** Who did something and when (approvals, confirmations). */
export const stampSchema = z.strictObject({ by: shortText().min(1), at: instantSchema });
export type Stamp = z.infer<typeof stampSchema>;

/** Fields every stored entity carries. `rev` increases with each write (optimistic concurrency). */
export const entityBase = {
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  rev: z.number().int().nonnegative(),
};

export function newId(): Id {
  return globalThis.crypto.randomUUID();
}
