// Liaison round trip in two browser contexts with separate vaults: the liaison makes a key and
// hands over the key card, the lead attaches it to the agency, sends the open requests, the
// liaison opens theirs and answers, the lead imports the answer — and the Kräfte view shows the
// participation confirmed with the signer named. A tampered answer changes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  setUpVault,
  test,
  waitState,
} from './fixtures';
import { chooseFile } from './support/choose-file';
import { createKey, download } from './support/exchange';

const SHOTS = '/tmp/shots-liaison';

test('lead and liaison exchange a signed request and answer', async ({
  app: lead,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = testInfo.outputPath('files');
  mkdirSync(dir, { recursive: true });
  const viewport = { width: 1280, height: 900 };
  await lead.setViewportSize(viewport);

  // Liaison: own browser context, own vault, own key; the key card goes to the lead.
  const liaisonContext = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    reducedMotion: 'reduce',
    viewport,
  });
  const liaison = await liaisonContext.newPage();
  const liaisonErrors: string[] = [];
  liaison.on('pageerror', (e) => liaisonErrors.push(e.message));
  await liaison.goto('/');
  await waitState(liaison, 'setup');
  await setUpVault(liaison);
  await liaison.goto('/#/exchange');
  await createKey(liaison, 'Vera Verbindung', 'Hauptzollamt Essen', 'Verbindungsbeamtin');
  const liaisonFingerprint = (await liaison.getByTestId('key-fingerprint').textContent()) ?? '';
  await liaison.screenshot({ path: join(SHOTS, 'liaison-key-card-de.png'), fullPage: true });
  const cardPath = join(dir, 'karte.vpkey');
  await (
    await download(liaison, () => liaison.getByTestId('key-save-card').click())
  ).saveAs(cardPath);

  // Lead: demo plan, own key, the liaison's card on the agency of an open request.
  await openDemoWorkspace(lead, 'forces');
  await lead.getByTestId('forces-exchange').click();
  await createKey(lead, 'Lea Leitung', 'Stadt Essen', 'Einsatzleitung');
  await lead.getByTestId('exchange-tab-lead').click();
  const openRow = lead
    .getByTestId('lead-row')
    .filter({ has: lead.getByTestId('lead-row-confirmation').filter({ hasText: /^angefragt/ }) })
    .first();
  const agency = (await openRow.getAttribute('data-agency')) ?? '';
  expect(agency).not.toBe('');

  await lead.getByTestId('exchange-tab-trust').click();
  await chooseFile(lead, lead.getByTestId('trust-import-card'), cardPath);
  await expect(lead.getByTestId('trust-card-fingerprint')).toHaveText(liaisonFingerprint);
  await lead.getByTestId('trust-agency').fill(agency.slice(0, 12));
  await lead.getByRole('option', { name: agency, exact: true }).click();
  await lead.getByTestId('trust-attach-submit').click();
  await lead.getByTestId('trust-mark-verified').click();
  await expect(lead.getByTestId('trust-verified')).toBeVisible();
  await lead.screenshot({ path: join(SHOTS, 'lead-trust-de.png'), fullPage: true });

  // Send all open requests: one file per agency; ours is sealed to the registered key.
  await lead.getByTestId('exchange-tab-lead').click();
  const files = new Map<string, Download>();
  lead.on('download', (d) => files.set(d.suggestedFilename(), d));
  await lead.getByTestId('lead-send-all').click();
  const sentRow = lead.getByTestId('lead-sent-row').filter({ hasText: agency }).first();
  await expect(sentRow).toContainText('für den hinterlegten Schlüssel verschlüsselt');
  const requestName = (await sentRow.getByTestId('lead-sent-file').textContent()) ?? '';
  await expect.poll(() => files.has(requestName)).toBe(true);
  const requestPath = join(dir, requestName);
  await files.get(requestName)?.saveAs(requestPath);
  await expect(
    lead.getByTestId('lead-row').filter({ hasText: agency }).getByTestId('lead-row-state'),
  ).toHaveText('gesendet');
  await lead.screenshot({ path: join(SHOTS, 'lead-sent-de.png'), fullPage: true });

  // Liaison opens the request: signed by a key not yet compared; then answers.
  await liaison.getByTestId('exchange-tab-inbox').click();
  await chooseFile(liaison, liaison.getByTestId('inbox-open'), requestPath);
  await expect(liaison.getByTestId('request-view')).toBeVisible();
  await expect(liaison.getByTestId('inbox-signer-unknown')).toBeVisible();
  await liaison.getByTestId('inbox-trust-sender').click();
  await expect(liaison.getByTestId('inbox-signer-trusted')).toBeVisible();
  await liaison.getByTestId('answer-add-person').click();
  await liaison.getByLabel('Name', { exact: true }).last().fill('Tom Trupp');
  await liaison.getByTestId('answer-callsigns').fill('Adler 21');
  await liaison.screenshot({ path: join(SHOTS, 'liaison-inbox-de.png'), fullPage: true });
  await expectAccessible(liaison, 'exchange inbox');
  const answerPath = join(dir, 'antwort.asc');
  await (
    await download(liaison, () => liaison.getByTestId('answer-export').click())
  ).saveAs(answerPath);
  await expect(liaison.getByTestId('inbox-answer-history')).toHaveCount(1);

  // A tampered copy of the answer is refused with its reason; the real one is accepted.
  const armored = readFileSync(answerPath, 'utf8').split('\n');
  const mid = Math.floor(armored.length / 2);
  armored[mid] = (armored[mid] ?? '').replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
  const tamperedPath = join(dir, 'verändert.asc');
  writeFileSync(tamperedPath, armored.join('\n'));
  const [chooser] = await Promise.all([
    lead.waitForEvent('filechooser'),
    lead.getByTestId('lead-import').click(),
  ]);
  await chooser.setFiles([answerPath, tamperedPath]);
  await expect(lead.getByTestId('review-refused')).toHaveCount(1);
  await expect(lead.getByTestId('review-item')).toContainText('Vera Verbindung');
  await lead.screenshot({ path: join(SHOTS, 'lead-review-de.png'), fullPage: true });
  await lead.getByTestId('review-accept').click();
  await expect(lead.getByTestId('review-done')).toBeVisible();
  await expect(
    lead.getByTestId('lead-row').filter({ hasText: agency }).getByTestId('lead-row-state'),
  ).toHaveText('beantwortet');

  // The same answer again: refused as already imported, nothing changes.
  const [again] = await Promise.all([
    lead.waitForEvent('filechooser'),
    lead.getByTestId('lead-import').click(),
  ]);
  await again.setFiles(answerPath);
  await expect(lead.getByTestId('review-refused')).toContainText('bereits eingelesen');

  // Kräfte shows the participation confirmed, signed by the liaison with her fingerprint.
  const operationId = new URL(lead.url().replace('#', '')).searchParams.get('op');
  await lead.goto(`/#/operations/${operationId}/forces`);
  const card = lead.getByTestId('participation-card').filter({ hasText: agency });
  await expect(card.getByTestId('confirmation-status')).toContainText('bestätigt');
  await card.getByTestId('participation-details').click();
  await expect(lead.getByText(/bestätigt per Paket, signiert von Vera Verbindung/)).toBeVisible();
  await expect(lead.getByText(liaisonFingerprint).first()).toBeVisible();
  await lead.screenshot({ path: join(SHOTS, 'lead-forces-de.png'), fullPage: true });

  // English, for the screenshots in both languages.
  await lead.getByTestId('nav-settings').click();
  await lead.getByTestId('language-switch').getByText('English').click();
  await lead.goto(`/#/exchange?tab=lead&op=${operationId}`);
  await expect(lead.getByTestId('lead-overview')).toBeVisible();
  await lead.screenshot({ path: join(SHOTS, 'lead-overview-en.png'), fullPage: true });
  await liaison.getByTestId('nav-settings').click();
  await liaison.getByTestId('language-switch').getByText('English').click();
  await liaison.goto('/#/exchange?tab=inbox');
  await liaison.getByTestId('inbox-select').first().click();
  await expect(liaison.getByTestId('request-view')).toBeVisible();
  await liaison.screenshot({ path: join(SHOTS, 'liaison-inbox-en.png'), fullPage: true });
  expect(liaisonErrors).toEqual([]);
  await liaisonContext.close();
});
