// Small texts about a plan that several documents print: where and when, who leads, vehicles.
import { municipality, PARTICIPATION_ROLE_LABELS } from '../catalog';
import type { Agency } from '../domain/agency';
import type { Place } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { Premises } from '../domain/premises';
import type { PlanSnapshot } from '../domain/revision';
import { docDateTime } from './format';

export const agencyName = (id: string | null, byId: ReadonlyMap<string, Agency>): string =>
  (id ? byId.get(id)?.name : undefined) ?? '';

export const agencyShort = (id: string, byId: ReadonlyMap<string, Agency>): string => {
  const a = byId.get(id);
  return a ? a.shortName || a.name : '';
};

/** The operation's municipality, or those of its premises when the operation names none. */
export function placeOfOperation(plan: PlanSnapshot, premises: readonly Premises[]): string {
  const code = plan.operation.municipalityId;
  if (code) return municipality(code)?.name.de ?? '';
  const used = new Set(plan.targets.map((t) => t.premisesId));
  const names = new Set(
    premises
      .filter((p) => used.has(p.id) && p.municipalityId)
      .map((p) => (p.municipalityId ? (municipality(p.municipalityId)?.name.de ?? '') : '')),
  );
  return [...names].filter(Boolean).sort().join(', ');
}

export function placeText(p: Place): string {
  return [p.name, p.address, p.notes].filter((s) => s.trim() !== '').join(', ');
}

export const hHourText = (plan: PlanSnapshot): string =>
  plan.operation.hHour ? docDateTime(plan.operation.hHour) : 'noch nicht festgelegt';

export function vehiclesText(p: Participation): string {
  return p.vehicles
    .filter((v) => v.count > 0)
    .map((v) => `${v.count} × ${v.kind}${v.callSign ? ` (${v.callSign})` : ''}`)
    .join(', ');
}

export const roleText = (p: Participation): string => PARTICIPATION_ROLE_LABELS[p.role].de;

/** Name, function and phone of the operation lead, on one line each. */
export function leadText(plan: PlanSnapshot, byId: ReadonlyMap<string, Agency>): string {
  const l = plan.operation.operationLead;
  const phones = [
    l.phone ? `Telefon ${l.phone}` : '',
    plan.operation.framework.command.commandPostPhone
      ? `Befehlsstelle ${plan.operation.framework.command.commandPostPhone}`
      : '',
  ];
  return [
    [l.name, l.function, agencyName(l.agencyId ?? plan.operation.leadAgencyId, byId)]
      .filter(Boolean)
      .join(', '),
    phones.filter(Boolean).join(' · '),
  ]
    .filter(Boolean)
    .join('\n');
}

export function codeNameLine(plan: PlanSnapshot): string {
  const o = plan.operation;
  return [`Einsatz „${o.codeName}“`, o.title].filter(Boolean).join(' – ');
}
