// Objekte im Plan: which premises are inspected, why, on what legal basis, by whom and when.
import { Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newTarget } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { notifyError } from '../../../ui/notify';
import { PremisesForm } from '../../premises/PremisesForm';
import { useWorkspace } from '../core/context';
import { TargetCard } from './TargetCard';

export function TargetsView() {
  const { t } = useTranslation('workspace');
  const repos = useRepos();
  const { draft, plan, premises } = useWorkspace();
  const [pick, setPick] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const ro = draft.readOnly;
  const inPlan = new Set(plan.targets.map((x) => x.premisesId));

  const add = async (premisesId: string) => {
    try {
      await draft.flush();
      await repos.plan.targets.add(
        newTarget(
          { operationId: plan.operation.id, premisesId, order: plan.targets.length },
          new Date().toISOString(),
        ),
      );
      setPick(null);
    } catch (e) {
      notifyError(t('targets.add'), e);
    }
  };

  const options = [...premises.values()]
    .filter((p) => !p.retired)
    .map((p) => ({
      value: p.id,
      label: `${p.name}${p.address.street ? ` – ${p.address.street} ${p.address.houseNumber}` : ''}${inPlan.has(p.id) ? ` (${t('targets.alreadyInPlan')})` : ''}`,
      disabled: inPlan.has(p.id),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));

  return (
    <Stack maw={1100}>
      {!ro && (
        <Paper withBorder p="md">
          <Group align="flex-end">
            <Select
              label={t('targets.pickPremises')}
              data={options}
              value={pick}
              onChange={setPick}
              searchable
              clearable
              w={480}
              data-testid="target-pick"
            />
            <Button
              leftSection={<IconPlus size={16} />}
              disabled={!pick}
              onClick={() => pick && void add(pick)}
              data-testid="target-add"
            >
              {t('targets.add')}
            </Button>
            <Button
              variant="light"
              onClick={() => setCreating(true)}
              data-testid="target-new-premises"
            >
              {t('targets.newPremises')}
            </Button>
          </Group>
        </Paper>
      )}
      {plan.targets.length === 0 ? (
        <Text c="dimmed">{t('targets.empty')}</Text>
      ) : (
        plan.targets.map((target) => <TargetCard key={target.id} target={target} />)
      )}
      <AppModal
        opened={creating}
        onClose={() => setCreating(false)}
        title={t('targets.newPremises')}
        size="xl"
        centered={false}
      >
        <PremisesForm
          premises={null}
          onSaved={(p) => {
            setCreating(false);
            void add(p.id);
          }}
        />
      </AppModal>
    </Stack>
  );
}
