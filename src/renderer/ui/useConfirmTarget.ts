// What a confirmation question is about. The target outlives the dialog's closing animation,
// so the question never flashes an empty name („“) while it fades out.
import { useState } from 'react';

export function useConfirmTarget<T>() {
  const [state, setState] = useState<{ target: T | null; opened: boolean }>({
    target: null,
    opened: false,
  });
  return {
    target: state.target,
    opened: state.opened,
    ask: (target: T) => setState({ target, opened: true }),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}
