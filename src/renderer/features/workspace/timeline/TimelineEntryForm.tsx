// Add or change one timeline entry: relative to H (H−2:00) or at a fixed time.
import {
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASE_LABELS } from '@shared/catalog';
import { PHASES, type Phase, type TimelineEntry } from '@shared/domain';
import { formatOffset, parseOffset } from '@shared/time/h-hour';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';
import { useLabel } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { DateTimeField } from '../../../ui/DateTimeField';

export function TimelineEntryForm({
  entry,
  onClose,
}: {
  entry: TimelineEntry | null;
  onClose(): void;
}) {
  return entry ? <EntryForm key={entry.id} entry={entry} onClose={onClose} /> : null;
}

function EntryForm({ entry, onClose }: { entry: TimelineEntry; onClose(): void }) {
  const { t } = useTranslation('workspace');
  const label = useLabel();
  const repos = useRepos();
  const { plan, premisesName, draft } = useWorkspace();
  const [e, setE] = useState(entry);
  const [offsetText, setOffsetText] = useState(
    entry.time.kind === 'relative' ? formatOffset(entry.time.offsetMinutes) : 'H',
  );
  const [errors, setErrors] = useState<{ title?: string; offset?: string; form?: string }>({});
  // A typed time the field could not read stops the save instead of keeping the older time.
  const [atValid, setAtValid] = useState(true);
  const [checked, setChecked] = useState(false);
  const isNew = entry.rev === 0;

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const next: typeof errors = {};
    if (e.title.trim() === '') next.title = t('timeline.titleMissing');
    const offset = parseOffset(offsetText);
    if (e.time.kind === 'relative' && offset === null) next.offset = t('timeline.offsetInvalid');
    setErrors(next);
    setChecked(true);
    if (Object.keys(next).length > 0 || (e.time.kind === 'absolute' && !atValid)) return;
    const value: TimelineEntry = {
      ...e,
      title: e.title.trim(),
      time: e.time.kind === 'relative' ? { kind: 'relative', offsetMinutes: offset ?? 0 } : e.time,
    };
    try {
      // The dialog commits on its button; edits still waiting in the save queue (a drag in the
      // day view, an actual time) are written first, so neither write hides the other.
      await draft.flush();
      if (isNew) await repos.plan.timeline.add(value);
      else await repos.plan.timeline.update(e.id, () => value);
      onClose();
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={isNew ? t('timeline.add') : t('timeline.edit')}
      size="lg"
    >
      <form onSubmit={(ev) => void submit(ev)} noValidate>
        <Stack>
          <TextInput
            label={t('timeline.title')}
            value={e.title}
            onChange={(x) => setE({ ...e, title: x.currentTarget.value })}
            error={errors.title}
            maxLength={200}
            required
            data-autofocus
            data-testid="timeline-title"
          />
          <SegmentedControl
            value={e.time.kind}
            onChange={(k) =>
              setE({
                ...e,
                time:
                  k === 'absolute'
                    ? { kind: 'absolute', at: plan.operation.hHour ?? new Date().toISOString() }
                    : { kind: 'relative', offsetMinutes: 0 },
              })
            }
            data={[
              { value: 'relative', label: t('timeline.relative') },
              { value: 'absolute', label: t('timeline.absolute') },
            ]}
          />
          <SimpleGrid cols={2}>
            {e.time.kind === 'relative' ? (
              <TextInput
                label={t('timeline.offset')}
                value={offsetText}
                onChange={(x) => setOffsetText(x.currentTarget.value)}
                error={errors.offset}
                description={t('targets.accessHint')}
                data-testid="timeline-offset"
              />
            ) : (
              <DateTimeField
                label={t('timeline.at')}
                value={e.time.at}
                clearable={false}
                onChange={(v) => v && setE({ ...e, time: { kind: 'absolute', at: v } })}
                onStatusChange={(s) => setAtValid(s === 'ok')}
                showInvalid={checked}
                testId="timeline-at"
              />
            )}
            <NumberInput
              label={t('timeline.duration')}
              value={e.durationMinutes}
              min={0}
              max={10080}
              allowDecimal={false}
              onChange={(v) => setE({ ...e, durationMinutes: typeof v === 'number' ? v : 0 })}
            />
            <Select
              label={t('timeline.phase')}
              data={PHASES.map((p) => ({ value: p, label: label(PHASE_LABELS[p]) }))}
              value={e.phase}
              allowDeselect={false}
              onChange={(v) => v && setE({ ...e, phase: v as Phase })}
            />
            <Select
              label={t('timeline.team')}
              data={plan.teams.map((x) => ({ value: x.id, label: x.name }))}
              value={e.teamId}
              clearable
              onChange={(v) => setE({ ...e, teamId: v })}
            />
            <Select
              label={t('timeline.target')}
              data={plan.targets.map((x) => ({ value: x.id, label: premisesName(x.premisesId) }))}
              value={e.targetId}
              clearable
              onChange={(v) => setE({ ...e, targetId: v })}
            />
          </SimpleGrid>
          <Textarea
            label={t('timeline.description')}
            value={e.description}
            onChange={(x) => setE({ ...e, description: x.currentTarget.value })}
            autosize
            minRows={2}
            maxLength={4000}
          />
          {errors.form && <div role="alert">{errors.form}</div>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" data-testid="timeline-save">
              {t('timeline.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
