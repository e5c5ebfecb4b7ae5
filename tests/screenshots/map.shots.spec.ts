// Screenshots of Karte for the docs: the demo's premises with no basemap (the default), in
// German and English at 1440 px; the 1280 px shots go to the test output for review.
import { expect, test, unlock } from '../e2e/fixtures';

for (const lang of ['de', 'en'] as const) {
  test(`map screenshots (${lang})`, async ({ page, app }, testInfo) => {
    test.slow(); // loads the demo (many sealed writes) before the shots
    await app.evaluate((l) => localStorage.setItem('verbundplaner.language', l), lang);
    await app.reload();
    await unlock(app);
    await app.getByTestId('load-demo').click();
    await expect(app.getByTestId('load-demo')).toHaveCount(0, { timeout: 30_000 });
    await app.getByTestId('nav-map').click();
    await expect(app.getByTestId('map-list-row')).toHaveCount(7);
    await app.getByTestId('map-filter-months').fill('12');
    await app
      .locator('.mantine-Notification-root')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
    for (const width of [1440, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await app.mouse.move(0, 0);
      await app.waitForTimeout(300); // the map settles after the resize; a screenshot, not an assertion
      const suffix = lang === 'de' ? '' : '-en';
      const path =
        width === 1440
          ? `docs/screenshots/map${suffix}.png`
          : testInfo.outputPath(`map-${width}-${lang}.png`);
      await app.screenshot({ path, fullPage: width === 1280 });
    }
  });
}
