// Builds a document (model → docx) and hands it to the host's save dialog (a download in the
// web edition). The hook wraps it with notifications for the workspace's buttons.
import { useCallback, useState } from 'react';
import type { DocumentModel } from '@shared/documents';
import type { HostApi } from '@shared/ipc/host-api';
import type { Result } from '@shared/result';
import { useHost } from '../../host';
import { notifyError } from '../../ui/notify';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const DOCX_FILTER = { name: 'Word-Dokument (docx)', extensions: ['docx'] };

export type SaveOutcome = { saved: true; fileName: string } | { saved: false };

/** Renders and saves; the envelope carries host errors (nothing thrown across the seam). */
export async function saveDocument(
  host: Pick<HostApi, 'saveFile'>,
  model: DocumentModel,
  fileName: string,
): Promise<Result<SaveOutcome>> {
  // The docx library is large: loaded when the first document is saved, not at start.
  const { renderDocx } = await import('@shared/documents/render-docx');
  const data = await renderDocx(model);
  return host.saveFile({ suggestedName: fileName, data, filters: [DOCX_FILTER] });
}

/**
 * `save(build, fileName)` renders the model `build()` returns and saves it; `busy` is true
 * meanwhile. Errors are shown as a notification titled `errorTitle`. Building may move into a
 * worker later; the call site stays the same.
 */
export function useSaveDocument(errorTitle: string) {
  const host = useHost();
  const [busy, setBusy] = useState(false);
  const save = useCallback(
    async (build: () => DocumentModel, fileName: string): Promise<SaveOutcome> => {
      setBusy(true);
      try {
        const r = await saveDocument(host, build(), fileName);
        if (!r.ok) {
          notifyError(errorTitle, r.error);
          return { saved: false };
        }
        return r.value;
      } catch (e) {
        notifyError(errorTitle, e);
        return { saved: false };
      } finally {
        setBusy(false);
      }
    },
    [host, errorTitle],
  );
  return { save, busy };
}
