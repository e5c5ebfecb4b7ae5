// Durchführung: the four phases, operation sections, rules of conduct and the briefing meeting.
import { Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { PHASES } from '@shared/domain';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { LineField, ProseField } from '../core/fields';
import { setAt } from '../core/operation-paths';
import { WallDateTimeField } from '../core/WallDateTimeField';

export function ExecutionView() {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const { draft } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('execution.phases')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {PHASES.map((phase) => (
            <ProseField
              key={phase}
              path={`framework.execution.phases.${phase}`}
              label={label(PHASE_LABELS[phase])}
              data-testid={`field-phase-${phase}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <ProseField path="framework.execution.sections" />
          <ProseField path="framework.execution.rulesOfConduct" />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('execution.briefingMeeting')}
        </Title>
        <Group align="flex-start">
          <WallDateTimeField
            label={t('execution.briefingAt')}
            value={op.framework.execution.briefingMeeting.at}
            readOnly={draft.readOnly}
            onChange={(v) =>
              draft.edit(
                'framework.execution.briefingMeeting.at',
                setAt('framework.execution.briefingMeeting.at', v),
              )
            }
            testId="field-briefing-at"
          />
          <LineField path="framework.execution.briefingMeeting.place" w={360} />
        </Group>
      </Paper>
    </Stack>
  );
}
