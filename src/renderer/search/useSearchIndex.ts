// An in-memory full-text index over decrypted records, kept in step with the live data: built
// once off the UI thread, then updated per changed record. It lives only while the vault is
// open (the component tree that holds it unmounts on lock).
import type MiniSearch from 'minisearch';
import { useCallback, useEffect, useRef, useState } from 'react';
import { buildIndex } from './build-index';
import { QUERY_OPTIONS, type SearchDoc } from './config';

/** Above this many changed documents a rebuild in the worker is cheaper than patching. */
const PATCH_LIMIT = 500;

export interface SearchIndex {
  ready: boolean;
  /** Ids matching the query, or null when the query is empty. */
  search(query: string): Set<string> | null;
}

export function useSearchIndex(docs: readonly SearchDoc[] | undefined): SearchIndex {
  // The index object is mutated in place when patched; `version` tells React it changed.
  const [state, setState] = useState<{ index: MiniSearch<SearchDoc> | null; version: number }>({
    index: null,
    version: 0,
  });
  const revs = useRef(new Map<string, number>());
  const indexRef = useRef<MiniSearch<SearchDoc> | null>(null);

  useEffect(() => {
    if (!docs) return;
    let cancelled = false;
    const current = indexRef.current;
    const seen = new Map(docs.map((d) => [d.id, d.rev]));
    const changed = docs.filter((d) => revs.current.get(d.id) !== d.rev);
    const removed = [...revs.current.keys()].filter((id) => !seen.has(id));
    if (current && changed.length + removed.length <= PATCH_LIMIT) {
      if (changed.length + removed.length === 0) return;
      for (const id of removed) current.discard(id);
      for (const d of changed) {
        if (current.has(d.id)) current.replace(d);
        else current.add(d);
      }
      revs.current = seen;
      // Deferred so the state change does not happen synchronously inside the effect.
      queueMicrotask(() => setState((s) => ({ index: current, version: s.version + 1 })));
      return;
    }
    void buildIndex(docs).then((built) => {
      if (cancelled) return;
      indexRef.current = built;
      revs.current = seen;
      setState((s) => ({ index: built, version: s.version + 1 }));
    });
    return () => {
      cancelled = true;
    };
  }, [docs]);

  const { index, version } = state;
  const search = useCallback(
    (query: string): Set<string> | null => {
      void version;
      const q = query.trim();
      if (q === '' || !index) return null;
      return new Set(index.search(q, QUERY_OPTIONS).map((r) => String(r.id)));
    },
    [index, version],
  );

  return { ready: index !== null, search };
}
