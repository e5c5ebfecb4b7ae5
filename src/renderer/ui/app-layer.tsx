// What AppModal and AppDrawer add to Mantine's Modal and Drawer, in one place: Escape closes
// only the top layer (layer-stack), and closing asks first while a form inside holds unsaved
// input (unsaved-guard). Focus goes back to the element that opened the layer, also when the
// caller unmounts the layer on close (`if (!opened) return null`): Mantine's own returnFocus
// only runs while the Modal stays mounted, so without this a keyboard user lands on <body>.
import { useLayoutEffect, type ReactNode } from 'react';
import { useIsTopLayer } from './layer-stack';
import { useUnsavedGuard } from './unsaved-guard';

interface LayerProps {
  opened: boolean;
  onClose(): void;
  closeOnEscape?: boolean;
  children?: ReactNode;
}

export function useAppLayer({ opened, onClose, closeOnEscape = true, children }: LayerProps) {
  const top = useIsTopLayer(opened);
  const guard = useUnsavedGuard(onClose);
  useReturnFocus(opened);
  return {
    /** Props for the Mantine component, in place of the caller's. */
    layer: {
      opened,
      onClose: guard.close,
      closeOnEscape: closeOnEscape && top,
      children: guard.wrap(children),
    },
    /** The "unsaved changes" question, rendered beside the layer. */
    question: guard.question,
  };
}

/** The element to refocus: the opener itself, or its re-rendered twin found by test id or id. */
function reachable(el: HTMLElement): HTMLElement | null {
  if (el.isConnected) return el;
  const testId = el.getAttribute('data-testid');
  const found = testId
    ? document.querySelector(`[data-testid="${CSS.escape(testId)}"]`)
    : el.id
      ? document.getElementById(el.id)
      : null;
  return found instanceof HTMLElement ? found : null;
}

function useReturnFocus(opened: boolean) {
  // A layout effect sees the opener still focused: the focus trap moves focus only later.
  useLayoutEffect(() => {
    if (!opened) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      if (!opener) return;
      // After the layer's DOM is gone; only when focus was lost, so a deliberate move
      // (Mantine's own return, or a close that opens the next dialog) is left alone.
      setTimeout(() => {
        const now = document.activeElement;
        if (now && now !== document.body && now.isConnected) return;
        reachable(opener)?.focus({ preventScroll: true });
      }, 0);
    };
  }, [opened]);
}
