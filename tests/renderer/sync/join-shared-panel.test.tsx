// Einstellungen › Gemeinsam bearbeiten › beitreten, on a real data session and real keys: a new
// user with no own key, then with a key but no trusted key card, is told what to do and led to
// the right tab of Austausch — not shown an empty choice of leads; with the lead's card trusted,
// the lead can be chosen.
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, keyCardOf } from '@shared/exchange/keys';
import type { DataSession } from '../../../src/renderer/data/session';
import { exchangeStore } from '../../../src/renderer/features/exchange/exchange-store';
import { JoinSharedPanel } from '../../../src/renderer/features/sharing/JoinSharedPanel';
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

function Where() {
  const at = useLocation();
  return <span data-testid="where">{`${at.pathname}${at.search}`}</span>;
}

async function panel(s: DataSession) {
  cleanup();
  renderWithSession(
    s,
    <MemoryRouter initialEntries={['/settings']}>
      <Routes>
        <Route path="/settings" element={<JoinSharedPanel />} />
        <Route path="/exchange" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByTestId('sync-join');
}

describe('joining a shared operation', () => {
  it('leads a new user to their own key, then to the lead’s key card, then offers the lead', async () => {
    const s = await openUiSession();
    session = s;
    await s.repos.settings.update({ syncServer: { url: 'http://127.0.0.1:9', enabled: true } });

    await panel(s);
    const noKey = await screen.findByTestId('sync-join-missing');
    expect(noKey.textContent).toContain('einen eigenen Schlüssel');
    expect(screen.queryByTestId('sync-join-lead')).toBeNull();
    fireEvent.click(screen.getByTestId('sync-join-to-exchange'));
    expect((await screen.findByTestId('where')).textContent).toBe('/exchange?tab=key');

    const ex = exchangeStore({
      store: s.store,
      actor: () => 'Zoran Zeller',
      now: () => '2026-11-20T10:00:00.000Z',
    });
    await ex.ensureIdentity({ name: 'Zoran Zeller', agency: 'Zoll', function: 'Verbindung' });
    await panel(s);
    const noCard = await screen.findByTestId('sync-join-missing');
    expect(noCard.textContent).toContain('Schlüsselkarte der Einsatzleitung');
    expect(screen.queryByTestId('sync-join-lead')).toBeNull();
    fireEvent.click(screen.getByTestId('sync-join-to-exchange'));
    expect((await screen.findByTestId('where')).textContent).toBe('/exchange?tab=trust');

    const lead = { name: 'Lea Lenz', agency: 'Polizei', function: 'Einsatzleitung' };
    await ex.attachCard(keyCardOf(await generateIdentity(lead), lead), null, null);
    await panel(s);
    await screen.findByTestId('sync-join-lead');
    expect(screen.queryByTestId('sync-join-missing')).toBeNull();
  }, 60_000);
});
