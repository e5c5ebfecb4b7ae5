// Recording a liaison's answer: status, confirmed strength, who, when, how, comment.
import {
  Alert,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_CHANNEL_LABELS, CONFIRMATION_STATUS_LABELS } from '@shared/catalog';
import {
  CONFIRMATION_CHANNELS,
  LIMITS,
  type ConfirmationStatus,
  type Participation,
} from '@shared/domain';
import { applyConfirmation, nextStatuses } from '@shared/roster';
import { useDataSession } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { CountInput } from '../../../ui/CountInput';
import { errorMessage } from '../../../ui/errors';
import { notifySuccess } from '../../../ui/notify';
import { DateTimeField } from '../../../ui/DateTimeField';
import { useLabel } from '../../../ui/useLabel';

interface Props {
  participation: Participation | null;
  agencyName: string;
  /** The plan is approved: the answer is recorded as "Nachtrag nach Freigabe". */
  late?: boolean;
  onClose(): void;
}

export function ConfirmationModal({ participation, agencyName, late = false, onClose }: Props) {
  return participation ? (
    <Form
      key={participation.rev}
      p={participation}
      agencyName={agencyName}
      late={late}
      onClose={onClose}
    />
  ) : null;
}

function Form({
  p,
  agencyName,
  late,
  onClose,
}: {
  p: Participation;
  agencyName: string;
  late: boolean;
  onClose(): void;
}) {
  const { t } = useTranslation('roster');
  const label = useLabel();
  const session = useDataSession();
  const options = nextStatuses(p.confirmation.status);
  const [status, setStatus] = useState<ConfirmationStatus>(
    options.includes('confirmed') ? 'confirmed' : (options[0] ?? 'confirmed'),
  );
  const [strength, setStrength] = useState<number>(p.requestedStrength);
  // Typed text the fields could not read must stop the save, not fall back to an older value.
  const [strengthValid, setStrengthValid] = useState(true);
  const [atValid, setAtValid] = useState(true);
  const [checked, setChecked] = useState(false);
  const [by, setBy] = useState(p.liaison.name);
  const [at, setAt] = useState<string | null>(new Date().toISOString());
  const [via, setVia] = useState<Participation['confirmation']['via']>('phone');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const withCount = status === 'confirmed' || status === 'partially_confirmed';
    if ((withCount && !strengthValid) || !atValid) return setError(t('confirmation.fixFields'));
    if (by.trim() === '') return setError(t('confirmation.byMissing'));
    const recordedBy = (await session.repos.settings.get()).userName;
    const r = applyConfirmation(p, {
      status,
      confirmedStrength: withCount ? strength : 0,
      by: by.trim(),
      at: at ?? new Date().toISOString(),
      via,
      comment: comment.trim(),
      recordedBy,
    });
    if (!r.ok) return setError(r.message);
    try {
      await session.repos.plan.participations.update(p.id, () => r.participation);
      notifySuccess(t('confirmation.saved'));
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const withStrength = status === 'confirmed' || status === 'partially_confirmed';
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('confirmation.title', { agency: agencyName })}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {late && (
            <Alert color="grape" variant="light" data-testid="confirmation-late-note">
              {t('confirmation.lateNote')}
            </Alert>
          )}
          <SimpleGrid cols={2}>
            <Select
              label={t('confirmation.status')}
              data={options.map((s) => ({ value: s, label: label(CONFIRMATION_STATUS_LABELS[s]) }))}
              value={status}
              allowDeselect={false}
              onChange={(v) => v && setStatus(v as ConfirmationStatus)}
              data-testid="confirmation-status-select"
            />
            {withStrength && (
              <CountInput
                label={t('confirmation.strength')}
                description={t('confirmation.strengthHint', { requested: p.requestedStrength })}
                value={strength}
                onChange={setStrength}
                onValidityChange={setStrengthValid}
                max={LIMITS.strength}
                required
                data-testid="confirmation-strength"
              />
            )}
            <TextInput
              label={t('confirmation.by')}
              value={by}
              onChange={(e) => setBy(e.currentTarget.value)}
              maxLength={200}
              required
              data-testid="confirmation-by"
            />
            <Select
              label={t('confirmation.via')}
              data={CONFIRMATION_CHANNELS.map((c) => ({
                value: c,
                label: label(CONFIRMATION_CHANNEL_LABELS[c]),
              }))}
              value={via}
              onChange={(v) => setVia((v as Participation['confirmation']['via']) ?? null)}
            />
          </SimpleGrid>
          <DateTimeField
            label={t('confirmation.at')}
            value={at}
            onChange={setAt}
            onStatusChange={(s) => setAtValid(s === 'ok')}
            showInvalid={checked}
            clearable={false}
            testId="confirmation-at"
          />
          <Textarea
            label={t('confirmation.comment')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={4000}
            autosize
            minRows={2}
          />
          {error && (
            <Alert color="red" role="alert" data-testid="confirmation-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" data-testid="confirmation-save">
              {t('confirmation.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
