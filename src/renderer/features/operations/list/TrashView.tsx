// Papierkorb: operations moved to the trash, with restore and permanent deletion; both permanent
// steps (one operation, or emptying the whole trash) ask first.
import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowBackUp, IconTrash, IconTrashX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operation } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { EmptyState } from '../../../ui/EmptyState';
import { formatDateTime } from '../../../ui/format';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { useLang } from '../../../ui/useLabel';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

interface ConfirmRequest {
  title: string;
  message: string;
  confirm: string;
  run(): Promise<void>;
}

export function TrashView({ trash }: { trash: readonly Operation[] }) {
  const { t } = useTranslation('operationsList');
  const lang = useLang();
  const repos = useRepos();
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  const restore = async (o: Operation) => {
    try {
      await repos.operations.restore(o.id);
      notifySuccess(t('trash.restored', { codeName: o.codeName }));
    } catch (e) {
      notifyError(t('errors.actionFailed'), e);
    }
  };

  const askPurge = (o: Operation) =>
    setConfirm({
      title: t('trash.purgeTitle'),
      message: t('trash.purgeMessage', { codeName: o.codeName }),
      confirm: t('trash.purgeConfirm'),
      run: async () => {
        await repos.operations.purge(o.id);
        notifySuccess(t('trash.purged', { codeName: o.codeName }));
      },
    });

  const askEmpty = () =>
    setConfirm({
      title: t('trash.emptyTitle'),
      message: t('trash.emptyMessage', { count: trash.length }),
      confirm: t('trash.emptyConfirm'),
      run: async () => {
        const n = await repos.operationQueries.emptyTrash();
        notifySuccess(t('trash.emptied', { count: n }));
      },
    });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('trash.hint')}
        </Text>
        <Button
          color="red"
          variant="light"
          leftSection={<IconTrashX size={16} aria-hidden />}
          disabled={trash.length === 0}
          onClick={askEmpty}
          data-testid="trash-empty"
        >
          {t('trash.empty')}
        </Button>
      </Group>
      {trash.length === 0 ? (
        <EmptyState
          icon={<IconTrash size={28} />}
          title={t('trash.nothing')}
          testId="trash-nothing"
        />
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped highlightOnHover aria-label={t('trash.title')} data-testid="trash-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('trash.columns.codeName')}</Table.Th>
                <Table.Th>{t('trash.columns.title')}</Table.Th>
                <Table.Th>{t('trash.columns.deletedAt')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trash.map((o) => (
                <Table.Tr key={o.id} data-testid="trash-row">
                  <Table.Td fw={600}>{o.codeName}</Table.Td>
                  <Table.Td>{o.title}</Table.Td>
                  <Table.Td>{o.deletedAt ? formatDateTime(o.deletedAt, lang) : ''}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconArrowBackUp size={14} aria-hidden />}
                        onClick={() => void restore(o)}
                        aria-label={t('trash.restoreLabel', { codeName: o.codeName })}
                        data-testid="trash-restore"
                      >
                        {t('trash.restore')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        onClick={() => askPurge(o)}
                        aria-label={t('trash.purgeLabel', { codeName: o.codeName })}
                        data-testid="trash-purge"
                      >
                        {t('trash.purge')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={confirm !== null}
        title={confirm?.title ?? ''}
        message={confirm?.message}
        confirmLabel={confirm?.confirm ?? ''}
        irreversible
        onConfirm={() => confirm?.run()}
        onClose={() => setConfirm(null)}
      />
    </>
  );
}
