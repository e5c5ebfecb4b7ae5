// Karte's filters as they stand in the URL, and the setters that write them back (replacing: a
// filter change is not a history step). The map writes its view to the same URL on every move.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { NO_FILTERS, type OverviewFilters } from './overview-model';
import { readMapUrl, writeMapUrl } from './view-url';

export interface FilterUrl {
  filters: OverviewFilters;
  setFilters(next: OverviewFilters): void;
  resetFilters(): void;
}

export function useFilterUrl(): FilterUrl {
  const [params, setParams] = useSearchParams();
  // React Router's setter is new after every URL change (each pan writes the view): the newest
  // one, read through a ref, keeps the setters stable, so the memoised filter bar does not
  // re-render on a move (B6).
  const setParamsRef = useRef(setParams);
  useEffect(() => {
    setParamsRef.current = setParams;
  }, [setParams]);
  // The filters keep their identity while only the view in the URL moves.
  const filterKey = JSON.stringify(readMapUrl(params).filters);
  const filters = useMemo(() => JSON.parse(filterKey) as OverviewFilters, [filterKey]);
  const setFilters = useCallback(
    (next: OverviewFilters) =>
      setParamsRef.current((prev) => writeMapUrl({ ...readMapUrl(prev), filters: next }), {
        replace: true,
      }),
    [],
  );
  const resetFilters = useCallback(() => setFilters(NO_FILTERS), [setFilters]);
  return { filters, setFilters, resetFilters };
}
