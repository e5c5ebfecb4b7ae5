// Liaison round trip with three liaisons (issue 16, "Done when"), each in their own browser
// context with their own vault and key: the lead adds two agencies to the demo plan (three open
// requests), registers each liaison's key card for their agency, sends the open requests (one
// file per agency), each liaison opens theirs and answers, the lead imports the three answers at
// once with a tampered copy among them — refused — and the Kräfte view shows each participation
// confirmed, signed by its liaison with the fingerprint. The same answer again changes nothing.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, expectAccessible, openDemoWorkspace, test } from './fixtures';
import { chooseFile } from './support/choose-file';
import { createKey, download } from './support/exchange';
import {
  keyCard,
  openParty,
  registerCard,
  VIEWPORT,
  type Party,
  type Person,
} from './support/parties';

const SHOTS = process.env.VP_SHOTS ?? '/tmp/shots-liaison';
/** Each liaison's agency is one of the plan's open requests, named on their key card. */
const LIAISONS: Omit<Person, 'agency'>[] = [
  { name: 'Vera Verbindung', fn: 'Verbindungsbeamtin' },
  { name: 'Otto Ordnung', fn: 'Verbindungsbeamter' },
  { name: 'Fiona Finanz', fn: 'Verbindungsbeamtin' },
];

test("three liaisons answer the lead's signed requests; Kräfte names who confirmed", async ({
  app: lead,
  browser,
}, testInfo) => {
  test.setTimeout(480_000);
  mkdirSync(SHOTS, { recursive: true });
  const dir = testInfo.outputPath('files');
  await lead.setViewportSize(VIEWPORT);

  // Lead: the demo plan has one open request; two more agencies make three.
  const operationId = await openDemoWorkspace(lead, 'forces');
  for (let i = 0; i < 2; i++) {
    await lead.getByTestId('agency-pick').click();
    await lead.locator('[role="option"]:not([data-combobox-disabled])').first().click();
    const before = await lead.getByTestId('participation-card').count();
    await lead.getByTestId('agency-add').click();
    await expect(lead.getByTestId('participation-card')).toHaveCount(before + 1);
  }
  await lead.getByTestId('forces-exchange').click();
  await createKey(lead, 'Lea Leitung', 'Stadt Essen', 'Einsatzleitung');
  await lead.getByTestId('exchange-tab-lead').click();
  const openRows = lead
    .getByTestId('lead-row')
    .filter({ has: lead.getByTestId('lead-row-confirmation').filter({ hasText: /^angefragt/ }) });
  await expect(openRows).toHaveCount(3);
  const agencies = await Promise.all(
    [0, 1, 2].map(async (i) => (await openRows.nth(i).getAttribute('data-agency')) ?? ''),
  );
  expect(new Set(agencies).size).toBe(3);

  // Each liaison: own installation, own key; the card goes to the lead for their agency.
  const parties: (Party & { who: Person; agency: string; fingerprint: string })[] = [];
  for (const [i, liaison] of LIAISONS.entries()) {
    const agency = agencies[i] ?? '';
    const who = { ...liaison, agency };
    const party = await openParty(browser, testInfo);
    const { cardPath, fingerprint } = await keyCard(party.page, who, dir);
    await registerCard(lead, cardPath, { name: who.name, agency, fingerprint });
    parties.push({ ...party, who, agency, fingerprint });
  }
  const [first] = parties;
  if (!first) throw new Error('no liaison');
  await first.page.screenshot({ path: join(SHOTS, 'liaison-key-card-de.png'), fullPage: true });
  await lead.screenshot({ path: join(SHOTS, 'lead-trust-de.png'), fullPage: true });

  // Send all open requests: one file per agency, each sealed to its registered key.
  await lead.getByTestId('exchange-tab-lead').click();
  const files = new Map<string, Download>();
  lead.on('download', (d) => files.set(d.suggestedFilename(), d));
  await lead.getByTestId('lead-send-all').click();
  const requests = new Map<string, string>();
  for (const p of parties) {
    const sentRow = lead.getByTestId('lead-sent-row').filter({ hasText: p.agency }).first();
    await expect(sentRow).toContainText('für den hinterlegten Schlüssel verschlüsselt');
    const name = (await sentRow.getByTestId('lead-sent-file').textContent()) ?? '';
    await expect.poll(() => files.has(name)).toBe(true);
    const path = join(dir, name);
    await files.get(name)?.saveAs(path);
    requests.set(p.agency, path);
    await expect(
      lead.getByTestId('lead-row').filter({ hasText: p.agency }).getByTestId('lead-row-state'),
    ).toHaveText('gesendet');
  }
  await lead.screenshot({ path: join(SHOTS, 'lead-sent-de.png'), fullPage: true });

  // Each liaison opens their request (signed by a key not yet compared) and answers.
  const answers: string[] = [];
  for (const [i, p] of parties.entries()) {
    const page = p.page;
    await page.getByTestId('exchange-tab-inbox').click();
    await chooseFile(page, page.getByTestId('inbox-open'), requests.get(p.agency) ?? '');
    await expect(page.getByTestId('request-view')).toBeVisible();
    await expect(page.getByTestId('request-view')).toContainText(p.agency);
    await expect(page.getByTestId('inbox-signer-unknown')).toBeVisible();
    await page.getByTestId('inbox-trust-sender').click();
    await expect(page.getByTestId('inbox-signer-trusted')).toBeVisible();
    await page.getByTestId('answer-add-person').click();
    await page
      .getByLabel('Name', { exact: true })
      .last()
      .fill(`Trupp ${i + 1}`);
    await page.getByTestId('answer-callsigns').fill(`Adler 2${i + 1}`);
    if (i === 0) {
      await page.screenshot({ path: join(SHOTS, 'liaison-inbox-de.png'), fullPage: true });
      await expectAccessible(page, 'exchange inbox');
    }
    const answerPath = join(dir, `antwort-${i + 1}.asc`);
    await (
      await download(page, () => page.getByTestId('answer-export').click())
    ).saveAs(answerPath);
    await expect(page.getByTestId('inbox-answer-history')).toHaveCount(1);
    answers.push(answerPath);
  }

  // The three answers at once, with a tampered copy of one: that one is refused with its reason.
  const armored = readFileSync(answers[0] ?? '', 'utf8').split('\n');
  const mid = Math.floor(armored.length / 2);
  armored[mid] = (armored[mid] ?? '').replace(/[A-Za-z]/, (c) => (c === 'A' ? 'B' : 'A'));
  const tamperedPath = join(dir, 'verändert.asc');
  writeFileSync(tamperedPath, armored.join('\n'));
  await chooseFile(lead, lead.getByTestId('lead-import'), [...answers, tamperedPath]);
  await expect(lead.getByTestId('review-refused')).toHaveCount(1);
  await expect(lead.getByTestId('review-item')).toHaveCount(3);
  for (const p of parties)
    await expect(lead.getByTestId('review-item').filter({ hasText: p.who.name })).toHaveCount(1);
  await lead.screenshot({ path: join(SHOTS, 'lead-review-de.png'), fullPage: true });
  await lead.getByTestId('review-accept-all').click();
  await expect(lead.getByTestId('review-done')).toHaveCount(3);
  for (const p of parties)
    await expect(
      lead.getByTestId('lead-row').filter({ hasText: p.agency }).getByTestId('lead-row-state'),
    ).toHaveText('beantwortet');

  // The same answer again: refused as already imported, nothing changes.
  await chooseFile(lead, lead.getByTestId('lead-import'), answers[0] ?? '');
  await expect(lead.getByTestId('review-refused')).toContainText('bereits eingelesen');

  // Kräfte: each participation confirmed, signed by its liaison, with the fingerprint.
  await lead.goto(`/#/operations/${operationId}/forces`);
  for (const p of parties) {
    const card = lead.getByTestId('participation-card').filter({ hasText: p.agency });
    await expect(card.getByTestId('confirmation-status')).toContainText('bestätigt');
    await card.getByTestId('participation-details').click();
    await expect(
      card.getByText(new RegExp(`bestätigt per Paket, signiert von ${p.who.name}`)),
    ).toBeVisible();
    await expect(card.getByText(p.fingerprint).first()).toBeVisible();
  }
  await lead.screenshot({ path: join(SHOTS, 'lead-forces-de.png'), fullPage: true });

  // English, for the screenshots in both languages.
  await lead.getByTestId('nav-settings').click();
  await lead.getByTestId('language-switch').getByText('English').click();
  await lead.goto(`/#/exchange?tab=lead&op=${operationId}`);
  await expect(lead.getByTestId('lead-overview')).toBeVisible();
  await lead.screenshot({ path: join(SHOTS, 'lead-overview-en.png'), fullPage: true });
  await first.page.getByTestId('nav-settings').click();
  await first.page.getByTestId('language-switch').getByText('English').click();
  await first.page.goto('/#/exchange?tab=inbox');
  await first.page.getByTestId('inbox-select').first().click();
  await expect(first.page.getByTestId('request-view')).toBeVisible();
  await first.page.screenshot({ path: join(SHOTS, 'liaison-inbox-en.png'), fullPage: true });
  for (const p of parties) {
    expect(p.errors, p.who.name).toEqual([]);
    await p.context.close();
  }
});
