// The settings panel's side of a gazetteer import: the file goes to its own worker (a File is
// passed by reference, not copied), progress comes back, cancelling ends the worker. Houses
// written before a cancel stay; importing the source again with "replace" clears them.
import type { GazetteerImportSummary } from '@shared/gazetteer';
import type { GazetteerImportMessage, GazetteerImportRequest } from './gazetteer-import-run';

export interface ImportProgress {
  rows: number;
  imported: number;
  fraction: number;
}

export function importGazetteerFile(
  req: GazetteerImportRequest,
  onProgress: (p: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<GazetteerImportSummary> {
  return new Promise((resolve, reject) => {
    let worker: Worker | null = null;
    const stop = () => {
      worker?.terminate();
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      stop();
      reject(new DOMException('Import abgebrochen', 'AbortError'));
    };
    const receive = (m: GazetteerImportMessage) => {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') {
        stop();
        resolve(m.summary);
      } else {
        stop();
        reject(new Error(m.message));
      }
    };
    if (signal?.aborted) return aborted();
    signal?.addEventListener('abort', aborted);
    if (typeof Worker === 'undefined') {
      // Node tests: the same run in-thread, reading the file as one string.
      void import('./gazetteer-import-run').then((run) =>
        run.runGazetteerImport(req, receive, true),
      );
      return;
    }
    worker = new Worker(new URL('./gazetteer-import.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (e: MessageEvent<GazetteerImportMessage>) => receive(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      stop();
      reject(new Error(e.message || 'Import-Worker fehlgeschlagen'));
    };
    worker.postMessage(req);
  });
}
