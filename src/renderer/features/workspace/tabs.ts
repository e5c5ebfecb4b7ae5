// The workspace tabs in order: the framework parts first, then the plan's lists and records.
import type { WorkspaceTab } from '@shared/domain';

export type TabKey = WorkspaceTab | 'readiness' | 'history' | 'revisions';

export const TAB_ORDER: readonly TabKey[] = [
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
  'readiness',
  'history',
  'revisions',
];

export function isTabKey(value: string | undefined): value is TabKey {
  return (TAB_ORDER as readonly string[]).includes(value ?? '');
}
