// Warns once when the database was found emptied although data had been stored before, and
// lists bulk writes (imports, restores) that stopped halfway, so a partial write is never silent.
import { Alert, Button, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataSession } from '../data/session-context';

export function StorageNotice() {
  const { t, i18n } = useTranslation();
  const { sentinel, unfinishedBatches } = useDataSession();
  const [dismissed, setDismissed] = useState(false);
  const [batchesDismissed, setBatchesDismissed] = useState(false);
  const count = (n: number) => n.toLocaleString(i18n.language);
  return (
    <>
      {sentinel === 'emptied' && !dismissed && (
        <EmptiedAlert onDismiss={() => setDismissed(true)} />
      )}
      {unfinishedBatches.length > 0 && !batchesDismissed && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle />}
          title={t('storage.unfinishedTitle')}
          mb="md"
          role="alert"
          data-testid="storage-unfinished-batches"
        >
          {t('storage.unfinishedBody')}
          <List size="sm" mt="xs">
            {unfinishedBatches.map((b) => (
              <List.Item key={b.key}>
                {t('storage.unfinishedItem', {
                  label: b.label,
                  done: count(b.done),
                  total: count(b.total),
                })}
              </List.Item>
            ))}
          </List>
          <Button mt="sm" size="xs" variant="light" onClick={() => setBatchesDismissed(true)}>
            {t('storage.dismiss')}
          </Button>
        </Alert>
      )}
    </>
  );
}

function EmptiedAlert({ onDismiss }: { onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle />}
      title={t('storage.emptiedTitle')}
      mb="md"
      role="alert"
      data-testid="storage-emptied"
    >
      {t('storage.emptiedBody')}
      <Button mt="sm" size="xs" variant="light" color="red" onClick={onDismiss}>
        {t('storage.dismiss')}
      </Button>
    </Alert>
  );
}
