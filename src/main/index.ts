// Electron main entry: lifecycle and wiring only. The parts that decide anything live in
// origins/protocol/security/ipc/menu and in services/, where they are unit-tested.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, safeStorage, session, shell } from 'electron';
import { createVaultService } from '@shared/crypto';
import { MAX_OPEN_BYTES } from '@shared/ipc/contract';
import { buildCsp } from '@shared/security/csp';
import { registerIpcMain } from './ipc';
import type { Services } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, trustedOrigins } from './origins';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './protocol';
import { hardenSession, hardenWebContents, preventWebviews } from './security';
import { createAppInfoService } from './services/app-info';
import { basemapServices, createBasemapService } from './services/basemap';
import type { BasemapService } from './services/basemap';
import { backupServices, createBackupService } from './services/backups';
import { createExternalService } from './services/external';
import { createFileService } from './services/files';
import { createPrintPdfService } from './services/print-pdf';
import type { FileDialog } from './services/files';
import { createSentinelService, sentinelServices } from './services/sentinel';
import { createSettingsService, settingsServices } from './services/settings';
import type { SettingsService } from './services/settings';
import { createFileVaultStore, createSafeStorageKeychain, vaultServices } from './services/vault';
import { openPrintPage, PRINT_SCHEME_PRIVILEGES } from './print-window';
import { userDataOverride } from './user-data';
import { APP_TITLE, createMainWindow } from './window';

const packaged = app.isPackaged;
// The dev server URL is honoured only unpackaged: a packaged app always loads its own files.
const devUrl = packaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// Before anything touches the profile (and before the single-instance lock, which lives in it).
const userDataDir = userDataOverride(process.env, packaged);
if (userDataDir) app.setPath('userData', userDataDir);

protocol.registerSchemesAsPrivileged([
  { ...APP_SCHEME_PRIVILEGES, privileges: { ...APP_SCHEME_PRIVILEGES.privileges } },
  { ...PRINT_SCHEME_PRIVILEGES, privileges: { ...PRINT_SCHEME_PRIVILEGES.privileges } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

const openExternal = (url: string): Promise<void> => shell.openExternal(url);

const electronDialog: FileDialog<BrowserWindow> = {
  showSaveDialog: (parent, options) =>
    parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
  showOpenDialog: (parent, options) =>
    parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options),
};

// Called after `ready`: safeStorage reports its Linux backend only from then on.
function createServices(settings: SettingsService, basemap: BasemapService): Services {
  const files = createFileService({
    dialog: electronDialog,
    getWindow: () => mainWindow,
    maxOpenBytes: MAX_OPEN_BYTES,
  });
  const userData = app.getPath('userData');
  const now = (): Date => new Date();
  const vault = createVaultService({
    store: createFileVaultStore(userData),
    keychain: createSafeStorageKeychain(safeStorage, process.platform),
    now,
  });
  const backups = createBackupService({ dir: join(userData, 'backups'), now });
  return {
    'app:info': createAppInfoService({ name: APP_TITLE, version: app.getVersion(), packaged }),
    'files:saveAs': (request) => files.saveAs(request),
    'files:open': (request) => files.open(request),
    'shell:openExternal': createExternalService({ openExternal }),
    ...vaultServices(vault),
    ...backupServices(backups),
    ...settingsServices(settings),
    ...sentinelServices(createSentinelService(userData)),
    ...basemapServices(basemap),
    'print:toPdf': createPrintPdfService({ openPage: openPrintPage }),
  };
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `Über ${APP_TITLE}`,
    message: `${APP_TITLE} ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron}\nChromium ${process.versions.chrome}\nNode.js ${process.versions.node}`,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function openMainWindow(): void {
  const window = createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/index.cjs'),
    devTools: !packaged,
  });
  hardenWebContents(window.webContents, { devUrl, packaged, openExternal });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
  window.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('Loading the renderer failed', error);
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  // Loaded before the first page: its policy is built from the configured servers, per response.
  const settings = createSettingsService({ dir: app.getPath('userData') });
  await settings.load();
  const basemap = createBasemapService({
    dir: join(app.getPath('userData'), 'basemap'),
    dialog: electronDialog,
    getWindow: () => mainWindow,
    now: () => new Date(),
  });
  await basemap.load();
  registerAppProtocol(protocol, {
    rootDir: join(import.meta.dirname, '../renderer'),
    readFile: (path) => readFile(path),
    // The agency's map server is admitted only while the user has it switched on.
    csp: () => {
      const hosts = settings.networkHosts();
      return buildCsp({ ...hosts, tileHosts: [...hosts.tileHosts, ...basemap.tileHosts()] });
    },
  });
  registerIpcMain(createServices(settings, basemap), {
    trustedOrigins: trustedOrigins(devUrl, packaged),
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: APP_TITLE,
        packaged,
        platform: process.platform,
        onAbout: showAbout,
      }),
    ),
  );
  openMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another instance owns this profile; it focuses its window (below) and we leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => preventWebviews(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  start().catch((error: unknown) => {
    console.error('Start failed', error);
    app.exit(1);
  });
}
