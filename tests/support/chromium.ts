// Finds a Chromium for the browser tests without downloading one: an environment variable, the
// usual install locations, then Playwright's own browser if `npm test` installed it. Fails with
// a message that says how to get one.
import { CHROMIUM_CANDIDATES, findChromiumPath } from '../../scripts/test-prereqs.mjs';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = findChromiumPath(env);
  if (found) return found;
  const fromEnv = env.CHROMIUM_PATH ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) throw new Error(`CHROMIUM_PATH zeigt auf ${fromEnv}, dort liegt kein Programm.`);
  throw new Error(
    'Kein Chromium gefunden. `npm test` installiert eines, wo es darf; sonst Chromium installieren ' +
      '(Debian/Ubuntu: `sudo apt-get install chromium`) oder CHROMIUM_PATH auf eine Chromium- oder ' +
      'Chrome-Programmdatei setzen. Geprüft: ' +
      CHROMIUM_CANDIDATES.join(', '),
  );
}

/** Flags that keep Chromium from phoning home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
