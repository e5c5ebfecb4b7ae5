// Empty-database welcome: explains the screen and loads the fictional example on request.
import { Button } from '@mantine/core';
import { IconClipboardList, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLoadDemo } from '../../data/useLoadDemo';
import { EmptyState } from '../../ui/EmptyState';
import { notifyError, notifySuccess } from '../../ui/notify';

export function DemoOffer() {
  const { t } = useTranslation('operations');
  const { busy, load } = useLoadDemo(
    (op) => notifySuccess(t('empty.demoLoaded', { codeName: op.codeName })),
    (e) => notifyError(t('empty.demoFailed'), e),
  );

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
