// Lage: background, trigger, targets, persons and groups, own forces, and the risk assessment.
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { ProseField } from '../core/fields';
import { setPartField } from '../core/lenses';
import { RiskAssessment } from './RiskAssessment';

export function SituationView() {
  const { t } = useTranslation('workspace');
  const { draft, plan, premisesName } = useWorkspace();
  const targets = plan.targets.filter((x) => x.status !== 'dropped');
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <Stack>
          <ProseField
            draft={draft}
            field="situation.background"
            label={t('situation.background')}
            get={(o) => o.framework.situation.background}
            set={(v) => setPartField('situation', 'background', v)}
            data-testid="field-situation-background"
          />
          <ProseField
            draft={draft}
            field="situation.trigger"
            label={t('situation.trigger')}
            get={(o) => o.framework.situation.trigger}
            set={(v) => setPartField('situation', 'trigger', v)}
            data-testid="field-situation-trigger"
          />
          <ProseField
            draft={draft}
            field="situation.targetsSummary"
            label={t('situation.targetsSummary')}
            get={(o) => o.framework.situation.targetsSummary}
            set={(v) => setPartField('situation', 'targetsSummary', v)}
          />
          {targets.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('situation.targetsListed')}{' '}
              {targets.map((x) => premisesName(x.premisesId)).join(' · ')}
            </Text>
          )}
          <ProseField
            draft={draft}
            field="situation.personsGroups"
            label={t('situation.personsGroups')}
            get={(o) => o.framework.situation.personsGroups}
            set={(v) => setPartField('situation', 'personsGroups', v)}
          />
          <ProseField
            draft={draft}
            field="situation.ownForces"
            label={t('situation.ownForces')}
            get={(o) => o.framework.situation.ownForces}
            set={(v) => setPartField('situation', 'ownForces', v)}
          />
        </Stack>
      </Paper>
      <RiskAssessment />
    </Stack>
  );
}
