// Readable field changes for the history and the revision comparison: "Lage › Anlass und
// Begründung" instead of `framework.situation.trigger`, dates as planners read them. Paths the
// workspace has no label for (targets, teams, …) stay as they are rather than guessing.
import { PHASE_LABELS } from '@shared/catalog';
import { formatDateTime } from '../../../ui/format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;
const MAX_SHOWN = 160;

/** The workspace namespace's `t`, loosened: these keys are built from field paths at run time. */
export type Translate = (key: string, options?: { defaultValue: string }) => string;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The label of an operation field path in the workspace's own words, or the path itself. */
export function operationFieldLabel(path: string, t: Translate, lang: string): string {
  const [s0 = '', s1, s2] = path.split('.');
  const known = (key: string) => t(key, { defaultValue: '' }) || null;
  if (s0 === 'framework' && s1) {
    const part = t(`tabs.${s1}`);
    if (s1 === 'execution' && s2 === 'phases') {
      const phase = path.split('.')[3] as keyof typeof PHASE_LABELS | undefined;
      const name =
        phase && PHASE_LABELS[phase] ? PHASE_LABELS[phase][lang === 'en' ? 'en' : 'de'] : '';
      return [part, t('execution.phases'), name].filter(Boolean).join(' › ');
    }
    const field = s2 ? known(`${s1}.${s2}`) : null;
    const sub = path.split('.')[3];
    const subLabel = sub ? known(`support.place${cap(sub)}`) : null;
    return field ? [part, field, subLabel].filter(Boolean).join(' › ') : path;
  }
  if (s0 === 'riskAssessment') return t('situation.risk');
  if (s0 === 'municipalityId') return t('general.municipality');
  if (s0 === 'leadAgencyId') return t('general.leadAgency');
  if (s0 === 'timeWindow' && s1) return known(`general.window${cap(s1)}`) ?? path;
  const field = (s1 && known(`general.${s0}${cap(s1)}`)) || known(`general.${s0}`);
  return field ?? path;
}

/** A changed value as one short line: empty, date, yes/no or text, cut at 160 characters. */
export function formatChangeValue(v: unknown, t: Translate, lang: string): string {
  if (v === null || v === undefined || v === '') return t('history.empty_value');
  if (typeof v === 'boolean') return v ? t('history.yes') : t('history.no');
  if (typeof v === 'string' && ISO_INSTANT.test(v)) return formatDateTime(v, lang);
  const s = typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)} …` : s;
}
