// Where a benchmark's main-thread time goes, read from Chromium over CDP after the timed runs
// (the profiler slows the page, so it never runs during them): the performance counters around
// each step, and a CPU profile's self time per script file and per function.
import type { CDPSession } from '@playwright/test';

/** Chromium's own counters (seconds, cumulative). */
export const MAIN_THREAD_METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
] as const;

/** Reads the counters now, in ms. */
export async function mainThreadCounters(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return new Map(metrics.map((m) => [m.name, m.value * 1000]));
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The profile's self time per script file and per function (the top ones), in ms. */
export function profileSummary(profile: CpuProfile, functions = 20): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const frame = byNode.get(samples[i] ?? -1);
    const ms = (deltas[i] ?? 0) / 1000;
    if (!frame) continue;
    const file = frame.url.split('/').pop() || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + ms);
    perFile.set(file, (perFile.get(file) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1)} ms ${k}`);
  return [...top(perFile, 8), '—', ...top(perFunction, functions)];
}
