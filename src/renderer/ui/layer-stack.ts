// Which open dialog or drawer is on top. Every Mantine modal and drawer listens for Escape on
// the window, so one Escape would close a confirmation *and* the drawer it was opened from,
// losing the drawer's context. Only the top layer may close on Escape.
import { useEffect, useId, useSyncExternalStore } from 'react';

let stack: readonly string[] = [];
const listeners = new Set<() => void>();

function replace(next: readonly string[]): void {
  stack = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while this layer is open and nothing opened after it is still open. */
export function useIsTopLayer(opened: boolean): boolean {
  const id = useId();
  useEffect(() => {
    if (!opened) return;
    replace([...stack, id]);
    return () => replace(stack.filter((x) => x !== id));
  }, [opened, id]);
  return useSyncExternalStore(subscribe, () => !stack.includes(id) || stack.at(-1) === id);
}
