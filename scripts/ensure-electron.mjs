// Makes sure the Electron binary is on disk before `npm start` / `npm run dev` hand over to
// electron-vite. Electron ≥ 42 no longer downloads its binary at `npm install`; it does so on the
// first `require('electron')`, but electron-vite reads `node_modules/electron/path.txt` directly
// and fails with "Error: Electron uninstall" when it is missing (electron-vite issue 904). So we
// run Electron's own installer (`install.js`, the `install-electron` bin) ourselves: it honours
// ELECTRON_MIRROR, the cache and proxy settings, and checks the download against SHASUMS256.
// This is not a `postinstall`, which would break `npm ci` on machines without internet.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Oldest Node whose `require()` loads the installer's ES modules (@electron/get 5). */
export const MIN_NODE = [20, 19, 0];

/** A real first download takes minutes on a slow line; an offline machine fails in < 1 s. */
export const DEFAULT_TIMEOUT_MS = 15 * 60_000;

export function platformPath(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Where the electron package lives; `VP_ELECTRON_PACKAGE_DIR` points tests at a fake one. */
export function findElectronPackage(env = process.env) {
  if (env.VP_ELECTRON_PACKAGE_DIR) return env.VP_ELECTRON_PACKAGE_DIR;
  try {
    // package.json, not the package itself: requiring `electron` would start the download.
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The same test as Electron's install.js `isInstalled()`: the unpacked version matches the
 * package, path.txt names this platform's executable, and the executable exists.
 */
export function electronInstallState(pkgDir, env = process.env, platform = process.platform) {
  const read = (file) => {
    try {
      return readFileSync(join(pkgDir, file), 'utf8');
    } catch {
      return null;
    }
  };
  const pkg = JSON.parse(read('package.json') ?? '{}');
  const expected = platformPath(platform);
  const pathTxt = read('path.txt');
  const distVersion = read(join('dist', 'version'));
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, expected)
    : join(pkgDir, 'dist', expected);
  if (pathTxt === null) return { installed: false, binary, reason: 'path.txt fehlt / missing' };
  if (pathTxt.trim() !== expected) {
    return { installed: false, binary, reason: `path.txt nennt "${pathTxt.trim()}"` };
  }
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && distVersion?.replace(/^v/, '').trim() !== pkg.version) {
    return { installed: false, binary, reason: `dist/version ≠ ${pkg.version}` };
  }
  if (!existsSync(binary)) return { installed: false, binary, reason: `${binary} fehlt / missing` };
  return { installed: true, binary, reason: '' };
}

export function nodeIsSupported(version = process.versions.node) {
  const have = version.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) !== MIN_NODE[i]) return (have[i] ?? 0) > MIN_NODE[i];
  }
  return true;
}

const min = MIN_NODE.join('.');
const hints = {
  de: [
    'Was Sie tun können:',
    '  • Netzwerkverbindung prüfen und `npm start` erneut ausführen.',
    '  • Hinter einem Proxy: ELECTRON_GET_USE_PROXY=1 und HTTPS_PROXY=http://proxy:port setzen.',
    '  • Ohne Internet: ELECTRON_MIRROR auf einen internen Spiegel der Electron-Releases setzen.',
    '  • Oder die Web-Ausgabe nutzen, sie braucht kein Electron: npm run start:web',
  ],
  en: [
    'What you can do:',
    '  • Check the network connection and run `npm start` again.',
    '  • Behind a proxy: set ELECTRON_GET_USE_PROXY=1 and HTTPS_PROXY=http://proxy:port.',
    '  • Without internet: point ELECTRON_MIRROR at an internal mirror of the Electron releases.',
    '  • Or use the web edition, which needs no Electron: npm run start:web',
  ],
};

/** The message for a failed first start, German first, then English. */
export function failureMessage(kind, detail = '') {
  const head = {
    node: [
      `✖ Node.js ${process.versions.node} ist zu alt für den Electron-Installer (mindestens ${min}).`,
      `✖ Node.js ${process.versions.node} is too old for Electron's installer (${min} or newer).`,
    ],
    missing: [
      '✖ Das Paket "electron" ist nicht installiert. Bitte zuerst `npm install` ausführen.',
      '✖ The "electron" package is not installed. Run `npm install` first.',
    ],
    download: [
      '✖ Das Electron-Programm konnte nicht heruntergeladen werden (einmalig ca. 100 MB).',
      '✖ The Electron binary could not be downloaded (about 100 MB, once).',
    ],
    timeout: [
      '✖ Der Download von Electron wurde nach Zeitüberschreitung abgebrochen.',
      '✖ The Electron download was stopped after a timeout.',
    ],
  }[kind];
  const nodeHint = [
    `  • Node.js ${min} oder neuer installieren / install Node.js ${min} or newer.`,
    '  • Die Web-Ausgabe und die Tests laufen ab Node.js 20.19 / the web edition and the tests run on Node.js 20.19+: npm run start:web',
  ];
  const lines = [head[0], ...(detail ? [`  ${detail}`] : [])];
  if (kind === 'node') return [...lines, head[1], ...nodeHint].join('\n');
  if (kind === 'missing') return [...lines, head[1]].join('\n');
  return [...lines, ...hints.de, '', head[1], ...hints.en].join('\n');
}

/**
 * Runs Electron's own installer in a child process; resolves with its exit code. On a terminal
 * its stderr stays attached, because that is where its progress bar draws; otherwise (CI, logs,
 * tests) stderr is captured so the message can name the cause without the stack trace.
 */
export function runInstaller(pkgDir, { env = process.env, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(pkgDir, 'install.js')], {
      env,
      stdio: ['ignore', 'inherit', process.stderr.isTTY ? 'inherit' : 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      resolve({ code: null, timedOut: true, stderr });
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: 1, timedOut: false, stderr: String(e) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, timedOut: false, stderr });
    });
  });
}

/** The first line of the installer's error worth showing (not its stack trace). */
export function installerReason(stderr) {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith('at '));
  return line ? line.slice(0, 300) : '';
}

/**
 * Returns the exit code for the script: 0 when the binary is there (or was just installed),
 * non-zero with a German and English message otherwise. `deps` is for tests.
 */
export async function ensureElectron({
  env = process.env,
  nodeVersion = process.versions.node,
  install = runInstaller,
  log = console.log,
  error = console.error,
  timeoutMs = Number(env.VP_ELECTRON_INSTALL_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS,
} = {}) {
  const pkgDir = findElectronPackage(env);
  if (!pkgDir) {
    error(failureMessage('missing'));
    return 1;
  }
  if (electronInstallState(pkgDir, env).installed) return 0;
  if (!nodeIsSupported(nodeVersion)) {
    error(failureMessage('node'));
    return 1;
  }
  log(
    'Electron wird beim ersten Start einmalig heruntergeladen (ca. 100 MB) …\n' +
      'Downloading Electron once for the first start (about 100 MB) …',
  );
  const result = await install(pkgDir, { env, timeoutMs });
  if (result.timedOut) {
    error(failureMessage('timeout', `${Math.round(timeoutMs / 1000)} s`));
    return 1;
  }
  const after = electronInstallState(pkgDir, env);
  if (result.code !== 0 || !after.installed) {
    const source = env.ELECTRON_MIRROR || 'https://github.com/electron/electron/releases/';
    const reason = installerReason(result.stderr) || after.reason;
    error(failureMessage('download', `${reason} (Quelle / source: ${source})`));
    return 1;
  }
  log('✔ Electron ist bereit / Electron is ready.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exit(await ensureElectron());
}
