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
import { DateInput } from '@mantine/dates';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { OPERATION_KIND_LABELS } from '@shared/catalog';
import { OPERATION_KINDS, type Operation, type OperationKind } from '@shared/domain';
import { useRepos } from '../../../data/session';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';
import { formatDate } from '../../../ui/format';
import { notifySuccess } from '../../../ui/notify';
import { useReportUnsaved } from '../../../ui/unsaved-guard';
import { useLabel, useLang } from '../../../ui/useLabel';
import { parseGermanDateTime } from './german-dates';
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
  const [hHourLocal, setHHourLocal] = useState('');
  const hHourRef = useRef<HTMLInputElement>(null);
  const [exercise, setExercise] = useState(false);
  const [errors, setErrors] = useState<NewOperationErrors & { form?: string }>({});
  const [busy, setBusy] = useState(false);
  // Escape or a click beside the dialog asks before dropping what was typed.
  useReportUnsaved([codeName, title, hHourLocal].some((v) => v.trim() !== ''));

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
    // The typed text decides: a date the field could not read must not silently become "open".
    const typed = hHourRef.current?.value.trim() ?? hHourLocal;
    const wall = typed === '' ? '' : (parseGermanDateTime(typed) ?? 'invalid');
    const checked = checkNewOperation(
      { mode, sourceId, codeName, title, kind, hHourLocal: wall },
      now,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
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
            description={t('new.codeNameHint')}
            value={codeName}
            onChange={(e) => setCodeName(e.currentTarget.value)}
            error={message(errors.codeName)}
            required
            maxLength={200}
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
          <DateInput
            withTime
            valueFormat="DD.MM.YYYY HH:mm"
            dateParser={parseGermanDateTime}
            placeholder={t('new.hHourPlaceholder')}
            label={t('new.hHour')}
            description={t('new.hHourHint')}
            value={hHourLocal || null}
            onChange={(v) => setHHourLocal(v ?? '')}
            error={message(errors.hHour)}
            ref={hHourRef}
            fixOnBlur={false}
            clearable
            clearButtonProps={{ 'aria-label': t('new.clearHHour') }}
            data-testid="new-h-hour"
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
