// B7 (issue 14): Kalender with 10 000 operations stored (restored from a prepared encrypted
// backup), a month with 1 000 operations in it: switching month → week → day → month, each
// switch timed in the page from the click until the calendar's DOM has settled (the first frame
// after its last change, three quiet frames later). Baseline: react-big-calendar alone with the
// same events and localizer in a bare page (page/calendar-bench.tsx), same page and run.
import type { Page } from '@playwright/test';
import { expect, test } from '../../e2e/fixtures';
import { completeTables, writeBackup } from '../../e2e/support/backup-file';
import { restoreBackup } from '../../e2e/support/restore';
import type { Operation } from '../../../src/shared/domain';
import { buildOperationsDataset } from '../../renderer/support/operations-dataset';
import { percentile, report, summarize, withBudget } from '../harness';
import { MAIN_THREAD_METRICS, mainThreadCounters, profileSummary } from './cpu-profile';
import type { BareEvent, CalendarBenchApi } from './page/calendar-bench';

const COUNT = 10_000;
const IN_MONTH = 1_000;
const RUNS = 7;
const BUDGET_MS = 200;
const BACKUP_PASSPHRASE = 'Benchmark-Zehntausend-Einsaetze';
const HOUR = 3_600_000;
/** November 2026 in Berlin (UTC+1): the month the calendar shows. */
const MONTH_START = Date.UTC(2026, 9, 31, 23);
const MONTH_DAYS = 30;

/**
 * Moves operations into the month until it holds IN_MONTH of them, spread over its days and
 * hours, each with a window from an hour before H to four after (as a planned raid has).
 */
function fillMonth(operations: Operation[]): Operation[] {
  const inMonth = (o: Operation) => {
    const h = o.hHour ? Date.parse(o.hHour) : NaN;
    return h >= MONTH_START && h < MONTH_START + MONTH_DAYS * 24 * HOUR;
  };
  let count = operations.filter(inMonth).length;
  return operations.map((o, i) => {
    if (count >= IN_MONTH || inMonth(o) || o.deletedAt !== null || o.template) return o;
    count += 1;
    const h = MONTH_START + (i % MONTH_DAYS) * 24 * HOUR + (6 + (i % 14)) * HOUR;
    return {
      ...o,
      hHour: new Date(h).toISOString(),
      timeWindow: {
        start: new Date(h - HOUR).toISOString(),
        end: new Date(h + 4 * HOUR).toISOString(),
      },
    };
  });
}

/** The month's events as the bare calendar gets them: window, else H ± 4 hours. */
function bareEvents(operations: readonly Operation[]): BareEvent[] {
  return operations.flatMap((o) => {
    if (!o.hHour || o.deletedAt !== null || o.template) return [];
    const h = Date.parse(o.hHour);
    if (h < MONTH_START || h >= MONTH_START + MONTH_DAYS * 24 * HOUR) return [];
    return [
      {
        title: o.codeName,
        start: o.timeWindow?.start ?? new Date(h - 4 * HOUR).toISOString(),
        end: o.timeWindow?.end ?? new Date(h + 4 * HOUR).toISOString(),
      },
    ];
  });
}

/** Clicks the toolbar button `label` under `rootSelector`; ms until the DOM has settled. */
function timeSwitch(page: Page, rootSelector: string, label: string): Promise<number> {
  return page.evaluate(
    ([sel, text]) =>
      new Promise<number>((resolve, reject) => {
        const root = document.querySelector(sel);
        const button = [...(root?.querySelectorAll('.rbc-toolbar button') ?? [])].find(
          (b) => b.textContent?.trim() === text,
        );
        if (!root || !(button instanceof HTMLElement)) {
          reject(new Error(`kein Knopf ${text} in ${sel}`));
          return;
        }
        let dirty = false;
        let settledAt = 0;
        let quiet = 0;
        const observer = new MutationObserver(() => {
          dirty = true;
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true });
        const t0 = performance.now();
        button.click();
        const frame = () => {
          const now = performance.now();
          if (dirty) {
            dirty = false;
            settledAt = now;
            quiet = 0;
          } else quiet += 1;
          if ((settledAt > 0 && quiet >= 3) || now - t0 > 20_000) {
            observer.disconnect();
            resolve(settledAt - t0);
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [rootSelector, label] as const,
  );
}

async function cycle(page: Page, root: string, labels: [string, string, string]) {
  const [month, week, day] = labels;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(await timeSwitch(page, root, week));
    times.push(await timeSwitch(page, root, day));
    times.push(await timeSwitch(page, root, month));
  }
  return times;
}

/**
 * After the timed runs: the main thread's time per switch by kind (script, style, layout) over
 * two more cycles, then a CPU profile of one cycle (script self time per file and function).
 */
async function breakdown(page: Page, root: string, labels: [string, string, string], who: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const spent = new Map<string, number[]>();
  for (let i = 0; i < 2; i++) {
    for (const label of labels.slice(1).concat(labels[0])) {
      const before = await mainThreadCounters(cdp);
      await timeSwitch(page, root, label);
      const after = await mainThreadCounters(cdp);
      for (const m of MAIN_THREAD_METRICS) {
        const key = `${label} ${m}`;
        spent.set(key, [...(spent.get(key) ?? []), (after.get(m) ?? 0) - (before.get(m) ?? 0)]);
      }
    }
  }
  for (const label of labels.slice(1).concat(labels[0]))
    console.log(
      `[bench] B7 ${who} ${label}, main thread per switch (mean ms): ${MAIN_THREAD_METRICS.map(
        (m) => {
          const xs = spent.get(`${label} ${m}`) ?? [];
          return `${m} ${(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(0)}`;
        },
      ).join(', ')}`,
    );
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  for (const label of labels.slice(1).concat(labels[0])) await timeSwitch(page, root, label);
  const { profile } = await cdp.send('Profiler.stop');
  console.log(`[bench] B7 ${who}, script self time over one cycle:`);
  for (const line of profileSummary(profile, 25)) console.log(`[bench]   ${line}`);
  await cdp.detach();
}

type CalendarBenchWindow = Window & { vpCalendarBench?: CalendarBenchApi };

test('B7: Kalender with 10 000 operations, switching month / week / day', async ({
  app,
}, testInfo) => {
  const res = await app.request.get('/bench.js');
  expect(res.ok(), '/bench.js fehlt: den Web-Build mit VP_BENCH_PAGE=1 bauen').toBe(true);
  await app.setViewportSize({ width: 1280, height: 1000 });
  const data = buildOperationsDataset(COUNT, new Date().toISOString());
  const operations = fillMonth(data.operations);
  const events = bareEvents(operations);
  expect(events.length).toBe(IN_MONTH);
  const path = testInfo.outputPath('10k-calendar.vpbak');
  await writeBackup(
    path,
    completeTables({
      settings: data.settings,
      agencies: data.agencies,
      operations,
      participations: data.participations,
    }),
    BACKUP_PASSPHRASE,
  );
  await restoreBackup(app, path, BACKUP_PASSPHRASE);
  await expect(app.getByTestId('operation-row').first()).toBeVisible();

  await app.evaluate(() => {
    window.location.hash = '#/calendar?date=2026-11-15';
  });
  const calendar = app.getByTestId('calendar');
  await expect(calendar.locator('.rbc-month-view')).toBeVisible();
  await expect(calendar.locator('.rbc-event').first()).toBeVisible();
  // Every table the Kalender reads is loaded (the conflicts list says so) before timing.
  await expect(app.getByTestId('conflict-list')).not.toContainText('werden ermittelt');
  const appTimes = await cycle(app, '[data-testid="calendar"]', ['Monat', 'Woche', 'Tag']);
  await breakdown(app, '[data-testid="calendar"]', ['Monat', 'Woche', 'Tag'], 'Kalender');

  await app.addScriptTag({ url: '/bench.js', type: 'module' });
  await app.waitForFunction(() => (window as CalendarBenchWindow).vpCalendarBench !== undefined);
  const mounted = await app.evaluate(
    ([evs, date]) => {
      const bench = (window as CalendarBenchWindow).vpCalendarBench;
      if (!bench) throw new Error('vpCalendarBench fehlt');
      return bench.mountBare(evs, date);
    },
    [events, '2026-11-15T12:00:00.000Z'] as const,
  );
  expect(mounted).toBe(IN_MONTH);
  await expect(app.locator('#bare-calendar .rbc-month-view')).toBeVisible();
  const bareTimes = await cycle(app, '#bare-calendar', ['Month', 'Week', 'Day']);
  await breakdown(app, '#bare-calendar', ['Month', 'Week', 'Day'], 'bare');

  const per = (times: number[], k: number) =>
    percentile(
      times.filter((_, i) => i % 3 === k),
      50,
    ).toFixed(0);
  console.log(
    `[bench] B7 medians (ms) week/day/month: Kalender ${per(appTimes, 0)}/${per(appTimes, 1)}/${per(appTimes, 2)}, bare ${per(bareTimes, 0)}/${per(bareTimes, 1)}/${per(bareTimes, 2)}`,
  );
  const m = summarize(
    'B7 Kalender: switch month/week/day',
    `${COUNT} operations stored (encrypted), ${IN_MONTH} in the month, 1280×1000`,
    appTimes,
    { name: 'bare react-big-calendar, same events', times: bareTimes },
  );
  report(withBudget(m, `median ≤ ${BUDGET_MS} ms`, m.medianMs <= BUDGET_MS));
});
