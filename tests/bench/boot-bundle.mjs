// Boot bundle size: the JS and CSS a browser loads before the unlock screen is interactive,
// read from the web build (index.html's scripts, stylesheets and module preloads, then every
// static import of those chunks, transitively). Dynamic imports (the sections, docx) and
// workers are excluded: they load on demand. Sizes are gzipped (default level, as web servers
// send them). Budget: 400 kB. Usage: node tests/bench/boot-bundle.mjs out/web
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 400;
const root = resolve(process.argv[2] ?? 'out/web');
const indexHtml = join(root, 'index.html');
if (!existsSync(indexHtml)) {
  console.error(`Boot bundle: ${indexHtml} fehlt – erst "npm run build:web" ausführen.`);
  process.exit(1);
}

const html = readFileSync(indexHtml, 'utf8');
const start = [
  ...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g),
].map((m) => resolve(root, m[1]));

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`, not `import()`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

const seen = new Set();
const queue = [...new Set(start)];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  if (!file.endsWith('.js')) continue;
  for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    queue.push(resolve(dirname(file), m[1]));
  }
}

let raw = 0;
let gzip = 0;
const rows = [...seen].map((file) => {
  const bytes = readFileSync(file);
  const gz = gzipSync(bytes).length;
  raw += bytes.length;
  gzip += gz;
  return { file: relative(root, file), kB: gz / 1024 };
});
rows.sort((a, b) => b.kB - a.kB);
for (const r of rows) console.log(`  ${r.kB.toFixed(1).padStart(8)} kB gzip  ${r.file}`);

const kB = gzip / 1024;
const m = {
  name: 'boot bundle (JS + CSS before the unlock screen)',
  workload: `${rows.length} files, ${(raw / 1024).toFixed(0)} kB raw, workers and on-demand chunks excluded`,
  runs: 1,
  medianMs: kB,
  p95Ms: kB,
  unit: 'kB gzip',
  budget: `≤ ${BUDGET_KB} kB gzip`,
  withinBudget: kB <= BUDGET_KB,
};
console.log(`[bench] ${m.name}: ${kB.toFixed(1)} kB gzip (${m.workload}); budget ${m.budget}`);
const dir = process.env.VP_BENCH_DIR ?? 'bench-results';
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'boot-bundle.json'), JSON.stringify([m], null, 2));
