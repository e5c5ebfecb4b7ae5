// The vault in the browser edition: set-up with strength feedback and recovery code, lock and
// unlock, wrong passphrase, recovery, auto-lock, and — read straight from IndexedDB — no plan
// data at rest in plaintext.
import type { Page } from '@playwright/test';
import { buildDemoDataset, DEMO_AGENCY_KEYS } from '../../src/shared/demo';
import {
  expect,
  expectAccessible,
  PASSPHRASE,
  setUpVault,
  test,
  waitReady,
  waitState,
} from './fixtures';

/**
 * Every unlock try runs Argon2id, about half a second alone but 5–15 s on a shared, loaded
 * machine (seen: 7 s per try at load 25 on two cores). Waits behind a derivation get this
 * much instead of the 10 s default, so a slow machine is not reported as a missing message.
 */
const KDF_WAIT = { timeout: 45_000 };

/** The ready marker after an unlock or a recovery (one or two Argon2id runs). */
const readyAfterKdf = (page: Page) =>
  expect(page.locator('html[data-app-state="ready"]')).toHaveCount(1, KDF_WAIT);

/** Unlocks with the passphrase and waits as long as Argon2id may take here. */
async function unlockSlowly(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-submit').click();
  await readyAfterKdf(page);
}

test('first start: passphrase with strength feedback, recovery code, confirmation', async ({
  fresh: page,
}) => {
  await expect(page.getByRole('heading', { name: 'Datentresor einrichten' })).toBeVisible();
  await expectAccessible(page, 'vault set-up');
  await page.getByTestId('setup-passphrase').fill('passwort123');
  await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[0-2]/);
  await page.getByTestId('setup-repeat').fill('passwort123');
  await page.getByTestId('setup-create').click();
  // The message sits at the field, which is marked invalid, linked to it and focused.
  const passphrase = page.getByTestId('setup-passphrase');
  await expect(page.getByTestId('setup-passphrase-error')).toContainText('stärkere Passphrase');
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expect(passphrase).toHaveAccessibleDescription(/stärkere Passphrase/);
  await expect(passphrase).toBeFocused();

  await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
  await expect(page.getByTestId('passphrase-strength')).toHaveAttribute('data-score', /[34]/);
  await page.getByTestId('setup-repeat').fill(`${PASSPHRASE}x`);
  await page.getByTestId('setup-create').click();
  await expect(page.getByTestId('setup-repeat-error')).toContainText('stimmen nicht überein');
  await expect(page.getByTestId('setup-repeat')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('setup-repeat')).toBeFocused();

  await page.getByTestId('setup-repeat').fill(PASSPHRASE);
  await page.getByTestId('setup-create').click();
  const code = await page.getByTestId('recovery-code').textContent(KDF_WAIT);
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
  // The button that was pressed is gone: focus is on the new step, not dropped to the page.
  await expect(page.getByRole('heading', { name: 'Ihr Wiederherstellungscode' })).toBeFocused();
  await expect(page.getByTestId('setup-steps').locator('[aria-current="step"]')).toHaveText(
    /Wiederherstellungscode/,
  );
  await expectAccessible(page, 'recovery code');
  await page.getByTestId('setup-next').click();
  await expect(page.getByTestId('setup-confirm-group')).toBeFocused();
  await page.getByTestId('setup-confirm-group').fill('0000');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByText('nicht die letzte Gruppe')).toBeVisible();
  await page.getByTestId('setup-confirm-group').fill(code?.split('-').pop() ?? '');
  // The name is optional; given here, the audit trail and approvals use it from the start.
  await page.getByTestId('setup-user-name').fill('PHK Max Beispiel');
  await expectAccessible(page, 'confirmation step');
  await page.getByTestId('setup-finish').click();
  await waitReady(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Einsätze' })).toBeVisible();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-user-name')).toHaveValue('PHK Max Beispiel');
});

test('lock now, a wrong passphrase loses nothing, the right one opens', async ({ app }) => {
  test.slow(); // set-up, a wrong and a right unlock: four Argon2id runs
  await app.getByTestId('load-demo').click();
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
  await app.getByTestId('lock-now').click();
  await waitState(app, 'locked');
  await expect(app.locator('body')).not.toContainText('WINTERLICHT');
  await expectAccessible(app, 'unlock screen');
  await app.getByTestId('unlock-passphrase').fill('falsche Passphrase');
  await app.getByTestId('unlock-submit').click();
  await expect(app.getByTestId('unlock-error')).toContainText(
    'Die Passphrase ist falsch',
    KDF_WAIT,
  );
  // The message belongs to the field: marked invalid, linked, and the focus is back there.
  const field = app.getByTestId('unlock-passphrase');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Die Passphrase ist falsch/);
  await expect(field).toBeFocused();
  await unlockSlowly(app);
  await expect(app.getByTestId('operation-row')).toContainText('WINTERLICHT');
});

test('the show-passphrase button is named in German and reachable by keyboard', async ({
  fresh: page,
}) => {
  const field = page.getByTestId('setup-passphrase');
  await field.fill('geheim');
  await expect(field).toBeFocused();
  await page.keyboard.press('Tab');
  const toggle = page.getByRole('button', { name: 'Passphrase anzeigen' }).first();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('type', 'text');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Toggle password visibility')).toHaveCount(0);
});

test('a set-up interrupted on the recovery-code screen resumes at the confirmation', async ({
  fresh: page,
}) => {
  test.slow(); // set-up, two unlocks and two code checks: seven Argon2id runs
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
  await page.getByTestId('setup-repeat').fill(PASSPHRASE);
  await page.getByTestId('setup-create').click();
  const code = (await page.getByTestId('recovery-code').textContent(KDF_WAIT)) ?? '';
  // The window closes (or the app crashes) before the code is confirmed.
  await page.reload();
  await waitState(page, 'locked');
  await unlockSlowly(page);
  const resume = page.getByTestId('setup-resume');
  await expect(resume).toBeVisible();
  await expect(page.getByTestId('setup-steps').locator('[aria-current="step"]')).toHaveText(
    /Bestätigen/,
  );
  await expect(page.getByTestId('setup-resume-code')).toBeFocused();
  await expectAccessible(page, 'set-up resumed');
  await page.getByTestId('setup-resume-code').fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
  await page.getByTestId('setup-resume-finish').click();
  await expect(page.getByTestId('setup-resume-error')).toContainText(
    'nicht der Wiederherstellungscode',
    KDF_WAIT,
  );
  await page.getByTestId('setup-resume-code').fill(code);
  await page.getByTestId('setup-resume-user-name').fill('PHK Max Beispiel');
  await page.getByTestId('setup-resume-finish').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Einsätze' })).toBeVisible(KDF_WAIT);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-user-name')).toHaveValue('PHK Max Beispiel');
  // Confirmed: the next unlock goes straight back to the app.
  await page.reload();
  await waitState(page, 'locked');
  await unlockSlowly(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expect(resume).toHaveCount(0);
});

test('Ctrl+Shift+L locks', async ({ app }) => {
  await app.keyboard.press('Control+Shift+L');
  await waitState(app, 'locked');
});

test('forgotten passphrase: the recovery code sets a new one', async ({ fresh: page }) => {
  test.slow(); // set-up, recovery and two unlocks: seven Argon2id runs
  const code = await setUpVault(page);
  await page.getByTestId('lock-now').click();
  await waitState(page, 'locked');
  await page.getByTestId('unlock-forgot').click();
  await page.getByTestId('recover-code').fill('AAAA-BBBB');
  const next = 'Neue-Passphrase-Zollamt-Wettbuero-42';
  await page.getByTestId('recover-passphrase').fill(next);
  await page.getByTestId('recover-repeat').fill(next);
  await page.getByTestId('recover-submit').click();
  await expect(page.getByTestId('recover-error')).toContainText('falsche Format');
  await page.getByTestId('recover-code').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByTestId('recover-submit').click();
  await readyAfterKdf(page);
  await page.getByTestId('lock-now').click();
  await waitState(page, 'locked');
  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await page.getByTestId('unlock-submit').click();
  await expect(page.getByTestId('unlock-error')).toContainText('falsch', KDF_WAIT);
  await page.getByTestId('unlock-passphrase').fill(next);
  await page.getByTestId('unlock-submit').click();
  await readyAfterKdf(page);
});

test('five wrong tries slow down further tries', async ({ page, consoleErrors }) => {
  void consoleErrors;
  test.slow(); // set-up and six unlock tries: eight Argon2id runs
  await page.clock.install();
  await page.goto('/');
  await waitState(page, 'setup');
  await setUpVault(page);
  await page.getByTestId('lock-now').click();
  await waitState(page, 'locked');
  for (let i = 1; i <= 5; i++) {
    await page.getByTestId('unlock-passphrase').fill(`falsch-${i}`);
    await page.getByTestId('unlock-submit').click();
    await expect(page.getByTestId('unlock-error')).toContainText(`Fehlversuche: ${i}`, KDF_WAIT);
  }
  // After the fifth failure further tries wait 30 s, even with the right passphrase.
  await expect(page.getByTestId('unlock-error')).toContainText('Zu viele Fehlversuche');
  await page.getByTestId('unlock-passphrase').fill(PASSPHRASE);
  await expect(page.getByTestId('unlock-submit')).toBeDisabled();
  await page.clock.fastForward('00:31');
  await expect(page.getByTestId('unlock-submit')).toBeEnabled();
  await page.getByTestId('unlock-submit').click();
  await readyAfterKdf(page);
});

test('after auto-lock the UI shows no plan data', async ({ page, consoleErrors }) => {
  void consoleErrors;
  await page.clock.install();
  await page.goto('/');
  await waitState(page, 'setup');
  await setUpVault(page);
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('operation-row')).toContainText('WINTERLICHT');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-autolock').fill('1');
  await page.getByTestId('settings-autolock').blur();
  await page.getByTestId('nav-operations').click();
  await expect(page.getByTestId('operation-row')).toBeVisible();
  await page.clock.fastForward('02:00');
  await waitState(page, 'locked');
  await expect(page.getByTestId('lock-notice')).toContainText('Inaktivität');
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('WINTERLICHT');
  expect(text).not.toContain('Essen');
});

test('at rest, IndexedDB holds none of the plan data in readable form', async ({ app }) => {
  await app.getByTestId('load-demo').click();
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
  const demo = buildDemoDataset({
    now: '2026-11-20T10:00:00.000Z',
    agencyIdByCatalogKey: new Map(DEMO_AGENCY_KEYS.map((k) => [k, `catalog-${k}`])),
    makeId: (() => {
      let n = 0;
      return () => `id${n++}`;
    })(),
  });
  const secrets = new Set<string>([demo.operation.codeName, demo.operation.title]);
  for (const p of demo.premises) {
    secrets.add(p.name);
    if (p.address.street) secrets.add(p.address.street);
    if (p.operator.name) secrets.add(p.operator.name);
  }
  for (const p of demo.participations) {
    if (p.liaison.name) secrets.add(p.liaison.name);
    if (p.liaison.phone) secrets.add(p.liaison.phone);
  }
  for (const c of demo.comms) if (c.type === 'phone' && c.phone) secrets.add(c.phone);
  for (const t of demo.teams) secrets.add(t.name);
  expect(secrets.size).toBeGreaterThan(20);

  const dump = await app.evaluate(async () => {
    const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    const flatten = (v: unknown): string => {
      if (v instanceof ArrayBuffer) return latin1(new Uint8Array(v));
      if (ArrayBuffer.isView(v))
        return latin1(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
      if (Array.isArray(v)) return v.map(flatten).join('\n');
      if (v && typeof v === 'object')
        return Object.entries(v)
          .map(([k, x]) => `${k}=${flatten(x)}`)
          .join('\n');
      return String(v);
    };
    const out: string[] = [];
    let sealedRows = 0;
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name as string);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(store, 'readonly');
        const os = tx.objectStore(store);
        const [values, keys] = await Promise.all([
          new Promise<unknown[]>((r) => {
            const q = os.getAll();
            q.onsuccess = () => r(q.result);
          }),
          new Promise<unknown[]>((r) => {
            const q = os.getAllKeys();
            q.onsuccess = () => r(q.result);
          }),
        ]);
        for (const v of values) if (v && typeof v === 'object' && '_sealed' in v) sealedRows++;
        out.push(`${info.name}/${store}`, flatten(keys), flatten(values));
        for (const idx of Array.from(os.indexNames)) {
          const idxKeys = await new Promise<unknown[]>((r) => {
            const q = os.index(idx).getAllKeys();
            q.onsuccess = () => r(q.result);
          });
          out.push(flatten(idxKeys));
        }
      }
      db.close();
    }
    out.push(flatten(Object.entries(localStorage)));
    return { text: out.join('\n'), sealedRows };
  });
  expect(dump.sealedRows).toBeGreaterThan(100);
  const found = [...secrets].filter((s) => dump.text.includes(s));
  expect(found, 'plan data readable at rest').toEqual([]);
});
