// Einstellungen › Karte › Adressverzeichnis: import a house-coordinates CSV (a district or a
// whole state) under a source name, with the column mapping guessed from the header and
// confirmed by the user, progress while the worker reads, and the rejected lines listed with
// their numbers. Sources can be replaced, appended to, or removed.
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Progress,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseCsv } from '@shared/csv/parse';
import {
  completeMapping,
  guessMapping,
  headerProblem,
  MAX_GAZETTEER_COLUMNS,
  MAPPING_ROLES,
  REQUIRED_ROLES,
  type GazetteerImportSummary,
  type GazetteerMapping,
  type MappingRole,
} from '@shared/gazetteer';
import {
  deleteSource,
  gazetteerDb,
  importGazetteerFile,
  listSources,
  sniffFile,
  type ImportProgress,
} from '../../map/geocode';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';

interface Chosen {
  file: File;
  header: string[];
  sample: string[];
}

export function MapGazetteerPanel() {
  const { t, i18n } = useTranslation('settings');
  const sources = useLiveQuery(() => listSources(gazetteerDb()), []);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [mapping, setMapping] = useState<Partial<GazetteerMapping>>({});
  const [source, setSource] = useState('');
  const [mode, setMode] = useState<'replace' | 'append'>('replace');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<GazetteerImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const number = (n: number) => n.toLocaleString(i18n.language);

  const choose = async (file: File | null) => {
    if (!file) return;
    setResult(null);
    setError(null);
    try {
      const { head, separator } = await sniffFile(file);
      const rows = parseCsv(head.split(/\r?\n/).slice(0, 3).join('\n'), {
        separator: separator === ',' || separator === '\t' ? separator : ';',
      }).records;
      const header = rows[0]?.cells ?? [];
      if (header.length < 3) {
        setError(t('map.gazetteer.noHeader'));
        return;
      }
      // Refused before the mapping step: a table of selects for junk columns asks the user to
      // make sense of a file that is not house coordinates.
      const problem = headerProblem(header);
      if (problem !== null) {
        setError(t(`map.gazetteer.${problem}`, { max: MAX_GAZETTEER_COLUMNS }));
        return;
      }
      setChosen({ file, header, sample: rows[1]?.cells ?? [] });
      setMapping(guessMapping(header).mapping);
      setSource(file.name.replace(/\.(csv|txt)$/i, '').slice(0, 80));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const complete = completeMapping(mapping);
  const start = async () => {
    if (!chosen || !complete || source.trim() === '') return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ rows: 0, imported: 0, fraction: 0 });
    setError(null);
    try {
      const summary = await importGazetteerFile(
        {
          file: chosen.file,
          fileName: chosen.file.name,
          mapping: complete,
          source: source.trim(),
          mode,
        },
        setProgress,
        controller.signal,
      );
      setResult(summary);
      setChosen(null);
      notifySuccess(t('map.gazetteer.done', { count: summary.imported }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const columnOptions = (chosen?.header ?? []).map((h, i) => ({
    value: String(i),
    label: `${i + 1}: ${h}${chosen?.sample[i] ? ` (${chosen.sample[i]})` : ''}`,
  }));
  const roleLabel = (role: MappingRole) =>
    role === 'first' || role === 'second'
      ? t(
          `map.gazetteer.roles.${mapping.coordinates === 'latlng' ? 'lat' : 'east'}${role === 'second' ? '2' : ''}`,
        )
      : t(`map.gazetteer.roles.${role}`);

  return (
    <Paper withBorder p="md" data-testid="settings-gazetteer">
      <Title order={2} size="h4" mb="sm">
        {t('map.gazetteer.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('map.gazetteer.hint')}
        </Text>
        {sources && sources.length > 0 ? (
          <Table data-testid="gazetteer-sources">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('map.gazetteer.source')}</Table.Th>
                <Table.Th>{t('map.gazetteer.count')}</Table.Th>
                <Table.Th>{t('map.gazetteer.file')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('map.gazetteer.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sources.map((s) => (
                <Table.Tr key={s.name}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{number(s.count)}</Table.Td>
                  <Table.Td>{s.fileName}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => void deleteSource(gazetteerDb(), s.name)}
                      aria-label={t('map.gazetteer.removeSource', { name: s.name })}
                    >
                      {t('map.gazetteer.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Text size="sm">{t('map.gazetteer.empty')}</Text>
        )}
        <Group>
          <FileButton onChange={(f) => void choose(f)} accept=".csv,.txt,text/csv">
            {(props) => (
              <Button
                {...props}
                variant="default"
                disabled={progress !== null}
                data-testid="gazetteer-choose"
              >
                {t('map.gazetteer.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
        {error && (
          <Alert color="red" variant="light" role="alert" data-testid="gazetteer-error">
            {error}
          </Alert>
        )}
        {chosen && (
          <Stack gap="xs" data-testid="gazetteer-mapping">
            <Text size="sm" fw={600}>
              {t('map.gazetteer.mapping', { name: chosen.file.name })}
            </Text>
            <SegmentedControl
              aria-label={t('map.gazetteer.coordinates')}
              value={mapping.coordinates ?? 'utm32'}
              onChange={(v) =>
                setMapping((m) => ({ ...m, coordinates: v === 'latlng' ? 'latlng' : 'utm32' }))
              }
              data={[
                { value: 'utm32', label: t('map.gazetteer.utm32') },
                { value: 'latlng', label: t('map.gazetteer.latlng') },
              ]}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {MAPPING_ROLES.map((role) => (
                <Select
                  key={role}
                  label={roleLabel(role)}
                  required={REQUIRED_ROLES.includes(role)}
                  clearable={!REQUIRED_ROLES.includes(role)}
                  data={columnOptions}
                  value={
                    mapping[role] === undefined || mapping[role] === null
                      ? null
                      : String(mapping[role])
                  }
                  onChange={(v) =>
                    setMapping((m) => ({
                      ...m,
                      [role]:
                        v === null ? (REQUIRED_ROLES.includes(role) ? undefined : null) : Number(v),
                    }))
                  }
                  data-testid={`gazetteer-role-${role}`}
                />
              ))}
            </SimpleGrid>
            <TextInput
              label={t('map.gazetteer.sourceName')}
              description={t('map.gazetteer.sourceHint')}
              value={source}
              onChange={(e) => setSource(e.currentTarget.value)}
              maxLength={80}
              required
              data-testid="gazetteer-source"
            />
            <SegmentedControl
              aria-label={t('map.gazetteer.mode')}
              value={mode}
              onChange={(v) => setMode(v === 'append' ? 'append' : 'replace')}
              data={[
                { value: 'replace', label: t('map.gazetteer.replace') },
                { value: 'append', label: t('map.gazetteer.append') },
              ]}
            />
            {!complete && (
              <Text size="sm" c="red">
                {t('map.gazetteer.incomplete')}
              </Text>
            )}
            <Group>
              <Button
                onClick={() => void start()}
                disabled={!complete || source.trim() === '' || progress !== null}
                loading={progress !== null}
                data-testid="gazetteer-import"
              >
                {t('map.gazetteer.import')}
              </Button>
              <Button
                variant="default"
                onClick={() => setChosen(null)}
                disabled={progress !== null}
              >
                {t('map.gazetteer.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {progress && (
          <Stack gap={4} data-testid="gazetteer-progress">
            <Progress
              value={progress.fraction * 100}
              aria-label={t('map.gazetteer.progressLabel')}
            />
            <Group justify="space-between">
              <Text size="sm">
                {t('map.gazetteer.progress', {
                  rows: number(progress.rows),
                  imported: number(progress.imported),
                })}
              </Text>
              <Button size="compact-sm" variant="default" onClick={() => abort.current?.abort()}>
                {t('map.gazetteer.stop')}
              </Button>
            </Group>
          </Stack>
        )}
        {result && <ImportResult summary={result} />}
      </Stack>
    </Paper>
  );
}

function ImportResult({ summary }: { summary: GazetteerImportSummary }) {
  const { t, i18n } = useTranslation('settings');
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Alert
      color={summary.fatal ? 'red' : summary.rejected > 0 ? 'yellow' : 'green'}
      variant="light"
      data-testid="gazetteer-result"
    >
      <Text size="sm">
        {t('map.gazetteer.summary', {
          rows: number(summary.rows),
          imported: number(summary.imported),
          rejected: number(summary.rejected),
        })}
      </Text>
      {summary.issues.length > 0 && (
        <List size="xs" mt="xs" data-testid="gazetteer-issues">
          {summary.issues.map((issue) => (
            <List.Item key={`${issue.row}-${issue.code}`}>
              {t('map.gazetteer.issue', {
                row: issue.row,
                message: t(`map.gazetteer.issues.${issue.code}`),
              })}
            </List.Item>
          ))}
          {summary.rejected > summary.issues.length && (
            <List.Item>
              {t('map.gazetteer.moreIssues', { count: summary.rejected - summary.issues.length })}
            </List.Item>
          )}
        </List>
      )}
    </Alert>
  );
}
