// How many of an agency actually came on the day. A fact, not plan (post-approval.ts): it is
// offered once the plan is approved, stays editable on an approved or executed plan, and goes
// through the workspace's save queue to the repository's plan guard, which audits it as
// "Nachtrag nach Freigabe" without reopening the plan.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS, mayRecordFact, type Participation } from '@shared/domain';
import { CountInput } from '../../../ui/CountInput';
import { useWorkspace } from '../core/context';

export function ActualStrengthField({ participation: p }: { participation: Participation }) {
  const { t } = useTranslation('roster');
  const { plan, draft } = useWorkspace();
  const status = plan.operation.status;
  const editable = mayRecordFact(status, 'actual_strength');
  const value = p.actualStrength ?? null;
  // Before approval there is no day to report on yet; a recorded value stays visible afterwards.
  if (!editable && value === null) return null;
  return (
    <Group gap="xs" align="flex-end" wrap="wrap" mt="xs">
      <CountInput
        label={t('forces.actualStrength')}
        description={editable ? t('forces.actualStrengthHint') : undefined}
        value={value}
        max={LIMITS.strength}
        readOnly={!editable}
        w={340}
        onChange={(n) =>
          draft.editItem('participations', p.id, 'actualStrength', (x) => ({
            ...x,
            actualStrength: n,
          }))
        }
        onBlur={() => void draft.flush()}
        data-testid="actual-strength"
      />
      {value !== null && (
        <Badge
          color="grape"
          variant="outline"
          radius="sm"
          mb={6}
          data-testid="actual-strength-late"
        >
          {t('confirmation.late')}
        </Badge>
      )}
    </Group>
  );
}
