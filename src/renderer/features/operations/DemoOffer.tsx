// Empty-database welcome: explains the screen and loads the fictional example on request.
import { Button } from '@mantine/core';
import { IconClipboardList, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadDemo } from '../../data/demo';
import { useRepos } from '../../data/session';
import { EmptyState } from '../../ui/EmptyState';
import { notifyError, notifySuccess } from '../../ui/notify';

export function DemoOffer() {
  const { t } = useTranslation('operations');
  const repos = useRepos();
  const [busy, setBusy] = useState(false);

  const load = async () => {
    setBusy(true);
    try {
      const op = await loadDemo(repos);
      notifySuccess(t('empty.demoLoaded', { codeName: op.codeName }));
    } catch (e) {
      console.error(e);
      notifyError(t('empty.demoFailed'), e);
      setBusy(false);
    }
  };

  return (
    <EmptyState
      icon={<IconClipboardList size={28} />}
      title={t('empty.title')}
      testId="operations-empty"
      action={
        <Button
          mt="sm"
          leftSection={<IconPlayerPlay size={16} />}
          loading={busy}
          onClick={() => void load()}
          data-testid="load-demo"
        >
          {busy ? t('empty.loadingDemo') : t('empty.loadDemo')}
        </Button>
      }
    >
      {t('empty.body')}
    </EmptyState>
  );
}
