// Electron smoke test: the built app starts with its own profile, shows the German shell, exposes
// only the named bridge capabilities and refuses new windows and foreign navigation.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary();
const mainEntry = resolve(import.meta.dirname, '../../out/main/index.js');

if (!binary.available) console.log(`[e2e-electron] skipped: ${binary.reason}`);

interface NavigationSeen {
  url: string;
  prevented: boolean;
}

test.describe('Electron app', () => {
  test.skip(!binary.available, binary.available ? '' : binary.reason);
  test.describe.configure({ mode: 'serial' });

  let app: ElectronApplication | undefined;
  let page: Page;
  let profile = '';

  test.beforeAll(async () => {
    if (!existsSync(mainEntry)) {
      throw new Error(`${mainEntry} is missing: run \`npx electron-vite build\` first.`);
    }
    profile = await mkdtemp(join(tmpdir(), 'vp-electron-profile-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined) env[key] = value;
    }
    // Production mode (no dev server), a fresh profile, and the project's locale and time zone.
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    Object.assign(env, { VP_USER_DATA_DIR: profile, TZ: 'Europe/Berlin', LANG: 'de_DE.UTF-8' });
    // No executablePath: Playwright resolves electron itself; findElectronBinary made sure
    // the binary exists, so that resolution does not start a download.
    app = await electron.launch({ args: [mainEntry], env });
    page = await app.firstWindow();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
  });

  test.afterAll(async () => {
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  test('opens one window titled Verbundplaner from app://', async () => {
    const running = app;
    if (!running) throw new Error('app did not start');
    const title = await running.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(title).toContain('Verbundplaner');
    expect(page.url()).toMatch(/^app:\/\/verbundplaner\//);
    expect(running.windows()).toHaveLength(1);
  });

  test('exposes only the named capabilities on window.api', async () => {
    const shape = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const api = g.api as Record<string, unknown> | undefined;
      return {
        keys: api ? Object.keys(api).sort() : null,
        kind: api?.kind,
        invoke: api ? 'invoke' in api : null,
        ipcRenderer: api ? 'ipcRenderer' in api : null,
        globalIpc: typeof g.ipcRenderer,
        require: typeof g.require,
        process: typeof g.process,
      };
    });
    expect(shape).toEqual({
      keys: [
        'appInfo',
        'backups',
        'capabilities',
        'kind',
        'openExternal',
        'openFile',
        'saveFile',
        'sentinel',
        'settings',
        'vault',
      ],
      kind: 'electron',
      invoke: false,
      ipcRenderer: false,
      globalIpc: 'undefined',
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('answers app info over IPC', async () => {
    const info = await page.evaluate(async () => {
      const api = (globalThis as unknown as { api: { appInfo(): Promise<unknown> } }).api;
      return api.appInfo();
    });
    expect(info).toMatchObject({ ok: true, value: { host: 'electron', packaged: false } });
  });

  test('denies window.open', async () => {
    const opened = await page.evaluate(() => {
      const g = globalThis as unknown as { open(url: string): unknown };
      return g.open('https://example.org/') === null;
    });
    expect(opened).toBe(true);
    expect(app?.windows()).toHaveLength(1);
  });

  test('blocks navigation to https://example.org', async () => {
    const running = app;
    if (!running) throw new Error('app did not start');
    // Record in main whether our guard cancelled the navigation (listeners run in order, ours
    // first), then trigger it from the page.
    await running.evaluate(({ BrowserWindow }) => {
      const store = globalThis as unknown as { vpNavigation?: NavigationSeen };
      BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => {
        store.vpNavigation = { url: event.url, prevented: event.defaultPrevented };
      });
    });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href =
        'https://example.org/';
    });
    await expect
      .poll(() =>
        running.evaluate(
          () => (globalThis as unknown as { vpNavigation?: NavigationSeen }).vpNavigation ?? null,
        ),
      )
      .toEqual({ url: 'https://example.org/', prevented: true });
    expect(page.url()).toMatch(/^app:\/\/verbundplaner\//);
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'setup');
  });

  test('sets up the vault; the profile holds no plan data in readable form', async () => {
    const passphrase = 'Abendkontrolle-Falke-Oase-Ruhrgebiet';
    await page.getByTestId('setup-passphrase').fill(passphrase);
    await page.getByTestId('setup-repeat').fill(passphrase);
    await page.getByTestId('setup-create').click();
    const code = (await page.getByTestId('recovery-code').textContent()) ?? '';
    await page.getByTestId('setup-next').click();
    await page.getByTestId('setup-confirm-group').fill(code.split('-').pop() ?? '');
    await page.getByTestId('setup-finish').click();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'ready');
    await page.getByTestId('load-demo').click();
    await expect(page.getByTestId('operation-row')).toContainText('WINTERLICHT');
    await page.getByTestId('lock-now').click();
    await expect(page.locator('html')).toHaveAttribute('data-app-state', 'locked');

    const vaultFile = await readFile(join(profile, 'vault.json'), 'utf8');
    expect(vaultFile).not.toContain(passphrase);
    expect(vaultFile).not.toContain(code);
    // Chromium keeps IndexedDB as LevelDB files under the profile: none may contain plan data.
    const files: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else files.push(path);
      }
    };
    await walk(join(profile, 'IndexedDB'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = (await readFile(file)).toString('latin1');
      expect(text, file).not.toContain('WINTERLICHT');
      expect(text, file).not.toContain('Musterstra');
    }
  });
});
