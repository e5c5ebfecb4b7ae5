// Loads a prepared backup through the UI (Einstellungen → Sicherungen), the way a user restores
// one from another machine: with the passphrase of the vault it was made in.
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { chooseFile } from './choose-file';

export async function restoreBackup(page: Page, path: string, passphrase: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await chooseFile(page, page.getByTestId('backup-restore'), path);
  await page.getByTestId('restore-passphrase').fill(passphrase);
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByText('Die Sicherung wurde wiederhergestellt.')).toBeVisible({
    timeout: 180_000,
  });
  await page.getByTestId('nav-operations').click();
}
