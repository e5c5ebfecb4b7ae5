// The shell: German first, every section reachable (mouse and keyboard), example data, language
// switch that survives a reload, and no serious accessibility violations.
import {
  expect,
  expectAccessible,
  openNewOperationDialog,
  reloadAndUnlock,
  test,
} from './fixtures';

const SECTIONS = [
  ['operations', 'Einsätze'],
  ['calendar', 'Kalender'],
  ['map', 'Karte'],
  ['premises', 'Objekte'],
  ['agencies', 'Behörden'],
  ['results', 'Auswertung'],
  ['settings', 'Einstellungen'],
] as const;

test('starts in German on the operations screen', async ({ app }) => {
  await expect(app.locator('html')).toHaveAttribute('lang', 'de');
  await expect(app).toHaveURL(/#\/operations$/);
  await expect(app.getByRole('heading', { level: 1, name: 'Einsätze' })).toBeVisible();
  await expect(app.getByTestId('operations-empty')).toContainText('Noch keine Einsätze');
  await expect(app.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
});

test('every navigation entry opens its section', async ({ app }) => {
  for (const [key, name] of SECTIONS) {
    await app.getByTestId(`nav-${key}`).click();
    await expect(app).toHaveURL(new RegExp(`#/${key}$`));
    await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectAccessible(app, name);
  }
  await expect(app.getByTestId('nav-settings')).toHaveAttribute('data-active', 'true');
  await expect(app.getByTestId('nav-map')).not.toHaveAttribute('data-active', 'true');
});

test('sections can be reached with Alt+number', async ({ app }) => {
  for (const [i, [key, name]] of SECTIONS.entries()) {
    await app.keyboard.press(`Alt+${i + 1}`);
    await expect(app).toHaveURL(new RegExp(`#/${key}$`));
    await expect(app.getByRole('heading', { level: 1, name })).toBeVisible();
  }
});

test('sections that later releases fill say so honestly', async ({ app }) => {
  await app.getByTestId('nav-results').click();
  await expect(app.getByTestId('not-yet-available')).toContainText('Noch nicht verfügbar');
});

test('loads the fictional example and lists it', async ({ app }) => {
  await app.getByTestId('load-demo').click();
  const rows = app.getByTestId('operation-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('DEMO');
  await expect(rows.first()).toContainText('Essen');
  await expectAccessible(app, 'operations list');
  // The example survives a reload.
  await reloadAndUnlock(app);
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
});

test('switching to English persists across a reload, and back', async ({ app }) => {
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
  await reloadAndUnlock(app);
  await expect(app.getByTestId('nav-operations')).toContainText('Operations');
  await app.getByTestId('language-switch').getByText('Deutsch').click();
  await expect(app.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await reloadAndUnlock(app);
  await expect(app.getByTestId('nav-operations')).toContainText('Einsätze');
});

test('unknown routes show a way back', async ({ app }) => {
  await app.evaluate(() => {
    window.location.hash = '#/does-not-exist';
  });
  await expect(app.getByText('Diese Seite gibt es nicht.')).toBeVisible();
  await app.getByRole('link', { name: 'Zur Einsatzübersicht' }).click();
  await expect(app).toHaveURL(/#\/operations$/);
});

test('dialogs open without animation when the system asks for less motion', async ({ app }) => {
  const duration = async () => {
    const dialog = await openNewOperationDialog(app);
    const value = await dialog.evaluate((el) => getComputedStyle(el).transitionDuration);
    await app.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    return value;
  };
  await app.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await duration()).not.toBe('0s');
  await app.emulateMedia({ reducedMotion: 'reduce' });
  expect(await duration()).toBe('0s');
});
