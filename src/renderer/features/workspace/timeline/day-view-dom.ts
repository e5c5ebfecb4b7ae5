// What the Zeitablauf day view adds to react-big-calendar's DOM, kept out of the component:
// the phase bands are scenery, not controls (react-big-calendar draws every background event
// as a focusable `role="button"` — one empty tab stop per band and column), and the view
// opens scrolled to the first entry rather than at the top of the day.
import { useEffect, type RefObject } from 'react';

function quietBands(root: HTMLElement) {
  for (const el of root.querySelectorAll('.rbc-background-event')) {
    if (el.getAttribute('aria-hidden') === 'true') continue;
    el.removeAttribute('role');
    el.setAttribute('tabindex', '-1');
    el.setAttribute('aria-hidden', 'true');
  }
}

/** Takes the phase bands inside `ref` out of the tab order and the accessibility tree. */
export function useQuietBands(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    quietBands(root);
    const observer = new MutationObserver(() => quietBands(root));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref]);
}

/** Room left above the first entry, so it does not sit flush against the header. */
const ABOVE_FIRST_PX = 24;

/** Scrolls the time grid so the earliest entry is in view; true once done. */
function scrollToFirst(root: HTMLElement): boolean {
  const content = root.querySelector<HTMLElement>('.rbc-time-content');
  // Not laid out yet (a hidden tab): nothing to measure against.
  if (!content || content.clientHeight === 0) return false;
  const entries = [...root.querySelectorAll<HTMLElement>('.rbc-event:not(.rbc-background-event)')];
  if (entries.length === 0) return false;
  const base = content.getBoundingClientRect().top - content.scrollTop;
  const top = Math.min(...entries.map((e) => e.getBoundingClientRect().top - base));
  content.scrollTop = Math.max(0, top - ABOVE_FIRST_PX);
  return true;
}

/** How long after opening the view keeps placing itself while the grid settles. */
const SETTLE_MS = 2000;

/**
 * Opens the day view at its first entry. react-big-calendar's `scrollToTime` is applied once at
 * mount, against a grid that may not have its final height yet (a hidden tab, late styles), and
 * lands hours early; measuring the drawn entries does not depend on that. Until the grid has
 * settled (or the user scrolls, clicks or types) each size change places it again. Runs anew
 * when `day` changes (another day shown).
 */
export function useScrollToFirstEntry(ref: RefObject<HTMLElement | null>, day: string): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const place = () => void scrollToFirst(root);
    const frame = requestAnimationFrame(place);
    const observer = new ResizeObserver(place);
    observer.observe(root);
    const content = root.querySelector('.rbc-time-content');
    if (content) observer.observe(content);
    const stop = () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      clearTimeout(timer);
      for (const type of USER_INPUT) root.removeEventListener(type, stop, true);
    };
    const timer = setTimeout(stop, SETTLE_MS);
    // The user's own scrolling wins at once.
    for (const type of USER_INPUT) root.addEventListener(type, stop, true);
    return stop;
  }, [ref, day]);
}

const USER_INPUT = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
