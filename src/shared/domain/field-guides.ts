// Checkliste und Hinweise per thematic field: what the cooperation's expert groups learned to
// check and watch for in a field (red light, shisha, …), kept with the plan and carried by a
// Muster, so a proven template brings its guides to the partner who imports it.
import { z } from 'zod';
import { codeSchema, idSchema, stampSchema, type Stamp } from './common';

export const GUIDE_LIMITS = {
  itemText: 500,
  items: 100,
  notes: 10_000,
  /** One guide per thematic field; a plan has at most 30 fields. */
  guides: 30,
} as const;

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: z
    .string()
    .max(
      GUIDE_LIMITS.itemText,
      `Ein Punkt der Checkliste hat höchstens ${GUIDE_LIMITS.itemText} Zeichen`,
    ),
  /** Who ticked the item off in this plan, and when; null while open (always null in a Muster). */
  done: stampSchema.nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const fieldGuideSchema = z.strictObject({
  /** The thematic field's code (catalogue `THEMATIC_FIELDS`). */
  field: codeSchema,
  checklist: z
    .array(checklistItemSchema)
    .max(GUIDE_LIMITS.items, `Eine Checkliste hat höchstens ${GUIDE_LIMITS.items} Punkte`),
  notes: z
    .string()
    .max(
      GUIDE_LIMITS.notes,
      `Die Hinweise haben höchstens ${GUIDE_LIMITS.notes.toLocaleString('de-DE')} Zeichen`,
    ),
});
export type FieldGuide = z.infer<typeof fieldGuideSchema>;

export const fieldGuidesSchema = z
  .array(fieldGuideSchema)
  .max(GUIDE_LIMITS.guides, `Höchstens ${GUIDE_LIMITS.guides} Themenfelder mit Checkliste`)
  // Two guides for one field would show as one and lose the other's edits.
  .refine(
    (guides) => new Set(guides.map((g) => g.field)).size === guides.length,
    'Jedes Themenfeld hat nur eine Checkliste',
  );

export function emptyGuide(field: string): FieldGuide {
  return { field, checklist: [], notes: '' };
}

/** The guide of a field (an empty one when the plan has none yet). */
export function guideFor(guides: readonly FieldGuide[] | undefined, field: string): FieldGuide {
  return guides?.find((g) => g.field === field) ?? emptyGuide(field);
}

/** The guides with the one of `field` changed by `change` (added when missing). */
export function withGuide(
  guides: readonly FieldGuide[] | undefined,
  field: string,
  change: (guide: FieldGuide) => FieldGuide,
): FieldGuide[] {
  const list = guides ?? [];
  const next = change(guideFor(list, field));
  return list.some((g) => g.field === field)
    ? list.map((g) => (g.field === field ? next : g))
    : [...list, next];
}

/** A new open item inserted after `afterId` (at the end when absent or unknown). */
export function addItem(guide: FieldGuide, id: string, afterId?: string): FieldGuide {
  const item: ChecklistItem = { id, text: '', done: null };
  const at = afterId === undefined ? -1 : guide.checklist.findIndex((i) => i.id === afterId);
  const checklist = [...guide.checklist];
  checklist.splice(at === -1 ? checklist.length : at + 1, 0, item);
  return { ...guide, checklist };
}

export function removeItem(guide: FieldGuide, id: string): FieldGuide {
  return { ...guide, checklist: guide.checklist.filter((i) => i.id !== id) };
}

/** Changes one item; an item removed meanwhile stays removed. */
export function changeItem(
  guide: FieldGuide,
  id: string,
  change: Partial<Pick<ChecklistItem, 'text'>> & { done?: Stamp | null },
): FieldGuide {
  return {
    ...guide,
    checklist: guide.checklist.map((i) => (i.id === id ? { ...i, ...change } : i)),
  };
}

/**
 * The guides a copy as template or a plan from a template takes: only those of the plan's
 * thematic fields that say something, every item open again — who ticked it off belonged to
 * the old plan (and names a person, which a pattern does not carry).
 */
export function guidesForPattern(
  guides: readonly FieldGuide[] | undefined,
  fields: readonly string[],
): FieldGuide[] | undefined {
  if (guides === undefined) return undefined;
  return guides
    .filter((g) => fields.includes(g.field) && (g.checklist.length > 0 || g.notes.trim() !== ''))
    .map((g) => ({ ...g, checklist: g.checklist.map((i) => ({ ...i, done: null })) }));
}

/** Open checklist items per chosen thematic field (fields without open items are left out). */
export function openChecklistItems(
  guides: readonly FieldGuide[] | undefined,
  fields: readonly string[],
): { field: string; open: number }[] {
  return fields.flatMap((field) => {
    const open = guideFor(guides, field).checklist.filter(
      (i) => i.done === null && i.text.trim() !== '',
    ).length;
    return open > 0 ? [{ field, open }] : [];
  });
}

/** What a template brings per field (the Muster import's review): checklist items and notes. */
export function guideSummary(
  guides: readonly FieldGuide[] | undefined,
): { field: string; items: number; notes: boolean }[] {
  return (guides ?? []).map((g) => ({
    field: g.field,
    items: g.checklist.length,
    notes: g.notes.trim() !== '',
  }));
}
