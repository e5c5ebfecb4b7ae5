// Durchführung: the four phases, operation sections, rules of conduct and the briefing meeting.
import { Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { PHASES } from '@shared/domain';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { LineField, ProseField } from '../core/fields';
import { setPartField } from '../core/lenses';
import { WallDateTimeField } from '../core/WallDateTimeField';

export function ExecutionView() {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const { draft } = useWorkspace();
  const op = draft.operation;
  if (!op) return null;
  const setMeeting =
    (patch: Partial<typeof op.framework.execution.briefingMeeting>) => (o: typeof op) =>
      setPartField('execution', 'briefingMeeting', {
        ...o.framework.execution.briefingMeeting,
        ...patch,
      })(o);
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
              draft={draft}
              field={`execution.phase.${phase}`}
              label={label(PHASE_LABELS[phase])}
              get={(o) => o.framework.execution.phases[phase]}
              set={(v) => (o) =>
                setPartField('execution', 'phases', {
                  ...o.framework.execution.phases,
                  [phase]: v,
                })(o)
              }
              data-testid={`field-phase-${phase}`}
            />
          ))}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <ProseField
            draft={draft}
            field="execution.sections"
            label={t('execution.sections')}
            get={(o) => o.framework.execution.sections}
            set={(v) => setPartField('execution', 'sections', v)}
          />
          <ProseField
            draft={draft}
            field="execution.rulesOfConduct"
            label={t('execution.rulesOfConduct')}
            get={(o) => o.framework.execution.rulesOfConduct}
            set={(v) => setPartField('execution', 'rulesOfConduct', v)}
          />
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
            onChange={(v) => draft.edit('execution.briefing.at', setMeeting({ at: v }))}
            testId="field-briefing-at"
          />
          <LineField
            draft={draft}
            field="execution.briefing.place"
            label={t('execution.briefingPlace')}
            get={(o) => o.framework.execution.briefingMeeting.place}
            set={(v) => setMeeting({ place: v })}
            w={360}
          />
        </Group>
      </Paper>
    </Stack>
  );
}
