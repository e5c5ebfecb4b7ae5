// Settings: per-installation preferences (one record).
import { z } from 'zod';
import { instantSchema, shortText } from './common';
import { classificationSchema } from './operation';
import { geocoderSettingsSchema } from '../gazetteer/geocoder';

export const LANGUAGES = ['de', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Parts and annexes of the Einsatzbefehl whose heading an installation may rename. */
export const BRIEFING_HEADING_KEYS = [
  'situation',
  'mission',
  'execution',
  'support',
  'command',
  'annexA',
  'annexB',
  'annexC',
  'annexD',
  'annexE',
  'annexF',
] as const;
export type BriefingHeadingKey = (typeof BRIEFING_HEADING_KEYS)[number];

export const settingsSchema = z.strictObject({
  id: z.literal('settings'),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  rev: z.number().int().nonnegative(),
  /** Name recorded in audit entries and approvals. */
  userName: shortText(),
  issuingOffice: shortText(),
  defaultClassification: classificationSchema,
  /** Minutes of inactivity before the vault locks itself (1–240). */
  autoLockMinutes: z.number().int().min(1).max(240),
  /** Automatic encrypted backups kept by the desktop app. */
  backupsToKeep: z.number().int().min(1).max(60),
  /** User-configured tile server; empty = no online map (nothing leaves the machine). */
  tileUrlTemplate: z.string().max(500),
  /** "Freigabe nur durch eine zweite Person" for every plan of this installation. */
  approvalByTwoPersons: z.boolean().optional(),
  /** The agency's Nominatim-compatible geocoder (Einstellungen › Karte); absent = off. */
  geocoder: geocoderSettingsSchema.optional(),
  /** Days before or after within which a second visit of one premises is a conflict; absent = 14. */
  conflictWindowDays: z.number().int().min(0).max(365).optional(),
  /** The Einsatzbefehl's headings renamed here (e.g. an eight-point variant); absent = default. */
  briefingHeadings: z
    .partialRecord(z.enum(BRIEFING_HEADING_KEYS), z.string().trim().min(1).max(120))
    .optional(),
  /** The agency's sync server for shared operations (Einstellungen); absent or off = none. */
  syncServer: z.strictObject({ url: z.string().max(500), enabled: z.boolean() }).optional(),
  /** "Einsatzdetails löschen nach N Monaten" (Auswertung keeps the numbers); absent = off. */
  retentionMonths: z.number().int().min(6).max(240).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export function defaultSettings(now: string): Settings {
  return {
    id: 'settings',
    createdAt: now,
    updatedAt: now,
    rev: 0,
    userName: '',
    issuingOffice: '',
    defaultClassification: 'vs_nfd',
    autoLockMinutes: 10,
    backupsToKeep: 10,
    tileUrlTemplate: '',
    approvalByTwoPersons: false,
  };
}
