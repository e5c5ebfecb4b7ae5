// Ergebnisse for a member with `agency` rights (real repositories on fake-indexeddb, real Mantine
// in happy-dom, the real results save model): the sync engine judges the results record entry
// by entry, so the member types the numbers and goods of their own agency's rows (stored) while
// the other agencies' rows, follow-ups, lessons, press and next inspections stay read-only and
// look it, with the note why. Marking the operation "Durchgeführt" starts the record, so the
// member types at once; where it is missing (an operation marked before that), nothing is offered.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
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
/** The member's agency and the lead's (another taking-part agency). */
let own: string;
let other: string;
/** The first target in plan order: the first row of each agency in the grid. */
let firstTarget: string;
let agencies: Map<string, Agency>;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  now = '2026-11-20T10:00:00.000Z';
  session = await openUiSession(() => now);
  session.setActor('ZOI Zeller');
  op = await loadDemo(session.repos, now);
  await executeApproved(session, op.id, () => {
    now = '2026-12-20T10:00:00.000Z';
  });
  const plan = await session.repos.operations.loadPlan(op.id);
  const ids = [...new Set(plan.participations.map((p) => p.agencyId))];
  const [a, b] = ids;
  if (!a || !b) throw new Error('demo plan with fewer than two agencies');
  [own, other] = [a, b];
  const target = [...plan.targets].sort((x, y) => x.order - y.order)[0];
  if (!target) throw new Error('demo plan without targets');
  firstTarget = target.id;
  agencies = new Map((await session.repos.agencies.list()).map((x) => [x.id, x]));
}, 30_000);

afterEach(() => {
  cleanup();
  session.close();
});

const nameOf = (id: string) => agencies.get(id)?.name ?? id;
const liaison = (): OwnRights => ({ rights: 'agency', agencyId: own, agency: 'Zoll' });

async function show(member: OwnRights): Promise<void> {
  renderWithSession(
    session,
    <WorkspacePart operationId={op.id} agencies={agencies} draftOptions={{ member }}>
      <ResultsView />
    </WorkspacePart>,
  );
  await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
}

const rowsOf = (agencyId: string) =>
  [...document.querySelectorAll<HTMLTableRowElement>('tr[data-testid^="results-row-"]')].filter(
    (tr) => tr.querySelector('th')?.textContent?.startsWith(nameOf(agencyId)),
  );
const cellsOf = (agencyId: string) =>
  rowsOf(agencyId).flatMap((tr) => [...tr.querySelectorAll<HTMLInputElement>('input')]);
const personsCol = () =>
  [...document.querySelectorAll('tfoot td')].findIndex(
    (td) => td.getAttribute('data-metric') === 'persons_checked',
  );

/** Types into the "persons checked" cell of `agencyId`'s first row and leaves it. */
async function typePersons(agencyId: string, text: string): Promise<void> {
  const cell = rowsOf(agencyId)[0]?.querySelector<HTMLInputElement>(
    `input[data-col="${personsCol()}"]`,
  );
  if (!cell) throw new Error(`no persons cell for ${agencyId}`);
  act(() => cell.focus());
  fireEvent.change(cell, { target: { value: text } });
  fireEvent.blur(cell);
  for (let i = 0; i < 30; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
}

const storedPersons = async (agencyId: string) =>
  ((await session.repos.results.get(op.id))?.rows ?? [])
    .filter((r) => r.agencyId === agencyId)
    .reduce((sum, r) => sum + (r.values.persons_checked ?? 0), 0);

/** The lead's numbers, as the lead's first entry brings the record to every member. */
const leadStarts = () =>
  session.repos.results.update(op.id, (r) => setCell(r, other, firstTarget, 'persons_checked', 4));

describe('Ergebnisse for a member with agency rights', () => {
  it("lets the member enter their own agency's rows, and nothing else", async () => {
    await leadStarts();
    await show(liaison());

    expect(screen.getByTestId('rights-note').textContent).toBe(
      `Sie sind Mitglied mit Rechten für ${nameOf(own)}: Sie tragen die Zahlen und sichergestellten Waren Ihrer Behörde in ihren Zeilen ein. Zeilen anderer Behörden, Nachbereitung, nächste Kontrollen, Erkenntnisse und Pressearbeit trägt die Einsatzleitung ein; sie sind hier nur zu lesen (grau hinterlegt).`,
    );
    // Own rows open, the other agency's rows read-only and marked so.
    expect(cellsOf(own).length).toBeGreaterThan(0);
    expect(cellsOf(own).some((c) => c.readOnly)).toBe(false);
    expect(cellsOf(other).length).toBeGreaterThan(0);
    expect(cellsOf(other).every((c) => c.readOnly)).toBe(true);
    expect(rowsOf(other).every((tr) => tr.dataset.readonly === 'true')).toBe(true);
    expect(rowsOf(own).some((tr) => tr.dataset.readonly !== undefined)).toBe(false);
    // The rows they type in come first; the lead's empty task list says it is empty.
    expect(rowsOf(own)[0]?.dataset.testid).toBe('results-row-0');
    expect(screen.getByTestId('results-follow-ups').textContent).toContain(
      'Keine Aufgaben eingetragen.',
    );

    await typePersons(own, '6');
    await waitFor(async () => expect(await storedPersons(own)).toBe(6), { timeout: 10_000 });
    await typePersons(other, '9');
    expect(await storedPersons(other)).toBe(4);
    // A refused row keeps showing the stored number, not what was typed.
    const otherCell = rowsOf(other)[0]?.querySelector<HTMLInputElement>(
      `input[data-col="${personsCol()}"]`,
    );
    expect(otherCell?.value).toBe('4');
  }, 60_000);

  it("offers goods for the member's own rows only", async () => {
    await leadStarts();
    await show(liaison());
    const goods = screen.getByTestId('results-goods');
    const where = within(goods)
      .getAllByLabelText('Behörde / Objekt')
      .find((el) => el instanceof HTMLInputElement);
    if (!where) throw new Error('no row choice for goods');
    fireEvent.click(where);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => o.startsWith(nameOf(own)))).toBe(true);
  }, 60_000);

  it("keeps the lead's parts read-only and looking it", async () => {
    await session.repos.results.update(op.id, (r) => ({
      ...setCell(r, other, firstTarget, 'persons_checked', 4),
      followUps: [
        { id: 'f1', task: 'Bericht schreiben', owner: 'PK Weber', due: null, done: false },
      ],
      lessons: { command: 'Funk früher prüfen' },
    }));
    await show(liaison());
    expect(screen.queryByRole('button', { name: 'Aufgabe hinzufügen' })).toBeNull();
    const followUp = within(screen.getByTestId('results-follow-ups')).getAllByRole('textbox');
    const lessons = [...screen.getByTestId('results-lessons').querySelectorAll('textarea')];
    const press = [...screen.getByTestId('results-press').querySelectorAll('textarea, input')];
    const next = within(screen.getByTestId('results-next-inspections')).getAllByRole('textbox');
    for (const field of [...followUp, ...lessons, ...press, ...next]) {
      if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        expect(field.disabled).toBe(true);
        continue;
      }
      expect(field).toHaveProperty('readOnly', true);
      // Mantine's filled variant: a read-only field does not look like an empty box to type in.
      expect(field.getAttribute('data-variant')).toBe('filled');
    }
    fireEvent.change(lessons[0] ?? document.body, { target: { value: 'anders' } });
    for (let i = 0; i < 30; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
    expect((await session.repos.results.get(op.id))?.lessons.command).toBe('Funk früher prüfen');
  }, 60_000);

  it('lets the member type their row right after completion, without a number of the lead', async () => {
    await show(liaison());
    expect(screen.getByTestId('rights-note').textContent).toContain('Sie tragen die Zahlen');
    await typePersons(own, '6');
    await waitFor(async () => expect(await storedPersons(own)).toBe(6), { timeout: 10_000 });
    expect(await storedPersons(other)).toBe(0);
  }, 60_000);

  it('offers nothing while the results record is missing, and says so', async () => {
    // An operation marked "Durchgeführt" before that started its results record.
    await session.store.commit([{ table: 'results', delete: op.id }]);
    await show(liaison());
    expect(screen.getByTestId('rights-note').textContent).toBe(
      `Nur lesen: Sie sind Mitglied mit Rechten für ${nameOf(own)}. Die Zeilen Ihrer Behörde tragen Sie ein, sobald die Ergebnisse der Einsatzleitung hier angekommen sind. Sie legt sie an, wenn sie den Einsatz als durchgeführt markiert, bei früher markierten Einsätzen mit ihrer ersten Eingabe; Ergebnisse, die nur auf diesem Rechner stehen, erreichen die anderen nicht.`,
    );
    expect(cellsOf(own).every((c) => c.readOnly)).toBe(true);
    await typePersons(own, '6');
    expect(await session.repos.results.get(op.id)).toBeUndefined();
  }, 60_000);
});
