// Lage: background, trigger, targets, persons and groups, own forces, and the risk assessment.
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { ProseField } from '../core/fields';
import { RiskAssessment } from './RiskAssessment';

export function SituationView() {
  const { t } = useTranslation('workspace');
  const { plan, premisesName } = useWorkspace();
  const targets = plan.targets.filter((x) => x.status !== 'dropped');
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <Stack>
          <ProseField
            path="framework.situation.background"
            data-testid="field-situation-background"
          />
          <ProseField path="framework.situation.trigger" data-testid="field-situation-trigger" />
          <ProseField path="framework.situation.targetsSummary" />
          {targets.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('situation.targetsListed')}{' '}
              {targets.map((x) => premisesName(x.premisesId)).join(' · ')}
            </Text>
          )}
          <ProseField path="framework.situation.personsGroups" />
          <ProseField path="framework.situation.ownForces" />
        </Stack>
      </Paper>
      <RiskAssessment />
    </Stack>
  );
}
