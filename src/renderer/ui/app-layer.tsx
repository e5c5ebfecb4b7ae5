// What AppModal and AppDrawer add to Mantine's Modal and Drawer, in one place: Escape closes
// only the top layer (layer-stack), and closing asks first while a form inside holds unsaved
// input (unsaved-guard).
import type { ReactNode } from 'react';
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
