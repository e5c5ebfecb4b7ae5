// app:// protocol: path resolution refuses every way out of the renderer folder; the handler
// serves real files from a temp folder with the security headers.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCsp } from '@shared/security/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  mimeTypeFor,
  resolveAppPath,
} from '../../../src/main/protocol';

const root = join(tmpdir(), 'vp-renderer-root');
const inRoot = (...parts: string[]) => join(root, ...parts);

describe('resolveAppPath', () => {
  it.each([
    ['app://verbundplaner/index.html', inRoot('index.html')],
    ['app://verbundplaner/', inRoot('index.html')],
    ['app://verbundplaner', inRoot('index.html')],
    ['app://verbundplaner/assets/index-abc123.js', inRoot('assets', 'index-abc123.js')],
    ['app://verbundplaner/assets/', inRoot('assets', 'index.html')],
    ['app://verbundplaner/index.html?v=1', inRoot('index.html')],
    ['app://verbundplaner/index.html#/einsaetze', inRoot('index.html')],
    ['app://verbundplaner/index.html?x=../../etc/passwd', inRoot('index.html')],
    ['app://VERBUNDPLANER/index.html', inRoot('index.html')],
    ['APP://verbundplaner/index.html', inRoot('index.html')],
    ['app://verbundplaner/fonts/Inter%20Regular.woff2', inRoot('fonts', 'Inter Regular.woff2')],
    ['app://verbundplaner/%C3%BCber.txt', inRoot('über.txt')],
  ])('maps %s inside the root', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });

  it.each([
    ['dot-dot segment', 'app://verbundplaner/../etc/passwd'],
    ['dot-dot in the middle', 'app://verbundplaner/assets/../../secret.txt'],
    ['dot segment', 'app://verbundplaner/./index.html'],
    ['encoded dot-dot', 'app://verbundplaner/%2e%2e/etc/passwd'],
    ['encoded dot-dot (upper case)', 'app://verbundplaner/%2E%2E/etc/passwd'],
    ['half-encoded dot-dot', 'app://verbundplaner/.%2e/etc/passwd'],
    ['double-encoded dot-dot', 'app://verbundplaner/%252e%252e/etc/passwd'],
    ['encoded slash', 'app://verbundplaner/..%2f..%2fetc%2fpasswd'],
    ['encoded slash inside a name', 'app://verbundplaner/assets%2Findex.js'],
    ['double-encoded slash', 'app://verbundplaner/..%252f..%252fetc/passwd'],
    ['encoded backslash', 'app://verbundplaner/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslash', 'app://verbundplaner/..\\..\\windows\\win.ini'],
    ['NUL byte', 'app://verbundplaner/index.html%00.png'],
    ['raw NUL byte', 'app://verbundplaner/index.html\0.png'],
    ['malformed encoding', 'app://verbundplaner/%E0%A4%A'],
    ['empty segment (absolute path trick)', 'app://verbundplaner//etc/passwd'],
    ['Windows drive letter', 'app://verbundplaner/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://verbundplaner/C%3A%5CWindows'],
    ['wrong host', 'app://evil/index.html'],
    ['host with port', 'app://verbundplaner:8080/index.html'],
    ['host with credentials', 'app://user@verbundplaner/index.html'],
    ['empty host', 'app:///etc/passwd'],
    ['wrong scheme', 'file:///etc/passwd'],
    ['https', 'https://verbundplaner/index.html'],
    ['not a URL', '/etc/passwd'],
    ['empty string', ''],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('never returns a path outside the root, whatever the input', () => {
    const tricky = ['..', '%2e%2e', '%2e.', '.%2E', '%252e%252e', '%2f', '%5c', '...', '....'];
    for (const a of tricky) {
      for (const b of tricky) {
        const result = resolveAppPath(root, `app://verbundplaner/${a}/${b}/index.html`);
        if (result !== null) expect(result.startsWith(root + sep)).toBe(true);
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.JPG', 'image/jpeg'],
    ['a.woff2', 'font/woff2'],
    ['argon2.wasm', 'application/wasm'],
    ['favicon.ico', 'image/x-icon'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('app:// handler', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;
  const csp = buildCsp();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vp-protocol-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Verbundplaner</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'assets', 'argon2.wasm'), new Uint8Array([0, 97, 115, 109]));
    await writeFile(join(dir, '..', `${dir.split(sep).pop() ?? ''}-secret.txt`), 'geheim');
    handler = createAppProtocolHandler({ rootDir: dir, readFile: (p) => readFile(p), csp });
  });
  afterAll(async () => {
    await rm(join(dir, '..', `${dir.split(sep).pop() ?? ''}-secret.txt`), { force: true });
    await rm(dir, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

  it('serves index.html for / with the CSP and nosniff', async () => {
    const response = await get('app://verbundplaner/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Verbundplaner</title>');
  });

  it('serves scripts and WebAssembly with their types', async () => {
    const js = await get('app://verbundplaner/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const wasm = await get('app://verbundplaner/assets/argon2.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
  });

  it('answers 404 for a missing file and for a folder without index.html', async () => {
    expect((await get('app://verbundplaner/missing.js')).status).toBe(404);
    expect((await get('app://verbundplaner/assets/')).status).toBe(404);
    expect((await get('app://verbundplaner/assets/app.js/x')).status).toBe(404);
  });

  it('answers 403 for a traversal attempt, and still sends the CSP', async () => {
    const name = `${dir.split(sep).pop() ?? ''}-secret.txt`;
    // An encoded slash survives URL parsing, so it reaches our check.
    const response = await get(`app://verbundplaner/..%2f${name}`);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(await response.text()).not.toContain('geheim');
    expect((await get('app://evil/index.html')).status).toBe(403);
  });

  it('never serves the file next to the root, even when the URL parser folds `%2e%2e`', async () => {
    const name = `${dir.split(sep).pop() ?? ''}-secret.txt`;
    // Request (like Chromium) normalises `%2e%2e/x` to `/x`: it then names a file inside the root.
    const response = await get(`app://verbundplaner/%2e%2e/${name}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('geheim');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://verbundplaner/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://verbundplaner/index.html', 'POST')).status).toBe(405);
  });

  it('answers 500 without details when reading fails otherwise', async () => {
    const failing = createAppProtocolHandler({
      rootDir: dir,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
      csp: () => csp,
    });
    const response = await failing(new Request('app://verbundplaner/index.html'));
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('EIO');
  });
});

describe('scheme privileges', () => {
  it('are standard and secure with fetch and streaming, but not CORS-enabled', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
    });
  });
});
