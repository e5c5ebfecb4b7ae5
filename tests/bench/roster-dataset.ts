// The roster the benchmarks work on: 60 agencies, 400 persons requested, 12 teams placing all
// of them, 30 premises; a third of the agencies confirmed, a third partly, a third still open.
import {
  newAgency,
  newOperation,
  newParticipation,
  newPremises,
  newTarget,
  newTeam,
  type PlanSnapshot,
} from '@shared/domain';
import { AGENCY_KINDS } from '@shared/domain';

const T = '2026-11-20T10:00:00.000Z';
/** One frame at 60 Hz: what a change may cost before the UI stutters. */
export const FRAME_MS = 16;

export function roster(): {
  plan: PlanSnapshot;
  agencies: ReturnType<typeof newAgency>[];
  premises: ReturnType<typeof newPremises>[];
} {
  const operation = newOperation({ codeName: 'BENCH', responseDeadline: T }, T);
  const agencies = Array.from({ length: 60 }, (_, i) =>
    newAgency(
      {
        id: `ag-${i}`,
        name: `Behörde ${i}`,
        kind: AGENCY_KINDS[i % AGENCY_KINDS.length] ?? 'other',
      },
      T,
    ),
  );
  // 400 persons requested: 40 agencies with 7, 20 with 6.
  const participations = agencies.map((a, i) => {
    const p = newParticipation(
      {
        id: `p-${i}`,
        operationId: operation.id,
        agencyId: a.id,
        requestedStrength: i < 40 ? 7 : 6,
        role: i % 5 === 0 ? 'enforcement_support' : 'inspecting_authority',
      },
      T,
    );
    const status =
      (['requested', 'confirmed', 'partially_confirmed'] as const)[i % 3] ?? 'requested';
    return {
      ...p,
      confirmation: {
        ...p.confirmation,
        status,
        confirmedStrength: status === 'partially_confirmed' ? 4 : null,
      },
    };
  });
  const targets = Array.from({ length: 30 }, (_, i) =>
    newTarget({ id: `t-${i}`, operationId: operation.id, premisesId: `pr-${i}`, order: i }, T),
  );
  const teams = Array.from({ length: 12 }, (_, i) =>
    newTeam(
      {
        id: `team-${i}`,
        operationId: operation.id,
        name: `Team ${i + 1}`,
        order: i,
        leader: { name: i % 4 === 0 ? '' : `Leitung ${i}`, participationId: null, phone: '' },
        // Every team draws from 5 participations; together they place all 400 persons.
        members: participations
          .slice(i * 5, i * 5 + 5)
          .map((p) => ({ participationId: p.id, count: p.requestedStrength, names: '' })),
        targetIds: targets.filter((_, k) => k % 12 === i).map((t) => t.id),
      },
      T,
    ),
  );
  const premises = targets.map((t, i) =>
    newPremises({ id: t.premisesId, name: `Objekt ${i + 1}`, kind: 'shisha_bar' }, T),
  );
  return {
    plan: { operation, targets, participations, teams, timeline: [], comms: [] },
    agencies,
    premises,
  };
}
