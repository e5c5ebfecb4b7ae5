// Rows, search documents and agency names derived from one data snapshot, remembered per
// snapshot: a list mounted again on unchanged data (back from the workspace) reuses them instead
// of deriving 10k rows again, and the search index sees the same documents.
import type { Agency, Language, Operation } from '@shared/domain';
import type { OperationsOverview, RosterCount } from '../../../data/repositories/operation-queries';
import type { SearchDoc } from '../../../search/config';
import { operationSearchDoc } from '../search-docs';
import { byHHourDesc, toListRow, type ListRow } from './list-rows';

export interface DerivedList {
  /** In the default order (latest H-hour first). */
  rows: ListRow[];
  docs: SearchDoc[];
  /** Active operations in the same order, to start a new one from. */
  operations: Operation[];
  agencyName(id: string): string;
}

interface Memo {
  agencies: readonly Agency[];
  lang: Language;
  counts: Map<string, RosterCount> | undefined;
  names: (id: string) => string;
  docs: SearchDoc[];
  operations: Operation[];
  rows: ListRow[];
}

const memo = new WeakMap<OperationsOverview, Memo>();

function namesOf(agencies: readonly Agency[]): (id: string) => string {
  const names = new Map(agencies.map((a) => [a.id, a.shortName || a.name]));
  return (id) => names.get(id) ?? '';
}

export function deriveList(
  overview: OperationsOverview,
  counts: Map<string, RosterCount> | undefined,
  agencies: readonly Agency[],
  lang: Language,
): DerivedList {
  let m = memo.get(overview);
  if (!m || m.agencies !== agencies || m.lang !== lang) {
    const names = namesOf(agencies);
    const operations = [...overview.active].sort(byHHourDesc);
    m = {
      agencies,
      lang,
      counts: undefined,
      names,
      docs: operations.map((o) => operationSearchDoc(o, lang, names)),
      operations,
      rows: operations.map((o) => toListRow(o, null, lang, names)),
    };
    memo.set(overview, m);
  }
  if (counts && m.counts !== counts) {
    const { names, operations } = m;
    m.counts = counts;
    m.rows = operations.map((o) => toListRow(o, counts.get(o.id), lang, names));
  }
  return { rows: m.rows, docs: m.docs, operations: m.operations, agencyName: m.names };
}
