// The workspace's parts and the groups they are shown in. The groups form the one row of tabs
// at the top; the active group's parts form a second row. A new part (Karte, Einsatzbefehl,
// Ergebnisse …) is one entry in a group here and one case in TabView: the top row grows by at
// most one short group name, never by a tab per part. Groups without parts are not shown, so
// "Ausgabe" appears once the Einsatzbefehl exists.
import type { WorkspaceTab } from '@shared/domain';

export type TabKey =
  WorkspaceTab | 'map' | 'readiness' | 'history' | 'revisions' | 'results' | 'briefing' | 'sharing';

export type GroupKey = 'plan' | 'forces' | 'objects' | 'timeline' | 'review' | 'output' | 'after';

export interface TabGroup {
  key: GroupKey;
  parts: readonly TabKey[];
}

// The written order's five parts, after the plan's general data.
const PLAN: TabGroup = {
  key: 'plan',
  parts: ['general', 'situation', 'mission', 'execution', 'support', 'command'],
};

export const TAB_GROUPS: readonly TabGroup[] = [
  PLAN,
  { key: 'forces', parts: ['forces', 'teams', 'comms'] },
  // "Objekte & Karte": the operation map beside the premises (issue 13).
  { key: 'objects', parts: ['targets', 'map'] },
  // The calendar day view joins the table here (issue 14).
  { key: 'timeline', parts: ['timeline'] },
  // "Gemeinsam": sharing the plan with co-planners of other agencies (issue 18).
  { key: 'review', parts: ['readiness', 'history', 'revisions', 'sharing'] },
  // "Ausgabe": the Einsatzbefehl with its copies, team cards, preview and print (issue 15).
  { key: 'output', parts: ['briefing'] },
  // After the operation: its results (issue 17), open once "Durchgeführt".
  { key: 'after', parts: ['results'] },
];

/** Every part in the order Alt+PgDn walks them: group by group. */
export const TAB_ORDER: readonly TabKey[] = TAB_GROUPS.flatMap((g) => g.parts);

export function isTabKey(value: string | undefined): value is TabKey {
  return (TAB_ORDER as readonly string[]).includes(value ?? '');
}

export function groupOf(tab: TabKey): TabGroup {
  // Every part is in a group; the plan group is only the type's fallback.
  return TAB_GROUPS.find((g) => g.parts.includes(tab)) ?? PLAN;
}

export function isGroupKey(value: string | null): value is GroupKey {
  return TAB_GROUPS.some((g) => g.key === value);
}
