// The search engine behind the worker: named match indexes, built, patched and queried by
// messages, answering ids only. The worker runs it; where no Worker exists (tests in Node) the
// client runs the same engine in-process, so both paths share every line of search logic.
import type { SearchDoc } from './config';
import { MatchIndex } from './match-index';

export type SearchRequest =
  | { id: number; type: 'reset'; index: string }
  | { id: number; type: 'upsert'; index: string; docs: SearchDoc[] }
  | { id: number; type: 'remove'; index: string; ids: string[] }
  /** After a sync's upserts: sort the new tokens once, before the first query needs them. */
  | { id: number; type: 'prepare'; index: string }
  | { id: number; type: 'query'; index: string; query: string; limit?: number }
  | { id: number; type: 'drop'; index: string };

export type SearchResponse =
  | { id: number; ok: true; ids?: string[]; packed?: string }
  | { id: number; ok: false; error: string };

/**
 * For the trip from the worker: the ids of an answer as one newline-joined string. Structured
 * cloning 20 000 small strings cost more than the query itself; one string is a copy of bytes.
 * Ids holding a newline (none of the app's do) travel as the list.
 */
export function packIds(res: SearchResponse): SearchResponse {
  if (!res.ok || !res.ids || res.ids.some((id) => id.includes('\n'))) return res;
  return { id: res.id, ok: true, packed: res.ids.join('\n') };
}

/** The ids of an answer, packed or not. */
export function idsOf(res: SearchResponse & { ok: true }): string[] {
  if (res.ids) return res.ids;
  if (res.packed === undefined || res.packed === '') return [];
  return res.packed.split('\n');
}

export class SearchEngine {
  private readonly indexes = new Map<string, MatchIndex>();

  private index(name: string): MatchIndex {
    let index = this.indexes.get(name);
    if (!index) this.indexes.set(name, (index = new MatchIndex()));
    return index;
  }

  handle(req: SearchRequest): SearchResponse {
    try {
      switch (req.type) {
        case 'reset':
          this.indexes.set(req.index, new MatchIndex());
          return { id: req.id, ok: true };
        case 'upsert':
          this.index(req.index).upsert(req.docs);
          return { id: req.id, ok: true };
        case 'prepare':
          this.index(req.index).prepare();
          return { id: req.id, ok: true };
        case 'remove':
          for (const id of req.ids) this.index(req.index).remove(id);
          return { id: req.id, ok: true };
        case 'query': {
          const ids = this.index(req.index).search(req.query);
          return {
            id: req.id,
            ok: true,
            ids: req.limit === undefined ? ids : ids.slice(0, req.limit),
          };
        }
        case 'drop':
          this.indexes.delete(req.index);
          return { id: req.id, ok: true };
      }
    } catch (e) {
      return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }
}
