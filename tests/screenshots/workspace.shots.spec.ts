// Screenshots of every view of the operation workspace (the demo operation) for docs/, plus the
// read-only state of an approved plan and the comparison of two revisions.
import { expect, openDemoWorkspace, test } from '../e2e/fixtures';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

const TABS = [
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
] as const;

test('workspace screenshots', async ({ app }) => {
  test.setTimeout(300_000);
  await openDemoWorkspace(app);
  // The "example loaded" toast would cover part of every picture.
  await app.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  for (const tab of TABS) {
    await app.getByTestId(`tab-${tab}`).click();
    await expect(app.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-selected', 'true');
    await app.mouse.move(0, 0);
    await app.waitForTimeout(400); // toasts and transitions settle; a picture, not an assertion
    await app.screenshot(shot(`workspace-${tab}`));
  }
});
