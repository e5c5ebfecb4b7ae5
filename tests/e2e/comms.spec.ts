// Kommunikation: a new plan gets its talk group and phone list with the readiness panel as
// guide; entries survive a reload; a team's talk group and the group's team list stay in step;
// deleting a phone entry or a talk group asks first, and frees the teams that used it.
import type { Page } from '@playwright/test';
import {
  expect,
  expectAccessible,
  openDemoWorkspace,
  openNewOperationDialog,
  reloadAndUnlock,
  test,
} from './fixtures';
import { typedInDays } from './support/typed-dates';
import { openPart } from './support/workspace-nav';

const issue = (page: Page, code: string) =>
  page.locator(`[data-testid="readiness-issue"][data-code="${code}"]`);

test('a new plan gets talk group and phone list; readiness notices and clears', async ({ app }) => {
  await openNewOperationDialog(app);
  await app.getByTestId('new-code-name').fill('FUNKPROBE');
  await app.getByTestId('new-h-hour').fill(typedInDays(14));
  await app.keyboard.press('Tab');
  await app.getByTestId('new-save').click();
  await expect(app.getByTestId('workspace')).toBeVisible();

  await openPart(app, 'readiness');
  await expect(issue(app, 'no_talk_groups')).toContainText('keinen Kommunikationsplan');
  await expect(issue(app, 'no_phone_list')).toContainText('Die Telefonliste ist leer.');
  await issue(app, 'no_talk_groups').getByRole('button', { name: 'Beheben' }).click();
  // The issue is about the part as a whole: the focus goes to the part's first field.
  await expect(app).toHaveURL(/\/comms\?focus=comms$/);
  await expect(app.getByTestId('talk-groups')).toContainText('Noch keine Sprechgruppen.');

  await app.getByTestId('talk-group-add').click();
  const group = app.getByTestId('talk-group');
  await expect(group).toHaveCount(1);
  await expect(group.getByTestId('talk-group-name')).toHaveValue('Sprechgruppe 1');
  await group.getByTestId('talk-group-name').fill('Führung Funkprobe');
  await group.getByLabel('Zweck').fill('Befehlsstelle und Objektführer');
  await group.getByLabel('Zweck').blur();

  await app.getByTestId('phone-add').click();
  const entry = app.getByTestId('phone-entry');
  await expect(entry).toHaveCount(1);
  await entry.getByLabel('Name', { exact: true }).fill('Lagezentrum');
  // Letters are not part of a phone number: they are dropped when the number is saved.
  await entry.getByLabel('Telefon', { exact: true }).fill('0201 829-0abc');
  await entry.getByLabel('Telefon', { exact: true }).blur();
  await expect(entry.getByLabel('Telefon', { exact: true })).toHaveValue('0201 829-0');
  // Everything typed is stored before the plan is left.
  await expect(app.getByTestId('comms').locator('[data-unsaved]')).toHaveCount(0);
  await expectAccessible(app, 'comms plan');

  await openPart(app, 'readiness');
  await expect(issue(app, 'no_talk_groups')).toHaveCount(0);
  await expect(issue(app, 'no_phone_list')).toHaveCount(0);

  await reloadAndUnlock(app);
  await openPart(app, 'comms');
  await expect(group.getByTestId('talk-group-name')).toHaveValue('Führung Funkprobe');
  await expect(group.getByLabel('Zweck')).toHaveValue('Befehlsstelle und Objektführer');
  await expect(entry.getByLabel('Name', { exact: true })).toHaveValue('Lagezentrum');
  await expect(entry.getByLabel('Telefon', { exact: true })).toHaveValue('0201 829-0');

  // Deleting asks first; Escape keeps the entry.
  await entry.getByTestId('phone-remove').click();
  const confirm = app.getByRole('dialog', { name: 'Eintrag löschen' });
  await expect(confirm).toContainText('Eintrag „Lagezentrum“ aus der Telefonliste löschen?');
  await expectAccessible(app, 'delete phone entry');
  await app.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(entry).toHaveCount(1);
  await entry.getByTestId('phone-remove').click();
  await confirm.getByRole('button', { name: 'Eintrag löschen' }).click();
  await expect(entry).toHaveCount(0);
  await expect(app.getByTestId('phone-list')).toContainText('Die Telefonliste ist leer.');
  await openPart(app, 'readiness');
  await expect(issue(app, 'no_phone_list')).toBeVisible();
});

test('team and talk group stay in step; deleting a group asks first and frees its teams', async ({
  app,
}) => {
  await openDemoWorkspace(app, 'teams');
  const teamTalkGroups = app.getByTestId('team-card').getByLabel('Sprechgruppe');
  await expect(teamTalkGroups.first()).toHaveValue('Kontrollteams');
  const teams = await teamTalkGroups.count();

  // Kontrollteam 1 switches to "Reserve": the Reserve group lists it from then on.
  await teamTalkGroups.first().click();
  await app.getByRole('option', { name: 'Reserve' }).click();
  await expect(teamTalkGroups.first()).toHaveValue('Reserve');
  await openPart(app, 'comms');
  const reserve = app.getByTestId('talk-group').filter({
    has: app.locator('[data-testid="talk-group-name"][value="Reserve"]'),
  });
  await expect(reserve.getByText('Kontrollteam 1 – Shisha-Bar')).toBeVisible();
  const group = app.getByTestId('talk-group').filter({
    has: app.locator('[data-testid="talk-group-name"][value="Kontrollteams"]'),
  });
  await expect(group).toHaveCount(1);
  await group.getByTestId('talk-group-remove').click();
  const confirm = app.getByRole('dialog', { name: 'Sprechgruppe löschen' });
  await expect(confirm).toContainText(
    'Sprechgruppe „Kontrollteams“ löschen? Teams, die sie nutzen, verlieren die Zuordnung.',
  );
  await confirm.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(group).toHaveCount(1);
  await group.getByTestId('talk-group-remove').click();
  await confirm.getByRole('button', { name: 'Sprechgruppe löschen' }).click();
  await expect(group).toHaveCount(0);
  await expect(app.getByTestId('talk-group')).toHaveCount(2);

  await openPart(app, 'teams');
  await expect(teamTalkGroups).toHaveCount(teams);
  await expect(teamTalkGroups.first()).toHaveValue('Reserve');
  for (let n = 1; n < teams; n++) await expect(teamTalkGroups.nth(n)).toHaveValue('');

  // The readiness check names every team without a talk group; its link leads to the team.
  await openPart(app, 'readiness');
  const missing = issue(app, 'team_without_talk_group');
  await expect(missing).toHaveCount(teams - 1);
  const fix = missing.first().getByRole('button', { name: 'Beheben' });
  await expect(fix).toHaveAccessibleDescription(
    /^Team „Kontrollteam 2.*“ hat keine Sprechgruppe\.$/,
  );
  await fix.click();
  await expect(app).toHaveURL(/\/teams\?focus=/);
  const second = app.getByTestId('team-card').nth(1);
  await expect(second).toBeFocused();
  await expect(second).toBeInViewport();
  await openPart(app, 'teams');

  // Taking Kontrollteam 1 off "Reserve" clears its talk group as well.
  await openPart(app, 'comms');
  await reserve.getByTestId('talk-group-teams').click();
  await app.getByRole('option', { name: 'Kontrollteam 1 – Shisha-Bar' }).click();
  await app.keyboard.press('Escape');
  await expect(reserve.getByText('Kontrollteam 1 – Shisha-Bar')).toHaveCount(0);
  await openPart(app, 'teams');
  await expect(teamTalkGroups.first()).toHaveValue('');
});
