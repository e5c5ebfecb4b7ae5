// One plan with the agencies and the premises its requests name, reloaded when its participations
// change (the read model tells when; the plan itself is read once per change, not per render).
import { useEffect, useState } from 'react';
import type { Agency, PlanSnapshot, Premises } from '@shared/domain';
import { useDataSession } from '../../data/session';
import { useReadModel } from '../../data/read-model/useReadModel';
import type { ReadModelSnapshot } from '../../data/read-model/read-model';

export interface PlanData {
  plan: PlanSnapshot;
  agencies: Agency[];
  premises: Premises[];
}

const selectParticipations = (s: ReadModelSnapshot) => s.tables.participations;

export function usePlan(operationId: string | null): { data: PlanData | null; reload(): void } {
  const session = useDataSession();
  const participations = useReadModel(selectParticipations);
  const [data, setData] = useState<PlanData | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!operationId) return;
    let live = true;
    void (async () => {
      const plan = await session.repos.operations.loadPlan(operationId);
      const agencies = await session.repos.agencies.list({ includeRetired: true });
      const premises = await session.repos.premises.getMany(plan.targets.map((x) => x.premisesId));
      if (live) setData({ plan, agencies, premises });
    })();
    return () => {
      live = false;
    };
  }, [session, operationId, participations, tick]);
  // A plan loaded for a previously selected operation is not shown for the new one.
  const current = data && data.plan.operation.id === operationId ? data : null;
  return { data: current, reload: () => setTick((n) => n + 1) };
}
