// A change of Checkliste und Hinweise as Verlauf shows it: one sentence per item added,
// removed, reworded, ticked off or opened again, and per changed note — "Checkliste Shisha:
// Punkt „CO-Messgerät mitnehmen“ abgehakt von POK Weber". The audit trail stores the guides as
// one whole value (arrays are not diffed), so the sentences come from comparing the two lists.
import { thematicField } from '@shared/catalog';
import {
  fieldGuidesSchema,
  type ChecklistItem,
  type FieldGuide,
  type Language,
} from '@shared/domain';
import type { Translate } from './change-format';

const SHOWN = 80;
const quote = (s: string) => (s.length > SHOWN ? `${s.slice(0, SHOWN)} …` : s);

/** The guides a stored value holds; [] for anything else (an older or foreign value). */
function guidesOf(v: unknown): FieldGuide[] {
  const parsed = fieldGuidesSchema.safeParse(v ?? []);
  return parsed.success ? parsed.data : [];
}

function itemLines(
  field: string,
  before: readonly ChecklistItem[],
  after: readonly ChecklistItem[],
  t: Translate,
): string[] {
  const out: string[] = [];
  const was = new Map(before.map((i) => [i.id, i]));
  const is = new Set(after.map((i) => i.id));
  const say = (key: string, item: ChecklistItem, extra: Record<string, string> = {}) =>
    out.push(t(`history.guide.${key}`, { field, text: quote(item.text), ...extra }));
  for (const item of after) {
    const old = was.get(item.id);
    if (!old) {
      say(item.text.trim() === '' ? 'itemAddedEmpty' : 'itemAdded', item);
      continue;
    }
    if (old.text !== item.text) {
      if (old.text.trim() === '') say('itemWritten', item);
      else say('itemText', item, { before: quote(old.text) });
    }
    if (!old.done && item.done) say('itemDone', item, { by: item.done.by });
    if (old.done && !item.done) say('itemReopened', item);
  }
  for (const item of before) if (!is.has(item.id)) say('itemRemoved', item);
  const order = (items: readonly ChecklistItem[]) =>
    items
      .map((i) => i.id)
      .filter((id) => was.has(id) && is.has(id))
      .join();
  if (out.length === 0 && order(before) !== order(after))
    out.push(t('history.guide.reordered', { field }));
  return out;
}

/** The sentences for one change of the operation's `fieldGuides`, in the reader's language. */
export function guideChangeLines(
  before: unknown,
  after: unknown,
  t: Translate,
  lang: Language,
): string[] {
  const old = guidesOf(before);
  const now = guidesOf(after);
  const fields = [...new Set([...old, ...now].map((g) => g.field))];
  const out: string[] = [];
  for (const code of fields) {
    const field = thematicField(code)?.label[lang] ?? code;
    const a = old.find((g) => g.field === code);
    const b = now.find((g) => g.field === code);
    out.push(...itemLines(field, a?.checklist ?? [], b?.checklist ?? [], t));
    const notes = [a?.notes ?? '', b?.notes ?? ''] as const;
    if (notes[0] !== notes[1]) {
      out.push(
        notes[1].trim() === ''
          ? t('history.guide.notesCleared', { field })
          : t('history.guide.notes', { field, text: quote(notes[1]) }),
      );
    }
  }
  return out;
}
