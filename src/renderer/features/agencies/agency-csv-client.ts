// The import dialog's side of CSV reading: every file goes to its own worker (the whole ≤ 20 MB
// buffer, see docs/ARCHITECTURE.md on why not streamed), progress comes back as rows checked,
// the result in slices. Closing the dialog stops the worker. Without a Worker (Node tests) the
// same job runs in-thread and says the same things.
import {
  collectAgencyCsvJob,
  runAgencyCsvJob,
  type AgencyCsvJobMessage,
  type AgencyCsvResult,
} from '@shared/csv';

export interface CsvReadProgress {
  rows: number;
  /** Null while the file is being decoded and split into rows. */
  total: number | null;
}

export function readAgencyCsv(
  bytes: Uint8Array,
  onProgress: (p: CsvReadProgress) => void,
  signal?: AbortSignal,
): Promise<AgencyCsvResult> {
  return new Promise((resolve, reject) => {
    const collected = collectAgencyCsvJob();
    let worker: Worker | null = null;
    const stop = () => {
      worker?.terminate();
      signal?.removeEventListener('abort', aborted);
    };
    const aborted = () => {
      stop();
      reject(new DOMException('CSV-Import abgebrochen', 'AbortError'));
    };
    const receive = (m: AgencyCsvJobMessage) => {
      if (m.type === 'progress') onProgress({ rows: m.rows, total: m.total });
      const result = collected.add(m);
      if (result) {
        stop();
        resolve(result);
      }
    };
    if (signal?.aborted) return aborted();
    signal?.addEventListener('abort', aborted);
    if (typeof Worker === 'undefined') {
      try {
        runAgencyCsvJob(bytes, receive);
      } catch (e) {
        stop();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
      return;
    }
    worker = new Worker(new URL('./agency-csv.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<AgencyCsvJobMessage>) => receive(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      stop();
      reject(new Error(e.message || 'CSV-Worker fehlgeschlagen'));
    };
    // A copy crosses to the worker (a few milliseconds for 20 MB); the caller keeps its bytes.
    worker.postMessage(bytes);
  });
}
