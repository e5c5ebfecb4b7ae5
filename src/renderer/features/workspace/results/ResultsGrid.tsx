// The results grid: a row per agency and target, a column per result category. Typing edits a
// cell (its text is selected on focus, so a number replaces the old one), arrows and Enter move
// (grid-keys.ts), totals are summed live in the footer.
import { Text } from '@mantine/core';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatMetric,
  parseMetric,
  RESULT_METRICS,
  rowKey,
  sumRows,
  type OperationResults,
  type ResultMetric,
} from '@shared/results';
import { useLabel, useLang } from '../../../ui/useLabel';
import { editText, nextCell } from './grid-keys';
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
  onSet(row: GridRow, metric: ResultMetric, value: number): void;
}

const GROUPS = [...new Set(RESULT_METRICS.map((m) => m.group))];

export function ResultsGrid({ rows, results, onSet }: Props) {
  const { t } = useTranslation('results');
  const label = useLabel();
  const locale = useLang() === 'en' ? 'en-GB' : 'de-DE';
  const table = useRef<HTMLTableElement>(null);
  // The text of the cell being typed in (it may be unfinished: "12," before "12,5").
  const [typing, setTyping] = useState<{ key: string; text: string } | null>(null);
  const values = useMemo(
    () => new Map(results.rows.map((r) => [rowKey(r), r.values])),
    [results.rows],
  );
  const totals = useMemo(() => sumRows(results.rows), [results.rows]);

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
    <div className={classes.scroller} data-testid="results-grid">
      <table className={classes.grid} ref={table} onKeyDown={onKeyDown}>
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
                {short(m)}
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
            return (
              <tr key={rowKey(row)} data-testid={`results-row-${r}`}>
                <th scope="row" className={classes.sticky}>
                  <span className={classes.agency}>{row.agencyName}</span>
                  <Text span size="xs" c="dimmed" display="block">
                    {row.targetName}
                  </Text>
                </th>
                {RESULT_METRICS.map((m, c) => {
                  const key = `${rowKey(row)}:${m.code}`;
                  const stored = cells[m.code] ?? 0;
                  const text = typing?.key === key ? typing.text : editText(stored, m.unit);
                  const invalid = parseMetric(text, m.unit) === null;
                  return (
                    <td key={m.code} className={classes.cell}>
                      <input
                        className={classes.input}
                        data-row={r}
                        data-col={c}
                        inputMode={m.unit === 'count' ? 'numeric' : 'decimal'}
                        aria-label={`${label(m.label)}, ${name}`}
                        aria-invalid={invalid || undefined}
                        value={text}
                        onFocus={(e) => e.currentTarget.select()}
                        onBlur={() => setTyping(null)}
                        onChange={(e) => {
                          const next = e.currentTarget.value;
                          setTyping({ key, text: next });
                          const value = parseMetric(next, m.unit);
                          if (value !== null && value !== stored) onSet(row, m, value);
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
                {formatMetric(totals[m.code] ?? 0, m.unit, locale)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
