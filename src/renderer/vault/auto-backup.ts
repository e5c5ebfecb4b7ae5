// Automatic encrypted backups (desktop only): one a day and one on every lock, kept by main.
import type { SessionKeys } from '@shared/crypto';
import type { HostApi } from '@shared/ipc/host-api';
import { createBackup } from '../data/backup';
import type { DataSession } from '../data/session';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function automaticBackup(
  host: HostApi,
  session: DataSession,
  keys: SessionKeys,
  reason: 'daily' | 'lock',
  now = new Date(),
): Promise<boolean> {
  if (!host.capabilities.automaticBackups) return false;
  if (reason === 'daily') {
    const list = await host.backups.list();
    if (!list.ok) return false;
    const lastDaily = list.value.find((b) => b.reason === 'daily');
    if (lastDaily && now.getTime() - Date.parse(lastDaily.createdAt) < DAY_MS) return false;
  }
  const vault = await host.vault.backupHeader();
  if (!vault.ok) return false;
  const { bytes } = await createBackup({
    store: session.store,
    backupKey: keys.backup,
    vault: vault.value,
    appVersion: __APP_VERSION__,
    now: now.toISOString(),
  });
  const stored = await host.backups.store({ data: bytes, reason });
  return stored.ok;
}
