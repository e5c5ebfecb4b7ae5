// `npm test`: everything CI needs, in order, stopping at the first failure, then a summary of
// test counts per suite (read from the runners' JSON reports).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTestPrerequisites } from './test-prereqs.mjs';

const reports = join('test-results', 'counts');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const env = { ...process.env, TZ: 'Europe/Berlin' };
const steps = [
  ['Lint', 'npm run lint'],
  ['Format', 'npm run format:check'],
  ['Typecheck', 'npm run typecheck'],
  ['Unit + renderer tests', 'npm run test:unit', { VP_TEST_JSON: join(reports, 'vitest.json') }],
  ['Build', 'npm run build'],
  ['E2E (Chromium, web build)', 'npm run test:e2e', { VP_E2E_JSON: join(reports, 'e2e.json') }],
  [
    'E2E (Electron)',
    'npm run test:e2e-electron',
    { VP_E2E_JSON: join(reports, 'e2e-electron.json') },
  ],
];

const started = Date.now();
console.log('\n▶ Prerequisites: Chromium, LibreOffice, poppler');
if (!ensureTestPrerequisites()) process.exit(1);
console.log('✔ Prerequisites');
for (const [name, command, extra] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const t0 = Date.now();
  const r = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...env, ...extra } });
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✖ ${name} failed after ${secs} s (exit ${r.status}).`);
    summary();
    process.exit(r.status ?? 1);
  }
  console.log(`✔ ${name} (${secs} s)`);
}
summary();
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

function summary() {
  const rows = [];
  const flaky = [];
  const vitest = readJson('vitest.json');
  if (vitest) {
    rows.push([
      'vitest (unit + renderer)',
      vitest.numPassedTests,
      vitest.numFailedTests,
      vitest.numPendingTests + (vitest.numTodoTests ?? 0),
      0,
    ]);
  }
  for (const [file, label] of [
    ['e2e.json', 'playwright (Chromium)'],
    ['e2e-electron.json', 'playwright (Electron)'],
  ]) {
    const pw = readJson(file);
    if (!pw) continue;
    rows.push([label, pw.stats.expected, pw.stats.unexpected, pw.stats.skipped, pw.stats.flaky]);
    flaky.push(...flakyTitles(pw.suites ?? []));
  }
  if (rows.length === 0) return;
  console.log('\nTest counts');
  console.log(
    'suite'.padEnd(28),
    'passed'.padStart(7),
    'failed'.padStart(7),
    'skipped'.padStart(8),
    'flaky'.padStart(6),
  );
  for (const [s, p, f, k, fl] of rows) {
    console.log(
      String(s).padEnd(28),
      String(p).padStart(7),
      String(f).padStart(7),
      String(k).padStart(8),
      String(fl ?? 0).padStart(6),
    );
  }
  // Passed only on the retry: named, so nobody mistakes it for green.
  if (flaky.length > 0)
    console.log(`\nFlaky (failed once, passed on retry):\n  ${flaky.join('\n  ')}`);
}

/** Titles of the tests in a Playwright JSON report whose outcome was "flaky". */
function flakyTitles(suites) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        if (test.status === 'flaky') out.push(`${spec.file}:${spec.line} › ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const s of suites) walk(s);
  return out;
}

function readJson(file) {
  const p = join(reports, file);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null;
}
