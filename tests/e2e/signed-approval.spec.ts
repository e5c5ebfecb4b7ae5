// Signed approval in two browser contexts with separate vaults (issue 16 item 7): the drafter
// saves a Freigabeanfrage sealed to the second person's registered key, the second person opens
// it in their Posteingang and signs the Freigabe, the drafter imports it — the plan is approved
// by the second person, signed. A Freigabe for a plan changed since is refused in German. And on
// one machine: the second person brings their own passphrase-protected key file and signs the
// approval in the drafter's dialog.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { encryptKey, readPrivateKey } from 'openpgp';
import { generateIdentity, keyCardOf } from '../../src/shared/exchange';
import { expect, expectAccessible, openDemoWorkspace, setUserName, test } from './fixtures';
import { chooseFile } from './support/choose-file';
import { createKey, download } from './support/exchange';
import { keyCard, openParty, registerCard, VIEWPORT } from './support/parties';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-liaison2';
const SECOND = { name: 'EPHK Schulte', agency: 'Stadt Essen', fn: 'Leiter Einsatzabschnitt' };

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
  await lead.setViewportSize(VIEWPORT);

  // Second person: own context and vault, own key; the key card goes to the drafter.
  const {
    context: secondContext,
    page: second,
    errors: secondErrors,
  } = await openParty(browser, testInfo);
  const { cardPath } = await keyCard(second, SECOND, dir);

  // Drafter: demo plan, own key, the second person's card registered and compared.
  await setUserName(lead, 'POK Weber');
  const operationId = await openDemoWorkspace(lead, 'general');
  await lead.goto('/#/exchange');
  await createKey(lead, 'POK Weber', 'Stadt Essen', 'Sachbearbeiter');
  await registerCard(lead, cardPath, { name: SECOND.name, agency: null });

  await lead.goto(`/#/operations/${operationId}/general`);
  // The workspace loads its plan after navigation: seconds on a loaded machine.
  await expect(lead.getByTestId('workspace')).toBeVisible({ timeout: 60_000 });
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
  // The inbox also lists the Muster package now kept with its template.
  await expect(second.getByTestId('inbox-select').filter({ hasText: 'MUSTER GASTRO' })).toHaveCount(
    1,
  );
  await second.getByTestId('inbox-select').filter({ hasText: 'DEMO WINTERLICHT' }).click();
  await expect(second.getByTestId('approval-request-review')).toBeVisible();
  await second.screenshot({ path: join(SHOTS, 'approval-review-en.png'), fullPage: true });
  await second.getByTestId('exchange-tab-templates').click();
  await second.screenshot({ path: join(SHOTS, 'templates-en.png'), fullPage: true });
  expect(secondErrors).toEqual([]);
  await secondContext.close();
});

test("the second person approves at the drafter's machine with their own key file", async ({
  app: lead,
}, testInfo) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = testInfo.outputPath('files');
  mkdirSync(dir, { recursive: true });
  await lead.setViewportSize(VIEWPORT);

  // The second person's own key (made with their tools, here in Node): the card the drafter
  // registered earlier, and the key file they bring, locked with their passphrase.
  const info = { name: SECOND.name, agency: SECOND.agency, function: SECOND.fn };
  const pair = await generateIdentity(info);
  const cardPath = join(dir, 'karte-schulte.vpkey');
  writeFileSync(cardPath, JSON.stringify(keyCardOf(pair, info)));
  const keyPath = join(dir, 'schulte-privat.asc');
  const passphrase = 'Schulte-eigene-Passphrase-2026';
  const locked = await encryptKey({
    privateKey: await readPrivateKey({ armoredKey: pair.privateKey }),
    passphrase,
  });
  writeFileSync(keyPath, locked.armor());

  await setUserName(lead, 'POK Weber');
  const operationId = await openDemoWorkspace(lead, 'general');
  await lead.goto('/#/exchange');
  await createKey(lead, 'POK Weber', 'Stadt Essen', 'Sachbearbeiter');
  await registerCard(lead, cardPath, { name: SECOND.name, agency: null });
  await lead.goto(`/#/operations/${operationId}/general`);
  // The workspace loads its plan after navigation: seconds on a loaded machine.
  await expect(lead.getByTestId('workspace')).toBeVisible({ timeout: 60_000 });
  await moveStatus(lead, 'in_review', true);
  const dialog = await openSecondPersonStep(lead);
  const local = dialog.getByTestId('brought-key-approval');
  const fill = async (secret: string) => {
    await chooseFile(lead, local.getByTestId('brought-key-file'), keyPath);
    await expect(local.getByTestId('brought-key-name')).toHaveText('schulte-privat.asc');
    await local.getByTestId('brought-key-passphrase').fill(secret);
    await local.getByTestId('brought-key-approver-name').fill(SECOND.name);
    await local.getByTestId('brought-key-approver-function').fill(SECOND.fn);
    await local.getByTestId('brought-key-declare').check();
  };

  // A wrong passphrase: refused in German, nothing approved, the key is gone from the form.
  await fill('falsch');
  await local.getByTestId('brought-key-sign').click();
  await expect(dialog.getByTestId('signed-approval-error')).toContainText(
    'Die Passphrase entsperrt diesen Schlüssel nicht',
  );
  await expect(local.getByTestId('brought-key-name')).toHaveText('Keine Schlüsseldatei gewählt');
  await expect(local.getByTestId('brought-key-passphrase')).toHaveValue('');
  await fill(passphrase);
  await lead.mouse.move(0, 0);
  await local.scrollIntoViewIfNeeded();
  await lead.screenshot({ path: join(SHOTS, 'approve-brought-key-de.png') });
  await expectAccessible(lead, 'approval with a brought key');
  await local.getByTestId('brought-key-sign').click();
  await expect(dialog).toBeHidden();
  await expect(lead.getByTestId('workspace-header')).toContainText('Freigegeben von EPHK Schulte');

  // The Verlauf records the signature like a package's.
  await lead.goto(`/#/operations/${operationId}/history`);
  await expect(lead.getByText(/signiert \(Fingerabdruck/).first()).toBeVisible();
  await lead.screenshot({
    path: join(SHOTS, 'approve-brought-key-history-de.png'),
    fullPage: true,
  });
});
