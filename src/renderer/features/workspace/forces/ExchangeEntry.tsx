// The Kräfte part's way into the exchange: send this plan's open requests as signed packages and
// import the liaisons' answers (the work itself happens on the Austausch page).
import { Button, Group } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWorkspace } from '../core/context';

export function ExchangeEntry() {
  const { t } = useTranslation('exchange');
  const { plan } = useWorkspace();
  const to = `/exchange?tab=lead&op=${encodeURIComponent(plan.operation.id)}`;
  return (
    <Group>
      <Button
        component={Link}
        to={to}
        variant="light"
        leftSection={<IconKey size={16} />}
        data-testid="forces-exchange"
      >
        {t('entry')}
      </Button>
    </Group>
  );
}
