// Ergebnisse: what the operation found, per agency and target by legal category (the keyboard
// grid), follow-up tasks, lessons learned and press figures. Open once the operation is
// "Durchgeführt" (the domain's late fact 'result'); before that it says how to get there. In a
// shared operation a member may type only what the sync engine would send: `edit` everything,
// `agency` the grid rows (numbers, goods) of their own agency, `read` nothing; the rest is shown
// read-only, with the note why (useResultsDraft asks share-rights).
import { Alert, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mayRecordFact } from '@shared/domain';
import { rowKey, setCell } from '@shared/results';
import { useWorkspace } from '../core/context';
import { RightsNote } from '../core/RightsNote';
import { FollowUps } from './FollowUps';
import { GoodsList } from './GoodsList';
import { LessonsAndPress } from './LessonsAndPress';
import { NextInspections } from './NextInspections';
import { ReportExport } from './ReportExport';
import { ResultsGrid, type GridRow } from './ResultsGrid';
import { useResultsDraft } from './useResultsDraft';

export function ResultsView() {
  const { t } = useTranslation('results');
  const { plan, agencyName, premisesName, draft: planDraft } = useWorkspace();
  const op = plan.operation;
  const open = mayRecordFact(op.status, 'result');
  const draft = useResultsDraft(op.id, planDraft.member);
  const readOnly = draft.readOnly;
  const results = draft.results;

  // A row per taking-part agency and target, agencies by name (a member with agency rights finds
  // their own agency's rows, the ones they type in, first), targets in plan order; rows of
  // agencies no longer in the plan (a merged slice) stay visible.
  const ownAgency = planDraft.member?.rights === 'agency' ? planDraft.member.agencyId : null;
  const rows = useMemo<GridRow[]>(() => {
    const first = (id: string) => (id === ownAgency ? 0 : 1);
    const agencyIds = [...new Set(plan.participations.map((p) => p.agencyId))].sort(
      (a, b) => first(a) - first(b) || agencyName(a).localeCompare(agencyName(b), 'de'),
    );
    const targets = [...plan.targets].sort((a, b) => a.order - b.order);
    const out: GridRow[] = [];
    for (const agencyId of agencyIds)
      for (const target of targets)
        out.push({
          agencyId,
          targetId: target.id,
          agencyName: agencyName(agencyId),
          targetName: [target.label, premisesName(target.premisesId)].filter(Boolean).join(': '),
        });
    const known = new Set(out.map(rowKey));
    for (const r of results?.rows ?? [])
      if (!known.has(rowKey(r)))
        out.push({
          agencyId: r.agencyId,
          targetId: r.targetId,
          agencyName: agencyName(r.agencyId),
          targetName: r.targetId
            ? premisesName(plan.targets.find((x) => x.id === r.targetId)?.premisesId ?? '')
            : t('grid.noTarget'),
        });
    return out;
  }, [plan.participations, plan.targets, agencyName, premisesName, results?.rows, t, ownAgency]);

  if (!open)
    return (
      <Alert color="gray" title={t('closed.title')} maw={720} data-testid="results-closed">
        {t('closed.body')}
      </Alert>
    );
  if (!results)
    return (
      <Center h={200}>
        <Loader aria-label={t('loading')} />
      </Center>
    );
  return (
    <Stack gap="lg" data-testid="results">
      {readOnly && <RightsNote part="results" resultsStored={draft.stored} />}
      <Group justify="space-between" align="baseline">
        <Text c="dimmed" maw={760}>
          {t('intro')}
        </Text>
        <Text size="sm" role="status" data-testid="results-save-state">
          {t(`save.${draft.saveState.kind}`)}
          {draft.saveState.kind === 'error' ? `: ${draft.saveState.message}` : ''}
        </Text>
      </Group>
      <ResultsGrid
        rows={rows}
        results={results}
        mayEditRow={draft.mayEditRow}
        onSet={(row, metric, value) =>
          draft.editRow(row, `${rowKey(row)}:${metric.code}`, (r) =>
            setCell(r, row.agencyId, row.targetId, metric.code, value),
          )
        }
      />
      <GoodsList results={results} rows={rows} draft={draft} />
      <ReportExport results={results} draft={draft} />
      <FollowUps results={results} draft={draft} />
      <NextInspections results={results} readOnly={readOnly} />
      <LessonsAndPress results={results} draft={draft} />
    </Stack>
  );
}
