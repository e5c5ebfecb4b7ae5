// Auftrag: the goals, and one objective per participating agency.
import { Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { ProseField } from '../core/fields';
import { setAt } from '../core/operation-paths';

export function MissionView() {
  const { t } = useTranslation('workspace');
  const { draft, plan, agencyName } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  const agencyIds = [...new Set(plan.participations.map((p) => p.agencyId))];
  const objective = (agencyId: string) =>
    op.framework.mission.agencyObjectives.find((x) => x.agencyId === agencyId)?.objective ?? '';
  const setObjective = (agencyId: string, value: string) =>
    draft.edit(`framework.mission.agencyObjectives:${agencyId}`, (o) => {
      const rest = o.framework.mission.agencyObjectives.filter((x) => x.agencyId !== agencyId);
      const agencyObjectives =
        value.trim() === '' ? rest : [...rest, { agencyId, objective: value }];
      return setAt('framework.mission.agencyObjectives', agencyObjectives)(o);
    });
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <ProseField path="framework.mission.goals" data-testid="field-mission-goals" />
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('mission.objectives')}
        </Title>
        {agencyIds.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('mission.objectivesEmpty')}
          </Text>
        ) : (
          <Stack>
            {agencyIds.map((id) => (
              <Textarea
                key={id}
                label={t('mission.objectiveFor', { agency: agencyName(id) })}
                value={objective(id)}
                readOnly={draft.readOnly}
                autosize
                minRows={2}
                maxLength={4000}
                onChange={(e) => setObjective(id, e.currentTarget.value)}
                onBlur={() => void draft.flush()}
              />
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
