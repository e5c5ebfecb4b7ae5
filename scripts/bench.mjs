// `npm run bench`: the performance suite. Node benchmarks run through vitest (fake-indexeddb),
// browser benchmarks through Playwright in Chromium against the web build. Each prints its
// workload, median, p95 and the ratio to a bare baseline measured in the same run; the results
// are written to bench-results/*.json and summarised here.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'bench-results';
rmSync(dir, { recursive: true, force: true });
const env = { ...process.env, TZ: 'Europe/Berlin', VP_BENCH_DIR: dir };

const steps = [['Node benchmarks', 'npx vitest run --project bench', { VP_BENCH_FILE: 'node' }]];
if (existsSync('tests/bench/browser')) {
  steps.push(['Build (web)', 'npm run build:web', {}]);
  steps.push(['Browser benchmarks', 'npx playwright test --config playwright.bench.config.ts', {}]);
}

for (const [name, command, extra] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log('\nBenchmark summary (median / p95, ratio to baseline in the same run)');
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  for (const m of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
    const ratio = m.baseline ? `  ×${m.baseline.ratio.toFixed(2)} vs ${m.baseline.name}` : '';
    const budget = m.budget ? `  budget ${m.budget}: ${m.withinBudget ? 'ok' : 'OVER'}` : '';
    console.log(
      `- ${m.name} [${m.workload}]: ${m.medianMs.toFixed(2)} ms / ${m.p95Ms.toFixed(2)} ms${ratio}${budget}`,
    );
  }
}
