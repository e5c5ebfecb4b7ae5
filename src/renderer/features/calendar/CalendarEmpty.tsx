// What the Kalender says when it has nothing to draw: a new vault holds no operation yet (offer
// the fictional example or the Einsätze page), or the filters leave none (offer to reset them).
// An empty grid alone looked like a calendar that failed to load.
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCalendarOff, IconFilterOff, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLoadDemo } from '../../data/useLoadDemo';
import { notifyError, notifySuccess } from '../../ui/notify';

export function NoOperations() {
  const { t } = useTranslation('calendar');
  const { busy, load } = useLoadDemo(
    (op) => notifySuccess(t('empty.demoLoaded', { codeName: op.codeName })),
    (e) => notifyError(t('empty.demoFailed'), e),
  );
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconCalendarOff size={20} aria-hidden />}
      title={t('empty.title')}
      role="note"
      data-testid="calendar-empty"
    >
      <Text size="sm">{t('empty.body')}</Text>
      <Group gap="sm" mt="sm">
        <Button
          size="compact-sm"
          leftSection={<IconPlayerPlay size={14} aria-hidden />}
          loading={busy}
          onClick={() => void load()}
          data-testid="calendar-load-demo"
        >
          {t('empty.loadDemo')}
        </Button>
        <Button size="compact-sm" variant="default" component={Link} to="/operations">
          {t('empty.toOperations')}
        </Button>
      </Group>
    </Alert>
  );
}

export function NothingMatches({ onReset }: { onReset(): void }) {
  const { t } = useTranslation('calendar');
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconFilterOff size={20} aria-hidden />}
      title={t('noMatch.title')}
      // Announced when a filter change leaves the calendar empty, without interrupting.
      role="status"
      data-testid="calendar-no-match"
    >
      <Group gap="sm" justify="space-between">
        <Text size="sm">{t('noMatch.body')}</Text>
        <Button
          size="compact-sm"
          variant="default"
          onClick={onReset}
          data-testid="calendar-reset-filters"
        >
          {t('noMatch.reset')}
        </Button>
      </Group>
    </Alert>
  );
}
