// How many cases a property test tries: the test's own default on CI and in daily runs,
// FC_RUNS for a deep run (`FC_RUNS=10000 npx vitest run --project unit <property test files>`).
// Read without Node's types, so renderer tests (DOM tsconfig) can use it too.
const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;

export const fcRuns = (dflt: number): number => {
  const fromEnv = Number(env?.FC_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : dflt;
};

/**
 * A test timeout that grows with the run count: `perRunMs` for each case over the default, on
 * top of `baseMs` (which holds the default count on a busy 2-core machine).
 */
export const fcTimeout = (dflt: number, baseMs: number, perRunMs: number): number =>
  baseMs + Math.max(0, fcRuns(dflt) - dflt) * perRunMs;
