// A readiness link opens a part at one record or field (`?focus=<id>`): once it is on screen,
// scroll it into view, move the keyboard focus there and mark it for a moment, so the user sees
// what the issue was about. Records opt in with `data-focus-id`, fields are found by their
// `data-field` path. When there is no such element (the issue is about the part as a whole, or
// the record is not shown in this part), the part's first field takes the focus: the button that
// was pressed is gone, and the focus must not fall to the page.
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

const TRIES = 30; // × 100 ms: cards appear once their data has loaded
const FALLBACK_AFTER = 4; // tries before the first field takes the focus meanwhile
const MARKED_MS = 2500;

const FIELDS = 'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select';
const FOCUSABLE = `${FIELDS}, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;

function findTarget(id: string): HTMLElement | null {
  const v = CSS.escape(id);
  return document.querySelector<HTMLElement>(`[data-focus-id="${v}"], [data-field="${v}"]`);
}

function firstField(): HTMLElement | null {
  const part = document.querySelector<HTMLElement>('[data-workspace-part]'); // WorkspaceTabs;
  if (!part) return null;
  const visible = (el: HTMLElement) => el.getClientRects().length > 0;
  const fields = Array.from(part.querySelectorAll<HTMLElement>(FIELDS)).filter(visible);
  return (
    fields[0] ?? Array.from(part.querySelectorAll<HTMLElement>(FOCUSABLE)).find(visible) ?? null
  );
}

export function useFocusTarget(tab: string): void {
  const [params] = useSearchParams();
  const id = params.get('focus');
  useEffect(() => {
    if (!id) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let interim: HTMLElement | null = null;
    const find = () => {
      const el = findTarget(id);
      if (!el) {
        tries += 1;
        const active = document.activeElement;
        if (tries === FALLBACK_AFTER && (active === null || active === document.body)) {
          interim = firstField();
          interim?.focus();
        }
        if (tries < TRIES) timer = setTimeout(find, 100);
        return;
      }
      // A record found late still takes the focus, unless the user has moved it on.
      const active = document.activeElement;
      if (interim && active !== interim) return;
      if (!el.hasAttribute('tabindex') && !el.matches(FOCUSABLE)) el.tabIndex = -1;
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
      el.dataset.focused = 'true';
      timer = setTimeout(() => delete el.dataset.focused, MARKED_MS);
    };
    find();
    return () => clearTimeout(timer);
  }, [id, tab]);
}
