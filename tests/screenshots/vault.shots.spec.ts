// Screenshots of the vault screens: set-up, recovery code, unlock, recovery, settings.
import { PASSPHRASE, test, waitReady, waitState } from '../e2e/fixtures';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png` });

test('vault screenshots', async ({ fresh: page }) => {
  await page.getByTestId('setup-passphrase').fill(PASSPHRASE);
  await page.getByTestId('setup-repeat').fill(PASSPHRASE);
  await page.screenshot(shot('vault-setup'));
  await page.getByTestId('setup-create').click();
  const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
  await page.screenshot(shot('vault-recovery-code'));
  await page.getByTestId('setup-next').click();
  await page.getByTestId('setup-confirm-group').fill(code.split('-').pop() ?? '');
  await page.getByTestId('setup-user-name').fill('PHK Max Beispiel');
  await page.screenshot(shot('vault-confirm'));
  await page.getByTestId('setup-finish').click();
  await waitReady(page);
  await page.getByTestId('load-demo').click();
  await page.getByTestId('operation-row').waitFor();
  await page.getByTestId('nav-settings').click();
  await page.getByRole('heading', { name: 'Sicherheit' }).waitFor();
  await page.screenshot(shot('settings-security'));
  await page.getByTestId('lock-now').click();
  await waitState(page, 'locked');
  await page.getByTestId('unlock-passphrase').fill('falsche Passphrase');
  await page.getByTestId('unlock-submit').click();
  await page.getByTestId('unlock-error').waitFor();
  await page.screenshot(shot('vault-unlock'));
  await page.getByTestId('unlock-forgot').click();
  await page.screenshot(shot('vault-recover'));
});

test('premises screenshot', async ({ app }) => {
  await app.getByTestId('load-demo').click();
  await app.getByTestId('operation-row').waitFor();
  await app.getByTestId('nav-premises').click();
  await app.getByTestId('premises-row').first().waitFor();
  await app.getByTestId('premises-row').first().getByRole('button').click();
  await app.getByTestId('attachments').waitFor();
  await app.waitForTimeout(600); // the drawer slides in; a picture, not an assertion
  await app.screenshot(shot('premises'));
});
