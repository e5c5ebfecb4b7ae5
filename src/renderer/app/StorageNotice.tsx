// Warns once when the database was found emptied although data had been stored before.
import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataSession } from '../data/session';

export function StorageNotice() {
  const { t } = useTranslation();
  const { sentinel } = useDataSession();
  const [dismissed, setDismissed] = useState(false);
  if (sentinel !== 'emptied' || dismissed) return null;
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
      <Button mt="sm" size="xs" variant="light" color="red" onClick={() => setDismissed(true)}>
        {t('storage.dismiss')}
      </Button>
    </Alert>
  );
}
