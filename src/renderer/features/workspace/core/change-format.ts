// Readable field changes for the history and the revision comparison: "Lage › Anlass und
// Begründung" instead of `framework.situation.trigger`, "bestätigt" instead of `confirmed`, names
// instead of ids, dates as planners read them. Paths without a label stay as they are rather
// than being guessed; a list or record without its own rule reads as its values, never as JSON.
import {
  fieldGuidesSchema,
  instantSchema,
  type Agency,
  type AuditEntry,
  type Language,
  type Premises,
} from '@shared/domain';
import { thematicField } from '@shared/catalog';
import { formatOffset } from '@shared/time/h-hour';
import { isPlainObject, type FieldChange } from '@shared/util/diff';
import { formatDateTime } from '../../../ui/format';
import { fieldSpec, HIDDEN_FIELDS, type FieldSpec, type RefKind } from './change-fields';
import { operationFieldSpec } from './operation-fields';

/** `t`, loosened: these keys are built from field paths at run time (`roster:` keys included). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
/** The name of a referenced record, or '' when it is no longer in the plan. */
export type RefNames = (kind: RefKind, id: string) => string;

const MAX_SHOWN = 160;

/** The label of a field spec: its groups, its own key, and a catalogue name if it has one. */
function specLabel(spec: FieldSpec, t: Translate, lang: Language): string {
  const groups = typeof spec.group === 'string' ? [spec.group] : (spec.group ?? []);
  return [...groups.map((g) => t(g)), t(spec.key), spec.name?.[lang]].filter(Boolean).join(' › ');
}

/** The label of an operation field path in the workspace's own words, or the path itself. */
export function operationFieldLabel(path: string, t: Translate, lang: Language): string {
  const spec = operationFieldSpec(path);
  return spec ? specLabel(spec, t, lang) : path;
}

/** The label of a changed field of `entity` (operation, participation, team, …). */
export function changeLabel(entity: string, path: string, t: Translate, lang: Language): string {
  const spec = fieldSpec(entity, path);
  return spec ? specLabel(spec, t, lang) : path;
}

function cut(s: string): string {
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)} …` : s;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** A changed value as one short line: empty, yes/no, a named code, names for ids, a date, text. */
export function formatChangeValue(
  v: unknown,
  t: Translate,
  lang: Language,
  spec: FieldSpec | null = null,
  names?: RefNames,
): string {
  if (isEmpty(v)) return t('history.empty_value');
  if (typeof v === 'boolean') return v ? t('history.yes') : t('history.no');
  const label = spec?.values && typeof v === 'string' ? spec.values[v] : undefined;
  if (label) return label[lang];
  const ref = spec?.ref;
  const name = (id: unknown) =>
    (ref && names && typeof id === 'string' && names(ref, id)) || t('history.goneRef');
  if (ref && names && spec.items && Array.isArray(v)) {
    const { idKey, textKey } = spec.items;
    const items = v as readonly Record<string, unknown>[];
    return cut(items.map((x) => `${name(x[idKey])} ${String(x[textKey] ?? '')}`.trim()).join('; '));
  }
  const ids = typeof v === 'string' ? [v] : Array.isArray(v) ? v : null;
  if (ref && names && ids?.every((x) => typeof x === 'string')) {
    return cut(ids.map(name).join(', '));
  }
  if (spec?.format === 'hOffset' && typeof v === 'number') return formatOffset(v);
  if (spec?.format === 'timelineTime' && isPlainObject(v)) {
    if (v.kind === 'relative' && typeof v.offsetMinutes === 'number')
      return formatOffset(v.offsetMinutes);
    if (v.kind === 'absolute' && typeof v.at === 'string') return formatDateTime(v.at, lang);
  }
  if (spec?.format === 'fieldGuides') return guidesSummary(v, t, lang);
  if (spec?.values && Array.isArray(v)) {
    const values = spec.values;
    return cut(
      v.map((x) => (typeof x === 'string' && values[x]?.[lang]) || plain(x, t, lang)).join(', '),
    );
  }
  const text = plain(v, t, lang);
  if (text !== '') return cut(text);
  return Array.isArray(v) ? t('history.count', { count: v.length }) : t('history.empty_value');
}

/** Keys of a record shown in no readable value: ids mean nothing to a reader. */
const isKey = (key: string) => key === 'id' || key.endsWith('Id') || key.endsWith('Ids');

/**
 * Any value as text without JSON: a list as its items, a record as its values,
 * leaving out keys and empty parts; '' when nothing readable is left.
 */
function plain(v: unknown, t: Translate, lang: Language): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'boolean') return v ? t('history.yes') : t('history.no');
  if (typeof v === 'number') return v.toLocaleString(lang);
  if (typeof v === 'string')
    return instantSchema.safeParse(v).success ? formatDateTime(v, lang) : v;
  const parts = Array.isArray(v)
    ? v.map((x) => plain(x, t, lang))
    : isPlainObject(v)
      ? Object.entries(v)
          .filter(([k]) => !isKey(k))
          .map(([, x]) => plain(x, t, lang))
      : [];
  // Records in a list are set apart by '; ', the values within one (and plain items) by ', '.
  const records = Array.isArray(v) && v.some((x) => isPlainObject(x) || Array.isArray(x));
  return parts.filter((x) => x !== '').join(records ? '; ' : ', ');
}

/** Checklists in one line ("Shisha: 1 von 3 erledigt"); the sentences are guide-changes.ts. */
function guidesSummary(v: unknown, t: Translate, lang: Language): string {
  const parsed = fieldGuidesSchema.safeParse(v);
  if (!parsed.success) return plain(v, t, lang);
  return cut(
    parsed.data
      .map((g) => {
        const field = thematicField(g.field)?.label[lang] ?? g.field;
        const done = g.checklist.filter((i) => i.done).length;
        return `${field}: ${t('general.fieldGuideDone', { done, count: g.checklist.length })}`;
      })
      .join('; '),
  );
}

/**
 * The changes of one entry as the history shows them. A record created or deleted is stored
 * as whole values (a participation's `confirmation` object): those are opened up field by
 * field, so each gets its own label instead of JSON. Keys and bookkeeping are left out, and so
 * are fields that were empty before and after.
 */
export function readableChanges(entity: string, changes: readonly FieldChange[]): FieldChange[] {
  const hidden = new Set([...(HIDDEN_FIELDS['*'] ?? []), ...(HIDDEN_FIELDS[entity] ?? [])]);
  const out: FieldChange[] = [];
  const walk = (path: string, before: unknown, after: unknown) => {
    if (hidden.has(path)) return;
    const whole = fieldSpec(entity, path)?.format !== undefined;
    if (!whole && (isPlainObject(before) || isPlainObject(after))) {
      const a = isPlainObject(before) ? before : {};
      const b = isPlainObject(after) ? after : {};
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk(`${path}.${key}`, a[key], b[key]);
      }
      return;
    }
    if (isEmpty(before) && isEmpty(after)) return;
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    out.push({ path, before: before ?? null, after: after ?? null });
  };
  for (const c of changes) walk(c.path, c.before, c.after);
  return out;
}

/**
 * What an audit entry is about, by name: a participation is summarised by its agency's id and
 * a target without a label by its premises' id when they are written; a labelled target
 * ("Objekt 3") gets its premises' name added while it is still in the plan.
 */
export function auditSummary(
  e: Pick<AuditEntry, 'entity' | 'entityId' | 'summary'>,
  agencies: ReadonlyMap<string, Pick<Agency, 'name'>>,
  premises: ReadonlyMap<string, Pick<Premises, 'name'>>,
  /** Target id → premises id, for the plan's current targets. */
  targetPremises: ReadonlyMap<string, string> = new Map(),
): string {
  if (e.entity === 'participation') return agencies.get(e.summary)?.name ?? e.summary;
  if (e.entity !== 'target') return e.summary;
  const byId = premises.get(e.summary)?.name;
  if (byId) return byId;
  const current = premises.get(targetPremises.get(e.entityId) ?? '')?.name;
  return current && current !== e.summary ? `${e.summary} – ${current}` : e.summary;
}
