// The list state, mirrored into the URL. The page works on its own copy so typing stays
// immediate (the router applies URL changes later, in a transition); the copy follows the URL
// only when someone else changed it (a link, back/forward), never on its own writes. The search
// text reaches the URL after a short pause: each URL change re-renders the whole shell.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { parseListState, serializeListState, type ListState } from './list-state';

const OWN_WRITE = 'operations-list';
/** Long enough to span a burst of typing, short enough that a reload rarely loses a letter. */
export const QUERY_URL_DELAY_MS = 300;

const isOwnWrite = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'source' in state && state.source === OWN_WRITE;

export type UpdateListState = (patch: Partial<ListState>, options?: { push?: boolean }) => void;

export function useListState(): [ListState, UpdateListState] {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigationType = useNavigationType();
  const fromUrl = useMemo(() => parseListState(params), [params]);
  const [state, setState] = useState(fromUrl);
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType === 'POP' || !isOwnWrite(location.state)) setState(fromUrl);
  }

  // Refs keep `update` stable (memoised children need not re-render on every keystroke) while
  // several updates in one event still build on each other.
  const latest = useRef(state);
  const writeUrl = useRef(setParams);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = state;
    writeUrl.current = setParams;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const update = useCallback<UpdateListState>((patch, options) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    setState(next);
    const write = (s: ListState, push: boolean) =>
      writeUrl.current(serializeListState(s), { replace: !push, state: { source: OWN_WRITE } });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const typing = Object.keys(patch).every((k) => k === 'query') && !options?.push;
    if (typing) {
      timer.current = setTimeout(() => {
        timer.current = null;
        write(latest.current, false);
      }, QUERY_URL_DELAY_MS);
    } else {
      // Replace by default: refining a search should not fill the history.
      write(next, options?.push ?? false);
    }
  }, []);

  return [state, update];
}
