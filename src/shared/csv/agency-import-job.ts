// The agencies CSV import as a job for a worker: parseAgencyCsv unchanged, told as messages —
// progress (data rows checked), then the result in slices, so that unpacking any one message
// costs the receiving (UI) thread little even for a 100 000-row file. Pure: the worker and the
// in-thread fallback run the same code, and tests replay the messages without a real Worker.
import type { AgencyCsvResult, ImportedAgency } from './agency-import';
import { parseAgencyCsv } from './agency-import';
import type { CsvIssue } from './issues';

export type AgencyCsvJobMessage =
  /** `total` is null while the file is still being decoded and split into rows. */
  | { type: 'progress'; rows: number; total: number | null }
  | { type: 'slice'; agencies: ImportedAgency[]; issues: CsvIssue[] }
  | { type: 'done'; summary: Omit<AgencyCsvResult, 'agencies' | 'issues'> };

/** Agencies and issues per slice message: a few hundred kilobytes to clone at most. */
export const JOB_SLICE = 1_000;

export function runAgencyCsvJob(bytes: Uint8Array, emit: (m: AgencyCsvJobMessage) => void): void {
  emit({ type: 'progress', rows: 0, total: null });
  const { agencies, issues, ...summary } = parseAgencyCsv(bytes, {
    onProgress: (rows, total) => emit({ type: 'progress', rows, total }),
  });
  for (let i = 0; i < Math.max(agencies.length, issues.length); i += JOB_SLICE)
    emit({
      type: 'slice',
      agencies: agencies.slice(i, i + JOB_SLICE),
      issues: issues.slice(i, i + JOB_SLICE),
    });
  emit({ type: 'done', summary });
}

/** Puts the messages of one job back together; `add` returns the result with the last one. */
export function collectAgencyCsvJob(): { add(m: AgencyCsvJobMessage): AgencyCsvResult | null } {
  const agencies: ImportedAgency[] = [];
  const issues: CsvIssue[] = [];
  return {
    add(m) {
      if (m.type === 'slice') {
        for (const a of m.agencies) agencies.push(a);
        for (const i of m.issues) issues.push(i);
      }
      return m.type === 'done' ? { ...m.summary, agencies, issues } : null;
    },
  };
}
