// The import dialog's CSV reader where no Worker exists (happy-dom, like Node): the same job runs
// in-thread and gives the synchronous result with its progress; a read already abandoned (the
// dialog closed) rejects as an abort and reports nothing.
import { describe, expect, it } from 'vitest';
import { parseAgencyCsv } from '@shared/csv';
import {
  readAgencyCsv,
  type CsvReadProgress,
} from '../../../src/renderer/features/agencies/agency-csv-client';
import { agencyCsv } from '../../support/agency-csv';

describe('readAgencyCsv without a Worker', () => {
  it('returns what parseAgencyCsv returns and counts the rows', async () => {
    expect(typeof Worker).toBe('undefined');
    const bytes = new TextEncoder().encode(agencyCsv(300, 10).text);
    const seen: CsvReadProgress[] = [];
    const result = await readAgencyCsv(bytes, (p) => seen.push(p));
    expect(result).toEqual(parseAgencyCsv(bytes));
    expect(seen[0]).toEqual({ rows: 0, total: null });
    expect(seen.at(-1)).toEqual({ rows: 3_000, total: 3_000 });
  }, 30_000);

  it('an aborted read rejects with AbortError and reports no progress', async () => {
    const controller = new AbortController();
    controller.abort();
    const seen: CsvReadProgress[] = [];
    const bytes = new TextEncoder().encode(agencyCsv(1, 1).text);
    await expect(readAgencyCsv(bytes, (p) => seen.push(p), controller.signal)).rejects.toThrow(
      expect.objectContaining({ name: 'AbortError' }),
    );
    expect(seen).toEqual([]);
  });
});
