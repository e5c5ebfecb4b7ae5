// Demo comms plan: three talk groups and a phone list generated from liaisons and team leaders.
import type { Id } from '../domain/common';
import type { PhoneEntry, TalkGroup } from '../domain/comms';
import { newPhoneEntry, newTalkGroup } from '../domain/factories';
import type { Participation } from '../domain/participation';
import type { Team } from '../domain/team';
import { COMMAND_POST_PHONE } from './order';

export interface DemoCommsInput {
  now: string;
  operationId: Id;
  makeId: () => Id;
  /** Ids of the command, teams and reserve talk groups (allocated before the teams). */
  groupIds: { command: Id; teams: Id; reserve: Id };
  commandAgencyId: Id;
  participations: readonly Participation[];
  teams: readonly Team[];
}

export function demoTalkGroups({ now, operationId, groupIds, teams }: DemoCommsInput): TalkGroup[] {
  const allTeams = teams.map((t) => t.id);
  return [
    newTalkGroup(
      {
        id: groupIds.command,
        operationId,
        order: 0,
        name: 'Führung',
        purpose: 'Befehlsstelle und Teamleitungen',
        teamIds: allTeams,
        notes: 'Fiktive Sprechgruppe; die tatsächlichen Gruppen legt die Polizei fest.',
      },
      now,
    ),
    newTalkGroup(
      {
        id: groupIds.teams,
        operationId,
        order: 1,
        name: 'Kontrollteams',
        purpose: 'Verkehr innerhalb der Teams und zur Befehlsstelle',
        teamIds: allTeams,
      },
      now,
    ),
    newTalkGroup(
      {
        id: groupIds.reserve,
        operationId,
        order: 2,
        name: 'Reserve',
        purpose: 'Reservekräfte der Polizei und Rettungsdienst am Bereitstellungsraum',
      },
      now,
    ),
  ];
}

/** Command post first, then one entry per liaison, then one per team leader. */
export function demoPhoneList(input: DemoCommsInput): PhoneEntry[] {
  const { now, operationId, makeId, commandAgencyId, participations, teams } = input;
  const rows: (Omit<Partial<PhoneEntry>, 'type'> & { name: string })[] = [
    {
      name: 'Befehlsstelle',
      function: 'Einsatzleitung',
      agencyId: commandAgencyId,
      phone: COMMAND_POST_PHONE,
      radioCallSign: 'Adler',
      source: 'command_post',
    },
    ...participations.map((p) => ({
      name: p.liaison.name,
      function: `Ansprechperson – ${p.liaison.function}`,
      agencyId: p.agencyId,
      phone: p.liaison.phone,
      mobile: p.liaison.mobile,
      email: p.liaison.email,
      source: 'liaison' as const,
    })),
    ...teams.map((t) => ({
      name: t.leader.name,
      function: `Teamleitung ${t.name}`,
      agencyId: participations.find((p) => p.id === t.leader.participationId)?.agencyId ?? null,
      phone: t.leader.phone,
      radioCallSign: t.callSign,
      source: 'team_leader' as const,
    })),
  ];
  return rows.map((row, order) => newPhoneEntry({ ...row, id: makeId(), operationId, order }, now));
}
