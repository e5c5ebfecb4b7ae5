// Ctrl+Shift+L (Cmd+Shift+L on macOS) locks the vault from anywhere in the app.
import { useEffect, useRef } from 'react';

/** Whether a key event is the lock shortcut; the letter is matched on `code` and `key`. */
export function isLockShortcut(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'key' | 'code'>,
): boolean {
  if (!(e.ctrlKey || e.metaKey) || !e.shiftKey || e.altKey) return false;
  return e.code === 'KeyL' || e.key.toLowerCase() === 'l';
}

/**
 * Listens in the capture phase on the window: Mantine's hotkeys ignore events from text fields,
 * and inputs, selects and dialogs may stop the event before it bubbles up. A user who pressed
 * the shortcut while typing and believes the screen is locked must be right.
 */
export function useLockShortcut(lock: () => void): void {
  const latest = useRef(lock);
  useEffect(() => {
    latest.current = lock;
  }, [lock]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLockShortcut(e)) return;
      e.preventDefault();
      e.stopPropagation();
      latest.current();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
