// A new page starts at its top with focus on its heading (review finding 18): without this the
// browser keeps the previous page's scroll offset, and a keyboard or screen-reader user stays
// on the navigation link with no word that the page changed. Workspace tabs
// (`/operations/:id/<tab>`) are one page: switching tabs moves neither scroll nor focus.
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** The page a path belongs to: section and, for the workspace, the operation. */
export function pageKey(pathname: string): string {
  return pathname.split('/').filter(Boolean).slice(0, 2).join('/');
}

/** How long a lazily loaded page may take to draw its heading before we give up. */
const HEADING_WAIT_MS = 3000;

export function useRouteArrival(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const key = pageKey(pathname);
  const previous = useRef(key);

  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    const root = main.current;
    if (!root) return;
    window.scrollTo(0, 0);
    root.scrollTo(0, 0);

    // A page that already placed focus inside itself (a deep link to a field) keeps it, and so
    // does the main region when the skip link put the focus there.
    const focusHeading = (): boolean => {
      if (root.contains(document.activeElement)) return true;
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      return true;
    };
    if (focusHeading()) return;
    // Lazy pages draw their heading after the route has changed: wait for it, briefly.
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
    // Once the user acts (a key, a click) or anything else moves the focus (the skip link, a
    // script, assistive technology), the focus is theirs: never move it afterwards.
    const userActs = () => stop();
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('keydown', userActs, true);
      document.removeEventListener('pointerdown', userActs, true);
      document.removeEventListener('focusin', userActs, true);
    };
    observer.observe(root, { childList: true, subtree: true });
    document.addEventListener('keydown', userActs, true);
    document.addEventListener('pointerdown', userActs, true);
    document.addEventListener('focusin', userActs, true);
    return stop;
  }, [key, main]);
}
