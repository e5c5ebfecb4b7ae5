// `npm run bench`: the performance suite. Node benchmarks run through vitest one file at a time
// (parallel files would skew each other's times on a small machine); the boot bundle is
// measured from the web build; browser benchmarks run through Playwright in Chromium against
// the web build and real IndexedDB. Each prints its workload, median, p95 and the ratio to a
// bare baseline measured in the same run; results go to bench-results/*.json. A failing step
// does not stop the others, and the summary table is printed in any case.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { formatSummary, readMeasurements } from './bench-summary.mjs';

const dir = 'bench-results';
rmSync(dir, { recursive: true, force: true });
const env = { ...process.env, TZ: 'Europe/Berlin', VP_BENCH_DIR: dir };
/** Generous: a loaded two-core machine is several times slower than an idle one. */
const STEP_TIMEOUT_MS = Number(process.env.VP_BENCH_STEP_TIMEOUT_MS ?? 45 * 60_000);

const nodeBenches = readdirSync('tests/bench')
  .filter((f) => /\.bench\.test\.tsx?$/.test(f))
  .sort();

const failures = [];

function run(name, command, extra = {}) {
  console.log(`\n▶ ${name}\n  $ ${command}`);
  const r = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...env, ...extra },
    timeout: STEP_TIMEOUT_MS,
  });
  if (r.status === 0) return true;
  const reason =
    r.error?.code === 'ETIMEDOUT'
      ? `stopped after ${Math.round(STEP_TIMEOUT_MS / 60_000)} min (VP_BENCH_STEP_TIMEOUT_MS)`
      : r.signal
        ? `ended by signal ${r.signal}`
        : `exit code ${r.status} (see its output above)`;
  console.error(`✖ ${name}: ${reason}`);
  failures.push({ name, reason });
  return false;
}

for (const file of nodeBenches) {
  run(`Node benchmark ${file}`, `npx vitest run --project bench tests/bench/${file}`, {
    VP_BENCH_FILE: 'node',
  });
}
if (existsSync('tests/bench/browser')) {
  // VP_BENCH_PAGE=1 adds the in-page data-layer benchmarks (/bench.js) to this build only.
  if (run('Build (web, with the bench page)', 'npm run build:web', { VP_BENCH_PAGE: '1' })) {
    run('Boot bundle size', 'node tests/bench/boot-bundle.mjs out/web');
    run('Browser benchmarks', 'npx playwright test --config playwright.bench.config.ts');
  } else {
    failures.push({ name: 'Browser benchmarks', reason: 'skipped: the web build failed' });
  }
}

const { measurements, problems } = readMeasurements(dir);
console.log(`\n${formatSummary(measurements, failures, problems)}`);
process.exit(failures.length > 0 || problems.length > 0 ? 1 : 0);
