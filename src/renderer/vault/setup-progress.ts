// Whether the first-start set-up was finished. The vault exists after its first step, so a crash
// or a closed window on the recovery-code screen used to leave a vault whose code was never
// confirmed: the mark says so until the user confirms, and the next unlock resumes there.
import type { HostApi } from '@shared/ipc/host-api';

/**
 * Kept through the host's small durable store beside the vault record (the sentinel seam:
 * vault's own IndexedDB database in the web edition, sentinel.json beside vault.json on the
 * desktop), which is on disk when the call returns — unlike localStorage.
 */
export const SETUP_MARK_NAME = 'verbundplaner.setup';
const UNCONFIRMED = 'recovery-unconfirmed';
const COMPLETE = 'complete';

type SetupHost = Pick<HostApi, 'sentinel'>;

/** Written before the vault is created, so no moment exists with a vault and no mark. */
export async function markSetupIncomplete(host: SetupHost): Promise<void> {
  const r = await host.sentinel.set({ name: SETUP_MARK_NAME, id: UNCONFIRMED });
  if (!r.ok) console.warn('Einrichtungsstand nicht gespeichert', r.error);
}

export async function markSetupComplete(host: SetupHost): Promise<void> {
  const r = await host.sentinel.set({ name: SETUP_MARK_NAME, id: COMPLETE });
  if (!r.ok) console.warn('Einrichtungsstand nicht gespeichert', r.error);
}

/** True only for a mark that says unconfirmed: vaults from before the mark count as complete. */
export async function setupIncomplete(host: SetupHost): Promise<boolean> {
  const r = await host.sentinel.get({ name: SETUP_MARK_NAME });
  return r.ok && r.value.id === UNCONFIRMED;
}
