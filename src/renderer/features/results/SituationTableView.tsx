// One table of Auswertung as a plain <table> with a header row: the same look as Mantine's
// striped table (SituationTable.module.css), without a component per cell. Rows are memoised on
// their cells, so a filter change touches only the rows whose numbers changed; a table of a few
// hundred cells built through Mantine's Table.Td cost more script time than the counting.
import { memo } from 'react';
import type { SituationTable } from '@shared/results';
import { screenCell, type ScreenLang } from './situation-format';
import classes from './SituationTable.module.css';

interface Props {
  table: SituationTable;
  /** The rows shown (the first ones, or all when asked). */
  rows: readonly string[][];
  headingId: string;
  lang: ScreenLang;
}

/** Per column, once: whether every cell is a number (right-aligned, never wrapped). */
export function numericColumns(table: SituationTable): boolean[] {
  return table.columns.map(
    (_, i) => i > 0 && table.rows.every((r) => /^[\d.,\s%-]*$/.test(r[i] ?? '')),
  );
}

export function SituationTableView({ table, rows, headingId, lang }: Props) {
  const numeric = numericColumns(table);
  return (
    <table
      className={classes.table}
      aria-labelledby={headingId}
      data-testid={`situation-table-${table.key}`}
    >
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={c} scope="col" className={numeric[i] ? classes.number : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          // Keyed by place: the rows are sorted text without an id, and a row's DOM is kept
          // whatever it holds next.
          <Row key={ri} cells={r} numeric={numeric} lang={lang} />
        ))}
      </tbody>
    </table>
  );
}

interface RowProps {
  cells: readonly string[];
  numeric: readonly boolean[];
  lang: ScreenLang;
}

function RowView({ cells, numeric, lang }: RowProps) {
  return (
    <tr>
      {cells.map((cell, i) => (
        <td key={i} className={numeric[i] ? classes.number : undefined}>
          {screenCell(cell, lang)}
        </td>
      ))}
    </tr>
  );
}

const sameList = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** A row is redrawn only when one of its cells, its alignment or the language changed. */
const Row = memo(
  RowView,
  (a, b) => a.lang === b.lang && sameList(a.cells, b.cells) && sameList(a.numeric, b.numeric),
);
