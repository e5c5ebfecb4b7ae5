// The workspace's groups of parts as the e2e tests walk them, and a helper that opens a part
// the way a user does: its group's tab first, then the part's own tab when the group has more.
import { expect, type Page } from '@playwright/test';

export const WORKSPACE_GROUPS = [
  {
    key: 'plan',
    parts: ['general', 'situation', 'mission', 'execution', 'support', 'command'],
  },
  { key: 'forces', parts: ['forces', 'teams', 'comms'] },
  { key: 'objects', parts: ['targets', 'map'] },
  { key: 'timeline', parts: ['timeline'] },
  { key: 'review', parts: ['readiness', 'history', 'revisions', 'sharing'] },
  { key: 'output', parts: ['briefing'] },
  { key: 'after', parts: ['results'] },
] as const;

export type WorkspacePart = (typeof WORKSPACE_GROUPS)[number]['parts'][number];

export const PART_ORDER: readonly WorkspacePart[] = WORKSPACE_GROUPS.flatMap((g) => g.parts);

const groupOf = (part: WorkspacePart) =>
  WORKSPACE_GROUPS.find((g) => (g.parts as readonly string[]).includes(part));

/**
 * The test id of the tab that selects a part: its own tab, or its group's tab when the group has
 * only this part (such a group shows no second row).
 */
export function partTabId(part: WorkspacePart): string {
  const group = groupOf(part);
  return group && group.parts.length === 1 ? `tab-group-${group.key}` : `tab-${part}`;
}

/** Opens one part of the workspace by clicking its group's tab, then its own tab. */
export async function openPart(page: Page, part: WorkspacePart): Promise<void> {
  const group = groupOf(part);
  const tab = page.getByTestId(partTabId(part));
  if (group && !(await tab.isVisible())) await page.getByTestId(`tab-group-${group.key}`).click();
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`/${part}(\\?|$)`));
}
