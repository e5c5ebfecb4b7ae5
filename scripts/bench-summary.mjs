// The summary `npm run bench` prints at the end: every measurement written to bench-results/,
// with its baseline ratio and budget, and every step that failed. Kept apart from the runner so
// a failed or half-written benchmark can never stop the table from printing (tested).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Reads every `*.json` in `dir`; a file that does not parse becomes a problem line, not a crash. */
export function readMeasurements(dir) {
  const measurements = [];
  const problems = [];
  if (!existsSync(dir)) return { measurements, problems };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    try {
      const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      for (const m of Array.isArray(parsed) ? parsed : [parsed]) {
        if (m && typeof m.name === 'string' && typeof m.medianMs === 'number') measurements.push(m);
        else problems.push(`${file}: kein Messergebnis`);
      }
    } catch (e) {
      problems.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { measurements, problems };
}

const num = (v, digits = 2) =>
  typeof v === 'number' && Number.isFinite(v) ? v.toFixed(digits) : '–';

/** One line per measurement, then the failed steps and unreadable results. */
export function formatSummary(measurements, failures = [], problems = []) {
  const lines = ['Benchmark summary (median / p95, ratio to baseline in the same run)'];
  if (measurements.length === 0) lines.push('- (no measurements were written)');
  for (const m of measurements) {
    const unit = m.unit ?? 'ms';
    const value =
      unit === 'ms'
        ? `${num(m.medianMs)} ms / ${num(m.p95Ms)} ms`
        : `${num(m.medianMs, 1)} ${unit}`;
    const ratio = m.baseline
      ? `  ×${num(m.baseline.ratio)} vs ${m.baseline.name} (${num(m.baseline.medianMs)} ms)`
      : '';
    const budget = m.budget ? `  budget ${m.budget}: ${m.withinBudget ? 'ok' : 'OVER'}` : '';
    lines.push(`- ${m.name} [${m.workload}]: ${value}${ratio}${budget}`);
  }
  if (failures.length > 0) {
    lines.push('', 'Failed steps (their rows are missing above):');
    for (const f of failures) lines.push(`- ${f.name}: ${f.reason}`);
  }
  if (problems.length > 0) {
    lines.push('', 'Unreadable results:');
    for (const p of problems) lines.push(`- ${p}`);
  }
  return lines.join('\n');
}
