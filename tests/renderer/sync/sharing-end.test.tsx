// Gemeinsam beenden and a kept share that did not reopen, in the workspace part on a real data
// session: the problem is shown with the way out; ending asks first and says what stays on the
// server; confirmed, the kept state is deleted (the plan stays) and the notice goes.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { initI18n } from '../../../src/renderer/i18n';
import { renderSharingPart, untilShown } from './support/sharing-part';
import { reportShareProblem } from '../../../src/renderer/sync/open-shares';
import { reopenKeptShares } from '../../../src/renderer/sync/share-keeping';
import { shareStore } from '../../../src/renderer/sync/share-store';

const NOW = '2026-11-16T09:00:00.000Z';
let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

describe('ending a kept share on this machine', () => {
  it('shows why it did not reopen, asks, and deletes the kept state', async () => {
    const s = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
    session = s;
    const op = await loadDemo(s.repos, NOW);
    const repo = { store: s.store, actor: () => 'Zoran Zeller', now: () => NOW };
    // Kept by an identity this installation no longer has (its key was replaced).
    await shareStore(repo).save(op.id, {
      server: { httpOrigin: 'http://127.0.0.1:9', wsUrl: 'ws://127.0.0.1:9' },
      role: 'member',
      rights: 'edit',
      identity: 'c'.repeat(40),
      lead: { fingerprint: 'd'.repeat(40), publicKey: 'KEY' },
      deviceId: 'device-0001',
      heads: {},
      epochs: [1],
      plan: new Uint8Array(),
      transport: new Uint8Array(),
    });
    await reopenKeptShares({ repo });
    renderSharingPart(s, op);
    await untilShown(() => screen.queryByTestId('sharing-problem') !== null);
    expect(screen.getByTestId('sharing-problem').textContent).toContain(
      'nicht wieder geöffnet: Der eigene Schlüssel wurde gewechselt',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Gemeinsam beenden' }));
    await untilShown(() => screen.queryByTestId('sharing-end-confirm') !== null);
    const dialog = screen.getByTestId('sharing-end');
    expect(dialog.textContent).toContain('Auf dem Server bleiben die verschlüsselten Änderungen');
    expect(dialog.textContent).toContain('Der Plan bleibt hier unter Einsätze');
    fireEvent.click(screen.getByTestId('sharing-end-confirm'));
    await untilShown(() => screen.queryByTestId('sharing-problem') === null);
    let kept: unknown = true;
    for (let i = 0; i < 100 && kept !== null; i++) {
      await act(() => new Promise<void>((r) => setTimeout(r, 20)));
      kept = await shareStore(repo).get(op.id);
    }
    expect(kept).toBeNull();
    expect(await s.repos.operations.get(op.id)).toBeDefined();
  });

  it('a save problem is named with what it means for own changes', async () => {
    const s = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
    session = s;
    const op = await loadDemo(s.repos, NOW);
    reportShareProblem(op.id, { kind: 'save', message: 'Speicher voll' });
    renderSharingPart(s, op);
    await untilShown(() => screen.queryByTestId('sharing-problem') !== null);
    const problem = screen.getByTestId('sharing-problem');
    expect(problem.textContent).toContain(
      'nicht gespeichert werden: Ein unerwarteter Fehler ist aufgetreten. Eigene Änderungen warten auf diesem Rechner',
    );
    // The error's own text only under "Details", not inside the sentence.
    expect(problem.querySelector('p')?.textContent).not.toContain('Speicher voll');
    expect(screen.getByTestId('share-failure-details').textContent).toContain('Speicher voll');
  });
});
