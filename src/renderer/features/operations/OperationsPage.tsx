// Einsätze: the operations list (search, filters, sort and view kept in the URL), the trash, the
// new-operation dialog and, on a completely empty database, the offer to load the example.
import { Badge, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Operation } from '@shared/domain';
import { useTranslation } from 'react-i18next';
import { useSearchIndex } from '../../search/useSearchIndex';
import { PageHeader } from '../../ui/PageHeader';
import { useLang } from '../../ui/useLabel';
import { DemoOffer } from './DemoOffer';
import { deriveList } from './list/list-derived';
import { filterRows } from './list/list-rows';
import { activeFilterCount } from './list/list-state';
import { NameDialog } from './list/NameDialog';
import { NewOperationDialog } from './list/NewOperationDialog';
import { OperationsList } from './list/OperationsList';
import { TrashView } from './list/TrashView';
import { useListData } from './list/useListData';
import { useListShortcuts } from './list/useListShortcuts';
import { useListState } from './list/useListState';
import { useRowActions } from './list/useRowActions';

const NONE: readonly Operation[] = [];

// The page fills the window below the app header; the table scrolls inside it.
const PAGE_HEIGHT =
  'calc(100dvh - var(--app-shell-header-height, 52px) - 2 * var(--mantine-spacing-md))';

export function OperationsPage() {
  const { t } = useTranslation('operationsList');
  const ops = useTranslation('operations').t;
  const lang = useLang();
  const [state, update] = useListState();
  const data = useListData();
  const [newOpen, setNewOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const { onAction, nameRequest, closeNameRequest } = useRowActions();

  const { overview, counts, agencies } = data;
  // Derived once per data snapshot (and remembered across visits), never per keystroke.
  const derived = useMemo(
    () => (overview && agencies ? deriveList(overview, counts, agencies, lang) : undefined),
    [overview, counts, agencies, lang],
  );
  const rows = derived?.rows;
  const docs = derived?.docs;
  const archivedCount = useMemo(() => rows?.filter((r) => r.archived).length ?? 0, [rows]);
  // Queried in the search worker; until its first answer the list shows that it is searching.
  const { hits } = useSearchIndex(docs, state.query);
  const searchPending = state.query.trim() !== '' && hits === null;
  const filtered = useMemo(
    () => (rows && !searchPending ? filterRows(rows, state, hits) : []),
    [rows, state, hits, searchPending],
  );

  const openNew = useCallback(() => setNewOpen(true), []);
  const focusSearch = useCallback(() => {
    if (state.view === 'trash') update({ view: 'list' });
    // After a view switch the field mounts on the next frame.
    requestAnimationFrame(() => {
      searchRef.current?.focus();
      searchRef.current?.select();
    });
  }, [state.view, update]);
  useListShortcuts({
    enabled: !newOpen && nameRequest === null,
    onNew: openNew,
    onSearch: focusSearch,
  });

  const dialogs = (
    <>
      <NewOperationDialog
        opened={newOpen}
        onClose={() => setNewOpen(false)}
        operations={derived?.operations ?? NONE}
      />
      <NameDialog request={nameRequest} onClose={closeNameRequest} />
    </>
  );
  const newButton = (
    <Button
      leftSection={<IconPlus size={16} aria-hidden />}
      onClick={openNew}
      aria-keyshortcuts="Alt+N Control+N"
      title={t('new.shortcut')}
      data-testid="operation-new"
    >
      {t('new.button')}
    </Button>
  );

  if (data.error) throw data.error;
  if (!overview || !derived || !rows) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={ops('loading')} />
      </Center>
    );
  }

  const { trash, templates } = overview;
  if (state.view === 'trash') {
    return (
      <>
        <PageHeader title={t('trash.title')}>
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={() => update({ view: 'list' }, { push: true })}
            data-testid="trash-back"
          >
            {t('trash.back')}
          </Button>
        </PageHeader>
        <TrashView trash={trash} />
        {dialogs}
      </>
    );
  }

  if (rows.length === 0 && trash.length === 0 && templates.length === 0) {
    return (
      <>
        <PageHeader title={ops('title')}>{newButton}</PageHeader>
        <DemoOffer />
        {dialogs}
      </>
    );
  }

  const filteredView = activeFilterCount(state) > 0 || state.query.trim() !== '';
  // "n of total": total is what the list shows without search and filters.
  const total = state.showArchived ? rows.length : rows.length - archivedCount;
  return (
    <Stack gap={0} h={PAGE_HEIGHT} mih={480}>
      <PageHeader title={ops('title')}>
        <Text c="dimmed" size="sm" aria-live="polite" data-testid="operations-count">
          {filteredView
            ? t('countFiltered', { count: filtered.length, total })
            : ops('count', { count: filtered.length })}
        </Text>
        <Button
          variant="default"
          leftSection={<IconTrash size={16} aria-hidden />}
          rightSection={
            trash.length > 0 ? (
              <Badge size="sm" variant="light" color="gray" c="dark">
                {trash.length}
              </Badge>
            ) : undefined
          }
          onClick={() => update({ view: 'trash' }, { push: true })}
          data-testid="trash-open"
        >
          {t('trash.title')}
        </Button>
        {newButton}
      </PageHeader>
      <OperationsList
        state={state}
        update={update}
        rows={rows}
        filtered={filtered}
        searchPending={searchPending}
        searchRef={searchRef}
        agencyName={derived.agencyName}
        onAction={onAction}
      />
      {dialogs}
    </Stack>
  );
}
