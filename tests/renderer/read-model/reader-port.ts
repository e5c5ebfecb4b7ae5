// The read-model worker without a Worker: the real TableReader on this process's IndexedDB
// (fake-indexeddb), with every message structured-cloned and delivered in a later task both
// ways, as postMessage does. The keys cross as CryptoKeys, as they do to the real worker.
import type { ReaderRequest, ReaderResponse } from '../../../src/renderer/data/worker/protocol';
import { TableReader } from '../../../src/renderer/data/worker/table-reader';
import type { ReaderPort } from '../../../src/renderer/data/worker/table-loader';

export interface InProcessPort extends ReaderPort {
  readonly terminated: boolean;
  /** Messages the page sent, in order (after their clone). */
  readonly sent: ReaderRequest[];
}

export function inProcessReaderPort(): InProcessPort {
  let terminated = false;
  const sent: ReaderRequest[] = [];
  const port: InProcessPort = {
    onmessage: null,
    onerror: null,
    get terminated() {
      return terminated;
    },
    sent,
    postMessage(message) {
      const copy = structuredClone(message);
      sent.push(copy);
      setTimeout(() => {
        if (!terminated) reader.handle(copy);
      }, 0);
    },
    terminate() {
      terminated = true;
      reader.close();
    },
  };
  const reader = new TableReader(indexedDB, (message: ReaderResponse) => {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!terminated) port.onmessage?.({ data: copy } as MessageEvent<ReaderResponse>);
    }, 0);
  });
  return port;
}
