// One rendered row of the operations table: its cells, the focus target, the actions button
// (which opens the table's shared menu), double click to open.
import { IconDots } from '@tabler/icons-react';
import type { Row } from '@tanstack/react-table';
import { flexRender } from '@tanstack/react-table';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { listFeatures } from './columns';
import type { ListRow } from './list-rows';
import classes from './OperationsTable.module.css';
import type { RowAction } from './RowMenu';

interface Props {
  row: Row<typeof listFeatures, ListRow>;
  index: number;
  active: boolean;
  menuOpen: boolean;
  onKeyDown(e: KeyboardEvent<HTMLTableRowElement>, index: number, row: ListRow): void;
  onActivate(id: string): void;
  onAction(action: RowAction, row: ListRow): void;
  onOpenMenu(row: ListRow, button: HTMLElement): void;
}

export function OperationRow(props: Props) {
  const { row, index, active, menuOpen, onKeyDown, onActivate, onAction, onOpenMenu } = props;
  const { t } = useTranslation('operationsList');
  const r = row.original;
  return (
    <tr
      className={classes.row}
      tabIndex={active ? 0 : -1}
      aria-rowindex={index + 2}
      data-active={active}
      data-odd={index % 2 === 1}
      data-row-id={r.id}
      data-testid="operation-row"
      onKeyDown={(e) => onKeyDown(e, index, r)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onActivate(r.id);
      }}
      onMouseDown={() => onActivate(r.id)}
      onDoubleClick={() => onAction('open', r)}
      // Shift+F10, the context-menu key and a right click all arrive here: the row's actions.
      onContextMenu={(e) => {
        const button = e.currentTarget.querySelector<HTMLElement>('[data-row-menu]');
        if (!button) return;
        e.preventDefault();
        onOpenMenu(r, button);
      }}
    >
      {row.getAllCells().map((cell) => (
        <td
          key={cell.id}
          className={`${classes.td} ${cell.column.columnDef.meta?.align === 'right' ? classes.right : ''}`}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
      <td className={classes.td}>
        {/* Only the focused row's button is in the tab order: one tab stop for the table. */}
        <button
          type="button"
          className={classes.menuButton}
          tabIndex={active ? 0 : -1}
          aria-label={t('actions.menu', { codeName: r.codeName })}
          aria-haspopup="menu"
          aria-expanded={menuOpen}
          data-row-menu
          data-testid="row-actions"
          onClick={(e) => onOpenMenu(r, e.currentTarget)}
        >
          <IconDots size={16} aria-hidden />
        </button>
      </td>
    </tr>
  );
}
