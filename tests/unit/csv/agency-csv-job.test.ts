// The worker's job replayed without a Worker: every message passes structuredClone (what
// postMessage does), is put back together, and must equal the synchronous parseAgencyCsv — on
// the whole corpus of bad files and on a large generated file with errors; progress counts up
// to the data rows. The real Worker runs in Chromium (e2e agencies, agencies-large-import).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collectAgencyCsvJob,
  JOB_SLICE,
  parseAgencyCsv,
  PROGRESS_EVERY,
  runAgencyCsvJob,
  type AgencyCsvJobMessage,
  type AgencyCsvResult,
} from '@shared/csv';
import { agencyCsv } from '../../support/agency-csv';

const CORPUS = join(__dirname, '../../fixtures/csv');

function throughJob(bytes: Uint8Array): {
  result: AgencyCsvResult;
  messages: AgencyCsvJobMessage[];
} {
  const messages: AgencyCsvJobMessage[] = [];
  const collect = collectAgencyCsvJob();
  let result: AgencyCsvResult | null = null;
  runAgencyCsvJob(bytes, (m) => {
    const copy = structuredClone(m);
    messages.push(copy);
    expect(result, 'no message after done').toBeNull();
    result = collect.add(copy);
  });
  if (!result) throw new Error('the job never said done');
  return { result, messages };
}

const progressOf = (messages: AgencyCsvJobMessage[]) =>
  messages.flatMap((m) => (m.type === 'progress' ? [m] : []));

describe('worker job = synchronous parse', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.csv'));

  it.each(files)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
    const { result, messages } = throughJob(bytes);
    expect(result).toEqual(parseAgencyCsv(bytes));
    // The first word is always "reading", before any row is known.
    expect(messages[0]).toEqual({ type: 'progress', rows: 0, total: null });
  });

  it('the corpus holds the files the comparison is meant to cover', () => {
    expect(files).toEqual(
      expect.arrayContaining(['conflicting-kinds.csv', 'unbalanced-quotes.csv', 'utf16.csv']),
    );
  });

  it('a 20 000-row file with errors: same result, sent in slices, progress up to every row', () => {
    const file = agencyCsv(2_000, 10);
    const bytes = new TextEncoder().encode(file.text);
    const sync = parseAgencyCsv(bytes);
    expect([sync.dataRows, sync.validRows, sync.agencies.length]).toEqual([
      file.dataRows,
      file.validRows,
      file.agencies,
    ]);
    const { result, messages } = throughJob(bytes);
    expect(result).toEqual(sync);
    // The file is big enough to need several slices.
    expect(sync.agencies.length).toBeGreaterThan(JOB_SLICE);
    expect(sync.issues.length).toBeGreaterThan(100);
    const slices = messages.filter((m) => m.type === 'slice');
    expect(slices.length).toBe(Math.ceil(sync.agencies.length / JOB_SLICE));
    for (const s of slices) expect(s.agencies.length).toBeLessThanOrEqual(JOB_SLICE);

    const progress = progressOf(messages);
    const counted = progress.slice(1);
    expect(counted.every((p) => p.total === 20_000)).toBe(true);
    const rows = counted.map((p) => p.rows);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[0]).toBe(0);
    expect(rows.at(-1)).toBe(20_000);
    expect(counted.length).toBe(20_000 / PROGRESS_EVERY + 1);
    // Progress comes before the result: the last progress precedes the first slice.
    const types = messages.map((m) => m.type);
    expect(types.lastIndexOf('progress')).toBeLessThan(
      messages.findIndex((m) => m.type === 'slice'),
    );
  }, 60_000);

  it('a file refused as a whole reports no row count, only the result', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00]);
    const { result, messages } = throughJob(bytes);
    expect(result.ok).toBe(false);
    expect(progressOf(messages)).toEqual([{ type: 'progress', rows: 0, total: null }]);
    expect(messages.at(-1)?.type).toBe('done');
  });
});
