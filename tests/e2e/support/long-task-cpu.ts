// On a loaded machine a long task's wall time counts the time other processes took the CPU;
// what the page controls is its main thread's own CPU time in the task, read from a Chromium
// trace of the same run. Used by the CSV import e2e and the briefing worker bench.
import type { Browser, Page } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** CPU ms of the renderer main thread's task covering each long task's middle (null: none). */
export function cpuOfLongTasks(
  trace: readonly TraceEvent[],
  tasks: readonly { start: number; end: number }[],
  mark: { name: string; startTime: number },
): { wall: number; cpu: number | null }[] {
  const main = new Set(
    trace
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const markEvent = trace.find((e) => e.name === mark.name);
  if (!markEvent) throw new Error('the mark is missing from the trace');
  // Trace times are µs on the trace clock; the page's are ms from its time origin.
  const offset = markEvent.ts - mark.startTime * 1000;
  const runs = trace.filter((e) => e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`));
  return tasks.map((t) => {
    const middle = ((t.start + t.end) / 2) * 1000 + offset;
    const run = runs.find((r) => r.ts <= middle && middle <= r.ts + (r.dur ?? 0));
    return {
      wall: Math.round(t.end - t.start),
      cpu: run?.tdur === undefined ? null : Math.round(run.tdur / 1000),
    };
  });
}

/** Runs `work` under a trace of the renderer's task events (with their thread time). */
export async function traced<T>(
  browser: Browser,
  page: Page,
  path: string,
  work: () => Promise<T>,
): Promise<T> {
  await browser.startTracing(page, {
    path,
    categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  try {
    return await work();
  } finally {
    await browser.stopTracing();
  }
}
