// Web worker: imports one house-coordinates file into the gazetteer database (read in chunks,
// written in batches) so a state's file of millions of rows never blocks the page.
import { runGazetteerImport, type GazetteerImportRequest } from './gazetteer-import-run';

self.onmessage = (e: MessageEvent<GazetteerImportRequest>) => {
  void runGazetteerImport(e.data, (m) => (self as unknown as Worker).postMessage(m));
};
