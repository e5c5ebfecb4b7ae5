// What `npm test` needs beyond npm packages: a Chromium for the browser tests, LibreOffice and
// poppler for the document tests. Found where they are; otherwise installed, saying so aloud —
// the distribution's packages when we are root on Debian/Ubuntu (what CI does), Playwright's own
// Chromium where the internet allows it — otherwise `npm test` stops with the exact command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Usual install locations of a Chromium or Chrome, checked in order. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Where `playwright install chromium` puts its browser (it may not be there). */
export function playwrightChromiumPath() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/** A system browser first, then Playwright's own; null when there is none. */
export function findChromiumPath(env = process.env, exists = existsSync) {
  const fromEnv = env.CHROMIUM_PATH ?? env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return exists(fromEnv) ? fromEnv : null;
  const system = CHROMIUM_CANDIDATES.find((p) => exists(p));
  if (system) return system;
  const own = playwrightChromiumPath();
  return own && exists(own) ? own : null;
}

export function onPath(command, env = process.env, exists = existsSync) {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir && exts.some((e) => exists(join(dir, command + e))));
}

const DEBIAN = {
  chromium: 'chromium',
  soffice: 'libreoffice-writer-nogui',
  pdftotext: 'poppler-utils',
};

/**
 * The set-up steps for what is missing. Pure, so the choice is tested without installing
 * anything: `found` says which tools exist, `can` what this machine allows.
 */
export function planSetup(found, can) {
  const steps = [];
  const missing = Object.keys(DEBIAN).filter((tool) => !found[tool]);
  if (missing.length === 0) return steps;
  if (can.apt && can.root) {
    steps.push({ kind: 'apt', packages: [...missing.map((t) => DEBIAN[t]), 'fonts-dejavu-core'] });
    return steps;
  }
  const docTools = missing.filter((t) => t !== 'chromium');
  if (missing.includes('chromium')) steps.push({ kind: 'playwright' });
  if (docTools.length > 0) {
    steps.push({ kind: 'stop', tools: docTools, command: manualCommand(docTools, can) });
  }
  return steps;
}

export function manualCommand(tools, can) {
  if (can.platform === 'darwin') {
    const brew = tools.map((t) =>
      t === 'soffice' ? '--cask libreoffice' : t === 'pdftotext' ? 'poppler' : 'chromium',
    );
    return brew.map((b) => `brew install ${b}`).join(' && ');
  }
  if (can.platform === 'win32') {
    return 'winget install TheDocumentFoundation.LibreOffice oschwartz10612.Poppler';
  }
  return `sudo apt-get update && sudo apt-get install -y ${tools.map((t) => DEBIAN[t]).join(' ')}`;
}

function run(command, args) {
  console.log(`  $ ${[command, ...args].join(' ')}`);
  return (
    spawnSync(command, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0
  );
}

/** Checks, installs what it may, and returns false (with the reason printed) if tests cannot run. */
export function ensureTestPrerequisites() {
  const found = {
    chromium: findChromiumPath() !== null,
    soffice: onPath('soffice'),
    pdftotext: onPath('pdftotext'),
  };
  const can = {
    platform: process.platform,
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    apt: process.platform === 'linux' && onPath('apt-get'),
  };
  for (const step of planSetup(found, can)) {
    if (step.kind === 'apt') {
      console.log(`Installing Debian packages the tests need: ${step.packages.join(', ')}`);
      if (
        !run('apt-get', ['update', '-qq']) ||
        !run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...step.packages])
      ) {
        console.error(
          `✖ apt-get failed. Install them yourself: ${manualCommand(['chromium', 'soffice', 'pdftotext'], can)}`,
        );
        return false;
      }
    } else if (step.kind === 'playwright') {
      console.log(
        "No Chromium found: downloading Playwright's own Chromium (about 170 MB, needs internet).",
      );
      if (!run('npx', ['playwright', 'install', 'chromium'])) {
        console.error(
          '✖ No Chromium for the browser tests, and Playwright could not download one.\n' +
            `  Install one and run again: ${manualCommand(['chromium'], can)}\n` +
            '  or set CHROMIUM_PATH to a Chromium or Chrome executable.',
        );
        return false;
      }
    } else {
      console.error(
        `✖ The document tests need ${step.tools.join(' and ')} (LibreOffice, poppler). Install them and run again:\n  ${step.command}`,
      );
      return false;
    }
  }
  return true;
}
