// Einstellungen › Gemeinsam bearbeiten on a real data session: an address is checked, stored
// switched off, switched on only after the notice of what the server sees (then joining a shared
// operation is offered); a changed address is off again. And the address rule itself.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataSession } from '../../../src/renderer/data/session';
import { SyncServerPanel } from '../../../src/renderer/features/sharing/SyncServerPanel';
import { initI18n } from '../../../src/renderer/i18n';
import { parseSyncServer } from '../../../src/renderer/sync/server-url';
import { openUiSession, renderWithSession } from '../support/session-ui';

let session: DataSession | undefined;
beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

function Live({ s }: { s: DataSession }) {
  const settings = useLiveQuery(() => s.repos.settings.get(), [s]);
  return settings ? <SyncServerPanel settings={settings} /> : null;
}

const input = () => {
  const el = screen.getByTestId('sync-server-url');
  if (!(el instanceof HTMLInputElement)) throw new Error('kein Eingabefeld');
  return el;
};

describe('sync server address', () => {
  it('takes https (wss beside it) and http only on this machine', () => {
    expect(parseSyncServer(' https://sync.polizei.example/ ')).toEqual({
      ok: true,
      httpOrigin: 'https://sync.polizei.example',
      wsUrl: 'wss://sync.polizei.example',
      connectHosts: ['https://sync.polizei.example', 'wss://sync.polizei.example'],
    });
    expect(parseSyncServer('http://127.0.0.1:4321')).toMatchObject({
      ok: true,
      wsUrl: 'ws://127.0.0.1:4321',
    });
    expect(parseSyncServer('http://sync.polizei.example')).toEqual({
      ok: false,
      problem: 'scheme',
    });
    expect(parseSyncServer('https://a:b@sync.example')).toEqual({
      ok: false,
      problem: 'credentials',
    });
    expect(parseSyncServer('kein server')).toEqual({ ok: false, problem: 'invalid' });
  });
});

describe('sync server settings panel', () => {
  it('stores the server off, switches it on after the notice, and off again on a new address', async () => {
    const s = await openUiSession();
    session = s;
    // The join section's hints link to Austausch: the panel lives inside the app's router.
    renderWithSession(
      s,
      <MemoryRouter>
        <Live s={s} />
      </MemoryRouter>,
    );
    await screen.findByTestId('settings-sync-server');
    expect((await s.repos.settings.get()).syncServer).toBeUndefined();
    // No address yet: the web edition's policy line says what to do, not "(connect-src )".
    const panel = screen.getByTestId('settings-sync-server');
    expect(panel.textContent).toContain('sobald eine gespeichert ist');
    expect(panel.textContent).not.toContain('connect-src )');

    fireEvent.change(input(), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByTestId('sync-server-save'));
    await screen.findByText('Nur https-Adressen (http nur für 127.0.0.1 oder localhost).');
    expect((await s.repos.settings.get()).syncServer).toBeUndefined();
    // A path (a 2000-character address is mostly one) would be dropped without a word: refused.
    fireEvent.change(input(), {
      target: { value: `https://sync.polizei.example/${'a'.repeat(400)}` },
    });
    fireEvent.click(screen.getByTestId('sync-server-save'));
    await screen.findByText(/ohne Pfad/);
    expect((await s.repos.settings.get()).syncServer).toBeUndefined();

    fireEvent.change(input(), { target: { value: 'http://sync.polizei.example' } });
    fireEvent.click(screen.getByTestId('sync-server-save'));
    await screen.findByText('Nur https-Adressen (http nur für 127.0.0.1 oder localhost).');

    fireEvent.change(input(), { target: { value: 'https://sync.polizei.example' } });
    fireEvent.click(screen.getByTestId('sync-server-save'));
    await waitFor(async () =>
      expect((await s.repos.settings.get()).syncServer).toEqual({
        url: 'https://sync.polizei.example',
        enabled: false,
      }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('sync-server-enabled')).toHaveProperty('disabled', false),
    );
    expect(screen.getByTestId('settings-sync-server').textContent).toContain(
      '(connect-src https://sync.polizei.example wss://sync.polizei.example)',
    );
    fireEvent.click(screen.getByTestId('sync-server-enabled'));
    const notice = await screen.findByTestId('sync-server-notice');
    expect(notice.textContent).toContain('https://sync.polizei.example');
    expect(notice.textContent).toContain('den Inhalt der Pläne kann er nicht lesen');
    fireEvent.click(screen.getByRole('button', { name: 'Einschalten' }));
    await waitFor(async () =>
      expect((await s.repos.settings.get()).syncServer?.enabled).toBe(true),
    );

    fireEvent.change(input(), { target: { value: 'https://anderer.polizei.example' } });
    fireEvent.click(screen.getByTestId('sync-server-save'));
    await waitFor(async () =>
      expect((await s.repos.settings.get()).syncServer).toEqual({
        url: 'https://anderer.polizei.example',
        enabled: false,
      }),
    );
  });
});
