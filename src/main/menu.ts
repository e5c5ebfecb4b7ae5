// The application menu (German), as a plain template so its content is unit-tested; index.ts
// turns it into a Menu. Reload and DevTools exist only in unpackaged builds.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  appName: string;
  packaged: boolean;
  platform: NodeJS.Platform;
  onAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, packaged, platform, onAbout } = options;
  const isMac = platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `Über ${appName}`, click: () => onAbout() };

  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [
            about,
            separator,
            { role: 'services', label: 'Dienste' },
            separator,
            { role: 'hide', label: `${appName} ausblenden` },
            { role: 'hideOthers', label: 'Andere ausblenden' },
            { role: 'unhide', label: 'Alle einblenden' },
            separator,
            { role: 'quit', label: `${appName} beenden` },
          ],
        },
      ]
    : [];

  const developerItems: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        { role: 'reload', label: 'Neu laden' },
        { role: 'forceReload', label: 'Neu laden erzwingen' },
        { role: 'toggleDevTools', label: 'Entwicklerwerkzeuge' },
        separator,
      ];

  // Zoom and "bring all to front" are macOS window-manager actions.
  const macWindowItems: MenuItemConstructorOptions[] = isMac
    ? [{ role: 'zoom', label: 'Zoomen' }, separator, { role: 'front', label: 'Alle nach vorne' }]
    : [];

  return [
    ...macAppMenu,
    {
      label: 'Datei',
      // On macOS "Beenden" lives in the app menu; Datei then closes the window.
      submenu: [isMac ? { role: 'close', label: 'Schließen' } : { role: 'quit', label: 'Beenden' }],
    },
    {
      label: 'Bearbeiten',
      submenu: [
        { role: 'undo', label: 'Rückgängig' },
        { role: 'redo', label: 'Wiederholen' },
        separator,
        { role: 'cut', label: 'Ausschneiden' },
        { role: 'copy', label: 'Kopieren' },
        { role: 'paste', label: 'Einfügen' },
        { role: 'selectAll', label: 'Alles auswählen' },
      ],
    },
    {
      label: 'Ansicht',
      submenu: [
        ...developerItems,
        { role: 'resetZoom', label: 'Originalgröße' },
        { role: 'zoomIn', label: 'Vergrößern' },
        { role: 'zoomOut', label: 'Verkleinern' },
        separator,
        { role: 'togglefullscreen', label: 'Vollbild' },
      ],
    },
    {
      label: 'Fenster',
      submenu: [
        { role: 'minimize', label: 'Minimieren' },
        ...macWindowItems,
        separator,
        { role: 'close', label: 'Schließen' },
      ],
    },
    { label: 'Hilfe', role: 'help', submenu: [about] },
  ];
}
