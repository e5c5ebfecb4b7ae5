// A large agencies CSV through the import dialog in Chromium, read by the real module worker:
// the dialog shows the rows checked as they come, then the counts of the synchronous importer
// (worked out independently by the generator); a 50 000-row file shows its progress too, and the
// long tasks while it is read are printed (Long Tasks API). They are printed, not asserted: on a
// 2-core machine shared by many runs every task is stretched many times over, so a 50 ms bound
// measured here says more about the machine than about the page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFile } from './support/choose-file';
import { agencyCsv, type AgencyCsvFile } from '../support/agency-csv';

test.describe.configure({ timeout: 120_000 });

const SHOTS = process.env.VP_SHOTS_DIR;

interface Seen {
  progress: string[];
  /** When the file was chosen (the input's change event) and when the result summary appeared. */
  chosenAt: number | null;
  summaryAt: number | null;
  longTasks: { start: number; end: number }[];
}

/** Records every progress text, when the summary appears, and every long task from now on. */
async function watch(app: Page): Promise<void> {
  await app.evaluate(() => {
    const seen: Seen = { progress: [], chosenAt: null, summaryAt: null, longTasks: [] };
    (window as unknown as { seen: Seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        seen.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    const note = () => {
      const text = document.querySelector('[data-testid="import-progress-text"]')?.textContent;
      if (text && seen.progress.at(-1) !== text) seen.progress.push(text);
      if (seen.summaryAt === null && document.querySelector('[data-testid="import-summary"]'))
        seen.summaryAt = performance.now();
    };
    document.addEventListener('change', () => (seen.chosenAt ??= performance.now()), true);
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

const seen = (app: Page) => app.evaluate(() => (window as unknown as { seen: Seen }).seen);

async function importFile(app: Page, file: AgencyCsvFile, name: string) {
  await app.getByTestId('nav-agencies').click();
  await app.getByTestId('agencies-import').click();
  await watch(app);
  await chooseFile(app, app.getByTestId('import-choose'), {
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(file.text, 'utf8'),
  });
}

const de = (n: number) => n.toLocaleString('de-DE');

test('a 20 000-row file: progress while the worker reads, then the preview count', async ({
  app,
}) => {
  const file = agencyCsv(2_000, 10);
  await importFile(app, file, 'behoerden-gross.csv');
  const summary = app.getByTestId('import-summary');
  await expect(summary).toHaveText(
    `${file.validRows} von ${file.dataRows} Zeilen sind gültig: ${file.agencies} Behörden.`,
    { timeout: 60_000 },
  );
  await expect(app.getByTestId('import-confirm')).toHaveText(
    `${file.agencies} gültige Behörden importieren`,
  );
  await expect(app.getByTestId('import-preview').getByRole('row')).toHaveCount(50);
  await expect(app.getByText(`… und ${file.agencies - 50} weitere`)).toBeVisible();
  await expect(app.getByTestId('import-progress')).toHaveCount(0);

  const { progress } = await seen(app);
  console.log(`[csv e2e] progress texts seen: ${progress.length}`, progress.slice(0, 4));
  expect(progress[0]).toBe('Datei wird geprüft …');
  const counts = progress.slice(1).map((p) => {
    const m = /^([\d.]+) von ([\d.]+) Zeilen geprüft$/.exec(p);
    expect(m, p).not.toBeNull();
    expect(m?.[2]).toBe(de(file.dataRows));
    return Number((m?.[1] ?? '').replace(/\./g, ''));
  });
  // Counts only go up. On an idle machine 20 000 rows can be read between two paints, so the
  // count texts may all be skipped here; the 50 000-row test below requires them.
  expect(counts).toEqual([...counts].sort((a, b) => a - b));

  await app.getByTestId('import-confirm').click();
  await expect(app.getByText(`Import abgeschlossen: ${file.agencies} neu`)).toBeVisible({
    timeout: 60_000,
  });
});

test('a 50 000-row file: progress, and the long tasks while it is read', async ({ app }) => {
  const file = agencyCsv(5_000, 10);
  await importFile(app, file, 'behoerden-50000.csv');
  // The read is over when the last row is counted; the result is drawn after that.
  await expect(app.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
  const { progress, chosenAt, summaryAt, longTasks } = await seen(app);
  // Reading is from the file's choice to the summary; drawing the result is not part of it.
  const reading = longTasks
    .filter((t) => chosenAt !== null && summaryAt !== null && t.end > chosenAt && t.end < summaryAt)
    .map((t) => Math.round(t.end - t.start));
  console.log(
    `[csv e2e] 50 000 rows: ${progress.length} progress texts; long tasks while reading (ms): ${JSON.stringify(reading)}; all: ${JSON.stringify(longTasks.map((t) => Math.round(t.end - t.start)))}`,
  );
  expect(progress[0]).toBe('Datei wird geprüft …');
  expect(progress.length).toBeGreaterThan(1);
});

// Screens for review (VP_SHOTS_DIR=/tmp/shots): the dialog while reading and with its result,
// at 1280 and 1440 px, in German and English.
for (const lang of ['de', 'en'] as const)
  test(`screens of the import dialog (${lang})`, async ({ app }) => {
    test.skip(!SHOTS, 'only when VP_SHOTS_DIR is set');
    if (lang === 'en') {
      await app.getByTestId('nav-settings').click();
      await app.getByTestId('language-switch').getByText('English').click();
    }
    await importFile(app, agencyCsv(5_000, 10), 'agencies.csv');
    await expect(app.getByTestId('import-progress-text')).toBeVisible();
    await app.screenshot({ path: `${SHOTS}/import-reading-${lang}.png` });
    await expect(app.getByTestId('import-summary')).toBeVisible({ timeout: 60_000 });
    for (const width of [1280, 1440]) {
      await app.setViewportSize({ width, height: 900 });
      await app.screenshot({ path: `${SHOTS}/import-result-${lang}-${width}.png` });
    }
  });
