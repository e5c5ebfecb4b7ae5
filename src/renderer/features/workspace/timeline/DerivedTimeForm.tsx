// Changes a time the Zeitablauf shows but does not own: the briefing (stored in Durchführung) or
// a target's access (stored on the target). The edit goes through the workspace's save queue to
// that one stored value, so Durchführung, Objekte and Zeitablauf always show the same time.
import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  briefingOffset,
  withBriefingAt,
  withBriefingOffset,
  type PlanTimelineRow,
} from '@shared/domain/plan-timeline';
import { formatOffset, parseOffset } from '@shared/time/h-hour';
import { AppModal } from '../../../ui/AppModal';
import { DateTimeField } from '../../../ui/DateTimeField';
import { useWorkspace } from '../core/context';

const MAX_ACCESS_OFFSET = 24 * 60;

export type DerivedRow = Exclude<PlanTimelineRow, { kind: 'entry' }>;

export function DerivedTimeForm({ row, onClose }: { row: DerivedRow | null; onClose(): void }) {
  const { t } = useTranslation('workspace');
  if (!row) return null;
  return (
    <AppModal
      opened
      onClose={onClose}
      title={row.kind === 'briefing' ? t('timeline.briefingEdit') : t('timeline.accessEdit')}
    >
      {row.kind === 'briefing' ? (
        <BriefingForm onClose={onClose} />
      ) : (
        <AccessForm row={row} onClose={onClose} />
      )}
    </AppModal>
  );
}

function BriefingForm({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('workspace');
  const { draft } = useWorkspace();
  const op = draft.operation;
  const hSet = (op?.hHour ?? null) !== null;
  const stored = op?.framework.execution.briefingMeeting.at ?? null;
  const offset = op ? briefingOffset(op) : null;
  // Relative to H is the usual way to plan a briefing; a fixed time only when H is still open.
  const [mode, setMode] = useState<'relative' | 'absolute'>(hSet ? 'relative' : 'absolute');
  const [offsetText, setOffsetText] = useState(offset !== null ? formatOffset(offset) : 'H−2:00');
  const [at, setAt] = useState<string | null>(stored);
  const [error, setError] = useState<string | null>(null);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    if (mode === 'relative') {
      const minutes = parseOffset(offsetText);
      if (minutes === null) return setError(t('timeline.offsetInvalid'));
      draft.edit('framework.execution.briefingMeeting.at', (x) => withBriefingOffset(x, minutes));
    } else {
      draft.edit('framework.execution.briefingMeeting.at', (x) => withBriefingAt(x, at));
    }
    await draft.flush();
    onClose();
  };

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('timeline.briefingHint')}
        </Text>
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v === 'absolute' ? 'absolute' : 'relative')}
          data={[
            { value: 'relative', label: t('timeline.relative'), disabled: !hSet },
            { value: 'absolute', label: t('timeline.absolute') },
          ]}
        />
        {mode === 'relative' ? (
          <TextInput
            label={t('timeline.offset')}
            description={t('targets.accessHint')}
            value={offsetText}
            onChange={(e) => {
              setOffsetText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-autofocus
            data-testid="derived-offset"
          />
        ) : (
          <DateTimeField label={t('timeline.at')} value={at} onChange={setAt} testId="derived-at" />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" data-testid="derived-save">
            {t('timeline.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AccessForm({
  row,
  onClose,
}: {
  row: Extract<DerivedRow, { kind: 'access' }>;
  onClose(): void;
}) {
  const { t } = useTranslation('workspace');
  const { draft } = useWorkspace();
  const [offsetText, setOffsetText] = useState(formatOffset(row.offset));
  const [error, setError] = useState<string | null>(null);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const minutes = parseOffset(offsetText);
    // A target is entered within a day of H (the target schema's limit).
    if (minutes === null || Math.abs(minutes) > MAX_ACCESS_OFFSET)
      return setError(t('targets.accessInvalid'));
    // The same record field the target card edits, so a pending edit there is replaced, not doubled.
    draft.editItem('targets', row.target.id, 'accessOffsetMinutes', (x) => ({
      ...x,
      accessOffsetMinutes: minutes,
    }));
    await draft.flush();
    onClose();
  };

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('timeline.accessHint', { name: row.name })}
        </Text>
        <TextInput
          label={t('targets.access')}
          description={t('targets.accessHint')}
          value={offsetText}
          onChange={(e) => {
            setOffsetText(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
          data-testid="derived-offset"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" data-testid="derived-save">
            {t('timeline.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
