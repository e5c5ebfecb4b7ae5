// Web worker: reads an agencies CSV file (decode, parse, row checks) so a 20 MB file does not
// freeze the import dialog; one file per worker, answered as AgencyCsvJobMessages.
import { runAgencyCsvJob, type AgencyCsvJobMessage } from '@shared/csv/agency-import-job';

self.onmessage = (e: MessageEvent<Uint8Array>) => {
  runAgencyCsvJob(e.data, (m: AgencyCsvJobMessage) => (self as unknown as Worker).postMessage(m));
};
