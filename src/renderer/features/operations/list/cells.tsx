// The table's cells as plain elements styled by the CSS module: dozens of rows re-render on each
// keystroke, and Mantine components per cell cost several times as much as a span.
import { useTranslation } from 'react-i18next';
import { OPERATION_STATUS_LABELS } from '@shared/catalog';
import type { Language, OperationStatus } from '@shared/domain';
import { formatDateTime } from '../../../ui/format';
import { useLang } from '../../../ui/useLabel';
import { OPERATION_STATUS_COLORS } from '../status-colors';
import type { ListRow } from './list-rows';
import classes from './OperationsTable.module.css';

// H-hours repeat across renders and rows: format each once per language.
const formatted = new Map<string, string>();
function hHourText(instant: string, lang: Language): string {
  const key = `${lang}|${instant}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 50_000) formatted.clear();
    formatted.set(key, (text = formatDateTime(instant, lang)));
  }
  return text;
}

export function TextCell({ text }: { text: string }) {
  return (
    <span className={classes.text} title={text}>
      {text}
    </span>
  );
}

export function CodeNameCell({ row }: { row: ListRow }) {
  const { t } = useTranslation('operationsList');
  const ops = useTranslation('operations').t;
  return (
    <span className={classes.codeCell}>
      {/* The row is the keyboard's focus target (Enter opens); the link serves the mouse. */}
      <a className={classes.codeName} href={`#/operations/${row.id}`} tabIndex={-1}>
        {row.codeName}
      </a>
      {row.exercise && (
        <span className={`${classes.badge} ${classes.exercise}`} data-testid="exercise-badge">
          {ops('exercise')}
        </span>
      )}
      {row.archived && (
        <span className={`${classes.badge} ${classes.archived}`}>{t('archivedBadge')}</span>
      )}
    </span>
  );
}

export function HHourCell({ hHour }: { hHour: string | null }) {
  const { t } = useTranslation('operations');
  const lang = useLang();
  if (!hHour) return <span className={classes.open}>{t('noHHour')}</span>;
  return <span className={classes.number}>{hHourText(hHour, lang)}</span>;
}

export function StatusCell({ status }: { status: OperationStatus }) {
  const lang = useLang();
  return (
    <span className={classes.badge} data-color={OPERATION_STATUS_COLORS[status]}>
      {OPERATION_STATUS_LABELS[status][lang]}
    </span>
  );
}

export function AgenciesCell({ row }: { row: ListRow }) {
  const { t } = useTranslation('operationsList');
  if (row.total === null || row.confirmed === null)
    return <span className={classes.dimmed}>{t('countsPending')}</span>;
  return (
    <span className={classes.number}>
      {t('agenciesValue', { confirmed: row.confirmed, total: row.total })}
    </span>
  );
}

export function ExerciseCell({ exercise }: { exercise: boolean }) {
  const { t } = useTranslation('operationsList');
  return exercise ? <span>{t('yes')}</span> : <span className={classes.dimmed}>{t('no')}</span>;
}
