// Einsatzbericht: saves the after-action report (docx) through the document pipeline, with the
// copy line "Ausfertigung n von N" like the briefing. Pending result edits are stored first, so
// the report and the record say the same.
import { Button, Group, NumberInput, Paper, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileSlug } from '@shared/documents';
import { afterActionReportModel, type OperationResults } from '@shared/results';
import { useDataSession } from '../../../data/session';
import { notifySuccess } from '../../../ui/notify';
import { useSaveDocument } from '../../documents';
import { useWorkspace } from '../core/context';
import type { ResultsDraft } from './useResultsDraft';

const whole = (v: string | number, min: number) =>
  typeof v === 'number' && Number.isInteger(v) ? Math.max(min, Math.min(99, v)) : min;

export function ReportExport({
  results,
  draft,
}: {
  results: OperationResults;
  draft: ResultsDraft;
}) {
  const { t } = useTranslation('results');
  const session = useDataSession();
  const { plan, agencies, premises } = useWorkspace();
  const doc = useSaveDocument(t('report.error'));
  const [copy, setCopy] = useState({ number: 1, total: 1 });

  const save = async () => {
    await draft.flush();
    const settings = await session.repos.settings.get();
    const r = await doc.save(
      () =>
        afterActionReportModel(
          {
            plan,
            agencies: [...agencies.values()],
            premises: [...premises.values()],
            issuingOffice: settings.issuingOffice,
            now: new Date().toISOString(),
          },
          results,
          copy,
        ),
      `einsatzbericht-${fileSlug(plan.operation.codeName)}.docx`,
    );
    if (r.saved) notifySuccess(t('report.saved', { name: r.fileName }));
  };

  return (
    <Paper withBorder p="md" data-testid="results-report">
      <Title order={3} size="h4" mb="xs">
        {t('report.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" maw={760}>
        {t('report.intro')}
      </Text>
      <Group align="flex-end">
        <NumberInput
          label={t('report.copyNumber')}
          value={copy.number}
          min={1}
          max={copy.total}
          allowDecimal={false}
          w={140}
          onChange={(v) => setCopy((c) => ({ ...c, number: Math.min(whole(v, 1), c.total) }))}
        />
        <NumberInput
          label={t('report.copyTotal')}
          value={copy.total}
          min={1}
          max={99}
          allowDecimal={false}
          w={140}
          onChange={(v) =>
            setCopy((c) => {
              const total = whole(v, 1);
              return { total, number: Math.min(c.number, total) };
            })
          }
        />
        <Button
          leftSection={<IconFileText size={16} />}
          loading={doc.busy}
          onClick={() => void save()}
          data-testid="results-report-save"
        >
          {t('report.save')}
        </Button>
      </Group>
    </Paper>
  );
}
