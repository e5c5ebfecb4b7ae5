// B8, the whole export in Chromium (issue 15: "the whole export including rendering the 100
// extracts ≤ 20 s with progress"): 100 object-sheet extracts and the Lagekarte drawn by the
// app's extract path with the raster fixture basemap, then the model and the docx in the
// worker. Reported: the total, the progress steps the screen was given, and the longest
// main-thread task as the page's own CPU time (read from a trace; wall time on a loaded machine
// counts other processes too). The extracts are canvas work on the main thread, one per task
// with a yield between (extracts.ts); the longest such task is reported, not budgeted (the
// issue's 50 ms rule is for the docx, B8 in briefing-worker.bench.spec.ts).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { report, summarize, withBudget } from '../harness';
import { cpuOfLongTasks, traced, type TraceEvent } from '../../e2e/support/long-task-cpu';
import type { BriefingExportBenchApi, BriefingExportRun } from './page/briefing-export-bench';

type BenchWindow = Window & { vpBriefingExportBench?: BriefingExportBenchApi };
const RUNS = 3;

test('B8 whole export: 100 extracts rendered, docx in the worker, with progress', async ({
  page,
  browser,
}, testInfo) => {
  const res = await page.request.get('/bench.js');
  expect(res.ok(), '/bench.js fehlt: den Web-Build mit VP_BENCH_PAGE=1 bauen').toBe(true);
  await page.goto('/');
  await page.addScriptTag({ url: '/bench.js', type: 'module' });
  await page.waitForFunction(
    () => (window as BenchWindow).vpBriefingExportBench !== undefined,
    null,
    {
      timeout: 120_000,
    },
  );
  await page.evaluate(() => (window as BenchWindow).vpBriefingExportBench?.prepare());
  const runs: BriefingExportRun[] = [];
  const blocked: { wall: number; cpu: number | null }[] = [];
  for (let i = 0; i < RUNS; i++) {
    const path = testInfo.outputPath(`trace-${i}.json`);
    const run = await traced(browser, page, path, () =>
      page.evaluate(async () => {
        const bench = (window as BenchWindow).vpBriefingExportBench;
        if (!bench) throw new Error('vpBriefingExportBench fehlt');
        return bench.exportOnce();
      }),
    );
    expect(run.extracts).toBe(100);
    // The fixture tiles are plain colours: 100 extracts pack small (about 0.4 MB).
    expect(run.bytes).toBeGreaterThan(100_000);
    runs.push(run);
    const trace = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
    blocked.push(
      ...cpuOfLongTasks(trace.traceEvents, run.longTasks, {
        name: 'vp-export-start',
        startTime: run.markAt,
      }),
    );
  }
  const steps = runs.map((r) => r.progress.length);
  const last = runs[0]?.progress.at(-1);
  console.log(
    `[bench] B8 whole export per run (total / maps / model+docx ms): ${JSON.stringify(
      runs.map((r) => [r.totalMs, r.mapsMs, r.docxMs].map(Math.round)),
    )}; progress steps ${JSON.stringify(steps)}, last ${JSON.stringify(last)}`,
  );
  console.log(`[bench] B8 whole export long tasks (wall / CPU ms): ${JSON.stringify(blocked)}`);
  const worst = Math.max(0, ...blocked.map((b) => b.cpu ?? 0));
  const m = summarize(
    'B8 whole export 100 extracts + docx (Chromium)',
    `100 sheet extracts + Lagekarte (fixture basemap), model, docx in the worker; ${steps[0] ?? 0} progress steps; longest main-thread task ${worst} ms CPU`,
    runs.map((r) => r.totalMs),
  );
  report(
    withBudget(m, '≤ 20 s median, with progress', m.medianMs <= 20_000 && (steps[0] ?? 0) >= 101),
  );
  // Progress from 0 to done, one step per extract (101 pictures + the start).
  for (const r of runs) {
    expect(r.progress[0]).toEqual({ done: 0, total: 101 });
    expect(r.progress.at(-1)).toEqual({ done: 101, total: 101 });
    expect(r.progress.length).toBeGreaterThanOrEqual(101);
  }
  expect(blocked.filter((b) => b.cpu === null)).toEqual([]);
});
