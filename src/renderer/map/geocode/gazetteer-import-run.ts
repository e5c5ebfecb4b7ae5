// One gazetteer import, as the worker runs it: the file is read in chunks (never whole), each
// chunk's houses are written to the gazetteer database before the next is read, and progress
// goes back as messages.
import {
  importGazetteer,
  type GazetteerImportSummary,
  type GazetteerMapping,
} from '@shared/gazetteer';
import { GazetteerDb, recordSource } from './gazetteer-db';
import { sniffFile } from './sniff-file';

export interface GazetteerImportRequest {
  file: File;
  fileName: string;
  mapping: GazetteerMapping;
  source: string;
  /** `replace` removes the source's houses first; `append` adds to (or updates) them. */
  mode: 'replace' | 'append';
  /** Tests and benches use their own database. */
  dbName?: string;
}

export type GazetteerImportMessage =
  | { type: 'progress'; rows: number; imported: number; fraction: number }
  | { type: 'done'; summary: GazetteerImportSummary }
  | { type: 'error'; message: string };

export async function runGazetteerImport(
  req: GazetteerImportRequest,
  post: (m: GazetteerImportMessage) => void,
  /** Read the file as one string (no Worker, no streaming: tests). */
  whole = false,
): Promise<void> {
  const db = new GazetteerDb(req.dbName);
  try {
    const { encoding, separator } = await sniffFile(req.file);
    if (req.mode === 'replace') {
      await db.entries.where('source').equals(req.source).delete();
    }
    const input = whole ? new TextDecoder(encoding).decode(await req.file.arrayBuffer()) : req.file;
    const summary = await importGazetteer(input, {
      mapping: req.mapping,
      source: req.source,
      encoding,
      separator,
      sink: async (entries) => {
        if (entries.length > 0) await db.entries.bulkPut(entries);
      },
      onProgress: (p) => post({ type: 'progress', ...p }),
    });
    await recordSource(db, {
      name: req.source,
      importedAt: new Date().toISOString(),
      fileName: req.fileName.slice(0, 200),
    });
    post({ type: 'done', summary });
  } catch (e) {
    post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  } finally {
    db.close();
  }
}
