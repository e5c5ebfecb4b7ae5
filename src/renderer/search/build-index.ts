// Builds a MiniSearch index in a worker when one is available, else on this thread (tests).
import MiniSearch, { type AsPlainObject } from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc } from './config';

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, (index: AsPlainObject) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; index: AsPlainObject }>) => {
      pending.get(e.data.id)?.(e.data.index);
      pending.delete(e.data.id);
    };
  }
  return worker;
}

export async function buildIndex(docs: readonly SearchDoc[]): Promise<MiniSearch<SearchDoc>> {
  const w = getWorker();
  if (!w) {
    const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
    index.addAll(docs);
    return index;
  }
  const id = ++seq;
  const plain = await new Promise<AsPlainObject>((resolve) => {
    pending.set(id, resolve);
    w.postMessage({ id, docs });
  });
  return MiniSearch.loadJS<SearchDoc>(plain, SEARCH_OPTIONS);
}
