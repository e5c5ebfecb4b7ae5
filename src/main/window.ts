// The main window: hardened preferences, shown once painted, the app's title and icon.
import { BrowserWindow } from 'electron';
import iconPath from '../../resources/icon.png?asset';
import { secureWebPreferences } from './security';

export const APP_TITLE = 'Verbundplaner';

export interface MainWindowOptions {
  preloadPath: string;
  /** DevTools only when unpackaged. */
  devTools: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: APP_TITLE,
    icon: iconPath,
    width: 1440,
    height: 900,
    // Below this the navigation rail plus a two-column planning view stop fitting.
    minWidth: 1024,
    minHeight: 680,
    // Hidden until the first paint, so the user never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
  });
  window.once('ready-to-show', () => window.show());
  // A page that fails to load never becomes ready-to-show; show the window anyway so the user
  // sees something instead of a running app without a window.
  window.webContents.once('did-fail-load', () => window.show());
  return window;
}
