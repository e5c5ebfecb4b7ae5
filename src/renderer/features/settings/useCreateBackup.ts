// Creates an encrypted backup of the whole database and lets the user save it: the
// Sicherungen panel's button and the step retention offers before it deletes anything.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBackup } from '../../data/backup';
import { useDataSession } from '../../data/session';
import { useHost } from '../../host';
import { notifyError, notifySuccess } from '../../ui/notify';
import { useVault } from '../../vault/context';

/** `create` resolves true when a backup file was saved. */
export function useCreateBackup(): { busy: boolean; create: () => Promise<boolean> } {
  const { t } = useTranslation('vault');
  const host = useHost();
  const session = useDataSession();
  const vault = useVault();
  const [busy, setBusy] = useState(false);

  const create = async (): Promise<boolean> => {
    setBusy(true);
    try {
      const header = await host.vault.backupHeader();
      if (!header.ok) throw header.error;
      const now = new Date().toISOString();
      const { bytes } = await createBackup({
        store: session.store,
        backupKey: vault.keys.backup,
        vault: header.value,
        appVersion: __APP_VERSION__,
        now,
      });
      const r = await host.saveFile({
        suggestedName: `verbundplaner-sicherung-${now.slice(0, 10)}.vpbak`,
        data: bytes,
        filters: [{ name: 'Verbundplaner-Sicherung', extensions: ['vpbak'] }],
      });
      if (!r.ok) throw r.error;
      if (r.value.saved) notifySuccess(t('backup.created', { name: r.value.fileName }));
      return r.value.saved;
    } catch (e) {
      notifyError(t('backup.title'), e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, create };
}
