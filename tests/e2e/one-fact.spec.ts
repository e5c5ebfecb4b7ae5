// Issue 12 items 6–8 as a new operation lead met them: the briefing typed in the Zeitablauf was
// unknown to Bereitschaft and Durchführung, targets' access times were missing from the
// Zeitablauf, the teams banner said "Stärken passen" with nobody confirmed, and a Gelsenkirchen
// plan was offered offices of Essen and Dortmund.
import type { Page } from '@playwright/test';
import { expect, openDemoWorkspace, test } from './fixtures';

const row = (page: Page, kind: string) =>
  page.locator(`[data-testid="timeline-row"][data-kind="${kind}"]`);

/** Opens a part of the open plan by its route (the tab bar's grouping is not under test here). */
async function tab(page: Page, name: string) {
  await page.evaluate((part) => {
    window.location.hash = window.location.hash.replace(/\/[^/]+$/, `/${part}`);
  }, name);
  await expect(page.getByTestId('workspace')).toBeVisible();
}

test('the briefing is one time: set in the Zeitablauf, Bereitschaft and Durchführung know it', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'execution');
  // Start as a plan without a briefing time.
  const at = app.getByTestId('field-briefing-at');
  await at.fill('');
  await at.blur();
  await tab(app, 'readiness');
  const missing = app.locator('[data-testid="readiness-issue"][data-code="no_briefing_meeting"]');
  await expect(missing).toHaveCount(1);

  await tab(app, 'timeline');
  const briefing = row(app, 'briefing');
  await expect(briefing).toContainText('nicht geplant');
  await briefing.getByTestId('timeline-edit').click();
  const dialog = app.getByRole('dialog');
  await dialog.getByTestId('derived-offset').fill('H-3:00');
  await dialog.getByTestId('derived-save').click();
  await expect(dialog).toHaveCount(0);
  await expect(briefing).toContainText('H−3:00');
  // Listed once: the demo's own timeline has no second "Einsatzbesprechung".
  await expect(
    app.getByTestId('timeline-row').filter({ hasText: 'Einsatzbesprechung' }),
  ).toHaveCount(1);

  await tab(app, 'readiness');
  await expect(app.getByTestId('readiness')).toBeVisible();
  await expect(missing).toHaveCount(0);
  await tab(app, 'execution');
  await expect(app.getByTestId('field-briefing-at-root')).toContainText(
    'H−3:00 · steht auch im Zeitablauf',
  );
  await expect(app.getByTestId('field-briefing-at')).not.toHaveValue('');
});

test('every target’s access time is a Zeitablauf row, and editing it there edits the target', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'targets');
  const first = app.getByTestId('target-card').first();
  const name = (await first.getByRole('heading').first().innerText()).trim();
  await first.getByTestId('target-access').fill('H+20');
  await first.getByTestId('target-access').blur();
  await expect(first.getByTestId('target-access')).toHaveValue('H+0:20');

  await tab(app, 'timeline');
  const access = row(app, 'access').filter({ hasText: name });
  await expect(access).toHaveCount(1);
  await expect(access).toContainText('H+0:20');
  await access.getByTestId('timeline-edit').click();
  const dialog = app.getByRole('dialog');
  await dialog.getByTestId('derived-offset').fill('H+0:40');
  await dialog.getByTestId('derived-save').click();
  await expect(access).toContainText('H+0:40');

  await tab(app, 'targets');
  await expect(app.getByTestId('target-card').first().getByTestId('target-access')).toHaveValue(
    'H+0:40',
  );
});

test('teams with unconfirmed police get no all-clear: requested and confirmed are shown apart', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'forces');
  const agency = 'Polizeipräsidium Gelsenkirchen';
  await app.getByTestId('agency-pick').click();
  await app.getByTestId('agency-pick').fill(agency);
  await app.getByRole('option', { name: agency, exact: true }).click();
  await app.getByTestId('agency-add').click();
  const card = app
    .getByTestId('participation-card')
    .filter({ has: app.getByRole('heading', { name: agency, exact: true }) });
  await card.getByTestId('participation-details').click();
  await card.getByTestId('requested-strength').fill('16');
  await card.getByTestId('requested-strength').blur();
  await expect(card).toContainText('16 angefragt');

  await tab(app, 'teams');
  await expect(app.getByTestId('roster-warnings-none')).toBeVisible();
  const chip = app.locator(`[data-testid="palette-item"][data-agency="${agency}"]`);
  await expect(chip.getByTestId('palette-strength')).toHaveText('16 angefragt, 0 bestätigt');
  const team = app.getByTestId('team-card').first();
  await chip.dragTo(team);
  await expect(chip).toContainText('15 frei');
  // Nobody of that agency has said yes: no green banner, and the warning names the team.
  await expect(app.getByTestId('roster-warnings-none')).toHaveCount(0);
  const warning = app.getByTestId('roster-warnings').locator('[data-code="relies_on_unconfirmed"]');
  await expect(warning).toContainText('1 eingeteilte Personen sind nicht bestätigt (0 bestätigt');
  await expect(app.getByTestId('roster-totals')).toContainText('angefragt');
});

test('a Gelsenkirchen plan is offered the offices responsible for Gelsenkirchen', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'general');
  await app.getByTestId('field-municipality').click();
  await app.getByRole('option', { name: 'Gelsenkirchen', exact: true }).click();
  await tab(app, 'forces');
  const suggestions = app.getByTestId('agency-suggestions');
  await expect(suggestions).toContainText('Zuerst die für Gelsenkirchen zuständigen Stellen.');
  const offered = await suggestions
    .getByTestId('suggestion-add')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-agency') ?? ''));
  for (const name of offered) {
    expect(name).not.toMatch(/Essen|Duisburg|Feuerwehr Dortmund|Generalzolldirektion/);
  }
  // The district government of Gelsenkirchen's Regierungsbezirk, not the first by name (Arnsberg).
  await expect(suggestions.locator('[data-kind="district_government"]')).toContainText(
    'Hinzufügen: BR Münster',
  );
  await expect(suggestions.locator('[data-kind="trade_office"]')).toContainText(
    'Hinzufügen: Gewerbeamt Gelsenkirchen',
  );
});
