// How many of an agency actually came on the day. A fact, not plan (post-approval.ts): it is
// offered once the plan is approved, stays editable on an approved or executed plan, and goes
// through the workspace's save queue to the repository's plan guard, which audits it as
// "Nachtrag nach Freigabe" without reopening the plan.
// It is stored only when the field is left or Enter is pressed, and only as a whole number in
// range: saving per keystroke recorded 9, 99 and 999 on the way to a refused 99999, and every
// one of them became a late change in the approved plan's history.
import { Badge, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, mayRecordFact, type Participation } from '@shared/domain';
import { confirmedStrengthOf } from '@shared/roster';
import { parseWholeNumber } from '@shared/util/whole-number';
import { useWorkspace } from '../core/context';

const asText = (n: number | null) => (n === null ? '' : String(n));

export function ActualStrengthField({ participation: p }: { participation: Participation }) {
  const { t, i18n } = useTranslation('roster');
  const { plan, draft } = useWorkspace();
  const editable =
    mayRecordFact(plan.operation.status, 'actual_strength') &&
    draft.mayChange('participations', p.agencyId);
  const value = p.actualStrength ?? null;
  // What is typed shows as typed until it is stored or refused; otherwise the stored value.
  const [typed, setTyped] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const text = typed ?? asText(value);

  // Before approval there is no day to report on yet; a recorded value stays visible afterwards.
  if (!editable && value === null) return null;

  const fmt = (n: number) => n.toLocaleString(i18n.language);
  const commit = () => {
    const r = parseWholeNumber(text, 0, LIMITS.strength);
    if (!r.ok && r.error !== 'empty') {
      setRefused(t('forces.actualStrengthRefused', { min: fmt(0), max: fmt(LIMITS.strength) }));
      return;
    }
    setRefused(null);
    setTyped(null);
    const next = r.ok ? r.value : null;
    if (next === value) return;
    draft.editItem('participations', p.id, 'actualStrength', (x) => ({
      ...x,
      actualStrength: next,
    }));
    void draft.flush();
  };
  const answered = ['confirmed', 'partially_confirmed'].includes(p.confirmation.status);
  const confirmed = answered ? confirmedStrengthOf(p) : null;
  // More on site than confirmed is possible (a late addition) but also a typical slip.
  const above =
    value !== null && confirmed !== null && value > confirmed
      ? t('forces.actualAboveConfirmed', { actual: fmt(value), confirmed: fmt(confirmed) })
      : null;

  return (
    <Stack gap={4} mt="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          label={t('forces.actualStrength')}
          description={editable ? t('forces.actualStrengthHint') : undefined}
          inputMode="numeric"
          autoComplete="off"
          value={text}
          readOnly={!editable}
          w={340}
          error={refused ?? undefined}
          data-unsaved={refused !== null || undefined}
          onChange={(e) => setTyped(e.currentTarget.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
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
      {above && (
        <Text size="sm" c="orange.9" data-testid="actual-strength-above">
          {above}
        </Text>
      )}
    </Stack>
  );
}
