// Web worker of the read model: reads and decrypts whole tables off the page's main thread (see
// table-reader.ts). It holds the session's keys only as non-extractable CryptoKeys and is
// terminated when the vault locks.
import type { ReaderRequest, ReaderResponse } from './protocol';
import { TableReader } from './table-reader';

const scope = self as unknown as Worker;
const reader = new TableReader(indexedDB, (message: ReaderResponse) => scope.postMessage(message));

scope.onmessage = (e: MessageEvent<ReaderRequest>) => reader.handle(e.data);
