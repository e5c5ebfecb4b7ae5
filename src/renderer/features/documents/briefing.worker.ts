// Web worker: packs an Einsatzbefehl model into .docx bytes (the docx Packer zips and builds
// XML for seconds on a large plan), so the window never freezes while a briefing is made.
import type { BriefingModel } from '@shared/documents/briefing';
import { renderBriefingDocx } from '@shared/documents/briefing/render-briefing';

export interface BriefingJob {
  id: number;
  model: BriefingModel;
}
export type BriefingJobResult =
  | { id: number; ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { id: number; ok: false; error: string };

self.onmessage = async (e: MessageEvent<BriefingJob>) => {
  const { id, model } = e.data;
  const post = (m: BriefingJobResult, transfer: Transferable[] = []) =>
    (self as unknown as Worker).postMessage(m, transfer);
  try {
    const bytes = await renderBriefingDocx(model);
    // The bytes move to the page (no copy of a 20 MB file).
    post({ id, ok: true, bytes }, [bytes.buffer]);
  } catch (err) {
    post({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
