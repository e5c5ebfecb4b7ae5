// A full-text index over decrypted records, held in the search worker and kept in step with the
// live data (only changed documents are sent). Queries run in the worker too and answer ids;
// this thread only filters and renders. The index is dropped when the page unmounts, and with
// it on lock, since the whole unlocked tree unmounts then.
import { useEffect, useState } from 'react';
import type { SearchDoc } from './config';
import { SearchClient } from './search-client';

export interface SearchState {
  /** The index has been built once. */
  ready: boolean;
  /**
   * Ids matching the query, or null when the query is empty or nothing has answered yet. While a
   * newer query is on its way, the previous answer stays (the list does not flash empty).
   */
  hits: Set<string> | null;
  /** The query is not empty and the answer for it (on the current data) is still on its way. */
  pending: boolean;
}

interface Answer {
  query: string;
  version: number;
  hits: Set<string>;
}

export function useSearchIndex(docs: readonly SearchDoc[] | undefined, query: string): SearchState {
  const [client] = useState(() => new SearchClient());
  const [version, setVersion] = useState(0);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const q = query.trim();

  useEffect(() => () => client.dispose(), [client]);

  useEffect(() => {
    if (!docs) return;
    let cancelled = false;
    client.sync(docs).then(
      () => {
        if (!cancelled) setVersion((v) => v + 1);
      },
      (e: unknown) => console.error('Suchindex konnte nicht aufgebaut werden', e),
    );
    return () => {
      cancelled = true;
    };
  }, [client, docs]);

  useEffect(() => {
    if (q === '' || version === 0) return;
    let cancelled = false;
    client.search(q).then(
      (ids) => {
        if (!cancelled) setAnswer({ query: q, version, hits: new Set(ids) });
      },
      (e: unknown) => console.error('Suche fehlgeschlagen', e),
    );
    return () => {
      cancelled = true;
    };
  }, [client, q, version]);

  return {
    ready: version > 0,
    hits: q === '' ? null : (answer?.hits ?? null),
    pending: q !== '' && (answer?.query !== q || answer.version !== version),
  };
}
