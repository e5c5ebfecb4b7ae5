// Karte's filters and view as they stand in the URL, and the one writer for both (replacing: a
// filter change or a pan is not a history step).
//
// React Router's `setSearchParams(fn)` hands `fn` the params of the render the setter was made
// in, not the URL as it is now: two writes before the next render (a typed day, then the map's
// move after it) would each start from the same old params, and the later one would put back
// what the earlier one changed — a day typed away came back with the next `moveend`. So every
// write starts from `latest`: the params of the newest render or the newest write, whichever
// came last, and writes the whole result.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { NO_FILTERS, type OverviewFilters } from './overview-model';
import { readMapUrl, writeMapUrl, type MapUrlState, type MapView } from './view-url';

export interface FilterUrl {
  filters: OverviewFilters;
  setFilters(next: OverviewFilters): void;
  resetFilters(): void;
  /** Writes the map's view (after a move), keeping the filters as they are now. */
  setView(view: MapView): void;
}

export function useFilterUrl(): FilterUrl {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  // Our writes whose render has not come yet, oldest first. A render of one of them is our own
  // echo (a newer write may still be on its way); any other new URL came from outside (back, a
  // link) and is the newest state.
  const pending = useRef<string[]>([]);
  // Before any event can write again (layout effects run right after the commit).
  useLayoutEffect(() => {
    const echo = pending.current.indexOf(params.toString());
    if (echo >= 0) pending.current = pending.current.slice(echo + 1);
    else {
      pending.current = [];
      latest.current = params;
    }
  }, [params]);
  // The newest setter, read through a ref, keeps the writers stable, so the memoised filter bar
  // and the map's move handler do not change on every pan (B6).
  const setParamsRef = useRef(setParams);
  useEffect(() => {
    setParamsRef.current = setParams;
  }, [setParams]);
  const update = useCallback((change: (now: MapUrlState) => MapUrlState) => {
    const next = writeMapUrl(change(readMapUrl(latest.current)));
    latest.current = next;
    pending.current.push(next.toString());
    setParamsRef.current(next, { replace: true });
  }, []);
  // The filters keep their identity while only the view in the URL moves.
  const filterKey = JSON.stringify(readMapUrl(params).filters);
  const filters = useMemo(() => JSON.parse(filterKey) as OverviewFilters, [filterKey]);
  const setFilters = useCallback(
    (next: OverviewFilters) => update((now) => ({ ...now, filters: next })),
    [update],
  );
  const resetFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  const setView = useCallback((view: MapView) => update((now) => ({ ...now, view })), [update]);
  return { filters, setFilters, resetFilters, setView };
}
