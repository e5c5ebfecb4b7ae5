// Web worker: builds a MiniSearch index from decrypted documents off the UI thread and returns
// it as a plain object (the page loads it with the same options).
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type SearchDoc } from './config';

self.onmessage = (e: MessageEvent<{ id: number; docs: SearchDoc[] }>) => {
  const index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS);
  index.addAll(e.data.docs);
  (self as unknown as Worker).postMessage({ id: e.data.id, index: index.toJSON() });
};
