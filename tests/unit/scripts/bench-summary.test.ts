// The benchmark summary prints whatever was measured even when a step failed or a result file
// is broken, and names what is missing instead of crashing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatSummary, readMeasurements } from '../../../scripts/bench-summary.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function resultsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-bench-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const edit = {
  name: 'operation edit (audited)',
  workload: '1 field',
  runs: 9,
  medianMs: 3.25,
  p95Ms: 6.5,
  baseline: { name: 'bare Dexie put', medianMs: 0.5, ratio: 6.5 },
  budget: '≤ 5× bare put (p95)',
  withinBudget: false,
};

describe('bench summary', () => {
  it('keeps the rows that were measured when a step failed and a file is broken', () => {
    const dir = resultsDir({
      'edit.json': JSON.stringify([edit]),
      'broken.json': '[{"name": "half',
      'other.json': JSON.stringify({ hello: 1 }),
    });
    const { measurements, problems } = readMeasurements(dir);
    expect(measurements).toEqual([edit]);
    expect(problems).toHaveLength(2);
    const text = formatSummary(
      measurements,
      [{ name: 'Browser benchmarks', reason: 'exit code 1 (see its output above)' }],
      problems,
    );
    expect(text).toContain(
      '- operation edit (audited) [1 field]: 3.25 ms / 6.50 ms  ×6.50 vs bare Dexie put (0.50 ms)  budget ≤ 5× bare put (p95): OVER',
    );
    expect(text).toContain('Failed steps');
    expect(text).toContain('- Browser benchmarks: exit code 1');
    expect(text).toContain('broken.json');
  });

  it('says so when nothing was measured, and prints sizes in their unit', () => {
    expect(readMeasurements(join(tmpdir(), 'vp-bench-does-not-exist'))).toEqual({
      measurements: [],
      problems: [],
    });
    expect(formatSummary([])).toContain('no measurements were written');
    const size = {
      name: 'boot bundle',
      workload: '3 files',
      medianMs: 312.4,
      p95Ms: 312.4,
      unit: 'kB gzip',
    };
    expect(formatSummary([size])).toContain('- boot bundle [3 files]: 312.4 kB gzip');
  });
});
