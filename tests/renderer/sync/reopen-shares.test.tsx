// ReopenShares after unlock, on a real data session (fake-indexeddb): it writes as the session
// does — the session's actor (after a name change) and the session's clock, not the settings'
// name and the wall clock — and a kept share that does not reopen is shown in Einstellungen ›
// Gemeinsam bearbeiten: a record that no longer parses (it can still be ended), and a list the
// store refuses to read.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { newId, type AuditEntry } from '@shared/domain';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { loadDemo } from '../../../src/renderer/data/demo';
import { SyncServerPanel } from '../../../src/renderer/features/sharing/SyncServerPanel';
import { SharingView } from '../../../src/renderer/features/workspace/sharing';
import { initI18n, setLanguage } from '../../../src/renderer/i18n';
import { ReopenShares } from '../../../src/renderer/sync/ReopenShares';
import { reportKeptSharesProblem } from '../../../src/renderer/sync/open-shares';
import { endShareHere } from '../../../src/renderer/sync/share-keeping';
import { shareStore, type ShareState } from '../../../src/renderer/sync/share-store';
import { testKeys } from '../support/keys';
import { openUiSession, renderWithSession } from '../support/session-ui';
import { WorkspacePart, until as waitUntil } from '../support/workspace-part';

let session: DataSession | undefined;
beforeAll(async () => {
  await initI18n('de');
});
afterEach(async () => {
  cleanup();
  session?.close();
  reportKeptSharesProblem(null);
  vi.restoreAllMocks();
  await setLanguage('de');
});

/** The part's own waits run on real timers. */
const until = (check: () => boolean) => waitUntil(check, { tries: 600, everyMs: 10 });

function Settings({ s }: { s: DataSession }) {
  const settings = useLiveQuery(() => s.repos.settings.get(), [s]);
  return settings ? <SyncServerPanel settings={settings} /> : null;
}

const unlocked = (s: DataSession) =>
  renderWithSession(
    s,
    <>
      <ReopenShares />
      <Settings s={s} />
    </>,
  );

const FP = 'a'.repeat(40);
/** A kept share whose plan doc holds the operation (so it ends if the store no longer does). */
const keptState = (operationId: string): ShareState => {
  const doc = new Y.Doc();
  doc.getMap('operations').set(operationId, new Y.Map());
  return {
    server: { httpOrigin: 'https://sync.example', wsUrl: 'wss://sync.example' },
    role: 'member',
    rights: 'edit',
    identity: FP,
    lead: { fingerprint: 'b'.repeat(40), publicKey: 'KEY' },
    deviceId: 'device-0001',
    heads: {},
    epochs: [1],
    plan: Y.encodeStateAsUpdate(doc),
    transport: new Uint8Array(),
  };
};

/** A row in `shares` that the record schema refuses (written past the share store). */
const putBrokenShare = (s: DataSession, id: string) => {
  const row = { id, role: 'lead' };
  return s.store.commit([{ table: 'shares', put: row }]);
};

describe('reopening kept shares after unlock', () => {
  it("writes with the session's actor and clock", async () => {
    let now = '2026-12-01T08:00:00.000Z';
    const s = await openUiSession(() => now);
    session = s;
    await s.repos.settings.update({ userName: 'Name in den Einstellungen' });
    // Kept for an operation deleted for good here: reopening ends it, with an audit entry.
    await shareStore(s.context).save('op-purged', keptState('op-purged'));
    s.setActor('POK Weber');
    now = '2026-12-02T09:30:00.000Z';

    unlocked(s);
    await waitFor(async () => expect(await s.store.count('shares')).toBe(0));
    const ended = (await s.store.where<AuditEntry>('audit', 'entityId', 'op-purged')).find(
      (e) => e.summary === 'Gemeinsam bearbeiten auf diesem Rechner beendet',
    );
    expect(ended).toMatchObject({ actor: 'POK Weber', at: '2026-12-02T09:30:00.000Z' });
    expect(screen.queryByTestId('kept-shares-problem')).toBeNull();
  });

  it('shows a record that no longer opens, which can still be ended', async () => {
    const s = await openUiSession();
    session = s;
    const logged = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await putBrokenShare(s, 'op-broken');

    unlocked(s);
    const notice = await screen.findByTestId('kept-shares-problem');
    expect(notice.textContent).toContain('Gemeinsame Bearbeitung nicht wieder geöffnet');
    expect(notice.textContent).toContain(
      'Eine auf diesem Rechner gespeicherte gemeinsame Bearbeitung lässt sich nicht mehr lesen',
    );
    expect(logged).toHaveBeenCalledWith(
      'Gespeicherte gemeinsame Bearbeitung nicht lesbar',
      'op-broken',
    );

    await endShareHere(s.context, 'op-broken');
    expect(await s.store.count('shares')).toBe(0);
  });

  it("names an unreadable record in its operation's Gemeinsam part, in the UI's language", async () => {
    const s = await openUiSession();
    session = s;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const op = await loadDemo(s.repos, '2026-11-20T10:00:00.000Z');
    await putBrokenShare(s, op.id);
    renderWithSession(
      s,
      <MemoryRouter>
        <ReopenShares />
        <WorkspacePart operationId={op.id}>
          <SharingView />
        </WorkspacePart>
      </MemoryRouter>,
    );
    await until(() => screen.queryByTestId('sharing-problem') !== null);
    expect(screen.getByTestId('sharing-problem').textContent).toContain(
      'nicht wieder geöffnet: Ihr gespeicherter Stand lässt sich nicht mehr lesen.',
    );
    await act(() => setLanguage('en'));
    expect(screen.getByTestId('sharing-problem').textContent).toContain(
      'not reopened after unlocking: its kept state can no longer be read.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing here' }));
    await until(() => screen.queryByTestId('sharing-end-confirm') !== null);
    fireEvent.click(screen.getByTestId('sharing-end-confirm'));
    await waitFor(async () => expect(await s.store.count('shares')).toBe(0));
  });

  it('shows a list of kept shares that cannot be read, and logs why', async () => {
    const keys = await testKeys();
    const s = await openDataSession({
      dbName: `vp-test-${newId()}`,
      codec: sealingCodec(keys.record),
    });
    session = s;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A plaintext row put into the sealed database from outside the app: the store refuses to
    // read it, so the list fails as a whole.
    await s.db.rows('shares').put({ id: 'op-unsealed', role: 'lead' });

    unlocked(s);
    const notice = await screen.findByTestId('kept-shares-problem');
    expect(notice.textContent).toContain('konnten nach dem Entsperren nicht gelesen werden.');
    expect(notice.textContent).toContain('Grund: Die Daten sind beschädigt oder wurden verändert.');
    // The log keeps what the notice leaves out: which row was refused.
    expect(logged).toHaveBeenCalledWith(
      'Gespeicherte gemeinsame Bearbeitungen nicht gelesen',
      expect.objectContaining({ message: expect.stringContaining('shares/op-unsealed') }),
    );
  });
});
