// Auswertung: the cooperation's numbers across operations — per month and municipality, per
// agency and category, premises inspected repeatedly, the share of operations per agency —
// from completed operations only, under filters kept in the URL; each chart with its table;
// exported as CSV and as the docx annex "Lagebild". Loaded on demand.
import { Alert, Anchor, Button, Center, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { municipality, thematicField } from '@shared/catalog';
import {
  COMPLETED_ONLY_NOTE,
  filterText,
  RESULT_METRICS,
  situationPictureModel,
  situationTables,
  type ResultsFilter,
  type SituationTable,
} from '@shared/results';
import { useDataSession } from '../../data/session';
import { notifySuccess } from '../../ui/notify';
import { PageHeader } from '../../ui/PageHeader';
import { useLabel, useLang } from '../../ui/useLabel';
import { useSaveDocument } from '../documents';
import {
  emptyReason,
  isFiltered,
  knownFilter,
  readResultsUrl,
  writeResultsUrl,
} from './results-url';
import { monthLabel } from './situation-format';
import { situationFileName, useSituationCsvExport } from './situation-export';
import { SituationFilters } from './SituationFilters';
import { SituationSection, type ChartData } from './SituationSection';
import { useNames, useSituation } from './useSituation';

export function ResultsPage() {
  const { t } = useTranslation('results');
  const lang = useLang();
  const label = useLabel();
  const session = useDataSession();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Parsed once per URL, so the aggregation memo keeps its filter while nothing changed.
  const asked = useMemo(() => readResultsUrl(new URLSearchParams(key)), [key]);
  const setFilter = useCallback(
    (next: ResultsFilter) => setParams(writeResultsUrl(next), { replace: true }),
    [setParams],
  );
  // The fields show a new filter at once; the numbers follow in a render React may interrupt
  // (a second change while counting starts the count again instead of queueing behind it).
  const counting = useDeferredValue(asked);
  // The filter counted under: unknown agencies, municipalities and fields dropped.
  const { prepared, aggregate, filter } = useSituation(counting);
  const shown = useMemo(() => (prepared ? knownFilter(asked, prepared) : asked), [asked, prepared]);
  // Nothing to export from zero operations (an empty CSV or Lagebild says nothing).
  const counted = (aggregate?.operations ?? 0) > 0;
  const names = useNames();
  const exportCsv = useSituationCsvExport();
  const doc = useSaveDocument(t('situation.lagebildFailed'));

  const situationNames = useMemo(
    () => ({
      agency: names.agency,
      premises: names.premises,
      municipality: (code: string) => label(municipality(code)?.name) || code,
    }),
    [names, label],
  );
  const tables = useMemo(
    () => (aggregate ? situationTables(aggregate, situationNames, lang) : null),
    [aggregate, situationNames, lang],
  );
  const charts = useMemo((): Partial<Record<SituationTable['key'], ChartData>> => {
    if (!aggregate || !tables) return {};
    const fromRows = (k: SituationTable['key']) =>
      (tables.find((x) => x.key === k)?.rows ?? []).map((r) => ({
        // Months by name on the axis, as in the table ("Dez. 2026").
        name: monthLabel(r[0] ?? '', lang),
        value: Number(r[1] ?? 0),
      }));
    return {
      months: { points: fromRows('months') },
      municipalities: { points: fromRows('municipalities'), horizontal: true },
      // Only counts share one axis; money and mass stay in the table.
      categories: {
        points: RESULT_METRICS.filter(
          (m) => m.unit === 'count' && (aggregate.totals[m.code] ?? 0) > 0,
        ).map((m) => ({ name: label(m.label), value: aggregate.totals[m.code] ?? 0 })),
        horizontal: true,
      },
      agencyShare: { points: fromRows('agencyShare'), horizontal: true },
    };
  }, [aggregate, tables, label, lang]);

  const note = t('situation.completedOnly');
  const saveLagebild = async () => {
    if (!aggregate) return;
    const settings = await session.repos.settings.get();
    const r = await doc.save(
      () =>
        situationPictureModel({
          // The annex is a German document, whatever the screen's language.
          tables: situationTables(aggregate, {
            ...situationNames,
            municipality: (code) => municipality(code)?.name.de ?? code,
          }),
          operations: aggregate.operations,
          filterText: filterText(filter, {
            municipality: (code) => municipality(code)?.name.de ?? code,
            thematicField: (code) => thematicField(code)?.label.de ?? code,
            agency: names.agency,
          }),
          issuingOffice: settings.issuingOffice,
          now: new Date().toISOString(),
        }),
      situationFileName('docx'),
    );
    if (r.saved) notifySuccess(t('situation.lagebildSaved', { name: r.fileName }));
  };

  return (
    <Stack data-testid="results-page">
      <PageHeader title={t('situation.title')}>
        <Button
          variant="light"
          leftSection={<IconFileSpreadsheet size={16} />}
          disabled={!tables || !counted}
          onClick={() =>
            tables && void exportCsv(tables, lang === 'de' ? COMPLETED_ONLY_NOTE : note, lang)
          }
          data-testid="situation-export-csv"
        >
          {t('situation.exportCsv')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFileText size={16} />}
          disabled={!aggregate || !counted}
          loading={doc.busy}
          onClick={() => void saveLagebild()}
          data-testid="situation-export-docx"
        >
          {t('situation.exportDocx')}
        </Button>
      </PageHeader>
      <Alert color="blue" variant="light" data-testid="situation-note">
        {note}
        {aggregate && (
          <Text span fw={600} ml={4} data-testid="situation-count">
            {t('situation.count', { count: aggregate.operations })}
          </Text>
        )}
      </Alert>
      {!prepared || !aggregate || !tables ? (
        <Center h={200}>
          <Loader aria-label={t('situation.loading')} />
        </Center>
      ) : (
        <>
          <SituationFilters
            filter={shown}
            prepared={prepared}
            agencyName={names.agency}
            onChange={setFilter}
          />
          {counted ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }} aria-busy={counting !== asked}>
              {tables.map((table) => (
                <SituationSection key={table.key} table={table} chart={charts[table.key]} />
              ))}
            </SimpleGrid>
          ) : (
            <Alert color="gray" variant="light" data-testid="situation-empty">
              {t(`situation.${emptyReason(filter)}`)}
              {!isFiltered(filter) && (
                // Where an operation is completed: its Status menu, in the operation itself.
                <Anchor
                  component={Link}
                  to="/operations"
                  display="block"
                  mt="xs"
                  data-testid="situation-to-operations"
                >
                  {t('situation.toOperations')}
                </Anchor>
              )}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
