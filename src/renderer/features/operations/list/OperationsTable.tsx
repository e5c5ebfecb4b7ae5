// The operations table: TanStack Table sorts, only the visible rows are in the DOM (virtual rows
// in a native <table> between two spacer rows, so the table semantics stay intact), and the rows
// are one tab stop moved with the arrow keys.
import { UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { listFeatures, useListColumns } from './columns';
import type { ListRow } from './list-rows';
import { SORT_COLUMNS, type ListSort, type SortColumn } from './list-state';
import classes from './OperationsTable.module.css';
import { OperationRow } from './OperationRow';
import { RowMenu, type MenuRequest, type RowAction } from './RowMenu';

export const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;

interface Props {
  rows: readonly ListRow[];
  sort: ListSort;
  onSortChange(sort: ListSort): void;
  onAction(action: RowAction, row: ListRow): void;
  /** Changes when search, filters or sort change: the view then starts at the top again. */
  resetKey: string;
  label: string;
}

const isSortColumn = (id: string): id is SortColumn =>
  (SORT_COLUMNS as readonly string[]).includes(id);

export const OperationsTable = memo(function OperationsTable(props: Props) {
  const { rows, sort, onSortChange, onAction, resetKey, label } = props;
  const { t } = useTranslation('operationsList');
  const columns = useListColumns();
  const sorting = useMemo<SortingState>(
    () => [{ id: sort.id, desc: sort.desc }],
    [sort.id, sort.desc],
  );
  const table = useTable({
    features: listFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.id,
    state: { sorting },
    onSortingChange: (updater) => {
      const first = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (first && isSortColumn(first.id)) onSortChange({ id: first.id, desc: first.desc });
    },
    enableMultiSort: false,
    enableSortingRemoval: false,
  });
  const sorted = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The header sits above the rows inside the scroll area and stays on top of them.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    getItemKey: (i) => sorted[i]?.id ?? i,
  });

  const [activeId, setActiveId] = useState<string | null>(null);
  const indexById = useMemo(() => new Map(sorted.map((r, i) => [r.id, i])), [sorted]);
  const activeIndex = (activeId !== null ? indexById.get(activeId) : undefined) ?? 0;
  // The row that should hold the keyboard focus while the table has it. Kept (not cleared once
  // focused): after a long jump (End, PageDown) the virtualizer first renders the target from the
  // scroll it asked for, then for a frame or more from the old offset until the scroll lands —
  // unmounting the row that just got the focus — and then the target again. Each render that
  // has the row puts the focus back on it; leaving the table ends this.
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    // The virtualizer's own record of the offset: reading the element's would force a layout.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  const layerRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<MenuRequest | null>(null);
  const openMenu = (row: ListRow, button: HTMLElement) => {
    const layer = layerRef.current?.getBoundingClientRect();
    const b = button.getBoundingClientRect();
    if (!layer) return;
    setMenu({
      row,
      anchor: {
        top: b.top - layer.top,
        left: b.left - layer.left,
        width: b.width,
        height: b.height,
      },
    });
  };
  const closeMenu = () => {
    const id = menu?.row.id;
    setMenu(null);
    // Back to the button that opened it (gone if the action removed or left the row).
    if (id)
      scrollRef.current
        ?.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"] [data-row-menu]`)
        ?.focus();
  };

  useLayoutEffect(() => {
    const id = focusTarget.current;
    const scroller = scrollRef.current;
    if (id === null || !scroller) return;
    const el = scroller.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`);
    const active = document.activeElement;
    if (!el || (active !== null && el.contains(active))) return;
    // Only when the focus fell to the page with an unmounted row, or sits on another row: never
    // taken from a field the user has gone to.
    const stray = active === null || active === document.body || scroller.contains(active);
    if (stray) el.focus({ preventScroll: true });
  });

  const activate = useCallback((id: string) => {
    setActiveId(id);
    focusTarget.current = id;
  }, []);

  // The user left the table (Tab, a click elsewhere): stop holding the focus. A row the
  // virtualizer unmounts also blurs, but it is gone from the page by the next microtask.
  const onTableBlur = (e: FocusEvent<HTMLDivElement>) => {
    const to = e.relatedTarget;
    if (to instanceof Node && e.currentTarget.contains(to)) return;
    const from = e.target;
    queueMicrotask(() => {
      if (from.isConnected) focusTarget.current = null;
    });
  };

  const focusRow = (index: number) => {
    const i = Math.max(0, Math.min(sorted.length - 1, index));
    const r = sorted[i];
    if (!r) return;
    setActiveId(r.id);
    focusTarget.current = r.id;
    virtualizer.scrollToIndex(i, { align: 'auto' });
  };

  const onRowKeyDown = (e: KeyboardEvent<HTMLTableRowElement>, index: number, row: ListRow) => {
    // Keys typed on the row's menu button belong to the button.
    if (e.target !== e.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: sorted.length - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      focusRow(to);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onAction('open', row);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      trash(row);
    }
  };

  // Focus stays in the list: on the row that takes the trashed one's place, or on the trash
  // (where the plan went) when it was the last. The key and the row menu both come here.
  const trash = (row: ListRow) => {
    const index = indexById.get(row.id) ?? -1;
    const next = sorted[index + 1] ?? sorted[index - 1];
    if (next) {
      setActiveId(next.id);
      focusTarget.current = next.id;
    } else {
      focusTarget.current = null;
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-testid="trash-open"]')?.focus(),
      );
    }
    onAction('trash', row);
  };
  const onMenuAction = (action: RowAction, row: ListRow) =>
    action === 'trash' ? trash(row) : onAction(action, row);

  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const padTop = first ? first.start - HEADER_HEIGHT : 0;
  const padBottom = last ? virtualizer.getTotalSize() - (last.end - HEADER_HEIGHT) : 0;
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const colSpan = headers.length + 1;

  return (
    <div ref={layerRef} className={classes.anchorLayer}>
      <div
        ref={scrollRef}
        className={classes.scroller}
        // A menu stays with its row: scrolling closes it.
        onScroll={menu ? () => setMenu(null) : undefined}
        onBlur={onTableBlur}
        data-testid="operations-scroller"
      >
        <table
          className={classes.table}
          aria-label={label}
          aria-rowcount={sorted.length + 1}
          data-testid="operations-table"
        >
          <colgroup>
            {headers.map((h) => (
              <col key={h.id} style={{ width: h.column.columnDef.meta?.width }} />
            ))}
            <col style={{ width: '4%' }} />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {headers.map((h) => {
                const dir = h.column.getIsSorted();
                const Icon =
                  dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconArrowsSort;
                return (
                  <th
                    key={h.id}
                    className={`${classes.th} ${h.column.columnDef.meta?.align === 'right' ? classes.right : ''}`}
                    aria-sort={
                      dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined
                    }
                  >
                    <UnstyledButton
                      className={classes.sortButton}
                      onClick={h.column.getToggleSortingHandler()}
                      data-testid={`sort-${h.id}`}
                    >
                      <table.FlexRender header={h} />
                      <Icon size={14} aria-hidden opacity={dir ? 1 : 0.45} />
                    </UnstyledButton>
                  </th>
                );
              })}
              <th className={classes.th}>
                <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
              </th>
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr className={classes.spacer} aria-hidden style={{ height: padTop }}>
                <td colSpan={colSpan} />
              </tr>
            )}
            {items.map((v) => {
              const row = sorted[v.index];
              if (!row) return null;
              return (
                <OperationRow
                  key={v.key}
                  row={row}
                  index={v.index}
                  active={v.index === activeIndex}
                  menuOpen={menu?.row.id === row.id}
                  onKeyDown={onRowKeyDown}
                  onActivate={activate}
                  onAction={onAction}
                  onOpenMenu={openMenu}
                />
              );
            })}
            {padBottom > 0 && (
              <tr className={classes.spacer} aria-hidden style={{ height: padBottom }}>
                <td colSpan={colSpan} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {menu && (
        <RowMenu key={menu.row.id} request={menu} onClose={closeMenu} onAction={onMenuAction} />
      )}
    </div>
  );
});
