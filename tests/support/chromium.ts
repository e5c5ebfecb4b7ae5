// Finds a Chromium for the browser tests without downloading one: an environment variable, then
// the usual install locations. Fails with a message that says how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH zeigt auf ${fromEnv}, dort liegt kein Programm.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Kein Chromium gefunden. Installieren Sie Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'oder setzen Sie CHROMIUM_PATH auf eine Chromium- oder Chrome-Programmdatei. ' +
        'Geprüft: ' +
        CANDIDATES.join(', '),
    );
  }
  return found;
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
