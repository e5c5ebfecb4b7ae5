// `npm run bench`: the performance suite. Node benchmarks run through vitest one file at a time
// (parallel files would skew each other's times on a small machine); the boot bundle is
// measured from the web build; browser benchmarks run through Playwright in Chromium against
// the web build and real IndexedDB. Each prints its workload, median, p95 and the ratio to a
// bare baseline measured in the same run; results go to bench-results/*.json. A failing step
// does not stop the others, and the summary table is printed in any case.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSummary, readMeasurements } from './bench-summary.mjs';

const dir = 'bench-results';
rmSync(dir, { recursive: true, force: true });
// Its own build folder and port: other runs on the machine (e2e, screenshots) build into
// out/web and serve on 4173, and Playwright would reuse a server it finds there.
const webOut = resolve('out/web-bench');
const env = {
  ...process.env,
  TZ: 'Europe/Berlin',
  VP_BENCH_DIR: dir,
  VP_WEB_OUT: webOut,
  VP_WEB_PORT: process.env.VP_BENCH_PORT ?? '4291',
};
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
  const build = `npm run build:web -- --outDir ${JSON.stringify(webOut)} --emptyOutDir`;
  if (run('Build (web, with the bench page)', build, { VP_BENCH_PAGE: '1' })) {
    run('Boot bundle size', `node tests/bench/boot-bundle.mjs ${JSON.stringify(webOut)}`);
    run('Browser benchmarks', 'npx playwright test --config playwright.bench.config.ts');
  } else {
    failures.push({ name: 'Browser benchmarks', reason: 'skipped: the web build failed' });
  }
}

const { measurements, problems } = readMeasurements(dir);
console.log(`\n${formatSummary(measurements, failures, problems)}`);
process.exit(failures.length > 0 || problems.length > 0 ? 1 : 0);
