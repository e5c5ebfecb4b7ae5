// Einstellungen › Aufbewahrung on a real data session (fake-indexeddb): the preview names the
// old operation, says where its details go and what this installation cannot delete, offers a
// backup first; the run deletes the details and the panel says so.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId, type Operation } from '@shared/domain';
import { setCell } from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { RetentionPanel } from '../../../src/renderer/features/settings/RetentionPanel';
import { HostContext } from '../../../src/renderer/host';
import { browserHost } from '../../../src/renderer/host/browser';
import { initI18n } from '../../../src/renderer/i18n';
import { VaultContext, type VaultControl } from '../../../src/renderer/vault/context';
import { approveWithReasons } from '../support/approval';
import { testKeys } from '../support/keys';

let now = '2026-11-20T10:00:00.000Z';
let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});
afterEach(() => {
  cleanup();
  session?.close();
});

async function oldExecutedOperation(s: DataSession): Promise<Operation> {
  const op = await loadDemo(s.repos, now);
  await s.repos.operations.transition(op.id, 'in_review');
  await approveWithReasons(s, op.id);
  now = '2026-12-20T10:00:00.000Z';
  await s.repos.operations.transition(op.id, 'executed');
  await s.repos.results.update(op.id, (r) => setCell(r, 'agency-x', null, 'arrests', 2));
  return op;
}

describe('retention panel', () => {
  it('previews what goes and where, offers a backup, and deletes on request', async () => {
    now = '2026-11-20T10:00:00.000Z';
    const s = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => now });
    session = s;
    s.setActor('POK Weber');
    const op = await oldExecutedOperation(s);
    now = '2029-01-10T10:00:00.000Z';
    const settings = await s.repos.settings.update({ retentionMonths: 12 });
    const vault: VaultControl = {
      keys: await testKeys(),
      lock: () => undefined,
      refreshStatus: () => undefined,
      rotation: null,
      rotateKey: async () => undefined,
    };
    render(
      <MantineProvider env="test">
        <HostContext.Provider value={browserHost()}>
          <VaultContext.Provider value={vault}>
            <DataContext.Provider value={s}>
              <RetentionPanel settings={settings} />
            </DataContext.Provider>
          </VaultContext.Provider>
        </HostContext.Provider>
      </MantineProvider>,
    );
    fireEvent.click(screen.getByTestId('retention-preview'));
    const list = await screen.findByTestId('retention-operations');
    expect(list.textContent).toContain(op.codeName);
    const where = screen.getByTestId('retention-where').textContent ?? '';
    expect(where).toContain('Revisionsstände');
    expect(where).toContain('Verlauf-Einträge');
    expect(screen.getByText(/Suchindex/)).toBeTruthy();
    expect(screen.getByText(/an Verbindungsbeamte/)).toBeTruthy();
    expect(screen.getByText(/Rechnern anderer Mitglieder/)).toBeTruthy();
    expect(screen.getByText(/Exportierte Dokumente/)).toBeTruthy();
    expect(screen.getByTestId('retention-backup').textContent).toBe(
      'Zuerst eine Sicherung anlegen',
    );
    const plan = await s.repos.operations.loadPlan(op.id);
    expect(plan.targets.length).toBeGreaterThan(0);

    fireEvent.click(screen.getByTestId('retention-run'));
    await waitFor(() => expect(screen.queryByTestId('retention-preview-result')).toBeNull());
    expect((await s.repos.operations.loadPlan(op.id)).targets).toEqual([]);
    expect((await s.repos.results.get(op.id))?.sums?.byAgency).toEqual({
      'agency-x': { arrests: 2 },
    });
  }, 60_000);
});
