// Kalender (issue 14): the demo operation in month, week and day view in Berlin time, the
// filters and the view kept in the address across a reload, a click opening the workspace,
// the events reached by Tab and opened by Enter, the hints for an empty vault and for filters
// that match nothing, and axe on every view. Screenshots go to /tmp/shots-cal (German and
// English).
import type { Page } from '@playwright/test';
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

/** The Berlin day of the demo's H, read from the Zeitablauf (the access rows sit at H). */
async function demoHDay(page: Page): Promise<string> {
  const access = page.locator('[data-testid="timeline-row"][data-kind="access"]').first();
  const text = await access.innerText();
  const m = /(\d{2})\.(\d{2})\.(\d{4})/.exec(text);
  if (!m) throw new Error(`no date in ${text}`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * Presses Tab until the focus is on an element whose accessible name starts with `name`
 * (calendars have many tab stops: toolbar, filters, a button per day); fails after `max`.
 */
async function tabTo(page: Page, name: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? '',
    );
    if (label.startsWith(name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

async function openCalendar(page: Page, query: string) {
  await page.evaluate((q) => {
    window.location.hash = `#/calendar${q}`;
  }, query);
  await expect(page.getByTestId('calendar')).toBeVisible();
}

test('month → week → day with the demo, in Berlin time, with KW and axe on every view', async ({
  app,
}) => {
  test.slow();
  await app.setViewportSize({ width: 1280, height: 1000 });
  await openDemoWorkspace(app, 'timeline');
  const day = await demoHDay(app);
  await openCalendar(app, `?date=${day}`);
  const event = app.locator('.rbc-event').filter({ hasText: 'DEMO WINTERLICHT' });
  await expect(event.first()).toBeVisible();
  await expect(app.locator('.rbc-month-view')).toContainText('KW');
  await expectAccessible(app, 'Kalender Monat');
  await app.screenshot({ path: `${SHOTS}/calendar-month-de.png` });

  await app.getByRole('button', { name: 'Woche', exact: true }).click();
  await expect(app).toHaveURL(/view=week/);
  await expect(app.locator('.rbc-toolbar-label')).toContainText('KW');
  // H 20:00 Berlin, window H−3:00 to midnight: drawn in the time grid from 17:00 (not in the
  // all-day row), and the grid opens with it in view.
  const inGrid = app
    .locator('.rbc-time-content .rbc-event')
    .filter({ hasText: 'DEMO WINTERLICHT' });
  await expect(inGrid.first()).toContainText('17:00');
  await expect(inGrid.first()).toBeInViewport();
  await expect(app.locator('.rbc-allday-cell .rbc-event')).toHaveCount(0);
  await expectAccessible(app, 'Kalender Woche');
  await app.screenshot({ path: `${SHOTS}/calendar-week-de.png` });
  await app.setViewportSize({ width: 1440, height: 1000 });
  await app.screenshot({ path: `${SHOTS}/calendar-week-de-1440.png` });
  await app.setViewportSize({ width: 1280, height: 1000 });

  await app.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(app).toHaveURL(/view=day/);
  await expect(app.locator('.rbc-time-gutter')).toContainText('20:00');
  await expect(app.locator('.rbc-time-gutter')).not.toContainText(/AM|PM/);
  await expectAccessible(app, 'Kalender Tag');

  await app.getByRole('button', { name: 'Liste', exact: true }).click();
  await expect(app).toHaveURL(/view=agenda/);
  await expect(app.locator('.rbc-agenda-view')).toContainText('DEMO WINTERLICHT');
  await expectAccessible(app, 'Kalender Liste');

  await app.getByRole('button', { name: 'Arbeitswoche', exact: true }).click();
  await expect(app).toHaveURL(/view=work_week/);
  await expectAccessible(app, 'Kalender Arbeitswoche');

  // A click opens the plan's workspace.
  await app.getByRole('button', { name: 'Monat', exact: true }).click();
  await event.first().click();
  await expect(app.getByTestId('workspace')).toBeVisible();
});

test('keyboard: Tab reaches the demo in month, week and list view, Enter opens it', async ({
  app,
}) => {
  test.slow();
  await app.setViewportSize({ width: 1280, height: 1000 });
  await openDemoWorkspace(app, 'timeline');
  const day = await demoHDay(app);
  for (const view of ['month', 'week', 'agenda']) {
    await openCalendar(app, `?view=${view}&date=${day}`);
    await expect(app.locator('.rbc-event, .rbc-agenda-view a').first()).toBeVisible();
    // Start from the view switcher, as a keyboard user does after choosing the view.
    await app.locator('.rbc-toolbar button').last().focus();
    await tabTo(app, 'DEMO WINTERLICHT');
    const name = await app.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    // Code name, status and time in the name.
    expect(name).toMatch(/^DEMO WINTERLICHT, In Planung, \S+ \d{2}\.\d{2}\.\d{4} 17:00 – /);
    await app.keyboard.press('Enter');
    await expect(app.getByTestId('workspace')).toBeVisible();
  }
  // The month view's day buttons name the day they open.
  await openCalendar(app, `?date=${day}`);
  await expect(
    app.getByRole('button', { name: /^[^,]+, \d{1,2}\. \S+ \d{4} – Tagesansicht$/ }).first(),
  ).toBeVisible();
});

test('a new vault: the Kalender offers the example and loads it', async ({ app }) => {
  test.slow();
  await openCalendar(app, '');
  await expect(app.getByTestId('calendar-empty')).toContainText('Noch keine Einsätze');
  await expectAccessible(app, 'Kalender leer');
  await app.screenshot({ path: `${SHOTS}/calendar-empty-de.png` });
  await app.getByTestId('calendar-load-demo').click();
  await expect(app.getByTestId('calendar-empty')).toHaveCount(0);
  await app.getByRole('button', { name: 'Liste', exact: true }).click();
  await expect(app.locator('.rbc-agenda-view')).toContainText('DEMO WINTERLICHT');
});

test('filters and view stay in the address across a reload', async ({ app }) => {
  test.slow();
  await openDemoWorkspace(app, 'timeline');
  const day = await demoHDay(app);
  await openCalendar(app, `?view=week&date=${day}`);
  const event = app.locator('.rbc-event').filter({ hasText: 'DEMO WINTERLICHT' });
  await expect(event.first()).toBeVisible();
  await app.getByTestId('calendar-filter-status').click();
  await app.getByRole('option', { name: 'Abgeschlossen', exact: true }).click();
  await expect(app).toHaveURL(/status=closed/);
  await expect(event).toHaveCount(0);
  await expect(app.getByTestId('calendar-no-match')).toContainText(
    'Kein Einsatz passt zu den Filtern',
  );
  await app.screenshot({ path: `${SHOTS}/calendar-no-match-de.png` });

  await reloadAndUnlock(app);
  await expect(app.getByTestId('calendar')).toBeVisible();
  await expect(app).toHaveURL(/view=week/);
  await expect(app).toHaveURL(new RegExp(`date=${day}`));
  await expect(app.getByTestId('calendar-filter-status')).toHaveValue('Abgeschlossen');
  await expect(event).toHaveCount(0);
  // Resetting the filters brings the demo back and keeps view and day.
  await app.getByTestId('calendar-reset-filters').click();
  await expect(app).not.toHaveURL(/status=/);
  await expect(app).toHaveURL(/view=week/);
  await expect(event.first()).toBeVisible();
  await expect(app.getByTestId('calendar-no-match')).toHaveCount(0);
  await app.getByTestId('calendar-filter-status').click();
  await app.getByRole('option', { name: 'In Planung', exact: true }).click();
  await expect(app).toHaveURL(/status=planning/);
});

test('the calendar in English', async ({ page }) => {
  test.slow();
  await page.addInitScript(() => localStorage.setItem('verbundplaner.language', 'en'));
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/');
  await setUpVault(page);
  await page.getByTestId('nav-operations').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('operation-row').first()).toBeVisible();
  // The demo's H is a Friday within the next two weeks: the agenda (30 days) shows it.
  await openCalendar(page, '?view=agenda');
  await expect(page.locator('.rbc-agenda-view')).toContainText('DEMO WINTERLICHT');
  await expect(page.getByRole('button', { name: 'Work week', exact: true })).toBeVisible();
  await expectAccessible(page, 'Calendar agenda (en)');
  await page.screenshot({ path: `${SHOTS}/calendar-agenda-en.png` });
  // English dates: "Fri 11 Dec 2026", not "Fr 11.12.2026".
  await expect(page.locator('.rbc-agenda-date-cell').first()).toHaveText(
    /^\w{3} \d{1,2} \w{3,4} \d{4}$/,
  );
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await expect(page.locator('.rbc-toolbar-label')).toHaveText(/^CW \d+ · \d{1,2} .* \d{4}$/);
  await page.screenshot({ path: `${SHOTS}/calendar-week-en.png` });
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await page.screenshot({ path: `${SHOTS}/calendar-month-en-1440.png` });
});

test('a second plan at the same premises: a conflict in Kalender and in Bereitschaft', async ({
  app,
}) => {
  test.slow();
  await openDemoWorkspace(app, 'timeline');
  const day = await demoHDay(app);
  await app.getByTestId('nav-operations').click();
  const rows = app.getByTestId('operation-row');
  await rows.first().getByTestId('row-actions').click();
  await app.getByTestId('row-action-duplicate').click();
  await app.getByTestId('name-input').fill('WINTERLICHT ZWEI');
  await app.getByTestId('name-submit').click();
  await expect(rows).toHaveCount(2);

  await openCalendar(app, `?date=${day}`);
  const events = app.locator('.rbc-event').filter({ hasText: 'WINTERLICHT' });
  await expect(events).toHaveCount(2);
  for (const e of await events.all()) await expect(e).toContainText('Konflikt');

  await events.filter({ hasText: 'DEMO WINTERLICHT' }).click();
  await expect(app.getByTestId('workspace')).toBeVisible();
  await openPart(app, 'readiness');
  await expect(app.getByTestId('plan-conflicts')).toContainText('WINTERLICHT ZWEI');
  await expect(app.getByTestId('plan-conflicts')).toContainText('0 Tage Abstand');
});
