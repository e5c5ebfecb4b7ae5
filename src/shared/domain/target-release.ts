// Release of the target list ("Zielobjekte freigegeben"): until the lead releases it for an
// agency, every output for that agency (briefing copy, calendar file, request package) names
// targets only as "Objekt 1…n". One model, owned by the calendar issue; the briefing and the
// exchange packages ask `isTargetListReleased` and `targetAlias` instead of keeping their own.
import { z } from 'zod';
import { idSchema, instantSchema, list, shortText } from './common';

export const targetReleaseEntrySchema = z.strictObject({
  /** Released from this moment on (a release may be prepared for the briefing's time). */
  from: instantSchema,
  by: shortText().min(1),
  at: instantSchema,
});
export type TargetReleaseEntry = z.infer<typeof targetReleaseEntrySchema>;

export const targetReleaseSchema = z.strictObject({
  /** Released to every participating agency (null: only to those listed below). */
  all: targetReleaseEntrySchema.nullable(),
  agencies: list(targetReleaseEntrySchema.extend({ agencyId: idSchema }), 500),
});
export type TargetRelease = z.infer<typeof targetReleaseSchema>;

export const NO_TARGET_RELEASE: TargetRelease = { all: null, agencies: [] };

/**
 * Whether the target list is released for `agencyId` at `at`. No release recorded means not
 * released: names and addresses stay back unless the lead decided otherwise.
 */
export function isTargetListReleased(
  release: TargetRelease | undefined,
  agencyId: string | null,
  at: Date,
): boolean {
  if (!release) return false;
  const t = at.getTime();
  const from = (e: TargetReleaseEntry) => Date.parse(e.from) <= t;
  if (release.all && from(release.all)) return true;
  if (agencyId === null) return false;
  return release.agencies.some((e) => e.agencyId === agencyId && from(e));
}

/** The name an unreleased target carries in every output: "Objekt 1" for the first target. */
export function targetAlias(index: number, locale: 'de' | 'en' = 'de'): string {
  return `${locale === 'de' ? 'Objekt' : 'Premises'} ${index + 1}`;
}
