// Which open dialog or drawer is on top. Every Mantine modal and drawer listens for Escape on
// the window, so one Escape would close a confirmation *and* the drawer it was opened from,
// losing the drawer's context. Only the top layer may close on Escape.
import { useId, useLayoutEffect, useMemo, useSyncExternalStore } from 'react';

interface Layer {
  id: string;
  /** When it opened, numbered during render: a parent renders (and so opens) before its child. */
  order: number;
}

let stack: readonly Layer[] = [];
let opened = 0;
const listeners = new Set<() => void>();

function replace(next: readonly Layer[]): void {
  stack = [...next].sort((a, b) => a.order - b.order);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while this layer is open and nothing opened after it is still open. */
export function useIsTopLayer(isOpen: boolean): boolean {
  const id = useId();
  const order = useMemo(() => (isOpen ? ++opened : 0), [isOpen]);
  // Layout effect: registered before the browser paints, so there is no frame in which the
  // new layer and the one beneath it both answer Escape.
  useLayoutEffect(() => {
    if (!isOpen) return;
    replace([...stack, { id, order }]);
    return () => replace(stack.filter((l) => l.id !== id));
  }, [isOpen, id, order]);
  return useSyncExternalStore(
    subscribe,
    () => !stack.some((l) => l.id === id) || stack.at(-1)?.id === id,
  );
}
