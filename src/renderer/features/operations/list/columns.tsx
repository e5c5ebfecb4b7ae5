// The list's columns for TanStack Table 9: sorting registered as a feature, sort values taken
// from the precomputed keys of each row, cells rendered from the display values.
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AgenciesCell, CodeNameCell, ExerciseCell, HHourCell, StatusCell, TextCell } from './cells';
import { STATUS_ORDER, type ListRow } from './list-rows';
import type { SortColumn } from './list-state';

export interface ColumnMeta {
  /**
   * Column width for the fixed table layout (virtual rows must not change the widths). Short
   * columns get a width in rem that holds their header (the longest of German and English, with
   * the sort icon) at any zoom; code name and title share what is left. Percentages cut
   * "Federführung" and "Behörden" at 1440 px.
   */
  width?: string;
  align?: 'right';
}

/** Module scope: TanStack expects a stable feature object. */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnMeta: {} as ColumnMeta,
});

const h = createColumnHelper<typeof listFeatures, ListRow>();

/** Confirmed share of the roster; unknown counts first, then operations without agencies. */
const agenciesSortValue = (r: ListRow): number =>
  r.total === null || r.confirmed === null ? -2 : r.total === 0 ? -1 : r.confirmed / r.total;

export function useListColumns() {
  const { t } = useTranslation('operations');
  const tl = useTranslation('operationsList').t;
  return useMemo(
    () =>
      h.columns([
        h.accessor((r) => r.keys.codeName, {
          id: 'codeName' satisfies SortColumn,
          header: t('columns.codeName'),
          sortFn: 'basic',
          cell: ({ row }) => <CodeNameCell row={row.original} />,
          meta: {},
        }),
        h.accessor((r) => r.keys.title, {
          id: 'title' satisfies SortColumn,
          header: t('columns.title'),
          sortFn: 'basic',
          cell: ({ row }) => <TextCell text={row.original.title} />,
          meta: {},
        }),
        h.accessor((r) => r.hHour ?? undefined, {
          id: 'hHour' satisfies SortColumn,
          header: t('columns.hHour'),
          sortFn: 'basic',
          // Open H-hours belong to no date: always after the dated plans, in both directions.
          sortUndefined: 'last',
          cell: ({ row }) => <HHourCell hHour={row.original.hHour} />,
          meta: { width: '9rem' },
        }),
        h.accessor((r) => r.keys.municipality, {
          id: 'municipality' satisfies SortColumn,
          header: t('columns.municipality'),
          sortFn: 'basic',
          cell: ({ row }) => <TextCell text={row.original.municipality} />,
          meta: { width: '9.5rem' },
        }),
        h.accessor((r) => r.keys.leadAgency, {
          id: 'leadAgency' satisfies SortColumn,
          header: t('columns.leadAgency'),
          sortFn: 'basic',
          cell: ({ row }) => <TextCell text={row.original.leadAgency} />,
          meta: { width: '10rem' },
        }),
        h.accessor((r) => STATUS_ORDER[r.status], {
          id: 'status' satisfies SortColumn,
          header: t('columns.status'),
          sortFn: 'basic',
          cell: ({ row }) => <StatusCell status={row.original.status} />,
          meta: { width: '8.5rem' },
        }),
        h.accessor(agenciesSortValue, {
          id: 'agencies' satisfies SortColumn,
          header: tl('columns.agencies'),
          sortFn: 'basic',
          cell: ({ row }) => <AgenciesCell row={row.original} />,
          meta: { width: '8.5rem', align: 'right' },
        }),
        h.accessor((r) => (r.exercise ? 1 : 0), {
          id: 'exercise' satisfies SortColumn,
          header: tl('columns.exercise'),
          sortFn: 'basic',
          cell: ({ row }) => <ExerciseCell exercise={row.original.exercise} />,
          meta: { width: '7rem' },
        }),
      ]),
    [t, tl],
  );
}
