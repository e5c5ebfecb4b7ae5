// The search engine behind the worker: named MiniSearch indexes, built, patched and queried by
// messages, answering ids only. The worker runs it; where no Worker exists (tests in Node) the
// client runs the same engine in-process, so both paths share every line of search logic.
import MiniSearch from 'minisearch';
import { QUERY_OPTIONS, SEARCH_OPTIONS, type SearchDoc } from './config';

export type SearchRequest =
  | { id: number; type: 'reset'; index: string }
  | { id: number; type: 'upsert'; index: string; docs: SearchDoc[] }
  | { id: number; type: 'remove'; index: string; ids: string[] }
  | { id: number; type: 'query'; index: string; query: string; limit?: number }
  | { id: number; type: 'drop'; index: string };

export type SearchResponse =
  { id: number; ok: true; ids?: string[] } | { id: number; ok: false; error: string };

export class SearchEngine {
  private readonly indexes = new Map<string, MiniSearch<SearchDoc>>();

  private index(name: string): MiniSearch<SearchDoc> {
    let index = this.indexes.get(name);
    if (!index) this.indexes.set(name, (index = new MiniSearch<SearchDoc>(SEARCH_OPTIONS)));
    return index;
  }

  handle(req: SearchRequest): SearchResponse {
    try {
      switch (req.type) {
        case 'reset':
          this.indexes.set(req.index, new MiniSearch<SearchDoc>(SEARCH_OPTIONS));
          return { id: req.id, ok: true };
        case 'upsert': {
          const index = this.index(req.index);
          const fresh: SearchDoc[] = [];
          for (const d of req.docs) {
            if (index.has(d.id)) index.replace(d);
            else fresh.push(d);
          }
          index.addAll(fresh);
          return { id: req.id, ok: true };
        }
        case 'remove': {
          const index = this.index(req.index);
          for (const id of req.ids) if (index.has(id)) index.discard(id);
          return { id: req.id, ok: true };
        }
        case 'query': {
          const q = req.query.trim();
          const hits = q === '' ? [] : this.index(req.index).search(q, QUERY_OPTIONS);
          const ids = hits.slice(0, req.limit ?? hits.length).map((r) => String(r.id));
          return { id: req.id, ok: true, ids };
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
