// One workspace part as the workspace renders it: the real save model (useOperationDraft) over
// the stored plan of a data session, in the workspace context every part reads. Tests give the
// part (and any probes) as children; a probe reads the draft through useWorkspace().
import { act } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import type { Agency } from '@shared/domain';
import { useDataSession } from '../../../src/renderer/data/session';
import {
  WorkspaceContext,
  useWorkspace,
} from '../../../src/renderer/features/workspace/core/context';
import {
  useOperationDraft,
  type DraftOptions,
} from '../../../src/renderer/features/workspace/core/useOperationDraft';

export function WorkspacePart({
  operationId,
  agencies = new Map(),
  premisesName = () => '',
  draftOptions,
  children,
}: {
  operationId: string;
  agencies?: ReadonlyMap<string, Agency>;
  premisesName?: (id: string) => string;
  draftOptions?: DraftOptions;
  children: ReactNode;
}) {
  const session = useDataSession();
  const draft = useOperationDraft(operationId, draftOptions);
  const stored = useLiveQuery(() => session.repos.operations.loadPlan(operationId), [session]);
  if (!stored || !draft.operation) return null;
  return (
    <WorkspaceContext.Provider
      value={{
        draft,
        plan: draft.applyPlan(stored),
        agencies,
        premises: new Map(),
        agencyName: (id) => (id ? (agencies.get(id)?.name ?? id) : ''),
        premisesName,
        goTo: () => {},
      }}
    >
      {children}
    </WorkspaceContext.Provider>
  );
}

/** The save model's state as text, for tests that wait for "saved". */
export function SaveState() {
  return <span data-testid="state">{useWorkspace().draft.saveState.kind}</span>;
}

/**
 * Lets React and IndexedDB work until `check` holds: by default 300 turns of the event loop
 * (no timer moves, so a faked clock stays put); `everyMs` waits on real timers instead, for
 * parts that wait on a connection or a timeout of their own.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  { tries = 300, everyMs }: { tries?: number; everyMs?: number } = {},
): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await act(
      () =>
        new Promise<void>((r) =>
          everyMs === undefined ? setImmediate(r) : setTimeout(r, everyMs),
        ),
    );
  }
  throw new Error('condition not reached');
}
