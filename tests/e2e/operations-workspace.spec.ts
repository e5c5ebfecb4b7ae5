// The workspace journeys of an operation lead: plan a new operation through all five framework
// parts with the keyboard and find everything after a reload; approve it and see it read-only;
// start revision 2 and compare it with the approved one; start a new plan from a template.
import type { Page } from '@playwright/test';
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
import { openPart } from './support/workspace-nav';

/** Per framework part, the fields this journey fills (test id → text). */
const TEXTS = {
  situation: {
    'field-situation-background':
      'Beschwerden über zwei Shisha-Bars und ein Wettbüro am Nordmarkt.',
    'field-situation-trigger': 'Fallkonferenz der Ordnungspartnerschaft vom Oktober.',
  },
  mission: {
    'field-mission-goals': 'Verstöße feststellen und beweissicher dokumentieren, bis H+3:00.',
  },
  execution: { 'field-phase-execution': 'Zeitgleicher Zugriff um H auf alle Objekte.' },
  support: { 'field-support-vehicles': 'Zwei Gruppenkraftwagen, ein Zollfahrzeug.' },
  command: {
    'field-command-structure': 'Polizeiführer mit Führungsstab; Abschnittsführer je Objekt.',
  },
} as const;
const PARTS = Object.keys(TEXTS) as (keyof typeof TEXTS)[];

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

async function newOperationByKeyboard(page: Page, codeName: string): Promise<void> {
  await openNewOperationDialog(page);
  await expect(page.getByTestId('new-code-name')).toBeFocused();
  await page.keyboard.type(codeName);
  await page.getByTestId('new-title').fill('Verbundkontrolle Nordmarkt');
  await page.getByTestId('new-h-hour').fill(typedInDays(21));
  await page.keyboard.press('Tab');
  await page.getByTestId('new-save').click();
  await expect(page).toHaveURL(/#\/operations\/[^/?]+/);
  await expect(page.getByTestId('workspace')).toBeVisible();
}

test('plans a new operation through all five parts; a reload keeps everything', async ({ app }) => {
  test.setTimeout(150_000);
  await newOperationByKeyboard(app, 'NORDLICHT');
  await expect(app.getByTestId('workspace-codename')).toHaveText('NORDLICHT');
  // The new plan starts with the focus on its first part, not nowhere.
  await expect(app.getByTestId('tab-general')).toBeFocused();

  // Alt+PageDown walks the framework parts in order.
  for (const part of PARTS) {
    await app.keyboard.press('Alt+PageDown');
    await expect(app).toHaveURL(new RegExp(`/${part}$`));
    // The address changes a moment before the view does: wait for this part's own field.
    for (const [testId, text] of Object.entries(TEXTS[part])) {
      await app.getByTestId(testId).fill(text);
    }
    if (part === 'situation') {
      const weapons = app.getByTestId('risk-level-weapons');
      await weapons.getByText('gering', { exact: true }).click();
      await app.getByTestId('risk-assess').click();
      await expect(app.getByTestId('risk-assessment')).toContainText('Bewertet');
    }
    await waitSaved(app);
  }
  await expectAccessible(app, 'command and communications');
  // Alt+PageUp goes back, and the focus follows to the part's tab.
  await app.keyboard.press('Alt+PageUp');
  await expect(app).toHaveURL(/\/support$/);
  await expect(app.getByTestId('tab-support')).toBeFocused();

  await reloadAndUnlock(app);
  await expect(app.getByTestId('workspace-codename')).toHaveText('NORDLICHT');
  for (const part of PARTS) {
    await openPart(app, part);
    await expect(app).toHaveURL(new RegExp(`/${part}$`));
    for (const [testId, text] of Object.entries(TEXTS[part])) {
      await expect(app.getByTestId(testId)).toHaveValue(text);
    }
  }
  await openPart(app, 'situation');
  await expect(app.getByTestId('risk-level-weapons').locator('input[value="low"]')).toBeChecked();
});

test('approves the plan read-only, starts revision 2 and compares it', async ({ app }) => {
  test.setTimeout(150_000);
  // Approval records who approved: without a name the app asks for one.
  await setUserName(app, 'EPHK Erika Mustermann');
  await openDemoWorkspace(app, 'general');

  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-in_review').click();
  // The readiness check warns before the plan goes to approval; it does not block.
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByTestId('status-readiness-warning')).toBeVisible();
  await expectAccessible(app, 'readiness warning');
  await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(app.getByTestId('workspace-header')).toContainText('Zur Freigabe');

  await app.getByTestId('status-menu').click();
  await app.getByTestId('status-to-approved').click();
  // The demo has no open mandatory item: approval needs no reason (tests/e2e/approval.spec.ts).
  await app.getByRole('dialog').getByTestId('approve-confirm').click();
  await expect(app.getByTestId('read-only-banner')).toBeVisible();
  await expect(app.getByTestId('workspace-header')).toContainText('Freigegeben');
  await expect(app.getByTestId('field-title')).toHaveAttribute('readonly', '');
  await openPart(app, 'situation');
  await expect(app.getByTestId('field-situation-trigger')).toHaveAttribute('readonly', '');
  await expectAccessible(app, 'approved, read-only plan');

  // Revision 2: editable again; the approved revision 1 stays readable.
  await app.getByTestId('start-revision').click();
  await expect(app.getByTestId('read-only-banner')).toHaveCount(0);
  await expect(app.getByTestId('workspace-header')).toContainText('Revision 2');
  const trigger = app.getByTestId('field-situation-trigger');
  await trigger.fill('Geänderter Anlass nach der Vorbesprechung.');
  await waitSaved(app);

  await openPart(app, 'revisions');
  await expect(app.getByTestId('revision-entry')).toHaveCount(2);
  await expect(app.getByTestId('revision-entry').first()).toContainText(
    'Revision 1 – freigegeben von EPHK Erika Mustermann',
  );
  const diff = app.getByTestId('revision-diff');
  await expect(diff).toContainText('geändert');
  await expect(diff).toContainText('Lage › Anlass und Begründung');
  await expect(diff).toContainText('Geänderter Anlass nach der Vorbesprechung.');
  await app.getByRole('button', { name: 'Ansehen' }).first().click();
  await expect(app.getByRole('dialog')).toContainText('Revision 1 (schreibgeschützt)');
  await expectAccessible(app, 'revision snapshot');
});

test('a template keeps texts and roles but no persons', async ({ app }) => {
  test.setTimeout(150_000);
  await openDemoWorkspace(app, 'general');
  await app.getByTestId('save-template').click();
  await expect(app.getByTestId('template-name')).toHaveValue('Muster DEMO WINTERLICHT');
  await app.getByTestId('template-name').fill('Muster Shisha-Kontrolle');
  await app.getByTestId('template-save').click();
  await expect(app.getByText('Muster „Muster Shisha-Kontrolle“')).toBeVisible();

  const dialog = await openNewOperationDialog(app);
  await dialog.getByText('Muster', { exact: true }).click();
  await app.getByTestId('new-source').click();
  await app.getByRole('option', { name: /Muster Shisha-Kontrolle/ }).click();
  await app.getByTestId('new-code-name').fill('OASE');
  await app.getByTestId('new-h-hour').fill(typedInDays(40));
  await app.keyboard.press('Tab');
  await expectAccessible(app, 'new operation from a template');
  await app.getByTestId('new-save').click();
  await expect(app).toHaveURL(/#\/operations\/[^/?]+/);
  await expect(app.getByTestId('workspace-codename')).toHaveText('OASE');

  // Texts and structure came along; the operation lead (a person) did not.
  await expect(app.getByTestId('field-operationLead')).toHaveValue('');
  await openPart(app, 'situation');
  await expect(app.getByTestId('field-situation-trigger')).toHaveValue(
    /Ordnungspartnerschaft Beispielviertel/,
  );
  await openPart(app, 'forces');
  await expect(app.getByTestId('participation-card').first()).toBeVisible();
  await expect(app.getByTestId('confirmation-status').first()).toHaveText('angefragt');
});
