// Gemeinsam bearbeiten between three installations (issue 18, "Done when"): a private Redis,
// PostgreSQL and two sync nodes on loopback; the lead (node 1) and two liaisons (node 2), each
// in their own browser context with their own vault and key. Key cards are exchanged, the lead
// shares the demo operation, both liaisons join. A change shows on the other side within a
// second; a liaison goes offline, keeps editing (the part says how many changes wait), comes
// back and both sides hold the merged text; the lead revokes the second liaison, whose screen
// says so; and pg_dump of the server's database holds no trace of a marker typed into the plan.
// Screens of the Gemeinsam part in German and English at 1280 px under /tmp/shots-synce2e
// (VP_SHOTS changes the folder).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { markersIn } from '../server/support/markers';
import { expect, expectAccessible, openDemoWorkspace, test } from './fixtures';
import { keyCard, registerCard, type Person } from './support/parties';
import { useSyncCluster } from './support/sync-server';
import { goTo, installClient, useServer, type Installation } from './support/sync-session';
import { openPart } from './support/workspace-nav';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-synce2e';
const ORIGIN = `http://127.0.0.1:${process.env.VP_WEB_PORT ?? 4173}`;
const LEAD: Person = { name: 'Lea Leitung', agency: 'Stadt Essen', fn: 'Einsatzleitung' };
const CUSTOMS: Person = {
  name: 'Zoe Zoll',
  agency: 'Hauptzollamt Dortmund',
  fn: 'Verbindungsbeamtin',
};
const JOBCENTER: Person = {
  name: 'Jan Job',
  agency: 'Jobcenter Dortmund',
  fn: 'Verbindungsbeamter',
};
/** Typed into the plan by the lead; must never appear in what the server stores. */
const MARKER = `Geheimzugang-${Date.now().toString(36)}`;

const cluster = useSyncCluster(test, 2, ORIGIN);

async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Types `value` into a plan field and waits until the workspace says it is saved. */
async function write(page: Page, field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect(field).toHaveValue(value);
}

const trigger = (p: Page) => p.getByTestId('field-situation-trigger');
const background = (p: Page) => p.getByTestId('field-situation-background');
const status = (p: Page) => p.getByTestId('sharing-status');

test('lead and two liaisons plan the demo together; offline, merge, revoke; nothing readable stored', async ({
  browser,
  vaultState,
}, testInfo) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = testInfo.outputPath('cards');
  const [node1, node2] = cluster().nodes;
  if (!node1 || !node2) throw new Error('two sync nodes expected');

  const [lead, customs, jobcenter] = await Promise.all(
    [false, true, false].map((switchable) =>
      installClient(browser, vaultState, testInfo, cluster(), switchable),
    ),
  );
  if (!lead || !customs || !jobcenter) throw new Error('three installations expected');

  // Keys, and key cards both ways: the lead trusts each liaison for their agency, each liaison
  // trusts the lead.
  const cards = await Promise.all(
    [
      [lead, LEAD],
      [customs, CUSTOMS],
      [jobcenter, JOBCENTER],
    ].map(async ([party, who]) => {
      const { page } = party as Installation;
      await goTo(page, '#/exchange');
      return keyCard(page, who as Person, dir);
    }),
  );
  const [leadCard, customsCard, jobcenterCard] = cards;
  if (!leadCard || !customsCard || !jobcenterCard) throw new Error('three key cards expected');
  for (const [who, card] of [
    [CUSTOMS, customsCard],
    [JOBCENTER, jobcenterCard],
  ] as const)
    await registerCard(lead.page, card.cardPath, { ...who, fingerprint: card.fingerprint });
  for (const liaison of [customs, jobcenter])
    await registerCard(liaison.page, leadCard.cardPath, { name: LEAD.name, agency: null });

  // The lead shares the demo operation through node 1 with both liaisons.
  await useServer(lead.page, node1.httpUrl);
  const demoId = await openDemoWorkspace(lead.page, 'sharing');
  const picker = lead.page.getByTestId('sharing-picker');
  await picker.getByLabel(CUSTOMS.name, { exact: true }).check();
  await picker.getByLabel(JOBCENTER.name, { exact: true }).check();
  await lead.page.getByTestId('sharing-start').click();
  await expect(status(lead.page)).toContainText('Verbunden', { timeout: 30_000 });
  const opId = (await lead.page.getByTestId('sharing-operation-id').textContent()) ?? '';
  expect(opId).toBe(demoId);
  await expect(lead.page.getByTestId('sharing-members').getByRole('row')).toHaveCount(4);
  await goTo(lead.page, `#/operations/${opId}/situation`);
  const demoTrigger = await trigger(lead.page).inputValue();

  // Both liaisons join through node 2; the plan arrives in their stores.
  for (const liaison of [customs, jobcenter]) {
    const page = liaison.page;
    await useServer(page, node2.httpUrl);
    await page.getByTestId('sync-join-lead').click();
    await page.getByRole('option', { name: new RegExp(LEAD.name) }).click();
    await page.getByTestId('sync-join-id').fill(opId);
    await page.getByTestId('sync-join-start').click();
    await expect(page.getByTestId('sync-join-status')).toHaveText('Verbunden', {
      timeout: 30_000,
    });
    await goTo(page, `#/operations/${opId}/situation`);
    await expect(trigger(page)).toHaveValue(demoTrigger, { timeout: 30_000 });
  }

  // Live: a saved change shows on the other side within a second, in both directions and
  // across the two nodes (through Redis).
  const secret = `Zugriff über den Hintereingang, Code ${MARKER}.`;
  await write(lead.page, trigger(lead.page), secret);
  await expect(trigger(customs.page)).toHaveValue(secret, { timeout: 1000 });
  const reply = `${secret} Zoll bringt zwei Spürhunde.`;
  await write(customs.page, trigger(customs.page), reply);
  await expect(trigger(lead.page)).toHaveValue(reply, { timeout: 1000 });

  // Offline: the customs liaison keeps writing, the lead too; the waiting count shows, and after
  // the reconnect both hold both edits of the same text, merged character by character.
  const base = await background(lead.page).inputValue();
  await expect(background(customs.page)).toHaveValue(base);
  const cable = customs.network;
  if (!cable) throw new Error('the customs installation has no network switch');
  await cable.goOffline();
  const offlineText = `${base} Nachtrag Zoll (offline geschrieben).`;
  await write(customs.page, background(customs.page), offlineText);
  await write(customs.page, trigger(customs.page), `${reply} Treffpunkt Parkplatz Nord.`);
  const leadText = `Vorab: ${base}`;
  await write(lead.page, background(lead.page), leadText);
  await openPart(customs.page, 'sharing');
  await expect(status(customs.page)).toContainText('Offline');
  await expect(status(customs.page)).toContainText(/\d+ Änderungen? wart/);
  await shot(customs.page, 'sync-shared-offline-de');
  await cable.goOnline();
  await expect(status(customs.page)).toContainText('Verbunden', { timeout: 30_000 });
  await expect(status(customs.page)).not.toContainText('wart', { timeout: 15_000 });
  const merged = `Vorab: ${base} Nachtrag Zoll (offline geschrieben).`;
  await expect(background(lead.page)).toHaveValue(merged, { timeout: 15_000 });
  await openPart(customs.page, 'situation');
  await expect(background(customs.page)).toHaveValue(merged, { timeout: 15_000 });
  await expect(trigger(lead.page)).toHaveValue(`${reply} Treffpunkt Parkplatz Nord.`);

  // The lead's view of the session, checked for accessibility.
  await openPart(lead.page, 'sharing');
  await expect(status(lead.page)).toContainText('Verbunden');
  // Who is connected: the customs liaison (through the other node) shows as „verbunden“.
  const customsRow = lead.page
    .getByTestId('sharing-members')
    .getByRole('row', { name: new RegExp(CUSTOMS.name) });
  await expect(customsRow.getByTestId('member-connected')).toHaveText('verbunden', {
    timeout: 30_000,
  });
  await expectAccessible(lead.page, 'Gemeinsam bearbeiten mit Mitgliedern');
  await shot(lead.page, 'sync-shared-lead-de');

  // Revoking the Jobcenter liaison: their screen says so; the customs liaison keeps working
  // under the new key epoch, the revoked one gets nothing of it.
  await goTo(jobcenter.page, `#/operations/${opId}/sharing`);
  await expect(status(jobcenter.page)).toContainText('Verbunden');
  await lead.page
    .getByTestId('sharing-members')
    .getByRole('row', { name: new RegExp(JOBCENTER.name) })
    .getByRole('button', { name: 'Widerrufen' })
    .click();
  await lead.page.getByTestId('sharing-revoke-confirm').click();
  await expect(lead.page.getByTestId('sharing-members').getByRole('row')).toHaveCount(3, {
    timeout: 15_000,
  });
  await expect(status(jobcenter.page)).toContainText('nicht mehr Mitglied', { timeout: 15_000 });
  await shot(jobcenter.page, 'sync-shared-revoked-de');
  await openPart(lead.page, 'situation');
  const afterRevoke = `${reply} Treffpunkt Parkplatz Nord. Nur noch Zoll informiert.`;
  await write(lead.page, trigger(lead.page), afterRevoke);
  await expect(trigger(customs.page)).toHaveValue(afterRevoke, { timeout: 5000 });
  await openPart(jobcenter.page, 'situation');
  await expect(trigger(jobcenter.page)).not.toHaveValue(afterRevoke);

  // English: the lead's Gemeinsam part after the revocation, the customs liaison's status.
  for (const party of [lead, customs]) {
    await party.page.getByTestId('nav-settings').click();
    await party.page.getByTestId('language-switch').getByText('English').click();
    await goTo(party.page, `#/operations/${opId}/sharing`);
    await expect(status(party.page)).toContainText('Connected');
  }
  await shot(lead.page, 'sync-shared-lead-en');
  await shot(customs.page, 'sync-shared-member-en');

  // The server's database: the operation's sealed document is there, the marker is not (in
  // plain text, hex or base64).
  await expect.poll(() => cluster().postgres.dump().includes(opId), { timeout: 15_000 }).toBe(true);
  expect(markersIn(cluster().postgres.dump(), MARKER)).toEqual([]);

  expect(lead.errors, 'lead page errors').toEqual([]);
  expect(lead.consoleErrors, 'lead console errors').toEqual([]);
  expect(customs.errors, 'customs page errors').toEqual([]);
  expect(jobcenter.errors, 'jobcenter page errors').toEqual([]);
  await Promise.all([lead, customs, jobcenter].map((p) => p.context.close()));
});
