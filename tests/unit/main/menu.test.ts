// The application menu template: German labels, no reload or DevTools in a packaged build.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu';

const build = (packaged: boolean, platform: NodeJS.Platform = 'linux', onAbout = () => {}) =>
  buildMenuTemplate({ appName: 'Verbundplaner', packaged, platform, onAbout });

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const labelsOf = (items: MenuItemConstructorOptions[], top: string) => {
  const menu = items.find((item) => item.label === top);
  return Array.isArray(menu?.submenu) ? menu.submenu.map((i) => i.label).filter(Boolean) : [];
};

describe('application menu', () => {
  it('has the German top-level menus', () => {
    expect(build(true).map((item) => item.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
  });

  it('has the edit commands with German labels', () => {
    expect(labelsOf(build(true), 'Datei')).toEqual(['Beenden']);
    expect(labelsOf(build(true), 'Bearbeiten')).toEqual([
      'Rückgängig',
      'Wiederholen',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'Alles auswählen',
    ]);
  });

  it('offers neither reload nor DevTools when packaged', () => {
    const roles = flatten(build(true)).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(labelsOf(build(true), 'Ansicht')).toEqual([
      'Originalgröße',
      'Vergrößern',
      'Verkleinern',
      'Vollbild',
    ]);
  });

  it('offers reload and DevTools while developing', () => {
    const roles = flatten(build(false)).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
    expect(labelsOf(build(false), 'Ansicht').slice(0, 3)).toEqual([
      'Neu laden',
      'Neu laden erzwingen',
      'Entwicklerwerkzeuge',
    ]);
  });

  it('calls onAbout from Hilfe › Über Verbundplaner', () => {
    let calls = 0;
    const template = build(true, 'linux', () => calls++);
    const about = flatten(template).find((item) => item.label === 'Über Verbundplaner');
    about?.click?.(undefined as never, undefined, undefined as never);
    expect(calls).toBe(1);
    expect(labelsOf(template, 'Hilfe')).toEqual(['Über Verbundplaner']);
  });

  it('adds the app menu on macOS and keeps DevTools out when packaged', () => {
    const template = build(true, 'darwin');
    expect(template[0]?.label).toBe('Verbundplaner');
    expect(flatten(template).map((item) => item.role)).not.toContain('toggleDevTools');
    expect(labelsOf(template, 'Verbundplaner')).toContain('Verbundplaner beenden');
  });
});
