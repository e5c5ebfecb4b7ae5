// Signed approval in two browser contexts with separate vaults (issue 16 item 7): the drafter
// saves a Freigabeanfrage sealed to the second person's registered key, the second person opens
// it in their Posteingang and signs the Freigabe, the drafter imports it — the plan is approved
// by the second person, signed. A Freigabe for a plan changed since is refused in German.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  setUpVault,
  setUserName,
  test,
  waitState,
} from './fixtures';
import { chooseFile } from './support/choose-file';
import { createKey, download } from './support/exchange';

const SHOTS = '/tmp/shots-liaison2';

async function moveStatus(page: Page, to: string, twoPersons = false): Promise<void> {
  await page.getByTestId('status-menu').click();
  await page.getByTestId(`status-to-${to}`).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (twoPersons) await dialog.getByTestId('status-two-persons').check();
  await dialog.getByTestId('status-confirm').click();
  await expect(dialog).toBeHidden();
}

/** Opens "Freigeben", writes a reason per open item and goes on to the second-person step. */
async function openSecondPersonStep(page: Page) {
  await page.getByTestId('status-menu').click();
  await page.getByTestId('status-to-approved').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('approve-review')).toBeVisible();
  const reasons = dialog.locator('[data-testid^="approve-reason-"]');
  for (let i = 0; i < (await reasons.count()); i++)
    await reasons.nth(i).fill(`Begründung ${i + 1}: wird vor dem Einsatz geklärt`);
  await dialog.getByTestId('approve-confirm').click();
  await expect(dialog.getByTestId('signed-approval')).toBeVisible();
  return dialog;
}

test('the second person approves from their own installation with a signed package', async ({
  app: lead,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = testInfo.outputPath('files');
  mkdirSync(dir, { recursive: true });
  const viewport = { width: 1280, height: 900 };
  await lead.setViewportSize(viewport);

  // Second person: own context and vault, own key; the key card goes to the drafter.
  const secondContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    viewport,
  });
  const second = await secondContext.newPage();
  const secondErrors: string[] = [];
  second.on('pageerror', (e) => secondErrors.push(e.message));
  await second.goto('/');
  await waitState(second, 'setup');
  await setUpVault(second);
  await second.goto('/#/exchange');
  await createKey(second, 'EPHK Schulte', 'Stadt Essen', 'Leiter Einsatzabschnitt');
  const cardPath = join(dir, 'karte.vpkey');
  await (
    await download(second, () => second.getByTestId('key-save-card').click())
  ).saveAs(cardPath);

  // Drafter: demo plan, own key, the second person's card registered and compared.
  await setUserName(lead, 'POK Weber');
  const operationId = await openDemoWorkspace(lead, 'general');
  await lead.goto('/#/exchange');
  await createKey(lead, 'POK Weber', 'Stadt Essen', 'Sachbearbeiter');
  await lead.getByTestId('exchange-tab-trust').click();
  await chooseFile(lead, lead.getByTestId('trust-import-card'), cardPath);
  await lead.getByTestId('trust-agency').click();
  await lead.getByRole('option').first().click();
  await lead.getByTestId('trust-attach-submit').click();
  await lead.getByTestId('trust-mark-verified').click();
  await expect(lead.getByTestId('trust-verified')).toBeVisible();

  await lead.goto(`/#/operations/${operationId}/general`);
  await expect(lead.getByTestId('workspace')).toBeVisible();
  await moveStatus(lead, 'in_review', true);
  let dialog = await openSecondPersonStep(lead);
  await dialog.getByTestId('signed-approval-key').click();
  await lead.getByRole('option', { name: /EPHK Schulte/ }).click();
  const requestPath = join(dir, 'freigabeanfrage.asc');
  await (
    await download(lead, () => dialog.getByTestId('signed-approval-send').click())
  ).saveAs(requestPath);
  await lead.mouse.move(0, 0);
  await lead.screenshot({ path: join(SHOTS, 'approve-signed-de.png') });
  await expectAccessible(lead, 'signed approval panel');

  // Second person: the request opens in the Posteingang; review and sign.
  await second.getByTestId('exchange-tab-inbox').click();
  await chooseFile(second, second.getByTestId('inbox-open'), requestPath);
  const review = second.getByTestId('approval-request-review');
  await expect(review).toBeVisible();
  await expect(review).toContainText('Revision 1');
  await expect(second.getByTestId('approval-sign')).toBeDisabled();
  await second.getByTestId('approval-declare').check();
  await second.screenshot({ path: join(SHOTS, 'approval-review-de.png'), fullPage: true });
  await expectAccessible(second, 'approval request review');
  const approvalPath = join(dir, 'freigabe.asc');
  await (
    await download(second, () => second.getByTestId('approval-sign').click())
  ).saveAs(approvalPath);

  // Drafter imports the signed Freigabe: approved by the second person.
  await chooseFile(lead, lead.getByTestId('signed-approval-import'), approvalPath);
  await expect(dialog).toBeHidden();
  await expect(lead.getByTestId('workspace-header')).toContainText('Freigegeben von EPHK Schulte');

  // The same Freigabe again, after a new revision: the plan changed, refused in German.
  await moveStatus(lead, 'planning');
  await moveStatus(lead, 'in_review', true);
  dialog = await openSecondPersonStep(lead);
  await chooseFile(lead, lead.getByTestId('signed-approval-import'), approvalPath);
  await expect(dialog.getByTestId('signed-approval-error')).toContainText(
    'anderen Revision dieses Einsatzes',
  );
  await lead.mouse.move(0, 0);
  await lead.screenshot({ path: join(SHOTS, 'approve-signed-refused-de.png') });

  // Planned key change: the second person's new key, signed by the old one, taken over by the
  // drafter without a phone comparison being assumed.
  await lead.keyboard.press('Escape');
  await second.getByTestId('exchange-tab-key').click();
  await second.getByTestId('key-change').click();
  const changePath = join(dir, 'schluesselwechsel.asc');
  await (
    await download(second, () =>
      second
        .getByTestId('key-change-form')
        .getByRole('button', { name: /Wechsel signieren/ })
        .click(),
    )
  ).saveAs(changePath);
  await lead.goto('/#/exchange');
  await lead.getByTestId('exchange-tab-trust').click();
  await chooseFile(lead, lead.getByTestId('trust-import-transition'), changePath);
  await expect(lead.getByTestId('trust-transition')).toContainText(
    'Schlüsselwechsel, signiert vom bisherigen Schlüssel',
  );
  await expect(lead.getByTestId('trust-list').getByText('widerrufen', { exact: true })).toHaveCount(
    1,
  );
  await lead.screenshot({ path: join(SHOTS, 'trust-key-change-de.png'), fullPage: true });
  await expectAccessible(lead, 'trust list after key change');

  // Muster: the drafter saves the plan as a template and sends it to the second person's new
  // key; from a key not yet trusted it is refused, once trusted it becomes a template there.
  await lead.goto(`/#/operations/${operationId}/general`);
  await lead.getByTestId('save-template').click();
  await lead.getByTestId('template-name').fill('MUSTER GASTRO');
  await lead.getByTestId('template-save').click();
  await expect(lead.getByTestId('template-name')).toBeHidden();
  await lead.goto('/#/exchange?tab=templates');
  await lead.getByTestId('templates-pick').click();
  await lead.getByRole('option', { name: 'MUSTER GASTRO' }).click();
  // Mantine's pill field lies over the input: focus it and open the list by keyboard.
  await lead.getByTestId('templates-recipients').focus();
  await lead.keyboard.press('ArrowDown');
  await lead.getByRole('option', { name: /EPHK Schulte/ }).click();
  await lead.keyboard.press('Escape');
  const templatePath = join(dir, 'muster.asc');
  await (
    await download(lead, () => lead.getByTestId('templates-save').click())
  ).saveAs(templatePath);
  await lead.screenshot({ path: join(SHOTS, 'templates-send-de.png'), fullPage: true });

  await second.getByTestId('exchange-tab-templates').click();
  await chooseFile(second, second.getByTestId('templates-import'), templatePath);
  await expect(second.getByTestId('templates-error')).toContainText('unbekannten Schlüssel');
  await second.getByTestId('exchange-tab-inbox').click();
  await second.getByTestId('inbox-select').first().click();
  await second.getByTestId('inbox-trust-sender').click();
  await expect(second.getByTestId('inbox-signer-trusted')).toBeVisible();
  await second.getByTestId('exchange-tab-templates').click();
  await chooseFile(second, second.getByTestId('templates-import'), templatePath);
  await expect(second.getByTestId('templates-imported')).toContainText('MUSTER GASTRO');
  await second.screenshot({ path: join(SHOTS, 'templates-import-de.png'), fullPage: true });
  await expectAccessible(second, 'template import');

  // English, for the screenshots in both languages.
  await second.getByTestId('nav-settings').click();
  await second.getByTestId('language-switch').getByText('English').click();
  await second.goto('/#/exchange?tab=inbox');
  await second.getByTestId('inbox-select').first().click();
  await expect(second.getByTestId('approval-request-review')).toBeVisible();
  await second.screenshot({ path: join(SHOTS, 'approval-review-en.png'), fullPage: true });
  await second.getByTestId('exchange-tab-templates').click();
  await second.screenshot({ path: join(SHOTS, 'templates-en.png'), fullPage: true });
  expect(secondErrors).toEqual([]);
  await secondContext.close();
});
