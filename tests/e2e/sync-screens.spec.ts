// The Gemeinsam bearbeiten screens as a new user meets them (issue 18), with 120-character names
// and hostile input, through a real sync node: an address with a path is refused, a server that
// does not answer is named as such, the member list marks the lead and oneself without
// scrolling sideways at 1280 px, the revoke dialog closes with Escape and names the member once,
// Enter in the id field joins and "Zum Einsatz" leads to the plan, the revoked member is told,
// and the English screen says it in English. Screens under /tmp/shots-sync-screens (VP_SHOTS).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, test } from './fixtures';
import { keyCard, registerCard, type Person } from './support/parties';
import { useSyncCluster } from './support/sync-server';
import { goTo, installClient, useServer } from './support/sync-session';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-sync-screens';
const ORIGIN = `http://127.0.0.1:${process.env.VP_WEB_PORT ?? 4173}`;
/** A name of the longest kind the fields take: 120 characters. */
const long = (s: string) => `${s} `.repeat(20).slice(0, 120).trim();
const LEAD: Person = {
  name: long('Lea Leitung-Langname'),
  agency: long('Stadt Essen Ordnungsamt'),
  fn: 'Einsatzleitung',
};
const MEMBER: Person = {
  name: long('Zoe Zoll-Überlang'),
  agency: long('Hauptzollamt Essen FKS'),
  fn: 'Verbindung',
};

const cluster = useSyncCluster(test, 1, ORIGIN);

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** The ids of the kept shares (stored readable: they are keys). */
function keptShareIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('verbundplaner');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const q = db.transaction('shares').objectStore('shares').getAllKeys();
      q.onsuccess = () => resolve(q.result);
    });
    db.close();
    return keys.map(String);
  });
}

/** Nothing wider than the window at 1280 px. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

test('the sharing screens for a new user, long names and hostile input', async ({
  browser,
  vaultState,
}, testInfo) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const [node] = cluster().nodes;
  if (!node) throw new Error('a sync node expected');
  const lead = (await installClient(browser, vaultState, testInfo, cluster())).page;
  const member = (await installClient(browser, vaultState, testInfo, cluster())).page;

  // An address with a path would lose it without a word: refused.
  await lead.getByTestId('nav-settings').click();
  await lead.getByTestId('sync-server-url').fill(`https://sync.example.org/${'a'.repeat(1975)}`);
  await lead.getByTestId('sync-server-save').click();
  await expect(lead.getByTestId('settings-sync-server')).toContainText('ohne Pfad');
  // A port nothing listens on (and the page's policy does not admit).
  await lead.getByTestId('sync-server-url').fill('http://127.0.0.1:9');
  await lead.getByTestId('sync-server-save').click();
  await expect(lead.getByTestId('sync-server-enabled')).toBeEnabled();
  await lead.getByTestId('sync-server-enabled').click({ force: true });
  await lead.getByTestId('sync-server-notice').getByRole('button', { name: 'Einschalten' }).click();
  await expect(lead.getByTestId('sync-join')).toBeVisible();

  const dir = testInfo.outputPath('cards');
  await goTo(lead, '#/exchange');
  const leadCard = await keyCard(lead, LEAD, dir);
  await goTo(member, '#/exchange');
  const memberCard = await keyCard(member, MEMBER, dir);
  await registerCard(lead, memberCard.cardPath, { name: MEMBER.name, agency: null });
  await registerCard(member, leadCard.cardPath, { name: LEAD.name, agency: null });

  // Sharing against the silent server: said as such, not "unexpected".
  const opId = await openDemoWorkspace(lead, 'sharing');
  const picker = lead.getByTestId('sharing-picker');
  await picker.getByLabel(MEMBER.name, { exact: true }).check();
  await lead.getByTestId('sharing-start').click();
  await expect(lead.getByTestId('sharing-error')).toContainText(
    'Der Synchronisierungsserver antwortet nicht',
    { timeout: 60_000 },
  );
  await expectNoSideScroll(lead);
  await shot(lead, 'silent-server-de');

  // The real node: shared, the lead's own row marked.
  await useServer(lead, node.httpUrl);
  await goTo(lead, `#/operations/${opId}/sharing`);
  await picker.getByLabel(MEMBER.name, { exact: true }).check();
  await lead.getByTestId('sharing-start').click();
  await expect(lead.getByTestId('sharing-status')).toContainText('Verbunden', { timeout: 30_000 });
  const leadRow = lead.getByTestId('sharing-members').locator('tbody tr').first();
  await expect(leadRow).toContainText('Einsatzleitung');
  await expect(leadRow).toContainText('Sie');
  await expectNoSideScroll(lead);
  await expectAccessible(lead, 'Gemeinsam (Einsatzleitung, lange Namen)');

  // A wrong id: the server refuses the member, and the panel says so — not "Verbunden".
  await useServer(member, node.httpUrl);
  await member.getByTestId('sync-join-lead').click();
  await member.getByRole('option').first().click();
  await member.getByTestId('sync-join-id').fill('00000000-0000-4000-8000-000000000000');
  await member.getByTestId('sync-join-id').press('Enter');
  await expect(member.getByTestId('sync-join-not-admitted')).toBeVisible({ timeout: 30_000 });
  await expect(member.getByTestId('sync-join-status')).toHaveCount(0);
  // … and keeps nothing of it (a kept share of that id would reopen, refused, after each unlock).
  await expect.poll(() => keptShareIds(member)).toEqual([]);

  // The right id: the member joins with Enter and is led to the plan.
  await member.getByTestId('sync-join-id').fill(opId);
  await member.getByTestId('sync-join-id').press('Enter');
  await expect(member.getByTestId('sync-join-status')).toHaveText('Verbunden', {
    timeout: 30_000,
  });
  await member.getByTestId('sync-join-open').click({ timeout: 30_000 });
  await expect(member).toHaveURL(new RegExp(`#/operations/${opId}`));
  await goTo(member, `#/operations/${opId}/sharing`);
  await expect(member.getByTestId('sharing-status')).toContainText('Verbunden', {
    timeout: 30_000,
  });
  await expectNoSideScroll(member);

  // Revoking asks; Escape keeps the member; the dialog names them once.
  const revoke = () =>
    lead.getByTestId('sharing-members').getByRole('button', { name: 'Widerrufen' }).click();
  await revoke();
  const dialog = lead.getByRole('dialog');
  await expect(dialog).toContainText('Mitglied widerrufen?');
  expect((await dialog.textContent())?.split(MEMBER.name).length).toBe(2);
  await expectNoSideScroll(lead);
  await shot(lead, 'revoke-dialog-de');
  await lead.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(lead.getByTestId('sharing-members').locator('tbody tr')).toHaveCount(2);
  await revoke();
  await lead.getByTestId('sharing-revoke-confirm').click();
  await expect(member.getByTestId('sharing-revoked')).toBeVisible({ timeout: 30_000 });

  // English: the same screens in English.
  for (const page of [lead, member]) {
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('language-switch').getByText('English').click();
    await goTo(page, `#/operations/${opId}/sharing`);
  }
  await expect(lead.getByTestId('sharing-members').locator('tbody tr').first()).toContainText(
    'Operation lead',
  );
  await expect(lead.getByTestId('sharing-view')).not.toContainText('Gemeinsam');
  await expect(member.getByTestId('sharing-revoked')).toContainText('Your membership was revoked');
  await expectNoSideScroll(lead);
  await shot(lead, 'lead-en');
  await shot(member, 'member-revoked-en');
});
