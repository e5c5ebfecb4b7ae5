// The liaison's answer: confirmed / partly / declined, strength, team leaders and members by name,
// vehicles with radio call signs, phone numbers, a comment.
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANSWER_STATUSES,
  answerPayloadSchema,
  type AnswerPayload,
  type AnswerPerson,
  type AnswerStatus,
  type RequestPayload,
} from '@shared/exchange';

const splitList = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function AnswerForm({
  request,
  answeredBy,
  onSubmit,
}: {
  request: RequestPayload;
  answeredBy: { name: string; function: string };
  onSubmit(payload: AnswerPayload): Promise<void>;
}) {
  const { t } = useTranslation('exchange');
  const [status, setStatus] = useState<AnswerStatus>('confirmed');
  const [strength, setStrength] = useState<number>(request.requestedStrength);
  const [persons, setPersons] = useState<AnswerPerson[]>([]);
  const [vehicles, setVehicles] = useState(
    request.vehicles.map((v) => ({ kind: v.kind, count: v.count, callSign: '' })),
  );
  const [callSigns, setCallSigns] = useState('');
  const [phones, setPhones] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = answerPayloadSchema.safeParse({
      status,
      confirmedStrength: status === 'declined' ? 0 : strength,
      persons: persons.filter((p) => p.name.trim()),
      vehicles: status === 'declined' ? [] : vehicles.filter((v) => v.kind.trim()),
      callSigns: splitList(callSigns),
      phones: splitList(phones),
      comment: comment.trim(),
      answeredBy,
    });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? t('answer.invalid'));
    setError(null);
    setBusy(true);
    try {
      await onSubmit(parsed.data);
    } finally {
      setBusy(false);
    }
  };

  const person = (i: number, patch: Partial<AnswerPerson>) =>
    setPersons(persons.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="answer-form">
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4} id="answer-status-label">
            {t('answer.status')}
          </Text>
          <SegmentedControl
            aria-labelledby="answer-status-label"
            value={status}
            onChange={(v) => setStatus(ANSWER_STATUSES.find((s) => s === v) ?? 'confirmed')}
            data={ANSWER_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            data-testid="answer-status"
          />
        </div>
        {status !== 'declined' && (
          <NumberInput
            label={t('answer.strength')}
            description={t('answer.strengthHint', { requested: request.requestedStrength })}
            min={0}
            max={2000}
            value={strength}
            onChange={(v) => setStrength(typeof v === 'number' ? v : Number(v) || 0)}
            maw={200}
            data-testid="answer-strength"
          />
        )}
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('answer.persons')}
          </Text>
          {persons.map((p, i) => (
            <Group key={i} align="flex-end" wrap="wrap">
              <TextInput
                label={t('answer.personName')}
                value={p.name}
                maxLength={200}
                onChange={(e) => person(i, { name: e.currentTarget.value })}
              />
              <TextInput
                label={t('answer.personFunction')}
                value={p.function}
                maxLength={200}
                onChange={(e) => person(i, { function: e.currentTarget.value })}
              />
              <TextInput
                label={t('answer.personPhone')}
                value={p.phone}
                maxLength={40}
                onChange={(e) => person(i, { phone: e.currentTarget.value })}
              />
              <Checkbox
                label={t('answer.leader')}
                checked={p.leader}
                onChange={(e) => person(i, { leader: e.currentTarget.checked })}
                mb={8}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('answer.removePerson')}
                onClick={() => setPersons(persons.filter((_, j) => j !== i))}
                mb={4}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() =>
                setPersons([
                  ...persons,
                  { name: '', function: '', phone: '', leader: persons.length === 0 },
                ])
              }
              data-testid="answer-add-person"
            >
              {t('answer.addPerson')}
            </Button>
          </Group>
        </Stack>
        {status !== 'declined' && vehicles.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('answer.vehicles')}
            </Text>
            {vehicles.map((v, i) => (
              <Group key={i} align="flex-end">
                <TextInput label={t('answer.vehicleKind')} value={v.kind} readOnly />
                <NumberInput
                  label={t('answer.vehicleCount')}
                  min={0}
                  max={200}
                  w={100}
                  value={v.count}
                  onChange={(n) =>
                    setVehicles(
                      vehicles.map((x, j) => (j === i ? { ...x, count: Number(n) || 0 } : x)),
                    )
                  }
                />
                <TextInput
                  label={t('answer.callSign')}
                  value={v.callSign}
                  maxLength={200}
                  onChange={(e) => {
                    const callSign = e.currentTarget.value;
                    setVehicles(vehicles.map((x, j) => (j === i ? { ...x, callSign } : x)));
                  }}
                />
              </Group>
            ))}
          </Stack>
        )}
        <TextInput
          label={t('answer.callSigns')}
          description={t('answer.listHint')}
          value={callSigns}
          onChange={(e) => setCallSigns(e.currentTarget.value)}
          data-testid="answer-callsigns"
        />
        <TextInput
          label={t('answer.phones')}
          description={t('answer.listHint')}
          value={phones}
          onChange={(e) => setPhones(e.currentTarget.value)}
        />
        <Textarea
          label={t('answer.comment')}
          value={comment}
          maxLength={4000}
          autosize
          minRows={2}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        {error && (
          <Text c="red" role="alert" size="sm">
            {error}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy} data-testid="answer-export">
            {t('answer.export')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
