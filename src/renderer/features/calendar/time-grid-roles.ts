// react-big-calendar 1.20 gives its week and day views ARIA that assistive technology cannot
// read, and axe reports it as critical: the all-day row is a `rowgroup`/`row` without a table
// around it, the day headers are `columnheader`s without a row, and the scrolling time grid
// cannot be reached by keyboard. Until that is mended upstream, those roles are taken off and
// the grid gets a tab stop whenever the calendar draws them. The month view's table roles go
// too: its events are links (keyboard stops) that sit in a week's `row` beside its cells, which
// ARIA forbids (axe: aria-required-children, critical); without the table each day button and
// each event still carries its full name. React sets these attributes only when mounting, so
// they do not come back.
import { useEffect, type RefObject } from 'react';

const BROKEN_ROLES = [
  '.rbc-allday-cell[role="rowgroup"]',
  '.rbc-allday-cell .rbc-row-content[role="row"]',
  '.rbc-time-header [role="columnheader"]',
  '.rbc-month-view[role="table"]',
  '.rbc-month-view [role="row"]',
  '.rbc-month-view [role="rowgroup"]',
  '.rbc-month-view [role="cell"]',
  '.rbc-month-view [role="columnheader"]',
].join(', ');

function mend(root: HTMLElement, gridLabel: string) {
  for (const el of root.querySelectorAll(BROKEN_ROLES)) {
    el.removeAttribute('role');
    el.removeAttribute('aria-sort');
  }
  for (const el of root.querySelectorAll('.rbc-time-content:not([tabindex])')) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', gridLabel);
  }
}

/** Mends the calendar's ARIA inside `ref`; `gridLabel` names the scrolling time grid. */
export function useTimeGridRoles(ref: RefObject<HTMLElement | null>, gridLabel: string): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    mend(root, gridLabel);
    const observer = new MutationObserver(() => mend(root, gridLabel));
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, gridLabel]);
}
