// "Neuer Einsatz": start empty, from a template (Muster) or from a past operation's pattern; the
// header is checked at the fields (German messages) and the workspace opens after saving.
import {
  Button,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OPERATION_KIND_LABELS } from '@shared/catalog';
import { LIMITS, OPERATION_KINDS, type Operation, type OperationKind } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { DateTimeField, type DateTimeStatus } from '../../../ui/DateTimeField';
import { errorMessage } from '../../../ui/errors';
import { formatDate } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useReportUnsaved } from '../../../ui/unsaved-guard';
import { useLabel, useLang } from '../../../ui/useLabel';
import {
  checkNewOperation,
  START_MODES,
  type NewOperationError,
  type NewOperationErrors,
  type StartMode,
} from './new-operation';

interface Props {
  opened: boolean;
  onClose(): void;
  /** Existing operations (not templates), to start from a past one. */
  operations: readonly Operation[];
}

export function NewOperationDialog({ opened, onClose, operations }: Props) {
  const { t } = useTranslation('operationsList');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('new.title')} size="lg">
      {opened && <NewOperationForm onClose={onClose} operations={operations} />}
    </AppModal>
  );
}

function NewOperationForm({ onClose, operations }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('operationsList');
  const lang = useLang();
  const label = useLabel();
  const repos = useRepos();
  const navigate = useNavigate();
  const modeLabelId = useId();
  const templates = useLiveQuery(
    async () => (await repos.operationQueries.overview()).templates,
    [repos],
  );
  const [mode, setMode] = useState<StartMode>('empty');
  const [sourceId, setSourceId] = useState<string | null>(null);
  const [codeName, setCodeName] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<OperationKind>('joint_inspection');
  const [hHour, setHHour] = useState<string | null>(null);
  const [hHourStatus, setHHourStatus] = useState<DateTimeStatus>('empty');
  const [submitted, setSubmitted] = useState(false);
  // The fields in the order they are shown: a failed submit moves the focus to the first one
  // that is marked, so its message is read out with it (WCAG 3.3.1).
  const sourceRef = useRef<HTMLInputElement>(null);
  const codeNameRef = useRef<HTMLInputElement>(null);
  const hHourRef = useRef<HTMLInputElement>(null);
  const [exercise, setExercise] = useState(false);
  const [errors, setErrors] = useState<NewOperationErrors & { form?: string }>({});
  const [busy, setBusy] = useState(false);
  // Escape or a click beside the dialog asks before dropping what was typed.
  useReportUnsaved([codeName, title].some((v) => v.trim() !== '') || hHourStatus !== 'empty');

  const sources = useMemo(
    () => (mode === 'template' ? (templates ?? []) : mode === 'past' ? operations : []),
    [mode, templates, operations],
  );
  const sourceOptions = useMemo(
    () =>
      sources.map((o) => ({
        value: o.id,
        label: [o.codeName, o.title, o.hHour ? formatDate(o.hHour, lang) : '']
          .filter(Boolean)
          .join(' · '),
      })),
    [sources, lang],
  );

  const pickSource = (id: string | null) => {
    setSourceId(id);
    const source = sources.find((o) => o.id === id);
    // The copy takes the source's title and kind; shown here so they can be changed at once.
    if (source) {
      setTitle(source.title);
      setKind(source.kind);
    }
  };

  const message = (code: NewOperationError | undefined) => (code ? t(`errors.${code}`) : undefined);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = new Date().toISOString();
    setSubmitted(true);
    const checked = checkNewOperation(
      { mode, sourceId, codeName, title, kind, hHourLocal: '', hHour },
      now,
    );
    // The typed text decides: a date the field could not read must not silently become "open"
    // (the field shows its own message for it).
    const hHourUnread = hHourStatus !== 'ok' && hHourStatus !== 'empty';
    if (!checked.ok || hHourUnread) {
      const found = checked.ok ? {} : checked.errors;
      setErrors(found);
      const first = found.source
        ? sourceRef
        : found.codeName
          ? codeNameRef
          : found.hHour || hHourUnread
            ? hHourRef
            : null;
      first?.current?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const fields = { ...checked.operation, exercise };
      let created: Operation;
      if (mode === 'empty' || !sourceId) {
        created = await repos.operations.create(fields);
      } else {
        const copy = await repos.operations.createFromPattern(sourceId, fields.codeName);
        const { title: ti, kind: k, hHour, exercise: ex } = fields;
        created = await repos.operations.update(copy.id, (o) => ({
          ...o,
          title: ti,
          kind: k,
          hHour,
          exercise: ex,
        }));
      }
      notifySuccess(t('new.created', { codeName: created.codeName }));
      onClose();
      // The workspace starts with the focus on the plan (the dialog that had it is gone).
      navigate(`/operations/${created.id}`, { state: { focusPlan: true } });
    } catch (err) {
      setErrors({ form: errorMessage(err) });
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="new-operation-form">
      <Stack>
        <div>
          <Text size="sm" fw={500} mb={4} id={modeLabelId}>
            {t('new.startWith')}
          </Text>
          <SegmentedControl
            aria-labelledby={modeLabelId}
            value={mode}
            onChange={(v) => {
              setMode(v as StartMode);
              setSourceId(null);
            }}
            data={START_MODES.map((m) => ({ value: m, label: t(`new.modes.${m}`) }))}
            data-testid="new-mode"
          />
        </div>
        {mode !== 'empty' && (
          <Select
            label={mode === 'template' ? t('new.template') : t('new.pastOperation')}
            placeholder={t('new.sourcePlaceholder')}
            data={sourceOptions}
            value={sourceId}
            onChange={pickSource}
            searchable
            limit={50}
            nothingFoundMessage={mode === 'template' ? t('new.noTemplates') : t('new.noOperations')}
            error={message(errors.source)}
            ref={sourceRef}
            required
            data-testid="new-source"
          />
        )}
        {mode !== 'empty' && (
          <Text size="xs" c="dimmed">
            {t('new.patternHint')}
          </Text>
        )}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('new.codeName')}
            description={`${t('new.codeNameHint')} · ${t('new.codeNameLength', {
              count: codeName.trim().length,
              max: LIMITS.codeName,
            })}`}
            value={codeName}
            onChange={(e) => setCodeName(e.currentTarget.value)}
            error={message(errors.codeName)}
            required
            ref={codeNameRef}
            data-autofocus
            data-testid="new-code-name"
          />
          <TextInput
            label={t('new.titleField')}
            description={t('new.titleHint')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            data-testid="new-title"
          />
          <Select
            label={t('new.kind')}
            data={OPERATION_KINDS.map((k) => ({
              value: k,
              label: label(OPERATION_KIND_LABELS[k]),
            }))}
            value={kind}
            onChange={(v) => v && setKind(v as OperationKind)}
            allowDeselect={false}
            data-testid="new-kind"
          />
          <DateTimeField
            label={t('new.hHour')}
            description={t('new.hHourHint')}
            value={hHour}
            onChange={setHHour}
            onStatusChange={setHHourStatus}
            showInvalid={submitted}
            error={message(errors.hHour)}
            inputRef={hHourRef}
            testId="new-h-hour"
            w="auto"
          />
        </SimpleGrid>
        <Switch
          label={t('new.exercise')}
          description={t('new.exerciseHint')}
          checked={exercise}
          onChange={(e) => setExercise(e.currentTarget.checked)}
          data-testid="new-exercise"
        />
        {errors.form && (
          <Text c="red" size="sm" role="alert">
            {errors.form}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button type="submit" loading={busy} data-testid="new-save">
            {t('new.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
