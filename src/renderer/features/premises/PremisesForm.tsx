// Create or edit one premises. Required fields are checked here with German messages; the
// repository validates again before anything is written.
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { label, MUNICIPALITIES, PREMISES_KINDS } from '@shared/catalog';
import { newPremises, type Premises } from '@shared/domain';
import type { GeocodeHit } from '@shared/gazetteer';
import type { LatLng } from '@shared/geo';
import { diffRecords } from '@shared/util/diff';
import { useRepos } from '../../data/session';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { CoordinateFields } from '../../ui/CoordinateFields';
import { useReportUnsaved } from '../../ui/unsaved-guard';
import { useLang } from '../../ui/useLabel';
import { AddressSearch } from './AddressSearch';
import { LocationPicker } from './LocationPicker';

interface Props {
  premises: Premises | null;
  onSaved(p: Premises): void;
}

export function PremisesForm({ premises, onSaved }: Props) {
  const { t } = useTranslation('premises');
  const lang = useLang();
  const repos = useRepos();
  const [draft, setDraft] = useState<Premises>(
    () => premises ?? newPremises({ name: '', kind: '' }, new Date().toISOString()),
  );
  const [initial] = useState(draft);
  // False while a coordinate field holds text that is not a coordinate: saving waits for it.
  const [coordsValid, setCoordsValid] = useState(true);
  // The typed fields keep their own text; a point set elsewhere (map, any-form field, address
  // search) remounts them so they show it.
  const [coordsShown, setCoordsShown] = useState(0);
  const placeAt = (point: LatLng) => {
    setDraft((d) => ({ ...d, location: point }));
    setCoordsValid(true);
    setCoordsShown((n) => n + 1);
  };
  // A picked address fills the address fields and the location; the district only if empty
  // (the gazetteer's district name may differ from the one the user keeps).
  const takeAddress = (hit: GeocodeHit) => {
    setDraft((d) => ({
      ...d,
      address: {
        ...d.address,
        street: hit.address.street || d.address.street,
        houseNumber: hit.address.houseNumber || d.address.houseNumber,
        postalCode: hit.address.postalCode.replace(/\D/g, '').slice(0, 5) || d.address.postalCode,
        city: hit.address.city || d.address.city,
        district: d.address.district || hit.address.district,
      },
    }));
    placeAt({ lat: hit.lat, lng: hit.lng });
  };
  // Attachments are stored on their own (AttachmentsPanel); only the form's fields count here.
  useReportUnsaved(
    !coordsValid ||
      diffRecords({ ...(premises ?? initial), attachments: [] }, { ...draft, attachments: [] })
        .length > 0,
  );
  const [errors, setErrors] = useState<{ name?: string; kind?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Premises>(key: K, value: Premises[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setAddress = (key: keyof Premises['address'], value: string) =>
    setDraft((d) => ({ ...d, address: { ...d.address, [key]: value } }));
  const setOperator = (key: keyof Premises['operator'], value: string) =>
    setDraft((d) => ({ ...d, operator: { ...d.operator, [key]: value } }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (draft.name.trim() === '') next.name = t('form.nameRequired');
    if (draft.kind === '') next.kind = t('form.kindRequired');
    if (!coordsValid) next.form = t('form.coordinatesInvalid');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      const saved = premises
        ? await repos.premises.update(premises.id, () => ({ ...draft, name: draft.name.trim() }))
        : await repos.premises.create({ ...draft, name: draft.name.trim() });
      notifySuccess(t('form.saved'));
      onSaved(saved);
    } catch (err) {
      setErrors({ form: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="premises-form">
      <Stack>
        <TextInput
          label={t('form.name')}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errors.name}
          required
          maxLength={200}
          data-autofocus
          data-testid="premises-name"
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('form.kind')}
            data={PREMISES_KINDS.map((k) => ({ value: k.code, label: label(k.label, lang) }))}
            value={draft.kind || null}
            onChange={(v) => set('kind', v ?? '')}
            error={errors.kind}
            searchable
            required
            data-testid="premises-kind"
          />
          <Select
            label={t('form.municipality')}
            data={MUNICIPALITIES.map((m) => ({ value: m.code, label: label(m.name, lang) }))}
            value={draft.municipalityId}
            onChange={(v) => set('municipalityId', v)}
            searchable
            clearable
          />
        </SimpleGrid>
        <AddressSearch onPick={takeAddress} />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={t('form.street')}
            value={draft.address.street}
            onChange={(e) => setAddress('street', e.currentTarget.value)}
            maxLength={200}
          />
          <TextInput
            label={t('form.houseNumber')}
            value={draft.address.houseNumber}
            onChange={(e) => setAddress('houseNumber', e.currentTarget.value)}
            maxLength={20}
          />
          <TextInput
            label={t('form.postalCode')}
            value={draft.address.postalCode}
            onChange={(e) => setAddress('postalCode', e.currentTarget.value.replace(/\D/g, ''))}
            maxLength={5}
            inputMode="numeric"
          />
          <TextInput
            label={t('form.city')}
            value={draft.address.city}
            onChange={(e) => setAddress('city', e.currentTarget.value)}
            maxLength={200}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.district')}
          value={draft.address.district}
          onChange={(e) => setAddress('district', e.currentTarget.value)}
          maxLength={200}
        />
        <CoordinateFields
          key={coordsShown}
          value={draft.location}
          labels={{ lat: t('form.lat'), lng: t('form.lng') }}
          onChange={({ value, valid }) => {
            setCoordsValid(valid);
            if (valid) set('location', value);
          }}
          testId="premises-location"
        />
        <LocationPicker value={draft.location} onPick={placeAt} />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('form.operatorName')}
            value={draft.operator.name}
            onChange={(e) => setOperator('name', e.currentTarget.value)}
            maxLength={200}
          />
          <TextInput
            label={t('form.operatorLegalForm')}
            value={draft.operator.legalForm}
            onChange={(e) => setOperator('legalForm', e.currentTarget.value)}
            maxLength={200}
          />
        </SimpleGrid>
        <Textarea
          label={t('form.accessNotes')}
          value={draft.accessNotes}
          onChange={(e) => set('accessNotes', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Textarea
          label={t('form.riskNotes')}
          value={draft.riskNotes}
          onChange={(e) => set('riskNotes', e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
        />
        {errors.form && <div role="alert">{errors.form}</div>}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="premises-save">
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
