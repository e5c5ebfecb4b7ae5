// The results grid: a row per agency and target, a column per result category. Typing edits a
// cell (its text is selected on focus, so a number replaces the old one), arrows and Enter move
// (grid-keys.ts), totals are summed in the footer. A cell is stored when it is left (or on
// Enter), and only a valid number: storing per keystroke kept "2" of "2,5" and "99999" of a
// longer number without a word. A refused text stays in its cell, marked, with the reason in a
// live region under the grid. The grid is one tab stop (roving tabindex): Tab moves on past it.
// A cell not being edited shows its number grouped in the language's form (cell-text.ts); the
// focused one the plain form it is typed in, selected.
// Rows the member may not change (sharing rights: another agency's) are read-only cells, shaded.
import { Text } from '@mantine/core';
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatMetric,
  METRIC_CAPS,
  parseMetric,
  RESULT_METRICS,
  rowKey,
  sumRows,
  type OperationResults,
  type ResultMetric,
} from '@shared/results';
import { useLabel, useLang } from '../../../ui/useLabel';
import { cellText } from './cell-text';
import { headText } from './head-text';
import { editText, nextCell, type CellPos } from './grid-keys';
import classes from './ResultsGrid.module.css';

export interface GridRow {
  agencyId: string;
  targetId: string | null;
  agencyName: string;
  targetName: string;
}

interface Props {
  rows: readonly GridRow[];
  results: OperationResults;
  /**
   * Whether a row may be changed; the others are shown, not editable: their cells stay in the
   * arrow-key order for reading (readOnly inputs). Default: every row.
   */
  mayEditRow?: (row: GridRow) => boolean;
  onSet(row: GridRow, metric: ResultMetric, value: number): void;
}

const GROUPS = [...new Set(RESULT_METRICS.map((m) => m.group))];

const everyRow = () => true;

export function ResultsGrid({ rows, results, mayEditRow = everyRow, onSet }: Props) {
  const { t } = useTranslation('results');
  const label = useLabel();
  const lang = useLang();
  const locale = lang === 'en' ? 'en-GB' : 'de-DE';
  const table = useRef<HTMLTableElement>(null);
  // Texts not stored (yet): the cell being typed in ("12," before "12,5") and cells left with a
  // refused text, by cell key.
  const [texts, setTexts] = useState<ReadonlyMap<string, string>>(new Map());
  // The one cell in the tab order; it follows the focus.
  const [active, setActive] = useState<CellPos>({ row: 0, col: 0 });
  const [refusal, setRefusal] = useState<string | null>(null);
  // The focused cell's key: it shows the typing form ("100000000,00"), the others the grouped.
  const [editing, setEditing] = useState<string | null>(null);
  // Switching to the typing form replaces the input's value, which drops the selection that
  // makes typing replace the old number: it is selected again once the new text is in.
  const selectAfter = useRef<HTMLInputElement | null>(null);
  useLayoutEffect(() => {
    if (selectAfter.current === document.activeElement) selectAfter.current?.select();
    selectAfter.current = null;
  }, [editing]);
  const messageId = useId();
  const values = useMemo(
    () => new Map(results.rows.map((r) => [rowKey(r), r.values])),
    [results.rows],
  );
  const totals = useMemo(() => sumRows(results.rows), [results.rows]);

  const withText = (key: string, text: string | null) =>
    setTexts((old) => {
      const next = new Map(old);
      if (text === null) next.delete(key);
      else next.set(key, text);
      return next;
    });

  const refusedReason = (m: ResultMetric, cellName: string, text: string) =>
    t(`grid.refused.${m.unit}`, {
      cell: cellName,
      text,
      max: formatMetric(METRIC_CAPS[m.unit], m.unit, locale),
    });

  function commit(row: GridRow, m: ResultMetric, key: string, stored: number, name: string) {
    const text = texts.get(key);
    if (text === undefined) return;
    const value = parseMetric(text, m.unit);
    if (value === null) {
      setRefusal(refusedReason(m, `${label(m.label)}, ${name}`, text));
      return;
    }
    withText(key, null);
    setRefusal(null);
    if (value !== stored) onSet(row, m, value);
  }

  // A grid that lost rows keeps a tab stop.
  const activeRow = Math.min(active.row, rows.length - 1);

  const short = (m: ResultMetric) =>
    m.group === 'complaints' ? label(m.label).replace(/^[^:]+:\s*/, '') : label(m.label);

  function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
    const input = e.target;
    if (!(input instanceof HTMLInputElement)) return;
    const row = Number(input.dataset.row);
    const col = Number(input.dataset.col);
    if (!Number.isInteger(row) || !Number.isInteger(col)) return;
    const to = nextCell(
      e.key,
      e.shiftKey,
      { row, col },
      { rows: rows.length, cols: RESULT_METRICS.length },
    );
    if (!to) return;
    e.preventDefault();
    table.current
      ?.querySelector<HTMLInputElement>(`input[data-row="${to.row}"][data-col="${to.col}"]`)
      ?.focus();
  }

  return (
    <>
      <div className={classes.scroller} data-testid="results-grid">
        {/* lang: the headers' hyphenation follows the language shown. */}
        <table className={classes.grid} ref={table} onKeyDown={onKeyDown} lang={lang}>
          <caption className={classes.caption}>{t('grid.caption')}</caption>
          <thead>
            <tr>
              <td className={classes.sticky} colSpan={1} />
              {GROUPS.map((g) => (
                <th
                  key={g}
                  scope="colgroup"
                  colSpan={RESULT_METRICS.filter((m) => m.group === g).length}
                  className={classes.group}
                >
                  {t(`groups.${g}`)}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className={classes.sticky}>
                {t('grid.rowHeader')}
              </th>
              {RESULT_METRICS.map((m) => (
                <th key={m.code} scope="col" className={classes.head} title={label(m.label)}>
                  {headText(short(m))}
                  {m.unit !== 'count' && (
                    <Text span size="xs" c="dimmed" display="block">
                      {t(`units.${m.unit}`)}
                    </Text>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => {
              const cells = values.get(rowKey(row)) ?? {};
              const name = `${row.agencyName} – ${row.targetName}`;
              const readOnly = !mayEditRow(row);
              return (
                <tr
                  key={rowKey(row)}
                  data-testid={`results-row-${r}`}
                  data-readonly={readOnly || undefined}
                  className={readOnly ? classes.readOnlyRow : undefined}
                >
                  <th scope="row" className={classes.sticky}>
                    {/* Clamped to two lines; the whole name stays the row header's text. */}
                    <span className={classes.agency} title={row.agencyName}>
                      {row.agencyName}
                    </span>
                    <span className={classes.target} title={row.targetName}>
                      {row.targetName}
                    </span>
                  </th>
                  {RESULT_METRICS.map((m, c) => {
                    const key = `${rowKey(row)}:${m.code}`;
                    const stored = cells[m.code] ?? 0;
                    const typed = texts.get(key);
                    const text =
                      typed ??
                      (editing === key
                        ? editText(stored, m.unit)
                        : cellText(stored, m.unit, locale));
                    // Only a typed text can be refused: a stored number always is one.
                    const invalid = typed !== undefined && parseMetric(typed, m.unit) === null;
                    return (
                      <td key={m.code} className={classes.cell}>
                        <input
                          className={classes.input}
                          data-row={r}
                          data-col={c}
                          tabIndex={r === activeRow && c === active.col ? 0 : -1}
                          inputMode={m.unit === 'count' ? 'numeric' : 'decimal'}
                          data-unit={m.unit}
                          readOnly={readOnly}
                          aria-label={`${label(m.label)}, ${name}`}
                          aria-invalid={invalid || undefined}
                          aria-describedby={invalid ? messageId : undefined}
                          value={text}
                          onFocus={(e) => {
                            e.currentTarget.select();
                            selectAfter.current = e.currentTarget;
                            setEditing(key);
                            setActive({ row: r, col: c });
                          }}
                          onBlur={() => {
                            setEditing((k) => (k === key ? null : k));
                            commit(row, m, key, stored, name);
                          }}
                          onKeyDown={(e) => {
                            // Enter stores even where there is no cell below (the last row).
                            if (e.key === 'Enter') commit(row, m, key, stored, name);
                          }}
                          onChange={(e) => {
                            // A read-only cell keeps the stored number (a change event can still
                            // come, e.g. from a test or an assistive tool).
                            if (readOnly) return;
                            const next = e.currentTarget.value;
                            withText(key, next);
                            // Said while typing, so a refused character is not a silent loss.
                            setRefusal(
                              parseMetric(next, m.unit) === null
                                ? refusedReason(m, `${label(m.label)}, ${name}`, next)
                                : null,
                            );
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr data-testid="results-totals">
              <th scope="row" className={classes.sticky}>
                {t('grid.total')}
              </th>
              {RESULT_METRICS.map((m) => (
                <td key={m.code} className={classes.total} data-metric={m.code}>
                  {/* Exact and grouped like the cells; a zero total still says its unit. */}
                  {cellText(totals[m.code] ?? 0, m.unit, locale) || formatMetric(0, m.unit, locale)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p
        id={messageId}
        className={classes.refusal}
        role="status"
        aria-live="polite"
        data-testid="results-grid-refused"
      >
        {refusal}
      </p>
    </>
  );
}
