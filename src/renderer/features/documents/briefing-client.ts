// The page's side of briefing generation: one worker packs the docx (see briefing.worker.ts);
// without a Worker (Node tests) the same renderer runs in-thread.
import type { BriefingModel } from '@shared/documents/briefing';
import type { BriefingJob, BriefingJobResult } from './briefing.worker';

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (r: BriefingJobResult) => void>();

function briefingWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./briefing.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (e: MessageEvent<BriefingJobResult>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  w.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    // A worker that failed to load answers nobody: fail every waiting job and start afresh.
    for (const [id, done] of waiting) done({ id, ok: false, error: e.message || 'Worker' });
    waiting.clear();
    w.terminate();
    worker = null;
  };
  worker = w;
  return w;
}

/** The model as .docx bytes, packed off the UI thread. */
export async function packBriefing(model: BriefingModel): Promise<Uint8Array<ArrayBuffer>> {
  if (typeof Worker === 'undefined') {
    const { renderBriefingDocx } = await import('@shared/documents/briefing/render-briefing');
    return renderBriefingDocx(model);
  }
  const id = ++nextId;
  const w = briefingWorker();
  const r = await new Promise<BriefingJobResult>((resolve) => {
    waiting.set(id, resolve);
    // Image bytes are copied, not moved: the caller may export the next copy with them.
    w.postMessage({ id, model } satisfies BriefingJob);
  });
  if (!r.ok) throw new Error(`Der Einsatzbefehl konnte nicht erzeugt werden: ${r.error}`);
  return r.bytes;
}
