// Picks a file through the app's own "open file" button, the way a user does: the browser host
// opens a hidden <input type=file>, Playwright answers the chooser. One place for all journeys,
// so a chooser that does not open fails fast with a clear message instead of at the test timeout.
import type { FileChooser, Locator, Page } from '@playwright/test';

type Files = Parameters<FileChooser['setFiles']>[0];

export async function chooseFile(page: Page, trigger: Locator, files: Files): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 20_000 }),
    trigger.click(),
  ]);
  await chooser.setFiles(files);
}
