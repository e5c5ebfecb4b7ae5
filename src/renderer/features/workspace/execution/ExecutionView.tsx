// Durchführung: the four phases, operation sections, rules of conduct and the briefing meeting.
import { Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { PHASES } from '@shared/domain';
import { briefingOffset } from '@shared/domain/plan-timeline';
import { formatOffset } from '@shared/time/h-hour';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { LineField, ProseField } from '../core/fields';
import { setAt } from '../core/operation-paths';
import { DateTimeField } from '../../../ui/DateTimeField';

export function ExecutionView() {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const { draft } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  // The briefing time is one fact: the Zeitablauf shows it as a row and edits the same value.
  const offset = briefingOffset(op);
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
          <DateTimeField
            label={t('execution.briefingAt')}
            value={op.framework.execution.briefingMeeting.at}
            description={
              offset !== null
                ? t('execution.briefingInTimeline', { offset: formatOffset(offset) })
                : undefined
            }
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
