// Builds the request payload for one agency from the plan: its own part only (role, tasks,
// strength, vehicles, times, whom to call). Targets go as "Objekt n" until the target list is
// released for that agency; other agencies' parts, persons and the situation never go at all.
import type { Agency, Participation, PlanSnapshot, Premises } from '../domain';
import { isTargetListReleased, targetAlias } from '../domain/target-release';
import type { RequestPayload } from './payloads';

const line = (parts: readonly string[]) => parts.filter((p) => p.trim() !== '').join(' ');

function premisesAddress(p: Premises): string {
  const a = p.address;
  return line([line([a.street, a.houseNumber]) + ',', line([a.postalCode, a.city])])
    .replace(/^,\s*|,\s*$/g, '')
    .slice(0, 200);
}

export function requestPayloadFor(
  plan: PlanSnapshot,
  participation: Participation,
  agencies: readonly Agency[],
  premises: readonly Premises[],
  now: Date,
): RequestPayload {
  const op = plan.operation;
  const agencyName = (id: string | null) => agencies.find((a) => a.id === id)?.name ?? '';
  const released = isTargetListReleased(op.targetRelease, participation.agencyId, now);
  const byId = new Map(premises.map((p) => [p.id, p]));
  const targets = [...plan.targets]
    .sort((a, b) => a.order - b.order)
    .map((t, i) => {
      const p = byId.get(t.premisesId);
      return released && p
        ? { label: p.name, address: premisesAddress(p) }
        : { label: targetAlias(i), address: '' };
    });
  const meeting = op.framework.execution.briefingMeeting;
  return {
    agency: { id: participation.agencyId, name: agencyName(participation.agencyId) },
    operation: { codeName: op.codeName, exercise: op.exercise },
    role: participation.role,
    tasks: participation.tasks,
    requestedStrength: participation.requestedStrength,
    vehicles: participation.vehicles.map((v) => ({ kind: v.kind, count: v.count })),
    briefing: { at: meeting.at, place: meeting.place },
    hHour: op.hHour,
    timeWindow: op.timeWindow,
    lead: {
      name: op.operationLead.name,
      function: op.operationLead.function,
      phone: op.operationLead.phone,
      agency: agencyName(op.leadAgencyId),
    },
    deadline: op.responseDeadline,
    targetsReleased: released,
    targets,
  };
}
