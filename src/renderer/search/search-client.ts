// The page's side of search: one index in the search worker per client, kept in step with the
// documents by revision (only changed documents cross to the worker), queried with ids as the
// answer. Without a Worker (Node tests) the same engine runs in-process.
import type { SearchDoc } from './config';
import { idsOf, SearchEngine, type SearchRequest, type SearchResponse } from './engine';

/** Above this many changed documents a fresh build is cheaper than patching. */
const PATCH_LIMIT = 500;
/** Documents per message, so no single structured clone blocks the page for long. */
const SLICE = 5_000;

type Send = (req: SearchRequest) => Promise<SearchResponse>;

let shared: Send | null = null;

function channel(): Send {
  if (shared) return shared;
  if (typeof Worker === 'undefined') {
    const engine = new SearchEngine();
    shared = async (req) => engine.handle(req);
    return shared;
  }
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, (r: SearchResponse) => void>();
  worker.onmessage = (e: MessageEvent<SearchResponse>) => {
    waiting.get(e.data.id)?.(e.data);
    waiting.delete(e.data.id);
  };
  shared = (req) =>
    new Promise((resolve) => {
      waiting.set(req.id, resolve);
      worker.postMessage(req);
    });
  return shared;
}

let seq = 0;
let indexSeq = 0;

type Body<R> = R extends SearchRequest ? Omit<R, 'id' | 'index'> : never;

export class SearchClient {
  private readonly name = `index-${++indexSeq}`;
  private revs = new Map<string, number>();
  private disposed = false;

  constructor(private readonly send: Send = channel()) {}

  private async request(body: Body<SearchRequest>): Promise<string[]> {
    const res = await this.send({ ...body, id: ++seq, index: this.name } as SearchRequest);
    if (!res.ok) throw new Error(res.error);
    return idsOf(res);
  }

  /** Brings the worker's index in step with `docs`: patches what changed, or rebuilds. */
  async sync(docs: readonly SearchDoc[]): Promise<void> {
    if (this.disposed) return;
    const seen = new Map(docs.map((d) => [d.id, d.rev]));
    const changed = docs.filter((d) => this.revs.get(d.id) !== d.rev);
    const removed = [...this.revs.keys()].filter((id) => !seen.has(id));
    const rebuild = this.revs.size === 0 || changed.length + removed.length > PATCH_LIMIT;
    this.revs = seen;
    const upserts = rebuild ? docs : changed;
    const work: Promise<string[]>[] = [];
    if (rebuild) work.push(this.request({ type: 'reset' }));
    else if (removed.length > 0) work.push(this.request({ type: 'remove', ids: removed }));
    for (let i = 0; i < upserts.length; i += SLICE) {
      work.push(this.request({ type: 'upsert', docs: upserts.slice(i, i + SLICE) }));
    }
    // Handled in order after a rebuild's upserts: the sync is done when the index is ready to
    // query. A patch (≤ PATCH_LIMIT documents) leaves its few new tokens to the next query.
    if (rebuild) work.push(this.request({ type: 'prepare' }));
    await Promise.all(work);
  }

  /** Ids matching the query, best first. */
  search(query: string, limit?: number): Promise<string[]> {
    return this.request({ type: 'query', query, limit });
  }

  /** Frees the worker's index (the page that used it went away, or the vault locked). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.revs.clear();
    void this.request({ type: 'drop' });
  }
}
