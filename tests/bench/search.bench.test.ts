// Benchmark (Node): the search engine the worker runs, over 100 000 premises documents —
// building the index and queries typed letter by letter (p95) — against a bare baseline, a
// linear scan with `includes` over the same folded text. In the app both run in the worker; the
// Chromium numbers (with the message round trip) are in browser/data-layer.bench.spec.ts.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/renderer/search/config';
import { SearchEngine } from '../../src/renderer/search/engine';
import { premisesSearchDoc } from '../../src/renderer/features/premises/search-docs';
import { report, sample, summarize, withBudget } from './harness';
import { premisesDataset, SEARCH_WORDS } from './premises-dataset';

const N = 100_000;
describe('search engine', () => {
  it('build and query p95 over 100k premises vs a linear scan', async () => {
    const docs = premisesDataset(N, '2026-11-20T10:00:00.000Z').map((p) =>
      premisesSearchDoc(p, 'de'),
    );
    const engine = new SearchEngine();
    let id = 0;
    const t0 = performance.now();
    engine.handle({ id: ++id, type: 'reset', index: 'p' });
    for (let i = 0; i < N; i += 5000) {
      engine.handle({ id: ++id, type: 'upsert', index: 'p', docs: docs.slice(i, i + 5000) });
    }
    // As SearchClient.sync does after its upserts.
    engine.handle({ id: ++id, type: 'prepare', index: 'p' });
    const build = performance.now() - t0;
    report(
      withBudget(
        summarize('search index build (Node, 100k premises)', `${N} documents`, [build]),
        '≤ 3 000 ms',
        build <= 3000,
      ),
    );

    const queries = SEARCH_WORDS.flatMap((w) =>
      Array.from({ length: w.length - 1 }, (_, i) => w.slice(0, i + 2)),
    );
    const hits: number[] = [];
    let q = 0;
    const times = await sample(
      () => {
        const res = engine.handle({
          id: ++id,
          type: 'query',
          index: 'p',
          query: queries[q++ % queries.length] ?? '',
        });
        hits.push(res.ok ? (res.ids?.length ?? 0) : -1);
      },
      queries.length * 2,
      queries.length,
    );
    expect(Math.min(...hits)).toBeGreaterThanOrEqual(0);
    const texts = docs.map((d) => fold(Object.values(d.text).join(' ')));
    let s = 0;
    const scan = await sample(
      () => {
        const term = fold(queries[s++ % queries.length] ?? '');
        let n = 0;
        for (const t of texts) if (t.includes(term)) n++;
        return n;
      },
      queries.length * 2,
      queries.length,
    );
    const m = summarize(
      'search query (Node, 100k premises, typed letter by letter)',
      `${queries.length} queries, up to ${Math.max(...hits)} hits`,
      times,
      { name: 'linear includes() scan', times: scan },
    );
    report(withBudget(m, 'p95 ≤ 30 ms', m.p95Ms <= 30));
  }, 600_000);
});
