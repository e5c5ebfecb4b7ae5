// A readiness link opens a tab at one record (`?focus=<id>`): once the record's element is on
// screen, scroll it into view, move the keyboard focus there and mark it for a moment, so the
// user sees what the issue was about. Elements opt in with `data-focus-id`.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

const TRIES = 30; // × 100 ms: cards appear once their data has loaded
const MARKED_MS = 2500;

export function useFocusTarget(tab: string): void {
  const [params] = useSearchParams();
  const id = params.get('focus');
  useEffect(() => {
    if (!id) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const find = () => {
      const el = document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(id)}"]`);
      if (!el) {
        if (++tries < TRIES) timer = setTimeout(find, 100);
        return;
      }
      if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      el.dataset.focused = 'true';
      timer = setTimeout(() => delete el.dataset.focused, MARKED_MS);
    };
    find();
    return () => clearTimeout(timer);
  }, [id, tab]);
}
