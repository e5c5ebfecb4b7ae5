// Create or edit an agency's own fields. Required fields and phone/e-mail are checked here with
// German messages at the field; the repository validates again before anything is written.
import {
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENCY_KIND_LABELS,
  JURISDICTION_LEVEL_LABELS,
  label,
  PARTNER_STATUS_LABELS,
} from '@shared/catalog';
import {
  AGENCY_KINDS,
  JURISDICTION_LEVELS,
  newAgency,
  PARTNER_STATUSES,
  type Agency,
} from '@shared/domain';
import { diffRecords } from '@shared/util/diff';
import { useRepos } from '../../data/session';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { useReportUnsaved } from '../../ui/unsaved-guard';
import { useLang } from '../../ui/useLabel';
import { badEmail, badPhone, compact, READABLE_ERRORS } from './validation';

interface Props {
  agency: Agency | null;
  onSaved(a: Agency): void;
}

type Field = 'name' | 'kind' | 'phone' | 'email' | 'form';

export function AgencyForm({ agency, onSaved }: Props) {
  const { t } = useTranslation('agencies');
  const lang = useLang();
  const repos = useRepos();
  const [draft, setDraft] = useState<Agency>(
    () =>
      agency ??
      newAgency({ name: '', kind: 'other', partnerStatus: 'other' }, new Date().toISOString()),
  );
  const [kindChosen, setKindChosen] = useState(agency !== null);
  const [initial] = useState(draft);
  // Contacts, retirement and merges are saved on their own; only the form's fields count here.
  const formFields = (a: Agency) => ({ ...a, contacts: [], retired: false, mergedInto: null });
  useReportUnsaved(
    kindChosen !== (agency !== null) ||
      diffRecords(formFields(agency ?? initial), formFields(draft)).length > 0,
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Agency>(key: K, value: Agency[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const messages = compact<Field>({
      name: draft.name.trim() === '' ? t('form.nameRequired') : undefined,
      kind: kindChosen ? undefined : t('form.kindRequired'),
      phone: badPhone(draft.phone) ? t('validation.phone') : undefined,
      email: badEmail(draft.email) ? t('validation.email') : undefined,
      form: undefined,
    });
    setErrors(messages);
    if (Object.keys(messages).length > 0) return;
    const next = { ...draft, name: draft.name.trim(), email: draft.email.trim() };
    setBusy(true);
    try {
      const saved = agency
        ? await repos.agencies.update(agency.id, (current) => ({
            ...current,
            ...next,
            contacts: current.contacts,
            retired: current.retired,
            mergedInto: current.mergedInto,
          }))
        : await repos.agencies.create(next);
      notifySuccess(t('form.saved'));
      onSaved(saved);
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const options = <T extends string>(
    codes: readonly T[],
    labels: Record<T, { de: string; en: string }>,
  ) => codes.map((c) => ({ value: c, label: label(labels[c], lang) }));

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      style={READABLE_ERRORS}
      data-testid="agency-form"
    >
      <Stack>
        {draft.catalogKey && (
          <Text size="sm" c="dimmed">
            {t('form.catalogHint')}
          </Text>
        )}
        <TextInput
          label={t('form.name')}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={200}
          data-autofocus
          data-testid="agency-name"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('form.shortName')}
            value={draft.shortName}
            onChange={(e) => set('shortName', e.currentTarget.value)}
            maxLength={200}
            data-testid="agency-short-name"
          />
          <Select
            label={t('form.kind')}
            data={options(AGENCY_KINDS, AGENCY_KIND_LABELS)}
            value={kindChosen ? draft.kind : null}
            onChange={(v) => {
              if (!v) return;
              setKindChosen(true);
              set('kind', v as Agency['kind']);
            }}
            error={errors.kind}
            searchable
            required
            data-testid="agency-kind"
          />
          <Select
            label={t('form.partnerStatus')}
            data={options(PARTNER_STATUSES, PARTNER_STATUS_LABELS)}
            value={draft.partnerStatus}
            onChange={(v) => v && set('partnerStatus', v as Agency['partnerStatus'])}
            allowDeselect={false}
          />
          <Select
            label={t('form.level')}
            data={options(JURISDICTION_LEVELS, JURISDICTION_LEVEL_LABELS)}
            value={draft.jurisdiction.level}
            onChange={(v) =>
              v &&
              set('jurisdiction', {
                ...draft.jurisdiction,
                level: v as Agency['jurisdiction']['level'],
              })
            }
            allowDeselect={false}
          />
          <TextInput
            label={t('form.area')}
            placeholder={t('form.areaHint')}
            value={draft.jurisdiction.area}
            onChange={(e) =>
              set('jurisdiction', { ...draft.jurisdiction, area: e.currentTarget.value })
            }
            maxLength={200}
          />
          <TextInput
            label={t('form.phone')}
            value={draft.phone}
            onChange={(e) => set('phone', e.currentTarget.value)}
            error={errors.phone}
            maxLength={40}
            inputMode="tel"
            data-testid="agency-phone"
          />
          <TextInput
            label={t('form.email')}
            value={draft.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={errors.email}
            maxLength={200}
            inputMode="email"
            data-testid="agency-email"
          />
          {/* Kalender flags a day on which this agency is asked for more people (issue 14). */}
          <NumberInput
            label={t('form.dailyCapacity')}
            description={t('form.dailyCapacityHint')}
            value={draft.dailyCapacity ?? ''}
            onChange={(v) => set('dailyCapacity', typeof v === 'number' ? v : undefined)}
            min={0}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            data-testid="agency-daily-capacity"
          />
        </SimpleGrid>
        <Textarea
          label={t('form.address')}
          value={draft.address}
          onChange={(e) => set('address', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={t('form.notes')}
          value={draft.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        {errors.form && <div role="alert">{errors.form}</div>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="agency-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
