// Benchmark of the operations list with 10,000 operations (restored from a prepared encrypted
// backup): first render after navigating to Einsätze, and the latency of one keystroke in the
// search box, each with a bare baseline measured in the same page and run.
import { expect, PASSPHRASE as VAULT_PASSPHRASE, test } from '../../e2e/fixtures';
import { completeTables, writeBackup } from '../../e2e/support/backup-file';
import { buildOperationsDataset } from '../../renderer/support/operations-dataset';
import { restoreBackup } from '../../e2e/support/restore';
import { report, summarize } from '../harness';
import { installBareInput, timeKeystroke, timeNavigation, timePlainTable } from './page-timing';

const COUNT = 10_000;
const RUNS = 9;
/** Each cold run reloads and unlocks (Argon2id), so fewer of them. */
const COLD_RUNS = 5;
const BACKUP_PASSPHRASE = 'Benchmark-Zehntausend-Einsaetze';
const ROW = '[data-testid="operation-row"]';
const SEARCH = '[data-testid="operations-search"]';
/** Typed letter by letter, like a planner looking for an operation. */
const WORDS = ['kranich', 'essen', 'falke', 'shisha'];

test('operations list with 10k operations: first render and keystroke latency', async ({
  app,
}, testInfo) => {
  const data = buildOperationsDataset(COUNT, new Date().toISOString());
  const path = testInfo.outputPath('10k.vpbak');
  await writeBackup(
    path,
    completeTables({
      settings: data.settings,
      agencies: data.agencies,
      operations: data.operations,
      participations: data.participations,
    }),
    BACKUP_PASSPHRASE,
  );
  const restoreStart = Date.now();
  await restoreBackup(app, path, BACKUP_PASSPHRASE);
  await expect(app.locator(ROW).first()).toBeVisible();
  console.log(
    `[bench] restore of ${COUNT} operations + ${data.participations.length} roster entries through the UI: ${Date.now() - restoreStart} ms`,
  );
  const workload = `${COUNT} operations, ${data.participations.length} roster entries, encrypted`;

  const plainTable: number[] = [];
  for (let i = 0; i < RUNS; i++) plainTable.push(await timePlainTable(app, COUNT));
  const baseline = { name: `plain <table> with ${COUNT} rows`, times: plainTable };
  const toSettings = async () => {
    await app.getByTestId('nav-settings').click();
    await expect(app.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  };

  // Cold: the first visit after unlocking, so every record is read and decrypted.
  const cold: number[] = [];
  const unlockTimes: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    await toSettings();
    await app.reload();
    await app.getByTestId('unlock-passphrase').fill(VAULT_PASSPHRASE);
    const unlockStart = Date.now();
    await app.getByTestId('unlock-submit').click();
    // Generous: the KDF on a loaded machine; the read model then builds in the background.
    await expect(app.locator('html[data-app-state="ready"]')).toHaveCount(1, { timeout: 180_000 });
    unlockTimes.push(Date.now() - unlockStart);
    await expect(app.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    cold.push(await timeNavigation(app, '#/operations', ROW));
  }
  report(summarize('operations list: first render after unlock (10k)', workload, cold, baseline));
  console.log(
    `[bench] unlock with this database (not part of the list): ${unlockTimes.join(', ')} ms`,
  );

  // Warm: back to the list from another section, nothing changed in between.
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await toSettings();
    warm.push(await timeNavigation(app, '#/operations', ROW));
  }
  report(summarize('operations list: first render on return (10k)', workload, warm, baseline));

  // Keystroke: one letter typed into the search box until the table has settled.
  await expect(app.locator(ROW).first()).toBeVisible();
  await app.locator(SEARCH).click();
  // The index is built in a worker after the list appears; wait until the search answers.
  await app.keyboard.type('k');
  await expect(app.getByTestId('operations-count')).toContainText(' von ');
  await app.locator(SEARCH).fill('');
  await expect(app.getByTestId('operations-count')).not.toContainText(' von ');
  const keystroke: number[] = [];
  for (const word of WORDS) {
    for (const letter of word) {
      keystroke.push(
        await timeKeystroke(app, SEARCH, '#main-content', () => app.keyboard.press(letter)),
      );
    }
    await app.locator(SEARCH).fill('');
    await expect(app.getByTestId('operations-count')).not.toContainText(' von ');
  }
  await installBareInput(app);
  await app.locator('#bench-bare-input').click();
  const bare: number[] = [];
  for (const letter of WORDS.join('')) {
    bare.push(
      await timeKeystroke(app, '#bench-bare-input', '#bench-bare', () =>
        app.keyboard.press(letter),
      ),
    );
  }
  report(
    summarize('operations list: search keystroke (10k)', workload, keystroke, {
      name: 'bare input updating one text node',
      times: bare,
    }),
  );
});
