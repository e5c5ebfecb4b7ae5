// The operation's phone list, generated from the command post, the operation lead, the liaisons
// and the team leaders. Generated entries are refreshed from their sources; manual entries are
// kept as the user wrote them. Ids of entries that still have a source stay the same.
import type { Agency } from '../domain/agency';
import type { PhoneEntry } from '../domain/comms';
import { newPhoneEntry } from '../domain/factories';
import { PARTICIPATION_ROLES, type ParticipationRole } from '../domain/participation';
import type { PlanSnapshot } from '../domain/revision';
import { normaliseName } from './deconfliction';
import { COMMITTED_STATUSES } from './strength';

export interface PhoneListInput {
  plan: PlanSnapshot;
  agencies: readonly Agency[];
  now: string;
  makeId: () => string;
}

export interface PhoneListResult {
  /** The whole list in display order: generated entries first, then the manual ones. */
  entries: PhoneEntry[];
  /** Entries that are new or changed (to write). */
  put: PhoneEntry[];
  /** Generated entries whose source is gone (to delete). */
  remove: PhoneEntry[];
}

type Generated = Pick<
  PhoneEntry,
  'name' | 'function' | 'agencyId' | 'phone' | 'mobile' | 'email' | 'radioCallSign' | 'source'
>;

const COMPARED: readonly (keyof PhoneEntry)[] = [
  'name',
  'function',
  'agencyId',
  'phone',
  'mobile',
  'email',
  'radioCallSign',
  'source',
  'order',
];

/** What identifies a generated entry across refreshes (stored entries carry no source id). */
function keyOf(e: Pick<PhoneEntry, 'source' | 'agencyId' | 'function'>): string {
  if (e.source === 'liaison') return `liaison|${e.agencyId ?? ''}`;
  return `${e.source}|${normaliseName(e.function)}`;
}

const roleRank = (role: ParticipationRole) => PARTICIPATION_ROLES.indexOf(role);

function generatedEntries(plan: PlanSnapshot, agencies: readonly Agency[]): Generated[] {
  const op = plan.operation;
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const out: Generated[] = [];
  const blank = { agencyId: null, phone: '', mobile: '', email: '', radioCallSign: '' };
  const cmd = op.framework.command;
  if (cmd.commandPost.name.trim() !== '' || cmd.commandPostPhone !== '') {
    out.push({
      ...blank,
      name: cmd.commandPost.name.trim() || 'Befehlsstelle',
      function: 'Befehlsstelle',
      agencyId: op.leadAgencyId,
      phone: cmd.commandPostPhone,
      source: 'command_post',
    });
  }
  if (op.operationLead.name.trim() !== '') {
    out.push({
      ...blank,
      name: op.operationLead.name.trim(),
      function: `Einsatzleitung${op.operationLead.function ? ` – ${op.operationLead.function}` : ''}`,
      agencyId: op.operationLead.agencyId ?? op.leadAgencyId,
      phone: op.operationLead.phone,
      source: 'command_post',
    });
  }
  const participations = plan.participations
    .filter((p) => COMMITTED_STATUSES.has(p.confirmation.status) && p.liaison.name.trim() !== '')
    .sort(
      (a, b) =>
        roleRank(a.role) - roleRank(b.role) ||
        (agencyById.get(a.agencyId)?.name ?? '').localeCompare(
          agencyById.get(b.agencyId)?.name ?? '',
          'de',
        ) ||
        a.id.localeCompare(b.id),
    );
  for (const p of participations) {
    out.push({
      ...blank,
      name: p.liaison.name.trim(),
      function: p.liaison.function ? `Ansprechperson – ${p.liaison.function}` : 'Ansprechperson',
      agencyId: p.agencyId,
      phone: p.liaison.phone,
      mobile: p.liaison.mobile,
      email: p.liaison.email,
      source: 'liaison',
    });
  }
  const agencyOfParticipation = new Map(plan.participations.map((p) => [p.id, p.agencyId]));
  for (const team of [...plan.teams].sort((a, b) => a.order - b.order)) {
    if (team.leader.name.trim() === '') continue;
    out.push({
      ...blank,
      name: team.leader.name.trim(),
      function: `Teamleitung ${team.name}`,
      agencyId: team.leader.participationId
        ? (agencyOfParticipation.get(team.leader.participationId) ?? null)
        : null,
      phone: team.leader.phone,
      radioCallSign: team.callSign,
      source: 'team_leader',
    });
  }
  return out;
}

export function generatePhoneList({
  plan,
  agencies,
  now,
  makeId,
}: PhoneListInput): PhoneListResult {
  const existing = plan.comms.filter((c): c is PhoneEntry => c.type === 'phone');
  const byKey = new Map<string, PhoneEntry>();
  for (const e of [...existing].sort((a, b) => a.order - b.order)) {
    if (e.source !== 'manual' && !byKey.has(keyOf(e))) byKey.set(keyOf(e), e);
  }
  const used = new Set<string>();
  const entries: PhoneEntry[] = [];
  for (const g of generatedEntries(plan, agencies)) {
    const key = keyOf(g);
    // Two sources with one key (e.g. two liaisons of one agency): the second gets its own entry.
    const reuse = used.has(key) ? undefined : byKey.get(key);
    used.add(key);
    const order = entries.length;
    entries.push(
      reuse
        ? { ...reuse, ...g, order }
        : newPhoneEntry({ ...g, id: makeId(), operationId: plan.operation.id, order }, now),
    );
  }
  const manual = existing.filter((e) => e.source === 'manual').sort((a, b) => a.order - b.order);
  for (const m of manual) entries.push({ ...m, order: entries.length });

  const before = new Map(existing.map((e) => [e.id, e]));
  const put = entries.filter((e) => {
    const old = before.get(e.id);
    return !old || COMPARED.some((k) => old[k] !== e[k]);
  });
  const kept = new Set(entries.map((e) => e.id));
  const remove = existing.filter((e) => !kept.has(e.id));
  return { entries, put, remove };
}
