// Einstellungen → Aufbewahrung: "Einsatzdetails löschen nach N Monaten" for this installation.
// Nothing is deleted by the setting alone: the preview lists what goes, where, and what this
// installation cannot delete; a backup is offered first; the run is started by hand and is
// recorded in the Verlauf. Auswertung keeps the numbers (see `shared/results/retention.ts`).
import {
  Alert,
  Button,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDatabaseExport, IconEye, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain';
import type { RetentionPreview } from '../../data/retention';
import { DELETED_PARTS } from '../../data/retention';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useCreateBackup } from './useCreateBackup';

const CHOICES = [6, 12, 24, 36, 60, 120];
const PARTS = [...DELETED_PARTS, 'audit', 'exchange'] as const;
/** How many operations the preview names one by one (the counts cover all). */
const LISTED = 50;

export function RetentionPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation('results');
  const repos = useRepos();
  const host = useHost();
  const backup = useCreateBackup();
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [backedUp, setBackedUp] = useState(false);
  const months = settings.retentionMonths;

  const choose = (value: string | null) => {
    setPreview(null);
    repos.settings
      .update({ retentionMonths: value ? Number(value) : undefined })
      .catch((err: unknown) => notifyError(t('retention.title'), err));
  };
  const showPreview = async () => {
    if (!months) return;
    setBusy(true);
    try {
      setPreview(await repos.retention.preview(months));
    } catch (err) {
      notifyError(t('retention.title'), err);
    } finally {
      setBusy(false);
    }
  };
  const run = async () => {
    if (!months) return;
    setBusy(true);
    try {
      const done = await repos.retention.run(months);
      notifySuccess(t('retention.done', { count: done.items.length }));
      setPreview(null);
    } catch (err) {
      notifyError(t('retention.title'), err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" data-testid="settings-retention">
      <Title order={2} size="h4" mb="sm">
        {t('retention.title')}
      </Title>
      <Stack>
        <Text size="sm">{t('retention.intro')}</Text>
        <Select
          label={t('retention.setting')}
          data={[
            { value: '', label: t('retention.off') },
            ...CHOICES.map((n) => ({
              value: String(n),
              label: t('retention.months', { count: n }),
            })),
          ]}
          value={months ? String(months) : ''}
          onChange={choose}
          allowDeselect={false}
          maw={320}
          data-testid="retention-months"
        />
        {months && (
          <Group>
            <Button
              variant="light"
              leftSection={<IconEye size={16} />}
              loading={busy && !preview}
              onClick={() => void showPreview()}
              data-testid="retention-preview"
            >
              {t('retention.preview')}
            </Button>
          </Group>
        )}
        {preview && (
          <Stack gap="sm" data-testid="retention-preview-result">
            {preview.items.length === 0 ? (
              <Alert color="gray" variant="light">
                {t('retention.nothing', { months: preview.months })}
              </Alert>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {t('retention.due', { count: preview.items.length, months: preview.months })}
                </Text>
                <List size="sm" data-testid="retention-operations">
                  {preview.items.slice(0, LISTED).map((i) => (
                    <List.Item key={i.operationId}>
                      {i.codeName} ({i.month || t('retention.noDate')})
                    </List.Item>
                  ))}
                  {preview.items.length > LISTED && (
                    <List.Item>
                      {t('retention.more', { count: preview.items.length - LISTED })}
                    </List.Item>
                  )}
                </List>
                <Table withTableBorder captionSide="top" data-testid="retention-where">
                  <Table.Caption>{t('retention.whereCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('retention.where')}</Table.Th>
                      <Table.Th ta="right">{t('retention.records')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {PARTS.map((part) => (
                      <Table.Tr key={part}>
                        <Table.Td>{t(`retention.parts.${part}`)}</Table.Td>
                        <Table.Td ta="right">{preview.deleted[part]}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr>
                      <Table.Td>{t('retention.reduced')}</Table.Td>
                      <Table.Td ta="right">{preview.reduced}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </>
            )}
            <Text size="sm" fw={600}>
              {t('retention.alsoTitle')}
            </Text>
            <List size="sm">
              <List.Item>{t('retention.search')}</List.Item>
              <List.Item>
                {host.capabilities.automaticBackups
                  ? t('retention.automaticBackups', { count: settings.backupsToKeep })
                  : t('retention.noAutomaticBackups')}
              </List.Item>
              <List.Item>{t('retention.ownBackups')}</List.Item>
            </List>
            <Alert color="yellow" variant="light" title={t('retention.cannotTitle')}>
              <List size="sm">
                <List.Item>{t('retention.cannot.liaisons')}</List.Item>
                <List.Item>{t('retention.cannot.members')}</List.Item>
                <List.Item>{t('retention.cannot.exports')}</List.Item>
              </List>
            </Alert>
            {preview.items.length > 0 && (
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconDatabaseExport size={16} />}
                  loading={backup.busy}
                  onClick={() => void backup.create().then((saved) => saved && setBackedUp(true))}
                  data-testid="retention-backup"
                >
                  {backedUp ? t('retention.backupDone') : t('retention.backupFirst')}
                </Button>
                <Button
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  loading={busy}
                  onClick={() => void run()}
                  data-testid="retention-run"
                >
                  {t('retention.run', { count: preview.items.length })}
                </Button>
              </Group>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
