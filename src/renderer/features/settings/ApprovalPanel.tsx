// Einstellungen → Freigabe: "Freigabe nur durch eine zweite Person" for every plan of this
// installation (a plan can also ask for it on its own when it is sent to approval).
import { Paper, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '@shared/domain';
import { useRepos } from '../../data/session';
import { notifyError, notifySuccess } from '../../ui/notify';

export function ApprovalPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const repos = useRepos();
  const [busy, setBusy] = useState(false);
  const on = settings.approvalByTwoPersons === true;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('approval.title')}
      </Title>
      <Switch
        label={t('approval.twoPersons')}
        description={t('approval.twoPersonsHint')}
        checked={on}
        disabled={busy}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          setBusy(true);
          repos.settings
            .update({ approvalByTwoPersons: next })
            .then(() => notifySuccess(t('saved')))
            .catch((err: unknown) => notifyError(t('approval.title'), err))
            .finally(() => setBusy(false));
        }}
        data-testid="settings-two-persons"
      />
      <Text size="sm" c="dimmed" mt="xs">
        {t('approval.declaration')}
      </Text>
    </Paper>
  );
}
