// Ergebnisse under sharing rights (real repositories on fake-indexeddb, real Mantine in
// happy-dom, the real results save model): a member with `read` rights sees the lead's numbers
// read-only, with the note why, and what they still manage to type (a change event on a
// read-only cell) is not stored; `edit` members enter everything. A member with `agency` rights
// enters their own agency's rows: results-agency-rows.test.tsx.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agency, Operation } from '@shared/domain';
import { setCell } from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import type { DataSession } from '../../../src/renderer/data/session';
import type { OwnRights } from '../../../src/renderer/features/workspace/core/share-rights';
import { ResultsView } from '../../../src/renderer/features/workspace/results';
import { initI18n } from '../../../src/renderer/i18n';
import { executeApproved } from '../support/approval';
import { WorkspacePart } from '../support/workspace-part';
import { openUiSession, renderWithSession } from '../support/session-ui';

let now = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;
let agencyId: string;
let agencies: Map<string, Agency>;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  now = '2026-11-20T10:00:00.000Z';
  session = await openUiSession(() => now);
  session.setActor('POK Weber');
  op = await loadDemo(session.repos, now);
  await markExecuted();
  const plan = await session.repos.operations.loadPlan(op.id);
  const first = plan.participations[0];
  if (!first) throw new Error('demo plan without participations');
  agencyId = first.agencyId;
  agencies = new Map((await session.repos.agencies.list()).map((a) => [a.id, a]));
  // The lead's numbers, already in the record: a member sees them whatever their rights.
  await session.repos.results.update(op.id, (r) =>
    setCell(r, agencyId, null, 'persons_checked', 7),
  );
}, 30_000);

afterEach(() => {
  cleanup();
  session.close();
});

const markExecuted = () =>
  executeApproved(session, op.id, () => {
    now = '2026-12-20T10:00:00.000Z';
  });

function Part({ member }: { member: OwnRights }) {
  return (
    <WorkspacePart
      operationId={op.id}
      agencies={agencies}
      premisesName={(id) => `Objekt ${id.slice(0, 4)}`}
      draftOptions={{ member }}
    >
      <ResultsView />
    </WorkspacePart>
  );
}

async function show(member: OwnRights): Promise<void> {
  renderWithSession(session, <Part member={member} />);
  await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
}

const cells = () => [...document.querySelectorAll<HTMLInputElement>('input[data-row]')];
const personsOf = async () =>
  ((await session.repos.results.get(op.id))?.rows ?? []).reduce(
    (sum, r) => sum + (r.values.persons_checked ?? 0),
    0,
  );

/** Types into row 0's "persons checked" as a keyboard would reach it past `readOnly`, and leaves. */
async function typeIntoFirstCell(text: string): Promise<void> {
  const col = [...document.querySelectorAll('tfoot td')].findIndex(
    (td) => td.getAttribute('data-metric') === 'persons_checked',
  );
  const first = document.querySelector<HTMLInputElement>(`input[data-row="0"][data-col="${col}"]`);
  if (!first) throw new Error('grid without the persons cell');
  act(() => first.focus());
  fireEvent.change(first, { target: { value: text } });
  fireEvent.blur(first);
  for (let i = 0; i < 30; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
}

describe('Ergebnisse under sharing rights', () => {
  it('shows a member with read rights the results read-only and says why', async () => {
    await show({ rights: 'read', agencyId, agency: 'Zoll' });
    expect(screen.getByTestId('rights-note').textContent).toBe(
      'Nur lesen: Sie sind Mitglied dieses gemeinsamen Einsatzes mit Leserechten. Ergebnisse tragen die Einsatzleitung und Mitglieder mit Bearbeitungsrechten ein.',
    );
    expect(cells().every((c) => c.readOnly)).toBe(true);
    await typeIntoFirstCell('5');
    expect(await personsOf()).toBe(7);
  }, 60_000);

  it('lets a member with edit rights enter results, with no note', async () => {
    await show({ rights: 'edit', agencyId, agency: 'Zoll' });
    expect(screen.queryByTestId('rights-note')).toBeNull();
    expect(cells().some((c) => c.readOnly)).toBe(false);
    expect(screen.getByRole('button', { name: 'Aufgabe hinzufügen' })).toBeTruthy();
    await typeIntoFirstCell('5');
    await waitFor(async () => expect(await personsOf()).toBe(12), { timeout: 10_000 });
  }, 60_000);
});
