// The first-start script behind `npm start` / `npm run dev`: fake electron package folders for
// the decisions, and Electron's real installer against a local mirror on 127.0.0.1 for the
// download, checksum and path.txt steps (no internet needed, nothing leaves the machine).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ensureElectron,
  failureMessage,
  nodeIsSupported,
  platformPath,
  type Installer,
} from '../../../scripts/ensure-electron.mjs';

const repo = resolve(import.meta.dirname, '../../..');
const realPkg = join(repo, 'node_modules', 'electron');
const version = (
  JSON.parse(readFileSync(join(realPkg, 'package.json'), 'utf8')) as { version: string }
).version;
const exe = platformPath();

/** A copy of the electron package without its binary: what a fresh `npm install` leaves. */
function freshPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vp-electron-'));
  for (const f of ['package.json', 'install.js', 'checksums.json']) {
    copyFileSync(join(realPkg, f), join(dir, f));
  }
  return dir;
}

/** Writes what a successful install leaves: dist/version, the executable and path.txt. */
function markInstalled(dir: string): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'version'), `v${version}`);
  writeFileSync(join(dir, 'dist', exe), '#!/bin/sh\n');
  writeFileSync(join(dir, 'path.txt'), exe);
}

const quiet = { log: () => {}, error: () => {} };

describe('ensure-electron: decisions', () => {
  it('does nothing when the binary is there', async () => {
    const dir = freshPackage();
    markInstalled(dir);
    let calls = 0;
    const install: Installer = async () => {
      calls++;
      return { code: 0, timedOut: false, stderr: '' };
    };
    expect(await ensureElectron({ env: { VP_ELECTRON_PACKAGE_DIR: dir }, install, ...quiet })).toBe(
      0,
    );
    expect(calls).toBe(0);
  });

  it('runs the installer once when path.txt is missing', async () => {
    const dir = freshPackage();
    const calls: string[] = [];
    const install: Installer = async (pkgDir) => {
      calls.push(pkgDir);
      markInstalled(pkgDir);
      return { code: 0, timedOut: false, stderr: '' };
    };
    expect(await ensureElectron({ env: { VP_ELECTRON_PACKAGE_DIR: dir }, install, ...quiet })).toBe(
      0,
    );
    expect(calls).toEqual([dir]);
  });

  it('reinstalls when path.txt exists but the binary is gone', async () => {
    const dir = freshPackage();
    writeFileSync(join(dir, 'path.txt'), exe);
    let calls = 0;
    const install: Installer = async () => {
      calls++;
      return { code: 1, timedOut: false, stderr: 'TypeError: fetch failed\n    at x (y.js:1:1)' };
    };
    const errors: string[] = [];
    const code = await ensureElectron({
      env: { VP_ELECTRON_PACKAGE_DIR: dir },
      install,
      log: () => {},
      error: (m) => errors.push(m),
    });
    expect(calls).toBe(1);
    expect(code).not.toBe(0);
    const text = errors.join('\n');
    expect(text).toContain('npm run start:web');
    expect(text).toContain('konnte nicht heruntergeladen werden');
    expect(text).toContain('could not be downloaded');
    expect(text).toContain('TypeError: fetch failed');
    expect(text).not.toContain('at x (y.js');
  });

  it('says when Node is too old for the installer, and does not try', async () => {
    const dir = freshPackage();
    let calls = 0;
    const install: Installer = async () => {
      calls++;
      return { code: 0, timedOut: false, stderr: '' };
    };
    const errors: string[] = [];
    const code = await ensureElectron({
      env: { VP_ELECTRON_PACKAGE_DIR: dir },
      nodeVersion: '20.18.3',
      install,
      log: () => {},
      error: (m) => errors.push(m),
    });
    expect(code).toBe(1);
    expect(calls).toBe(0);
    expect(errors.join('\n')).toMatch(/zu alt.*20\.19\.0/s);
    expect(errors.join('\n')).toContain('npm run start:web');
  });

  it('compares Node versions numerically', () => {
    expect(nodeIsSupported('20.19.0')).toBe(true);
    expect(nodeIsSupported('20.20.2')).toBe(true);
    expect(nodeIsSupported('22.12.0')).toBe(true);
    expect(nodeIsSupported('20.9.0')).toBe(false);
    expect(nodeIsSupported('18.20.4')).toBe(false);
  });

  it('stops after a timeout instead of hanging', async () => {
    const dir = freshPackage();
    const errors: string[] = [];
    const code = await ensureElectron({
      env: { VP_ELECTRON_PACKAGE_DIR: dir },
      install: async () => ({ code: null, timedOut: true, stderr: '' }),
      timeoutMs: 1000,
      log: () => {},
      error: (m) => errors.push(m),
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('Zeitüberschreitung');
  });

  it('names the web edition in every download message', () => {
    for (const kind of ['download', 'timeout', 'node'] as const) {
      expect(failureMessage(kind)).toContain('npm run start:web');
    }
  });
});

/** A local Electron mirror: `<version dir>/<zip>` and its SHASUMS256.txt. */
async function startMirror(files: Record<string, Uint8Array | string>): Promise<Server> {
  const server = createServer((req, res) => {
    const body = files[decodeURIComponent(req.url ?? '')];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return server;
}

const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
function dummyZip(): Uint8Array {
  const text = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    [exe]: [text('#!/bin/sh\necho dummy electron\n'), { os: 3, attrs: 0o100755 << 16 }],
    version: text(`v${version}`),
  });
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

function mirrorEnv(dir: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    VP_ELECTRON_PACKAGE_DIR: dir,
    // The copied install.js must find @electron/get in the project's node_modules.
    NODE_PATH: join(repo, 'node_modules'),
    ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
    electron_use_remote_checksums: '1',
    electron_config_cache: mkdtempSync(join(tmpdir(), 'vp-electron-cache-')),
    ELECTRON_GET_NO_PROGRESS: '1',
  };
}

describe("ensure-electron: Electron's own installer against a local mirror", () => {
  it('downloads, checks SHASUMS256 and writes path.txt', async () => {
    const zip = dummyZip();
    const sum = createHash('sha256').update(zip).digest('hex');
    const server = await startMirror({
      [`/v${version}/${zipName}`]: zip,
      [`/v${version}/SHASUMS256.txt`]: `${sum} *${zipName}\n`,
    });
    servers.push(server);
    const dir = freshPackage();
    const env = mirrorEnv(dir, (server.address() as AddressInfo).port);
    expect(await ensureElectron({ env, ...quiet })).toBe(0);
    expect(readFileSync(join(dir, 'path.txt'), 'utf8')).toBe(exe);
    expect(existsSync(join(dir, 'dist', exe))).toBe(true);
  }, 60_000);

  it('refuses a download whose checksum does not match', async () => {
    const server = await startMirror({
      [`/v${version}/${zipName}`]: dummyZip(),
      [`/v${version}/SHASUMS256.txt`]: `${'0'.repeat(64)} *${zipName}\n`,
    });
    servers.push(server);
    const dir = freshPackage();
    const errors: string[] = [];
    const env = mirrorEnv(dir, (server.address() as AddressInfo).port);
    const code = await ensureElectron({ env, log: () => {}, error: (m) => errors.push(m) });
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'path.txt'))).toBe(false);
    expect(errors.join('\n')).toContain('npm run start:web');
  }, 60_000);
});

describe('npm start without a reachable Electron download', () => {
  it('ends within seconds with the message, not "Electron uninstall"', async () => {
    // A port that was just closed: the connection is refused at once, as on an offline machine.
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const env = { ...mirrorEnv(freshPackage(), port), electron_use_remote_checksums: '' };
    const started = Date.now();
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn('npm', ['start', '--silent'], { cwd: repo, env });
      let output = '';
      child.stdout.on('data', (c) => (output += c));
      child.stderr.on('data', (c) => (output += c));
      child.on('close', (c) => done({ code: c, output }));
    });
    expect(code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(output).toContain('npm run start:web');
    expect(output).toContain('Das Electron-Programm konnte nicht heruntergeladen werden');
    expect(output).not.toContain('Electron uninstall');
    // It stopped before the build: no electron-vite output.
    expect(output).not.toMatch(/vite v\d|building/i);
  }, 60_000);
});
