// The map benchmark's gestures (B6), apart from its spec so a profiling run can drive the same
// zooms: a wheel step at the map's centre, and the page's main-thread CPU time over a series of
// them, read from a Chromium trace (thread time: on a loaded machine it leaves out the time
// other processes held the CPU, which frame times cannot).
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from '@playwright/test';
import { traced, type TraceEvent } from '../../e2e/support/long-task-cpu';

export const GESTURES = 6;
/** Frames recorded after a wheel step: the zoom animation (250 ms) and the redraw after it. */
export const ZOOM_WINDOW_MS = 700;

export async function centre(map: Locator): Promise<{ cx: number; cy: number }> {
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');
  return { cx: box.x + box.width / 2, cy: box.y + box.height / 2 };
}

/** One wheel step in (even i) or out at the map's centre, and the time its zoom takes. */
export async function wheelZoom(page: Page, map: Locator, i: number): Promise<void> {
  const { cx, cy } = await centre(map);
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, i % 2 === 0 ? -120 : 120);
  await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ZOOM_WINDOW_MS);
}

/** CPU ms of the page's main thread (its top-level tasks' thread time) over GESTURES zooms. */
export async function zoomCpu(
  browser: Browser,
  page: Page,
  map: Locator,
  path: string,
): Promise<number> {
  await traced(browser, page, path, async () => {
    for (let i = 0; i < GESTURES; i++) await wheelZoom(page, map, i);
  });
  const { traceEvents } = JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = traceEvents
    .filter((e) => e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
    .sort((a, z) => a.ts - z.ts);
  let cpu = 0;
  let end = -Infinity;
  for (const t of tasks) {
    // A task nested in one already counted (a nested run loop) is part of its thread time.
    if (t.ts < end) continue;
    cpu += t.tdur ?? 0;
    end = t.ts + (t.dur ?? 0);
  }
  return cpu / 1000;
}
