// CSV import of agencies and contacts: pick a file, see line-numbered errors and a preview, then
// import only the valid rows — nothing is written before the user confirms.
import {
  Alert,
  Button,
  Code,
  Group,
  List,
  Progress,
  ScrollArea,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENCY_KIND_LABELS } from '@shared/catalog';
import { AGENCY_COLUMNS, agencyKey, CSV_LIMITS, type AgencyCsvResult } from '@shared/csv';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { AppModal } from '../../ui/AppModal';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useLabel } from '../../ui/useLabel';
import { readAgencyCsv, type CsvReadProgress } from './agency-csv-client';
import { useIssueText } from './issue-text';

const PREVIEW_ROWS = 50;
const ISSUES_SHOWN = 200;

interface Checked {
  fileName: string;
  result: AgencyCsvResult;
  existing: Set<string>;
}

export function ImportModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('agencies');
  return (
    <AppModal opened={opened} onClose={onClose} title={t('import.title')} size="xl">
      {opened && <ImportBody onDone={onClose} />}
    </AppModal>
  );
}

function ImportBody({ onDone }: { onDone(): void }) {
  const { t, i18n } = useTranslation('agencies');
  const label = useLabel();
  const issueText = useIssueText();
  const host = useHost();
  const repos = useRepos();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CsvReadProgress | null>(null);
  // Closing the dialog mid-read stops the worker instead of letting it finish for nobody.
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  const choose = async () => {
    const r = await host.openFile({
      filters: [{ name: 'CSV', extensions: ['csv', 'txt'] }],
      maxBytes: CSV_LIMITS.maxBytes,
    });
    if (!r.ok) return notifyError(t('import.fileFailed'), r.error);
    if (!r.value) return;
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setChecked(null);
    setBusy(true);
    setProgress({ rows: 0, total: null });
    try {
      const [result, all] = await Promise.all([
        readAgencyCsv(r.value.data, setProgress, controller.signal),
        repos.agencies.list({ includeRetired: true }),
      ]);
      setChecked({
        fileName: r.value.name,
        result,
        existing: new Set(all.map((a) => agencyKey(a.name))),
      });
    } catch (e) {
      if (!controller.signal.aborted) notifyError(t('import.fileFailed'), e);
    } finally {
      if (reading.current === controller) {
        reading.current = null;
        setBusy(false);
        setProgress(null);
      }
    }
  };

  const confirm = async () => {
    if (!checked) return;
    setBusy(true);
    try {
      const out = await repos.agencies.importAgencies(checked.result.agencies);
      notifySuccess(
        t('import.done', {
          created: out.created,
          extended: out.extended,
          contacts: out.contactsAdded,
        }),
      );
      onDone();
    } catch (e) {
      notifyError(t('import.failed'), e);
    } finally {
      setBusy(false);
    }
  };

  const r = checked?.result;
  const errors = r?.issues.filter((i) => i.severity === 'error') ?? [];
  const warnings = r?.issues.filter((i) => i.severity === 'warning') ?? [];
  return (
    <Stack>
      <Text size="sm">{t('import.intro')}</Text>
      <Text size="xs" c="dimmed">
        {t('import.columns')}: <Code>{AGENCY_COLUMNS.map((c) => c.header).join(';')}</Code>
      </Text>
      <Group>
        <Button
          leftSection={<IconFileImport size={16} />}
          onClick={() => void choose()}
          loading={busy && !checked}
          data-testid="import-choose"
        >
          {t('import.choose')}
        </Button>
        {checked && <Text size="sm">{t('import.file', { name: checked.fileName })}</Text>}
      </Group>
      {progress && <ReadProgress progress={progress} language={i18n.language} />}
      {r && !r.ok && (
        <Alert color="red" title={t('import.fileFailed')} data-testid="import-file-error">
          {r.issues.map((i, k) => (
            <Text key={k} size="sm">
              {issueText(i)}
            </Text>
          ))}
        </Alert>
      )}
      {r?.ok && (
        <>
          <Text fw={500} data-testid="import-summary">
            {t('import.summary', {
              valid: r.validRows,
              rows: r.dataRows,
              agencies: r.agencies.length,
            })}
          </Text>
          {errors.length > 0 && (
            <Alert color="red" title={t('import.errors', { count: errors.length })}>
              <Text size="sm" mb="xs">
                {t('import.errorsHint')}
              </Text>
              <ScrollArea.Autosize mah={180}>
                <List size="sm" data-testid="import-errors">
                  {errors.slice(0, ISSUES_SHOWN).map((i, k) => (
                    <List.Item key={k}>{issueText(i)}</List.Item>
                  ))}
                </List>
              </ScrollArea.Autosize>
              {errors.length > ISSUES_SHOWN && (
                <Text size="sm">{t('import.more', { count: errors.length - ISSUES_SHOWN })}</Text>
              )}
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert color="yellow" title={t('import.warnings', { count: warnings.length })}>
              <List size="sm">
                {warnings.slice(0, ISSUES_SHOWN).map((i, k) => (
                  <List.Item key={k}>{issueText(i)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {r.agencies.length > 0 && (
            <>
              <Text fw={500}>{t('import.preview')}</Text>
              <ScrollArea.Autosize mah={240}>
                <Table striped data-testid="import-preview">
                  <Table.Tbody>
                    {r.agencies.slice(0, PREVIEW_ROWS).map((a) => (
                      <Table.Tr key={a.key}>
                        <Table.Td>{a.name}</Table.Td>
                        <Table.Td>{label(AGENCY_KIND_LABELS[a.kind])}</Table.Td>
                        <Table.Td>
                          {t('import.contactsCount', { count: a.contacts.length })}
                        </Table.Td>
                        <Table.Td>
                          {checked?.existing.has(a.key) ? t('import.exists') : t('import.isNew')}
                        </Table.Td>
                        <Table.Td c="dimmed">
                          {t('import.rowsLabel', { count: a.rows.length, rows: a.rows.join(', ') })}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollArea.Autosize>
              {r.agencies.length > PREVIEW_ROWS && (
                <Text size="sm">
                  {t('import.more', { count: r.agencies.length - PREVIEW_ROWS })}
                </Text>
              )}
            </>
          )}
        </>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
        <Button
          disabled={!r?.ok || r.agencies.length === 0}
          loading={busy && checked !== null}
          onClick={() => void confirm()}
          data-testid="import-confirm"
        >
          {t('import.confirm', { count: r?.agencies.length ?? 0 })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Rows checked so far; until the file is split into rows the bar runs without a share. */
function ReadProgress({ progress, language }: { progress: CsvReadProgress; language: string }) {
  const { t } = useTranslation('agencies');
  const n = new Intl.NumberFormat(language);
  const { rows, total } = progress;
  const text =
    total === null
      ? t('import.reading')
      : t('import.progress', { rows: n.format(rows), total: n.format(total) });
  return (
    <Stack gap={4} data-testid="import-progress">
      <Progress
        value={total ? (rows / total) * 100 : 100}
        animated={total === null}
        striped={total === null}
        aria-label={text}
      />
      <Text size="sm" aria-live="polite" data-testid="import-progress-text">
        {text}
      </Text>
    </Stack>
  );
}
