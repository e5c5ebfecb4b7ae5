// Web worker: holds the search indexes (decrypted text stays off the UI thread's heap), builds,
// patches and queries them, and answers ids. Messages are handled in order, so a query sent
// after a patch sees the patched index.
import { packIds, SearchEngine, type SearchRequest } from './engine';

const engine = new SearchEngine();

self.onmessage = (e: MessageEvent<SearchRequest>) => {
  (self as unknown as Worker).postMessage(packIds(engine.handle(e.data)));
};
