// A small benchmark harness: runs a workload several times, reports median and p95, and the
// ratio against a bare baseline measured in the same run (so machine speed cancels out).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Measurement {
  name: string;
  workload: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  baseline?: { name: string; medianMs: number; ratio: number };
  /** The budget from the issue, in words, and whether this run met it. */
  budget?: string;
  withinBudget?: boolean;
}

/** The measurement with its budget and whether it was met (printed in the summary). */
export function withBudget(m: Measurement, budget: string, ok: boolean): Measurement {
  return { ...m, budget, withinBudget: ok };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? NaN;
}

export async function sample(
  fn: () => Promise<unknown> | unknown,
  runs: number,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function summarize(
  name: string,
  workload: string,
  times: number[],
  baseline?: { name: string; times: number[] },
): Measurement {
  const m: Measurement = {
    name,
    workload,
    runs: times.length,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
  if (baseline) {
    const b = percentile(baseline.times, 50);
    m.baseline = { name: baseline.name, medianMs: b, ratio: m.medianMs / b };
  }
  return m;
}

export function report(m: Measurement): void {
  const base = m.baseline
    ? ` | baseline ${m.baseline.name}: ${m.baseline.medianMs.toFixed(2)} ms → ratio ${m.baseline.ratio.toFixed(2)}×`
    : '';
  const budget = m.budget ? ` | budget ${m.budget}: ${m.withinBudget ? 'ok' : 'OVER'}` : '';
  console.log(
    `[bench] ${m.name} (${m.workload}, ${m.runs} runs): median ${m.medianMs.toFixed(2)} ms, p95 ${m.p95Ms.toFixed(2)} ms${base}${budget}`,
  );
  // One file per measurement: benchmark files run in separate workers.
  const dir = process.env.VP_BENCH_DIR ?? 'bench-results';
  mkdirSync(dir, { recursive: true });
  const slug = m.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  writeFileSync(join(dir, `${slug}.json`), JSON.stringify([m], null, 2));
}
