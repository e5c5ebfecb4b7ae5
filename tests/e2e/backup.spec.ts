// Backups in the browser edition: a backup downloads, a restore brings back replaced data, and a
// damaged or foreign file is refused without changing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chooseFile } from './support/choose-file';

test('backup, change, restore; damaged and foreign files are refused', async ({
  app,
}, testInfo) => {
  await app.getByTestId('load-demo').click();
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('settings-user-name').fill('PHK Beispiel');
  await app.getByTestId('settings-user-name').press('Enter');

  const downloading = app.waitForEvent('download');
  await app.getByTestId('backup-create').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^verbundplaner-sicherung-\d{4}-\d{2}-\d{2}\.vpbak$/,
  );
  const backupPath = testInfo.outputPath('backup.vpbak');
  await download.saveAs(backupPath);
  const bytes = readFileSync(backupPath);
  expect(bytes.subarray(0, 6).toString('latin1')).toBe('VPBAK1');
  expect(bytes.toString('latin1')).not.toContain('WINTERLICHT');

  // Change something after the backup.
  await app.getByTestId('settings-user-name').fill('Jemand anderes');
  await app.getByTestId('settings-user-name').press('Enter');

  const restoreFrom = (path: string) => chooseFile(app, app.getByTestId('backup-restore'), path);

  // A one-byte change is refused and nothing changes.
  const tampered = Buffer.from(bytes);
  tampered[tampered.length - 20] = (tampered[tampered.length - 20] ?? 0) ^ 0xff;
  const tamperedPath = testInfo.outputPath('tampered.vpbak');
  writeFileSync(tamperedPath, tampered);
  await restoreFrom(tamperedPath);
  await app.getByTestId('restore-confirm').click();
  await expect(app.getByTestId('restore-error')).toContainText('beschädigt');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('settings-user-name')).toHaveValue('Jemand anderes');

  // A foreign file is recognised as such.
  const foreignPath = testInfo.outputPath('foreign.vpbak');
  writeFileSync(foreignPath, 'PK\u0003\u0004 this is a zip file');
  await restoreFrom(foreignPath);
  await expect(app.getByTestId('restore-not-backup')).toContainText(
    'keine Verbundplaner-Sicherung',
  );
  await app.keyboard.press('Escape');

  // The genuine backup restores the earlier state.
  await restoreFrom(backupPath);
  await expect(app.getByTestId('restore-summary')).toContainText('1 Einsätze');
  await app.getByTestId('restore-confirm').click();
  await expect(app.getByText('Die Sicherung wurde wiederhergestellt.')).toBeVisible();
  await expect(app.getByTestId('settings-user-name')).toHaveValue('PHK Beispiel');
  await app.getByTestId('nav-operations').click();
  await expect(app.getByTestId('operation-row')).toContainText('WINTERLICHT');
});
