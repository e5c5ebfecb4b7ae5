// The data layer after unlock, in Chromium against real IndexedDB and WebCrypto: the read model
// is built from sealed rows (decrypts issued in slices), the lists read from it, and the search
// worker's index is built (one sort after the rebuild) and answers as before.
import { expect, reloadAndUnlock, test } from './fixtures';

test('after unlock the lists and the search are served from the sealed rows', async ({ app }) => {
  await app.getByTestId('load-demo').click();
  await expect(app.getByTestId('operation-row')).toHaveCount(1);

  // A fresh session: nothing in memory, every list row decrypted again by the read model.
  await reloadAndUnlock(app);
  await expect(app.getByTestId('operation-row')).toHaveCount(1);
  await app.getByTestId('nav-premises').click();
  const rows = app.getByTestId('premises-row');
  await expect(rows).toHaveCount(7);

  // The index is rebuilt for this session in the worker; a query narrows, a miss says so.
  await app.getByTestId('premises-search').fill('musterstrasse');
  await expect.poll(() => rows.count()).toBeLessThan(7);
  expect(await rows.count()).toBeGreaterThan(0);
  await app.getByTestId('premises-search').fill('gibt es nicht xyz');
  await expect(app.getByText('Keine Objekte passen')).toBeVisible();
  await app.getByTestId('premises-search').fill('');
  await expect(rows).toHaveCount(7);
});
