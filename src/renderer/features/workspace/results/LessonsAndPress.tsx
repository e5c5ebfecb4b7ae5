// Lessons learned per part of the written order, and the press figures; free text is checked
// for names and dates of birth (PersonalDataHint). Read-only under sharing rights (draft.readOnly).
import { Checkbox, Group, NumberInput, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FRAMEWORK_PARTS } from '@shared/domain';
import type { OperationResults } from '@shared/results';
import { PersonalDataHint } from './PersonalDataHint';
import type { ResultsDraft } from './useResultsDraft';

export function LessonsAndPress({
  results,
  draft,
}: {
  results: OperationResults;
  draft: ResultsDraft;
}) {
  const { t } = useTranslation('results');
  const { t: tw } = useTranslation('workspace');
  const readOnly = draft.readOnly;
  return (
    <Stack gap="md">
      <Stack gap="xs" data-testid="results-lessons">
        <Title order={3} size="h4">
          {t('lessons.title')}
        </Title>
        {FRAMEWORK_PARTS.map((part) => {
          const text = results.lessons[part] ?? '';
          return (
            <div key={part}>
              <Textarea
                label={tw(`tabs.${part}`)}
                value={text}
                readOnly={readOnly}
                variant={readOnly ? 'filled' : 'default'}
                autosize
                minRows={2}
                maw={800}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  draft.edit(`lessons:${part}`, (r) => ({
                    ...r,
                    lessons: { ...r.lessons, [part]: value },
                  }));
                }}
              />
              <PersonalDataHint text={text} />
            </div>
          );
        })}
      </Stack>
      <Stack gap="xs" data-testid="results-press">
        <Title order={3} size="h4">
          {t('press.title')}
        </Title>
        <Group align="flex-end">
          <Checkbox
            label={t('press.releaseIssued')}
            checked={results.press.releaseIssued}
            disabled={readOnly}
            onChange={(e) => {
              const releaseIssued = e.currentTarget.checked;
              draft.edit('press:release', (r) => ({ ...r, press: { ...r.press, releaseIssued } }));
            }}
          />
          <NumberInput
            label={t('press.mediaRequests')}
            value={results.press.mediaRequests}
            readOnly={readOnly}
            variant={readOnly ? 'filled' : 'default'}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            w={200}
            onChange={(v) => {
              const n = typeof v === 'number' && Number.isInteger(v) ? v : 0;
              draft.edit('press:requests', (r) => ({
                ...r,
                press: { ...r.press, mediaRequests: n },
              }));
            }}
          />
        </Group>
        <Textarea
          label={t('press.statement')}
          value={results.press.statement}
          readOnly={readOnly}
          variant={readOnly ? 'filled' : 'default'}
          autosize
          minRows={2}
          maw={800}
          onChange={(e) => {
            const statement = e.currentTarget.value;
            draft.edit('press:statement', (r) => ({ ...r, press: { ...r.press, statement } }));
          }}
        />
        <PersonalDataHint text={results.press.statement} />
      </Stack>
    </Stack>
  );
}
