// Readiness check: what is still missing before the briefing. A pure function over the plan;
// the UI lists the issues with a link to where each is fixed and warns (never blocks) before
// the plan goes to approval.
import { isWithinWindow } from '../time/h-hour';
import { openChecklistItems } from './field-guides';
import type { Framework, FrameworkPart } from './operation';
import type { PlanSnapshot } from './revision';

/** Workspace places an issue links to. */
export const WORKSPACE_TABS = [
  'general',
  'situation',
  'mission',
  'execution',
  'support',
  'command',
  'targets',
  'forces',
  'teams',
  'comms',
  'timeline',
] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

export const READINESS_CODES = [
  'no_h_hour',
  'no_time_window',
  'h_hour_outside_window',
  'no_lead_agency',
  'no_operation_lead',
  'part_empty',
  'risk_not_assessed',
  'no_targets',
  'target_without_reason',
  'target_without_team',
  'no_participations',
  'agency_not_confirmed',
  'agency_declined',
  'no_teams',
  'team_without_leader',
  'team_without_talk_group',
  'team_not_on_talk_group',
  'no_talk_groups',
  'no_phone_list',
  'no_briefing_meeting',
  'no_assembly_point',
  'checklist_open',
] as const;
export type ReadinessCode = (typeof READINESS_CODES)[number];

export interface ReadinessIssue {
  code: ReadinessCode;
  severity: 'error' | 'warning';
  tab: WorkspaceTab;
  /** The record the issue is about (target, participation, team), for the link. */
  subjectId: string | null;
  /** Values for the message: names, parts. */
  params: Record<string, string>;
}

const blank = (s: string) => s.trim() === '';

/** A framework part counts as filled when any of its prose fields has content. */
export function isPartFilled(framework: Framework, part: FrameworkPart): boolean {
  switch (part) {
    case 'situation': {
      const s = framework.situation;
      return ![s.background, s.trigger, s.targetsSummary, s.personsGroups, s.ownForces].every(
        blank,
      );
    }
    case 'mission':
      return (
        !blank(framework.mission.goals) ||
        framework.mission.agencyObjectives.some((o) => !blank(o.objective))
      );
    case 'execution': {
      const e = framework.execution;
      return ![...Object.values(e.phases), e.sections, e.rulesOfConduct].every(blank);
    }
    case 'support': {
      const s = framework.support;
      return ![
        s.assemblyPoint.name,
        s.stagingArea.name,
        s.vehicles,
        s.equipment,
        s.interpreters,
        s.medical,
        s.catering,
        s.routes,
      ].every(blank);
    }
    case 'command': {
      const c = framework.command;
      return ![c.structure, c.commandPost.name, c.notes].every(blank);
    }
  }
}

export interface ReadinessContext {
  premisesName(id: string): string;
  agencyName(id: string): string;
}

export function checkReadiness(plan: PlanSnapshot, ctx: ReadinessContext): ReadinessIssue[] {
  const { operation: op, targets, participations, teams, comms } = plan;
  const out: ReadinessIssue[] = [];
  const add = (
    code: ReadinessCode,
    severity: 'error' | 'warning',
    tab: WorkspaceTab,
    subjectId: string | null = null,
    params: Record<string, string> = {},
  ) => out.push({ code, severity, tab, subjectId, params });

  if (!op.hHour) add('no_h_hour', 'error', 'general');
  if (!op.timeWindow) add('no_time_window', 'warning', 'general');
  if (op.hHour && op.timeWindow && !isWithinWindow(op.hHour, op.timeWindow))
    add('h_hour_outside_window', 'error', 'general');
  if (!op.leadAgencyId) add('no_lead_agency', 'error', 'general');
  if (blank(op.operationLead.name)) add('no_operation_lead', 'warning', 'general');

  for (const part of ['situation', 'mission', 'execution', 'support', 'command'] as const) {
    if (!isPartFilled(op.framework, part)) add('part_empty', 'error', part, null, { part });
  }
  if (!op.riskAssessment.assessed) add('risk_not_assessed', 'error', 'situation');
  if (!op.framework.execution.briefingMeeting.at)
    add('no_briefing_meeting', 'warning', 'execution');
  if (blank(op.framework.support.assemblyPoint.name))
    add('no_assembly_point', 'warning', 'support');

  const active = targets.filter((t) => t.status !== 'dropped');
  if (active.length === 0) add('no_targets', 'error', 'targets');
  for (const t of active) {
    const name = ctx.premisesName(t.premisesId);
    if (blank(t.reason)) add('target_without_reason', 'error', 'targets', t.id, { name });
    // Teams list the premises they go to; that list is what counts (a target's own teamId only
    // names its lead team and is kept in step by the roster).
    const assigned = teams.some((team) => team.targetIds.includes(t.id));
    if (!assigned) add('target_without_team', 'error', 'teams', t.id, { name });
  }

  const engaged = participations.filter((p) => p.confirmation.status !== 'withdrawn');
  if (engaged.length === 0) add('no_participations', 'error', 'forces');
  for (const p of engaged) {
    const name = ctx.agencyName(p.agencyId);
    if (p.confirmation.status === 'requested' || p.confirmation.status === 'partially_confirmed') {
      add('agency_not_confirmed', 'warning', 'forces', p.id, { name });
    }
    if (p.confirmation.status === 'declined')
      add('agency_declined', 'warning', 'forces', p.id, { name });
  }

  if (teams.length === 0) add('no_teams', 'error', 'teams');
  for (const team of teams) {
    if (blank(team.leader.name))
      add('team_without_leader', 'warning', 'teams', team.id, { name: team.name });
  }
  const groups = comms.filter((c) => c.type === 'talk_group');
  if (groups.length === 0) add('no_talk_groups', 'error', 'comms');
  // Only once there are talk groups: without any, "no_talk_groups" already says it all.
  for (const team of groups.length > 0 ? teams : []) {
    const own = groups.find((g) => g.id === team.talkGroupId);
    if (!own) add('team_without_talk_group', 'warning', 'teams', team.id, { name: team.name });
    else if (!own.teamIds.includes(team.id))
      add('team_not_on_talk_group', 'warning', 'comms', own.id, {
        name: team.name,
        group: own.name,
      });
  }
  if (!comms.some((c) => c.type === 'phone')) add('no_phone_list', 'warning', 'comms');
  // A hint, never a reason to refuse: the checklists are the expert groups' advice.
  for (const { field, open } of openChecklistItems(op.fieldGuides, op.thematicFields))
    add('checklist_open', 'warning', 'general', null, { field, count: String(open) });
  return out;
}
