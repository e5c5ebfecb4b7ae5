// B8 in Chromium (window.vpBriefingBench, driven by briefing-worker.bench.spec.ts): the export's
// own path — the model on the page, the docx packed by the real briefing worker — while a
// PerformanceObserver records the page's long tasks. The 100-target input is made beforehand
// (its PNG encoding is test set-up, not export).
import { briefingModel, type BriefingInput } from '@shared/documents/briefing';
import { packBriefing } from '../../../../src/renderer/features/documents/briefing-client';
import { hundredTargetBriefing } from '../../briefing-dataset';
// The whole export with its 100 extracts (window.vpBriefingExportBench) travels in /bench.js too.
import './briefing-export-bench';

export interface BriefingBenchApi {
  prepare(): void;
  /** Blocks the main thread 120 ms under the same observer: the long tasks it saw (≥ 1). */
  control(): Promise<number>;
  /** One export; long tasks as page times (ms from the time origin). */
  exportOnce(): Promise<{
    ms: number;
    bytes: number;
    longTasks: { start: number; end: number }[];
    /** Page time of the mark 'vp-briefing-start' (to place the tasks in a trace). */
    markAt: number;
  }>;
}

let input: BriefingInput | null = null;

/**
 * Runs `f` in a task of the page's own event loop. Work done directly inside Playwright's
 * page.evaluate runs in a DevTools protocol task, which the Long Tasks API does not report (the
 * control below saw nothing until this), so the export starts from a timer as a click would.
 */
function inTask<T>(f: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => void f().then(resolve, reject), 0);
  });
}

/** The long tasks seen while `work` runs (page times). */
async function watched<T>(
  work: () => Promise<T>,
): Promise<{ result: T; longTasks: { start: number; end: number }[] }> {
  const longTasks: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ type: 'longtask' });
  const result = await work();
  // Entries arrive asynchronously; one more task lets the last ones in.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { result, longTasks };
}

const api: BriefingBenchApi = {
  prepare() {
    input = hundredTargetBriefing();
  },
  async control() {
    const { longTasks } = await watched(() =>
      inTask(async () => {
        const until = performance.now() + 120;
        while (performance.now() < until) {
          // busy: the main thread is blocked, as the export must never do
        }
      }),
    );
    return longTasks.length;
  },
  async exportOnce() {
    const model = input;
    if (!model) throw new Error('prepare() zuerst');
    const markAt = performance.mark('vp-briefing-start').startTime;
    const t0 = performance.now();
    const { result, longTasks } = await watched(() =>
      inTask(() => packBriefing(briefingModel(model))),
    );
    return { ms: performance.now() - t0, bytes: result.byteLength, longTasks, markAt };
  },
};

(window as Window & { vpBriefingBench?: BriefingBenchApi }).vpBriefingBench = api;
