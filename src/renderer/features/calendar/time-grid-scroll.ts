// The Kalender's week and day views open at the earliest operation that starts in the shown
// range, not at a fixed hour: an evening raid at 20:00 was below the fold at 06:00 and the
// grid looked empty. react-big-calendar applies `scrollToTime` only when its time grid mounts
// (not when the week changes) and against a grid that may not have its height yet, so the drawn
// events are measured instead. A segment that continues from the day before (a raid past
// midnight) starts at 00:00 and is passed over while another event starts in the range.
import { useEffect, type RefObject } from 'react';

/** Room left above the first event, so it does not sit flush against the header. */
const ABOVE_FIRST_PX = 24;
/** How long after a change the grid keeps placing itself while it settles. */
const SETTLE_MS = 2000;
const USER_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;

function scrollToEarliest(root: HTMLElement): void {
  const content = root.querySelector<HTMLElement>('.rbc-time-content');
  // Month or agenda view, or not laid out yet: nothing to place.
  if (!content || content.clientHeight === 0) return;
  const drawn = [...content.querySelectorAll<HTMLElement>('.rbc-event')];
  const starting = drawn.filter((e) => !e.classList.contains('rbc-event-continues-earlier'));
  const events = starting.length > 0 ? starting : drawn;
  if (events.length === 0) return;
  const base = content.getBoundingClientRect().top - content.scrollTop;
  const top = Math.min(...events.map((e) => e.getBoundingClientRect().top - base));
  content.scrollTop = Math.max(0, top - ABOVE_FIRST_PX);
}

/**
 * Scrolls the time grid inside `ref` to its earliest event whenever `key` (view and day)
 * changes, until the grid has settled or the user scrolls, clicks or types.
 */
export function useScrollToEarliest(ref: RefObject<HTMLElement | null>, key: string): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const place = () => scrollToEarliest(root);
    const frame = requestAnimationFrame(place);
    const observer = new ResizeObserver(place);
    observer.observe(root);
    const stop = () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      clearTimeout(timer);
      for (const type of USER_INPUT) root.removeEventListener(type, stop, true);
    };
    const timer = setTimeout(stop, SETTLE_MS);
    for (const type of USER_INPUT) root.addEventListener(type, stop, true);
    return stop;
  }, [ref, key]);
}
