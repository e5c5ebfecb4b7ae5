// Writes a prepared backup (see tests/renderer/support/backup-fixture.ts) to a file that a
// browser test can pick in the restore dialog.
import { writeFileSync } from 'node:fs';
import { buildBackup, type Tables } from '../../renderer/support/backup-fixture';

export { completeTables } from '../../renderer/support/backup-fixture';

export async function writeBackup(path: string, tables: Tables, passphrase: string): Promise<void> {
  writeFileSync(path, await buildBackup(tables, passphrase));
}
