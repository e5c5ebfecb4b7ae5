// Einstellungen → Sicherungen: create an encrypted backup, restore one (from a file or from the
// desktop app's automatic backups) after verifying it completely.
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconDatabaseImport } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/ipc/contract';
import { useHost } from '../../host';
import { formatBytes, formatDateTime } from '../../ui/format';
import { notifyError } from '../../ui/notify';
import { RestoreModal } from './RestoreModal';
import { useCreateBackup } from './useCreateBackup';

const MAX_RESTORE_BYTES = 200 * 1024 * 1024;

export function BackupPanel({ keep }: { keep: number }) {
  const { t, i18n } = useTranslation('vault');
  const host = useHost();
  const { busy, create } = useCreateBackup();
  const [automatic, setAutomatic] = useState<BackupInfo[] | null>(null);
  const [restoring, setRestoring] = useState<{ name: string; data: Uint8Array } | null>(null);

  useEffect(() => {
    if (!host.capabilities.automaticBackups) return;
    void host.backups.list().then((r) => r.ok && setAutomatic(r.value));
  }, [host]);

  const pickFile = async () => {
    const r = await host.openFile({
      filters: [{ name: 'Verbundplaner-Sicherung', extensions: ['vpbak'] }],
      maxBytes: MAX_RESTORE_BYTES,
    });
    if (!r.ok) return notifyError(t('backup.restoreTitle'), r.error);
    if (r.value) setRestoring(r.value);
  };

  const pickAutomatic = async (name: string) => {
    const r = await host.backups.read(name);
    if (!r.ok) return notifyError(t('backup.restoreTitle'), r.error);
    setRestoring(r.value);
  };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('backup.title')}
      </Title>
      <Stack>
        <Text size="sm">{t('backup.intro')}</Text>
        <Group>
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={busy}
            onClick={() => void create()}
            data-testid="backup-create"
          >
            {busy ? t('backup.creating') : t('backup.create')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconDatabaseImport size={16} />}
            onClick={() => void pickFile()}
            data-testid="backup-restore"
          >
            {t('backup.restore')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('backup.automatic')}
        </Title>
        {!host.capabilities.automaticBackups ? (
          <Alert color="gray" variant="light">
            {t('backup.automaticUnsupported')}
          </Alert>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('backup.automaticHint', { count: keep })}
            </Text>
            {automatic && automatic.length === 0 && (
              <Text size="sm">{t('backup.automaticNone')}</Text>
            )}
            {automatic && automatic.length > 0 && (
              <Table>
                <Table.Tbody>
                  {automatic.map((b) => (
                    <Table.Tr key={b.name}>
                      <Table.Td>{formatDateTime(b.createdAt, i18n.language)}</Table.Td>
                      <Table.Td>{t(`backup.reason.${b.reason}`)}</Table.Td>
                      <Table.Td>{formatBytes(b.size, i18n.language)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => void pickAutomatic(b.name)}
                        >
                          {t('backup.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
      <RestoreModal file={restoring} onClose={() => setRestoring(null)} />
    </Paper>
  );
}
