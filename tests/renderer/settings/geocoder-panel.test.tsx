// Einstellungen › Karte › Geocoding-Dienst on a real data session: an address is checked, stored
// switched off, and switched on only after the notice naming the host every search goes to; a
// changed address is off again.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DataSession } from '../../../src/renderer/data/session';
import { MapGeocoderPanel } from '../../../src/renderer/features/settings/MapGeocoderPanel';
import { initI18n } from '../../../src/renderer/i18n';
import { openUiSession, renderWithSession } from '../support/session-ui';

let session: DataSession | undefined;
beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

const input = () => {
  const el = screen.getByTestId('geocoder-url');
  if (!(el instanceof HTMLInputElement)) throw new Error('kein Eingabefeld');
  return el;
};

describe('geocoder settings panel', () => {
  it('stores the service off, switches it on after the notice, and off again on a new address', async () => {
    const s = await openUiSession();
    session = s;
    renderWithSession(s, <MapGeocoderPanel />);
    await screen.findByTestId('settings-geocoder');
    expect(screen.getByTestId('geocoder-enabled')).toHaveProperty('disabled', true);

    fireEvent.change(input(), { target: { value: 'http://geo.polizei.example/nominatim' } });
    fireEvent.click(screen.getByTestId('geocoder-save'));
    await screen.findByText('Nur https-Adressen sind erlaubt.');
    expect((await s.repos.settings.get()).geocoder?.url ?? '').toBe('');

    fireEvent.change(input(), { target: { value: 'https://geo.polizei.example/nominatim' } });
    fireEvent.click(screen.getByTestId('geocoder-save'));
    await waitFor(async () =>
      expect((await s.repos.settings.get()).geocoder).toMatchObject({
        url: 'https://geo.polizei.example/nominatim',
        enabled: false,
      }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('geocoder-enabled')).toHaveProperty('disabled', false),
    );
    fireEvent.click(screen.getByTestId('geocoder-enabled'));
    const notice = await screen.findByTestId('geocoder-notice');
    expect(notice.textContent).toContain('https://geo.polizei.example');
    fireEvent.click(screen.getByRole('button', { name: 'Einschalten' }));
    await waitFor(async () => expect((await s.repos.settings.get()).geocoder?.enabled).toBe(true));

    fireEvent.change(input(), { target: { value: 'https://anderer.polizei.example/nominatim' } });
    fireEvent.click(screen.getByTestId('geocoder-save'));
    await waitFor(async () =>
      expect((await s.repos.settings.get()).geocoder).toMatchObject({
        url: 'https://anderer.polizei.example/nominatim',
        enabled: false,
      }),
    );
  });
});
