// Allgemein: code name, title, kind, classification, exercise, lead, municipality, times, tags,
// and the Checkliste und Hinweise of each chosen thematic field.
import {
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CLASSIFICATION_LABELS,
  label as catalogLabel,
  MUNICIPALITIES,
  OPERATION_KIND_LABELS,
  THEMATIC_FIELDS,
} from '@shared/catalog';
import {
  CLASSIFICATIONS,
  isPlanEditable,
  LIMITS,
  OPERATION_KINDS,
  validateOperationHeader,
} from '@shared/domain';
import { useLang } from '../../../ui/useLabel';
import { useWorkspace } from '../core/context';
import { LineField } from '../core/fields';
import { setAt } from '../core/operation-paths';
import { DateTimeField } from '../../../ui/DateTimeField';
import { FieldGuides } from './FieldGuides';

const PHONE = (v: string) => v.replace(/[^+0-9 ()/.-]/g, '');

export function GeneralView() {
  const { t } = useTranslation('workspace');
  const lang = useLang();
  const { draft, agencies } = useWorkspace();
  const op = draft.operation;
  const [codeName, setCodeName] = useState<string | null>(null);
  if (!op) return null;
  const ro = draft.readOnly;
  const errors = validateOperationHeader(op, new Date().toISOString(), isPlanEditable(op.status));
  const msg = (k?: string) =>
    k ? t(`general.errors.${k}` as 'general.errors.invalid') : undefined;
  const shownCode = codeName ?? op.codeName;
  const codeLength = shownCode.trim().length;
  // A code name stored before the 40-character limit still shows, with the request to shorten.
  const codeError =
    codeLength === 0
      ? msg('code_name_missing')
      : codeLength > LIMITS.codeName
        ? t('general.codeNameTooLong', { count: codeLength, max: LIMITS.codeName })
        : undefined;

  const agencyOptions = [...agencies.values()]
    .filter((a) => !a.retired && a.mergedInto === null)
    .map((a) => ({ value: a.id, label: a.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'de'));

  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('general.codeName')}
            required
            value={shownCode}
            description={t('general.length', { count: codeLength, max: LIMITS.codeName })}
            readOnly={ro}
            error={codeError}
            onChange={(e) => {
              const v = e.currentTarget.value;
              setCodeName(v);
              // An empty or too long code name is never saved: the field keeps it and says why.
              const n = v.trim().length;
              if (n > 0 && n <= LIMITS.codeName) draft.edit('codeName', setAt('codeName', v));
            }}
            onBlur={() => {
              if (!codeError) setCodeName(null);
              void draft.flush();
            }}
            data-testid="field-codeName"
          />
          <LineField
            path="title"
            maxLength={LIMITS.shortText}
            description={t('general.length', { count: op.title.length, max: LIMITS.shortText })}
            error={
              op.title.length > LIMITS.shortText
                ? t('general.tooLong', { count: op.title.length, max: LIMITS.shortText })
                : undefined
            }
            data-testid="field-title"
          />
          <Select
            label={t('general.kind')}
            data={OPERATION_KINDS.map((k) => ({
              value: k,
              label: catalogLabel(OPERATION_KIND_LABELS[k], lang),
            }))}
            value={op.kind}
            onChange={(v) => v && draft.edit('kind', setAt('kind', v as typeof op.kind))}
            allowDeselect={false}
            readOnly={ro}
          />
          <Select
            label={t('general.classification')}
            description={t('general.classificationHint')}
            data={CLASSIFICATIONS.map((c) => ({
              value: c,
              label: catalogLabel(CLASSIFICATION_LABELS[c], lang),
            }))}
            value={op.classification}
            onChange={(v) =>
              v &&
              draft.edit('classification', setAt('classification', v as typeof op.classification))
            }
            allowDeselect={false}
            readOnly={ro}
          />
        </SimpleGrid>
        <Checkbox
          mt="md"
          label={t('general.exercise')}
          checked={op.exercise}
          disabled={ro}
          onChange={(e) => draft.edit('exercise', setAt('exercise', e.currentTarget.checked))}
          data-testid="field-exercise"
        />
      </Paper>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select
            label={t('general.leadAgency')}
            data={agencyOptions}
            value={op.leadAgencyId}
            onChange={(v) => draft.edit('leadAgencyId', setAt('leadAgencyId', v))}
            searchable
            clearable
            readOnly={ro}
            data-testid="field-leadAgency"
          />
          <Select
            label={t('general.municipality')}
            data={MUNICIPALITIES.map((m) => ({ value: m.code, label: catalogLabel(m.name, lang) }))}
            value={op.municipalityId}
            onChange={(v) => draft.edit('municipalityId', setAt('municipalityId', v))}
            searchable
            clearable
            readOnly={ro}
            data-testid="field-municipality"
          />
          <LineField path="operationLead.name" data-testid="field-operationLead" />
          <Group grow>
            <LineField path="operationLead.function" />
            <LineField path="operationLead.phone" maxLength={40} clean={PHONE} />
          </Group>
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Text size="xs" c="dimmed" mb="xs">
          {t('general.timesHint')}
        </Text>
        <Group align="flex-start">
          <DateTimeField
            label={t('general.hHour')}
            value={op.hHour}
            readOnly={ro}
            error={msg(errors.hHour)}
            onChange={(v) => draft.edit('hHour', setAt('hHour', v))}
            testId="field-hHour"
          />
          <DateTimeField
            label={t('general.windowStart')}
            value={op.timeWindow?.start ?? null}
            readOnly={ro}
            error={msg(errors.timeWindow)}
            onChange={(v) =>
              draft.edit('timeWindow.start', (o) => ({
                ...o,
                timeWindow: v ? { start: v, end: o.timeWindow?.end ?? v } : null,
              }))
            }
            testId="field-windowStart"
          />
          <DateTimeField
            label={t('general.windowEnd')}
            value={op.timeWindow?.end ?? null}
            readOnly={ro}
            onChange={(v) =>
              draft.edit('timeWindow.end', (o) => ({
                ...o,
                timeWindow: v ? { start: o.timeWindow?.start ?? v, end: v } : null,
              }))
            }
            testId="field-windowEnd"
          />
          <DateTimeField
            label={t('general.responseDeadline')}
            value={op.responseDeadline}
            readOnly={ro}
            error={msg(errors.responseDeadline)}
            onChange={(v) => draft.edit('responseDeadline', setAt('responseDeadline', v))}
            testId="field-responseDeadline"
          />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <LineField path="fileReference" />
          <MultiSelect
            label={t('general.thematicFields')}
            data={THEMATIC_FIELDS.map((f) => ({
              value: f.code,
              label: catalogLabel(f.label, lang),
            }))}
            value={op.thematicFields}
            onChange={(v) => draft.edit('thematicFields', setAt('thematicFields', v))}
            readOnly={ro}
            searchable
          />
        </SimpleGrid>
      </Paper>
      <FieldGuides />
    </Stack>
  );
}
