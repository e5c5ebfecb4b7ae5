// Gemeinsam bearbeiten (workspace part) on a real data session: without a switched-on server it
// says where to set one; with one and an own key it offers the trusted key cards with rights
// (only-own-agency parts only for a card tied to an agency); a server that does not answer is
// reported, and nothing claims to be connected.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, keyCardOf } from '@shared/exchange/keys';
import { newId } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import { initI18n } from '../../../src/renderer/i18n';
import { renderSharingPart, untilShown } from './support/sharing-part';

const NOW = '2026-11-16T09:00:00.000Z';
let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

async function shown() {
  const s = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
  session = s;
  const op = await loadDemo(s.repos, NOW);
  renderSharingPart(s, op);
  await untilShown(() => screen.queryByTestId('sharing-view') !== null);
  return { s, op };
}

describe('sharing part', () => {
  it('says where to switch on a server when none is', async () => {
    await shown();
    await untilShown(() => screen.queryByTestId('sharing-no-server') !== null);
    expect(screen.getByTestId('sharing-no-server').textContent).toContain(
      'Einstellungen › Gemeinsam bearbeiten',
    );
    // … and leads there.
    const link = screen.getByRole('link', { name: 'Zu Einstellungen › Gemeinsam bearbeiten' });
    expect(link.getAttribute('href')).toBe('/settings');
    expect(screen.queryByTestId('sharing-picker')).toBeNull();
    expect(screen.queryByTestId('sharing-status')).toBeNull();
  });

  it('offers trusted key cards with rights and reports a server that does not answer', async () => {
    const { s, op } = await shown();
    const ctx = { store: s.store, actor: () => 'Lea Lenz', now: () => NOW };
    const ex = exchangeStore(ctx);
    await ex.ensureIdentity({ name: 'Lea Lenz', agency: 'Polizei', function: 'Leitung' });
    const info = { name: 'Zoran Zeller', agency: 'Hauptzollamt Essen', function: 'Verbindung' };
    await ex.attachCard(keyCardOf(await generateIdentity(info), info), null, null);
    // A port nothing listens on: sharing must fail visibly, not pretend to be connected.
    await s.repos.settings.update({ syncServer: { url: 'http://127.0.0.1:9', enabled: true } });
    cleanup();
    renderSharingPart(s, op);
    await untilShown(() => screen.queryByTestId('sharing-picker') !== null);
    expect(screen.getByText('nicht abgeglichen')).toBeTruthy();
    const start = screen.getByTestId('sharing-start');
    expect(start).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Zoran Zeller' }));
    const select = screen
      .getAllByLabelText('Rechte von Zoran Zeller')
      .find((e) => e instanceof HTMLInputElement);
    if (!select) throw new Error('keine Auswahl');
    fireEvent.click(select);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    // The card names no agency: "only their agency's parts" cannot be given.
    expect(options).toEqual(['Ganzer Plan', 'Lesen']);
    fireEvent.click(screen.getByTestId('sharing-start'));
    await untilShown(() => screen.queryByRole('alert') !== null);
    expect(screen.queryByTestId('sharing-status')).toBeNull();
    // Named as what it is (it read "Ein unerwarteter Fehler ist aufgetreten."), with what to do.
    expect(screen.getByTestId('sharing-error').textContent).toContain(
      'Der Synchronisierungsserver antwortet nicht. Bitte die Adresse',
    );
  }, 60_000);
});
