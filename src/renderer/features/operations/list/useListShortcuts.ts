// Keyboard shortcuts of the list. New operation: Ctrl+N and Alt+N. Chromium reserves Ctrl+N for
// a new window and never hands it to a page, so the web edition needs Alt+N; the desktop app
// (Electron, whose menu does not claim Ctrl+N) takes both. Search: Ctrl+F and "/".
import { useEffect } from 'react';

interface Shortcuts {
  enabled: boolean;
  onNew(): void;
  onSearch(): void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useListShortcuts({ enabled, onNew, onSearch }: Shortcuts): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const mod = (e.ctrlKey || e.metaKey) && !e.shiftKey;
      const alt = e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
      // The physical key as well: on macOS, Option+N types a dead key instead of "n".
      const isN = e.key.toLowerCase() === 'n' || e.code === 'KeyN';
      const isF = e.key.toLowerCase() === 'f' || e.code === 'KeyF';
      if ((mod && !e.altKey && isN) || (alt && isN)) {
        e.preventDefault();
        onNew();
      } else if (mod && !e.altKey && isF) {
        e.preventDefault();
        onSearch();
      } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target)) {
        // "/" is Shift+7 on German keyboards, so Shift may be down here.
        e.preventDefault();
        onSearch();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, onNew, onSearch]);
}
