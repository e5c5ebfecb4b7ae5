// The deconfliction worker: keeps its own copy of the tables the rules read, patched by the page
// (conflict-feed.ts), and runs `findAllConflicts` here, so the rules over 10 000 plans (60–90 ms
// of CPU, far more on a loaded machine) never block the page. Answers every `compute`
// with the conflicts of the tables as they stand after the patches sent before it (messages
// are handled in order).
import { findAllConflicts, type Conflict } from '@shared/calendar';
import type { Agency, Operation, OperationTarget, Participation, Team } from '@shared/domain';
import type { ConflictTable, TablePatch } from './conflict-feed';

export type ConflictJob =
  ({ type: 'patch' } & TablePatch) | { type: 'compute'; id: number; withinDays: number };

export type ConflictJobResult =
  { id: number; ok: true; conflicts: Conflict[] } | { id: number; ok: false; error: string };

interface Tables {
  operations: Map<string, Operation>;
  targets: Map<string, OperationTarget>;
  participations: Map<string, Participation>;
  agencies: Map<string, Agency>;
  teams: Map<string, Team>;
}

const tables: Tables = {
  operations: new Map(),
  targets: new Map(),
  participations: new Map(),
  agencies: new Map(),
  teams: new Map(),
};

/** Records come from the page's read model, already parsed and checked there. */
function apply(table: ConflictTable, put: unknown[], gone: string[]) {
  const map = tables[table] as Map<string, unknown>;
  for (const record of put) map.set((record as { id: string }).id, record);
  for (const id of gone) map.delete(id);
}

self.onmessage = (e: MessageEvent<ConflictJob>) => {
  const job = e.data;
  if (job.type === 'patch') {
    apply(job.table, job.put, job.delete);
    return;
  }
  try {
    const conflicts = findAllConflicts({
      operations: tables.operations.values(),
      targets: tables.targets.values(),
      participations: tables.participations.values(),
      agencies: tables.agencies.values(),
      teams: tables.teams.values(),
      withinDays: job.withinDays,
    });
    self.postMessage({ id: job.id, ok: true, conflicts } satisfies ConflictJobResult);
  } catch (err) {
    self.postMessage({
      id: job.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    } satisfies ConflictJobResult);
  }
};
