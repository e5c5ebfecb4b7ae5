// Types for scripts/bench-summary.mjs (a plain Node script used by scripts/bench.mjs).
export interface BenchMeasurement {
  name: string;
  workload: string;
  medianMs: number;
  p95Ms: number;
  unit?: string;
  baseline?: { name: string; medianMs: number; ratio: number };
  budget?: string;
  withinBudget?: boolean;
}
export interface BenchFailure {
  name: string;
  reason: string;
}
export function readMeasurements(dir: string): {
  measurements: BenchMeasurement[];
  problems: string[];
};
export function formatSummary(
  measurements: readonly BenchMeasurement[],
  failures?: readonly BenchFailure[],
  problems?: readonly string[],
): string;
