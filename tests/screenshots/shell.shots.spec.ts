// Screenshots of the shell for the README and docs (German and English).
import { test, waitReady } from '../e2e/fixtures';

const shot = (name: string) => ({ path: `docs/screenshots/${name}.png`, fullPage: false });

test('shell screenshots', async ({ app }) => {
  await app.screenshot(shot('operations-empty'));
  await app.getByTestId('load-demo').click();
  await app.getByTestId('operation-row').first().waitFor();
  await app.mouse.move(0, 0);
  await app.waitForTimeout(300); // let the toast settle in; a screenshot, not an assertion
  await app.screenshot(shot('operations-list'));
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('language-switch').getByText('English').click();
  await app.getByTestId('nav-operations').click();
  await waitReady(app);
  await app.screenshot(shot('operations-list-en'));
  await app.getByTestId('nav-calendar').click();
  await app.screenshot(shot('not-yet-available-en'));
});
