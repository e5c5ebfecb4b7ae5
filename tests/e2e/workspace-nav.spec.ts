// Workspace navigation and reflow (issue 12 items 9, 10, 12): the parts are grouped so each row
// of tabs stays one row at 1280 px, every part is reachable by keyboard (arrows in the tab lists,
// Alt+PgDn/Alt+PgUp through all parts in order), "Beheben" in Bereitschaft puts the focus on the
// record, the workspace never scrolls sideways at 640×400 (200 %) or 320 px, and the operations
// list's column headers fit at 1440 px.
import type { Locator, Page } from '@playwright/test';
import { expect, openDemoWorkspace, openNewOperationDialog, test } from './fixtures';
import { typedInDays } from './support/typed-dates';
import { openPart, PART_ORDER, partTabId, WORKSPACE_GROUPS } from './support/workspace-nav';

/** The distinct top edges of the tabs in a tab list: one row means one value. */
async function rowsOf(list: Locator): Promise<number[]> {
  const tops = await list
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
  return [...new Set(tops)];
}

/** How far the page itself scrolls sideways (0 when it fits). */
const sideScroll = (page: Page) =>
  page.evaluate(() => {
    const s = document.scrollingElement;
    return s ? s.scrollWidth - s.clientWidth : 0;
  });

test('each row of workspace tabs is one row at 1280 px, in German and English', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openDemoWorkspace(app, 'general');
  for (const lang of ['de', 'en'] as const) {
    if (lang === 'en') {
      await app.getByTestId('nav-settings').click();
      await app.getByTestId('language-switch').getByText('English').click();
      await app.goBack();
      await expect(app.getByTestId('workspace')).toBeVisible();
    }
    for (const group of WORKSPACE_GROUPS) {
      await openPart(app, group.parts[0] ?? 'general');
      const lists = app.getByTestId('workspace').getByRole('tablist');
      await expect(lists.first()).toBeVisible();
      for (const list of await lists.all()) {
        expect(await rowsOf(list), `${lang}: tabs of ${group.key}`).toHaveLength(1);
      }
    }
  }
});

test('every part is reachable with the arrow keys and with Alt+PgDn / Alt+PgUp in order', async ({
  app,
}) => {
  await app.setViewportSize({ width: 1280, height: 800 });
  await openDemoWorkspace(app, 'general');
  const groupTab = (key: string) => app.getByTestId(`tab-group-${key}`);

  // Arrows across the groups, Tab into the active group's parts, arrows across those.
  await groupTab('plan').focus();
  for (const [g, group] of WORKSPACE_GROUPS.entries()) {
    if (g > 0) await app.keyboard.press('ArrowRight');
    await expect(groupTab(group.key)).toBeFocused();
    await expect(app).toHaveURL(new RegExp(`/${group.parts[0]}$`));
    await expect(groupTab(group.key)).toHaveAttribute('aria-selected', 'true');
    if (group.parts.length === 1) continue;
    await app.keyboard.press('Tab');
    for (const [p, part] of group.parts.entries()) {
      if (p > 0) await app.keyboard.press('ArrowRight');
      await expect(app.getByTestId(`tab-${part}`)).toBeFocused();
      await expect(app).toHaveURL(new RegExp(`/${part}$`));
      // The address changes before the view: the next key waits for the part to be shown.
      await expect(app.getByTestId(`tab-${part}`)).toHaveAttribute('aria-selected', 'true');
    }
    await app.keyboard.press('Shift+Tab');
    await expect(groupTab(group.key)).toBeFocused();
  }

  // Alt+PgDn walks every part in order and comes round again; Alt+PgUp walks back.
  await openPart(app, 'general');
  for (const part of [...PART_ORDER.slice(1), 'general' as const]) {
    await app.keyboard.press('Alt+PageDown');
    await expect(app).toHaveURL(new RegExp(`/${part}$`));
    await expect(app.getByTestId(partTabId(part))).toHaveAttribute('aria-selected', 'true');
  }
  await app.keyboard.press('Alt+PageUp');
  await expect(app).toHaveURL(new RegExp(`/${PART_ORDER[PART_ORDER.length - 1]}$`));
});

test('"Beheben" in Bereitschaft puts the keyboard focus on the record or field', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'readiness');
  const issue = app.locator('[data-testid="readiness-issue"][data-code="agency_not_confirmed"]');
  await issue.first().getByRole('button', { name: 'Beheben' }).press('Enter');
  await expect(app).toHaveURL(/\/forces\?focus=/);
  const id = new URL(app.url().replace('#/', '')).searchParams.get('focus') ?? '';
  const card = app.locator(`[data-focus-id="${id}"]`);
  await expect(card).toBeFocused();

  // An issue about a part as a whole (no record) focuses the part's first field.
  await openNewOperationDialog(app);
  await app.getByTestId('new-code-name').fill('FOKUSPROBE');
  await app.getByTestId('new-h-hour').fill(typedInDays(14));
  await app.keyboard.press('Tab');
  await app.getByTestId('new-save').click();
  await expect(app.getByTestId('workspace-codename')).toHaveText('FOKUSPROBE');
  await openPart(app, 'readiness');
  await app
    .locator('[data-testid="readiness-issue"][data-code="part_empty"]')
    .filter({ hasText: 'Lage' })
    .getByRole('button', { name: 'Beheben' })
    .press('Enter');
  await expect(app).toHaveURL(/\/situation\?focus=/);
  await expect(app.locator('[data-field^="framework.situation."]').first()).toBeFocused();
});

test('the workspace does not scroll sideways at 640×400 and at 320 px', async ({ app }) => {
  await openDemoWorkspace(app, 'general');
  for (const size of [
    { width: 640, height: 400 },
    { width: 320, height: 640 },
  ]) {
    await app.setViewportSize(size);
    for (const part of PART_ORDER) {
      await openPart(app, part);
      expect(await sideScroll(app), `${size.width} px: ${part}`).toBeLessThanOrEqual(0);
    }
    // The header's buttons wrap instead of pushing the page wider.
    const header = app.getByTestId('workspace-header');
    const box = await header.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(size.width);
  }
});

test('the operations list headers are not cut at 1440 px, in German and English', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'general');
  for (const lang of ['de', 'en'] as const) {
    if (lang === 'en') {
      await app.getByTestId('nav-settings').click();
      await app.getByTestId('language-switch').getByText('English').click();
    }
    await app.getByTestId('nav-operations').click();
    const headers = app.getByTestId('operations-table').locator('th');
    await expect(headers.first()).toBeVisible();
    const cut = await headers.evaluateAll((cells) =>
      cells
        .flatMap((th) => [th, ...Array.from(th.querySelectorAll<HTMLElement>('button'))])
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => el.textContent),
    );
    expect(cut, `${lang}: headers cut`).toEqual([]);
    // The sort icon is squeezed away before the text overflows: it must keep its size too.
    const iconWidths = await headers
      .locator('button svg')
      .evaluateAll((icons) => icons.map((i) => Math.round(i.getBoundingClientRect().width)));
    expect(iconWidths, `${lang}: sort icons`).toEqual(iconWidths.map(() => 14));
  }
});
