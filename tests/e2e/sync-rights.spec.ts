// Sharing rights on a member's screen (issue 18): the lead shares the demo with a liaison who may
// change only their agency's parts, approves it and marks it "Durchgeführt", which starts the
// results; the liaison then types their own agency's row in Ergebnisse at once (it reaches the
// lead) while the lead's number in another agency's row and the lead's parts stay read-only, with
// the note why. Screens in German and English at 1280 and 1440 px under /tmp/shots-ro (VP_SHOTS
// changes the folder). The revoked
// member's screen is covered by tests/renderer/sync/sharing-revoked.test.tsx, not here yet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, openDemoWorkspace, setUserName, test, type WorkerFixtures } from './fixtures';
import { approveWithReasons } from './support/approve';
import { keyCard, registerCard, type Person } from './support/parties';
import { useSyncCluster } from './support/sync-server';
import { goTo, installClient, useServer } from './support/sync-session';
import { openPart } from './support/workspace-nav';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-ro';
const ORIGIN = `http://127.0.0.1:${process.env.VP_WEB_PORT ?? 4173}`;
const LEAD: Person = { name: 'Lea Leitung', agency: 'Stadt Essen', fn: 'Einsatzleitung' };
// The customs office taking part in the demo plan, so the liaison has rows of their own.
const CUSTOMS: Person = {
  name: 'Zoe Zoll',
  agency: 'Hauptzollamt Essen – Finanzkontrolle Schwarzarbeit',
  fn: 'Verbindungsbeamtin',
};

const cluster = useSyncCluster(test, 1, ORIGIN);

/** An installation with the worker's vault, its page policy admitting the sync node, unlocked. */
const install = async (
  browser: Browser,
  vaultState: WorkerFixtures['vaultState'],
  testInfo: TestInfo,
): Promise<Page> => (await installClient(browser, vaultState, testInfo, cluster())).page;

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

test("an agency member enters their own agency's results, the rest read-only and why", async ({
  browser,
  vaultState,
}, testInfo) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const [node] = cluster().nodes;
  if (!node) throw new Error('a sync node expected');
  const [lead, customs] = await Promise.all(
    [0, 1].map(() => install(browser, vaultState, testInfo)),
  );
  if (!lead || !customs) throw new Error('two installations expected');

  const dir = testInfo.outputPath('cards');
  await goTo(lead, '#/exchange');
  const leadCard = await keyCard(lead, LEAD, dir);
  await goTo(customs, '#/exchange');
  const customsCard = await keyCard(customs, CUSTOMS, dir);
  await registerCard(lead, customsCard.cardPath, {
    ...CUSTOMS,
    fingerprint: customsCard.fingerprint,
  });
  await registerCard(customs, leadCard.cardPath, { name: LEAD.name, agency: null });

  // Shared with the customs liaison for their agency's parts only (the approval needs a name).
  await setUserName(lead, LEAD.name);
  await useServer(lead, node.httpUrl);
  const opId = await openDemoWorkspace(lead, 'sharing');
  const picker = lead.getByTestId('sharing-picker');
  await picker.getByLabel(CUSTOMS.name, { exact: true }).check();
  await picker.getByLabel(`Rechte von ${CUSTOMS.name}`).click();
  await lead.getByRole('option', { name: 'Nur eigene Behördenteile' }).click();
  await lead.getByTestId('sharing-start').click();
  await expect(lead.getByTestId('sharing-status')).toContainText('Verbunden', { timeout: 30_000 });

  await useServer(customs, node.httpUrl);
  await customs.getByTestId('sync-join-lead').click();
  await customs.getByRole('option', { name: new RegExp(LEAD.name) }).click();
  await customs.getByTestId('sync-join-id').fill(opId);
  await customs.getByTestId('sync-join-start').click();
  await expect(customs.getByTestId('sync-join-status')).toHaveText('Verbunden', {
    timeout: 30_000,
  });

  // The plan has arrived in the liaison's store before the lead moves on.
  await goTo(customs, `#/operations/${opId}/situation`);
  await expect(customs.getByTestId('field-situation-trigger')).not.toHaveValue('', {
    timeout: 30_000,
  });

  // Approved and "Durchgeführt" (after H: the demo's H is at most two weeks ahead).
  await openPart(lead, 'situation');
  await approveWithReasons(lead);
  // Both machines after H: the liaison's store checks the status move against its own clock.
  const afterH = new Date(Date.now() + 20 * 24 * 3600 * 1000);
  // Twenty days "pass" at once: without input right after the jump, the next tick of the idle
  // lock (every 15 s) locks the vault, which locked the liaison's page in one CI run.
  for (const page of [lead, customs]) {
    await page.clock.setSystemTime(afterH);
    await page.mouse.move(3, 3);
    await page.mouse.move(9, 9);
  }
  await lead.getByTestId('status-menu').click();
  await lead.getByTestId('status-to-executed').click();
  await lead.getByRole('dialog').getByTestId('status-confirm').click();
  await expect(lead.getByRole('dialog')).toBeHidden();

  // "Durchgeführt" started the results with the status: the liaison types their own row at
  // once, with no number of the lead's before it (the record is the lead's to create).
  const rowsOf = (page: Page) => page.locator('tr[data-testid^="results-row-"]');
  const own = (page: Page) => rowsOf(page).filter({ hasText: 'Hauptzollamt Essen' }).first();
  const other = (page: Page) => rowsOf(page).filter({ hasNotText: 'Hauptzollamt' }).first();
  await goTo(customs, `#/operations/${opId}/results`);
  await expect(customs.getByTestId('results-grid')).toBeVisible({ timeout: 30_000 });
  await expect(customs.getByTestId('rights-note')).toContainText('in ihren Zeilen ein', {
    timeout: 30_000,
  });
  const ownCell = own(customs).locator('input').first();
  await expect(ownCell).not.toHaveAttribute('readonly');
  await ownCell.fill('5');
  await ownCell.press('Enter');
  await expect(customs.getByTestId('results-save-state')).toHaveText('Gespeichert');

  // It reaches the lead, under the liaison's agency; the lead's number in another row comes back.
  await goTo(lead, `#/operations/${opId}/results`);
  await expect(own(lead).locator('input').first()).toHaveValue('5', { timeout: 30_000 });
  const leadCell = other(lead).locator('input').first();
  await leadCell.fill('3');
  await leadCell.press('Enter');
  await expect(lead.getByTestId('results-save-state')).toHaveText('Gespeichert');
  await lead.setViewportSize({ width: 1280, height: 900 });
  await shot(lead, 'results-lead-de-1280');

  // The other agencies' rows and the lead's parts stay shut for the liaison.
  await expect(other(customs).locator('input').first()).toHaveValue('3', { timeout: 30_000 });
  await expect(other(customs).locator('input').first()).toHaveAttribute('readonly');
  await expect(customs.getByRole('button', { name: 'Aufgabe hinzufügen' })).toHaveCount(0);
  await customs.setViewportSize({ width: 1280, height: 900 });
  await shot(customs, 'results-agency-member-de');
  await customs.setViewportSize({ width: 1440, height: 900 });
  await shot(customs, 'results-agency-member-de-1440');

  // English: the same note.
  await customs.getByTestId('nav-settings').click();
  await customs.getByTestId('language-switch').getByText('English').click();
  await goTo(customs, `#/operations/${opId}/results`);
  await expect(customs.getByTestId('rights-note')).toContainText("your agency's numbers");
  await shot(customs, 'results-agency-member-en-1440');
  await customs.setViewportSize({ width: 1280, height: 900 });
  await shot(customs, 'results-agency-member-en');
});
