// Saving exchange files through the host (system dialog, or a download in the web edition).
import type { HostApi } from '@shared/ipc/host-api';
import { notifyError } from '../../ui/notify';

export const PACKAGE_FILTER = { name: 'Austauschpaket (OpenPGP)', extensions: ['asc'] };
export const CARD_FILTER = { name: 'Schlüsselkarte', extensions: ['vpkey'] };

export async function saveText(
  host: Pick<HostApi, 'saveFile'>,
  fileName: string,
  data: Uint8Array | string,
  filter: { name: string; extensions: string[] },
  errorTitle: string,
): Promise<boolean> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data);
  const r = await host.saveFile({ suggestedName: fileName, data: bytes, filters: [filter] });
  if (!r.ok) {
    notifyError(errorTitle, r.error);
    return false;
  }
  return r.value.saved;
}
