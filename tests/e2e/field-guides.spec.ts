// Allgemein › Checkliste und Hinweise in Chromium: written by keyboard (Enter adds the next
// item), ticked with the user's name, kept over a reload, accessible; a plan made from the plan's
// template gets the items open again. Screenshots in German and English at 1280 px.
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  openNewOperationDialog,
  reloadAndUnlock,
  setUserName,
  test,
} from './fixtures';
import { typedInDays } from './support/typed-dates';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-muster';

test('a checklist per thematic field: keyboard, tick, notes, into a template and out again', async ({
  app,
}) => {
  test.setTimeout(180_000);
  await app.setViewportSize({ width: 1280, height: 900 });
  await setUserName(app, 'POK Weber');
  await openDemoWorkspace(app, 'general');

  await app.getByTestId('field-guide-shisha').click();
  await app.getByRole('button', { name: 'Punkt hinzufügen' }).click();
  const first = app.getByLabel('Shisha: Punkt 1', { exact: true });
  await expect(first).toBeFocused();
  await app.keyboard.type('CO-Messgerät mitnehmen');
  await app.keyboard.press('Enter');
  const second = app.getByLabel('Shisha: Punkt 2', { exact: true });
  await expect(second).toBeFocused();
  await app.keyboard.type('Tabaksteuerbanderolen prüfen');
  await app.getByLabel('Shisha: Punkt 1 erledigt').check();
  await expect(app.getByText(/erledigt von POK Weber/)).toBeVisible();
  await app.getByLabel('Hinweise Shisha').fill('Zoll vorher informieren; Hinterausgang sichern.');
  await app.getByLabel('Hinweise Shisha').blur();
  await expect(app.getByText('1 von 2 erledigt')).toBeVisible();
  await expect(app.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expectAccessible(app, 'Allgemein with a checklist');
  await app.getByTestId('field-guides').screenshot({ path: `${SHOTS}/field-guides-de.png` });

  await reloadAndUnlock(app);
  await app.getByTestId('field-guide-shisha').click();
  await expect(app.getByLabel('Shisha: Punkt 2', { exact: true })).toHaveValue(
    'Tabaksteuerbanderolen prüfen',
  );
  await expect(app.getByLabel('Shisha: Punkt 1 erledigt')).toBeChecked();

  // As a template, then a new plan from it: the items come along, open again.
  await app.getByTestId('save-template').click();
  await app.getByTestId('template-name').fill('Muster Shisha mit Checkliste');
  await app.getByTestId('template-save').click();
  await expect(app.getByText('Muster „Muster Shisha mit Checkliste“')).toBeVisible();
  const dialog = await openNewOperationDialog(app);
  await dialog.getByText('Muster', { exact: true }).click();
  await app.getByTestId('new-source').click();
  await app.getByRole('option', { name: /Muster Shisha mit Checkliste/ }).click();
  await app.getByTestId('new-code-name').fill('OASE');
  await app.getByTestId('new-h-hour').fill(typedInDays(40));
  await app.keyboard.press('Tab');
  await app.getByTestId('new-save').click();
  await expect(app.getByTestId('workspace-codename')).toHaveText('OASE');
  await app.getByTestId('field-guide-shisha').click();
  await expect(app.getByLabel('Shisha: Punkt 1', { exact: true })).toHaveValue(
    'CO-Messgerät mitnehmen',
  );
  await expect(app.getByLabel('Shisha: Punkt 1 erledigt')).not.toBeChecked();
  await expect(app.getByLabel('Hinweise Shisha')).toHaveValue(/Zoll vorher informieren/);

  const hash = new URL(app.url()).hash;
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.evaluate((h: string) => {
    window.location.hash = h;
  }, hash);
  await app.getByTestId('field-guide-shisha').click();
  await expect(app.getByText('0 of 2 done')).toBeVisible();
  await expect(app.getByLabel('Shisha: item 1', { exact: true })).toBeVisible();
  await app.getByTestId('field-guides').screenshot({ path: `${SHOTS}/field-guides-en.png` });
});
