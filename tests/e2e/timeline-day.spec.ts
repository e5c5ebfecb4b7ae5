// Zeitablauf as a day view (issue 14 items 2–3): drag an entry and its offset from H changes
// and survives a reload; "H verschieben" moves every relative entry and can be undone; the day
// view passes axe. Screenshots go to /tmp/shots-cal (German and English).
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  reloadAndUnlock,
  setUpVault,
  test,
} from './fixtures';
import { openPart } from './support/workspace-nav';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-cal';
const ENTRY = 'Zeitgleicher Zugriff';

const tableRow = (page: Page, title: string): Locator =>
  page.getByTestId('timeline-row').filter({ hasText: title }).first();

async function showDay(page: Page) {
  await page.getByTestId('timeline-view-toggle').getByText('Tagesansicht').click();
  await expect(page.getByTestId('timeline-day')).toBeVisible();
}

async function showTable(page: Page) {
  await page.getByTestId('timeline-view-toggle').getByText('Tabelle').click();
  await expect(page.getByTestId('timeline-row').first()).toBeVisible();
}

test('drag an entry in the day view: its offset from H changes and survives a reload', async ({
  app,
}) => {
  test.slow();
  await app.setViewportSize({ width: 1280, height: 1000 });
  await openDemoWorkspace(app, 'timeline');
  await expect(tableRow(app, ENTRY).locator('td').first()).toHaveText('H');
  await showDay(app);
  const event = app.locator('.rbc-event').filter({ hasText: ENTRY }).first();
  await expect(event).toBeVisible();
  await expect(event).toContainText(`H · ${ENTRY}`);
  // Phase bands sit behind the entries.
  await expect(app.locator('.rbc-background-event').first()).toBeVisible();
  await expectAccessible(app, 'Zeitablauf Tagesansicht');
  await app.screenshot({ path: `${SHOTS}/timeline-day-de.png` });

  await event.scrollIntoViewIfNeeded();
  await app.screenshot({ path: `${SHOTS}/timeline-day-h-de.png` });
  const hour = await app.locator('.rbc-timeslot-group').first().boundingBox();
  const box = await event.boundingBox();
  if (!hour || !box) throw new Error('layout');
  const x = box.x + box.width / 2;
  const y = box.y + 6;
  await app.mouse.move(x, y);
  await app.mouse.down();
  for (let i = 1; i <= 10; i++) await app.mouse.move(x, y + (hour.height / 2) * (i / 10));
  await app.mouse.up();
  await expect(event).toContainText(`H+0:30 · ${ENTRY}`);

  await showTable(app);
  await expect(tableRow(app, ENTRY).locator('td').first()).toHaveText('H+0:30');
  await reloadAndUnlock(app);
  await expect(tableRow(app, ENTRY).locator('td').first()).toHaveText('H+0:30');
});

test('day view: opens at the first entry, bands are no tab stops, names stay readable', async ({
  app,
}) => {
  // Review findings 8, 9, 10, 20 (and the H dialog of 23).
  test.slow();
  await app.setViewportSize({ width: 1280, height: 800 });
  await openDemoWorkspace(app, 'timeline');
  await showDay(app);
  const first = app.locator('.rbc-event').first();
  await expect(first).toBeVisible();
  // Opened scrolled down to the first entry, which is inside the visible part of the grid.
  const grid = app.locator('.rbc-time-content');
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const [g, e] = await Promise.all([grid.boundingBox(), first.boundingBox()]);
  if (!g || !e) throw new Error('layout');
  expect(e.y).toBeGreaterThanOrEqual(g.y);
  expect(e.y).toBeLessThan(g.y + g.height);
  // Phase bands: scenery, not buttons; an open end reads "ab …".
  await expect(app.locator('.rbc-background-event').first()).toBeAttached();
  await expect(app.locator('.rbc-background-event[role="button"]')).toHaveCount(0);
  await expect(app.locator('.rbc-background-event:not([tabindex="-1"])')).toHaveCount(0);
  await expect(app.locator('.rbc-background-event', { hasText: /–\s*$/ })).toHaveCount(0);
  // Column headers carry the full name; entries carry their full text as title.
  const header = app.locator('.rbc-row-resource .rbc-header span[title]').nth(1);
  await expect(header).toHaveAttribute('title', /\S/);
  await expect(first).toHaveAttribute('title', /\S/);
  await expect(app.getByTestId('timeline-day-midnight')).toContainText('nach Mitternacht');
  await expectAccessible(app, 'Zeitablauf Tagesansicht (Befunde)');
  await app.screenshot({ path: `${SHOTS}/timeline-day-first-de.png` });

  // H verschieben: the nudges share a line, and Escape gives focus back to the button.
  await app.getByTestId('move-h').focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'H verschieben' });
  const [earlier, later] = await Promise.all([
    dialog.getByTestId('move-h-earlier').boundingBox(),
    dialog.getByTestId('move-h-later').boundingBox(),
  ]);
  expect(Math.abs((earlier?.y ?? 0) - (later?.y ?? 1))).toBeLessThan(2);
  await app.screenshot({ path: `${SHOTS}/timeline-move-h-dialog-de.png` });
  await app.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(app.getByTestId('move-h')).toBeFocused();
});

test('move H by 30 minutes: relative entries follow, one undo takes it back', async ({ app }) => {
  test.slow();
  await openDemoWorkspace(app, 'timeline');
  const access = app.locator('[data-testid="timeline-row"][data-kind="access"]').first();
  await expect(access).toContainText('20:00');
  await expect(tableRow(app, ENTRY)).toContainText('20:00');
  await app.getByTestId('move-h').click();
  const dialog = app.getByRole('dialog', { name: 'H verschieben' });
  await dialog.getByTestId('move-h-later').click();
  await expect(dialog.getByTestId('move-h-summary')).toContainText('H+0:30');
  await expectAccessible(app, 'H verschieben');
  await app.screenshot({ path: `${SHOTS}/timeline-move-h-de.png` });
  await dialog.getByTestId('move-h-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(access).toContainText('20:30');
  await expect(tableRow(app, ENTRY)).toContainText('20:30');
  await expect(tableRow(app, ENTRY).locator('td').first()).toHaveText('H');

  await app.getByTestId('move-h-undo').click();
  await expect(access).toContainText('20:00');
  await expect(tableRow(app, ENTRY)).toContainText('20:00');
});

test('the day view in English', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => localStorage.setItem('verbundplaner.language', 'en'));
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/');
  await setUpVault(page);
  await page.getByTestId('nav-operations').click();
  await page.getByTestId('load-demo').click();
  await page.getByTestId('operation-row').first().dblclick();
  await expect(page.getByTestId('workspace')).toBeVisible();
  await openPart(page, 'timeline');
  await page.getByTestId('timeline-view-toggle').getByText('Day view').click();
  await expect(page.locator('.rbc-event').first()).toBeVisible();
  await expectAccessible(page, 'Timeline day view (en)');
  await page.screenshot({ path: `${SHOTS}/timeline-day-en.png` });
});

test('the .ics for an agency downloads, parses, and names premises only after the release', async ({
  app,
}) => {
  test.slow();
  await openDemoWorkspace(app, 'timeline');
  const download = async () => {
    await app.getByTestId('ics-export-button').click();
    const dialog = app.getByRole('dialog', { name: 'Kalenderdatei enthält Zeit und Ort' });
    await expect(dialog).toContainText('VS-NfD');
    const downloading = app.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Kalenderdatei (.ics)' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^kalender-demo-winterlicht-.+\.ics$/);
    // Unfolded (.ics lines wrap at 75 octets), so a name is one string again.
    return (await readFile((await file.path()) ?? '', 'utf8')).replace(/\r?\n[ \t]/g, '');
  };
  await app.getByTestId('ics-agency').click();
  await app.getByRole('option').first().click();
  const before = await download();
  const events = new ICAL.Component(ICAL.parse(before)).getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThanOrEqual(2);
  expect(before).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(before).toContain('Objekt 1');
  expect(before).not.toContain('Shisha-Lounge Beispiel');

  // Released to all from now on: the file names the premises, Bereitschaft shows it.
  await app.getByTestId('target-release').getByText('alle Behörden').click();
  await app.getByTestId('target-release-from').fill('01.01.2026 00:00');
  await app.getByTestId('target-release-from').blur();
  await app.getByTestId('target-release-save').click();
  await expect(app.getByTestId('target-release')).toContainText('Für alle Behörden freigegeben');
  const after = await download();
  expect(after).not.toContain('Objekt 1');
  expect(after).toContain('Shisha-Lounge Beispiel');
  await openPart(app, 'readiness');
  await expect(app.getByTestId('target-release-summary')).toContainText('freigegeben');
});
