// What every workspace view gets: the draft (autosaved operation), the live plan parts and the
// names of agencies and premises it refers to.
import { createContext, useContext } from 'react';
import type { Agency, PlanSnapshot, Premises } from '@shared/domain';
import type { OperationDraft } from './useOperationDraft';

export interface WorkspaceData {
  draft: OperationDraft;
  /** The stored plan with the draft's operation (pending edits included). */
  plan: PlanSnapshot;
  agencies: ReadonlyMap<string, Agency>;
  premises: ReadonlyMap<string, Premises>;
  agencyName(id: string | null): string;
  premisesName(id: string): string;
  /** Opens another tab, optionally pointing at one record (`?focus=<id>`). */
  goTo(tab: string, focusId?: string | null): void;
}

export const WorkspaceContext = createContext<WorkspaceData | null>(null);

export function useWorkspace(): WorkspaceData {
  const ws = useContext(WorkspaceContext);
  if (!ws) throw new Error('WorkspaceContext fehlt');
  return ws;
}
