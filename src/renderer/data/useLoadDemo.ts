// Loading the fictional example from any empty screen (Einsätze, Kalender): one busy flag and
// one path into the repositories; each screen says in its own words what happened.
import { useState } from 'react';
import type { Operation } from '@shared/domain';
import { loadDemo } from './demo';
import { useRepos } from './session';

export function useLoadDemo(
  onLoaded: (op: Operation) => void,
  onFailed: (e: unknown) => void,
): { busy: boolean; load(): Promise<void> } {
  const repos = useRepos();
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    try {
      onLoaded(await loadDemo(repos));
    } catch (e) {
      console.error(e);
      onFailed(e);
    } finally {
      // The screen that offered the example may be gone once the plan is there.
      setBusy(false);
    }
  };
  return { busy, load };
}
