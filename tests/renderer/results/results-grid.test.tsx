// The Ergebnisse part on real repositories (fake-indexeddb) in happy-dom: closed before
// "Durchgeführt"; then typing fills a cell, arrows and Enter move between cells, the totals
// follow, and the typed numbers are stored as whole cents/grams in the one record. A refused
// text stays in its cell with the reason and stores nothing; the grid is one tab stop.
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId, type Operation } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { ResultsView } from '../../../src/renderer/features/workspace/results';
import { initI18n } from '../../../src/renderer/i18n';
import { executeApproved } from '../support/approval';
import { WorkspacePart } from '../support/workspace-part';
import { renderWithSession } from '../support/session-ui';

let now = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  now = '2026-11-20T10:00:00.000Z';
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => now });
  session.setActor('POK Weber');
  op = await loadDemo(session.repos, now);
}, 30_000);

afterEach(() => {
  cleanup();
  session.close();
});

const markExecuted = () =>
  executeApproved(session, op.id, () => {
    now = '2026-12-20T10:00:00.000Z';
  });

const premisesName = (id: string) => `Objekt ${id.slice(0, 4)}`;

function Part() {
  const list = useLiveQuery(() => session.repos.agencies.list(), []);
  if (!list) return null;
  return (
    <WorkspacePart
      operationId={op.id}
      agencies={new Map(list.map((a) => [a.id, a]))}
      premisesName={premisesName}
    >
      <ResultsView />
    </WorkspacePart>
  );
}

const renderPart = () => renderWithSession(session, <Part />);

const cell = (row: number, col: number) => {
  const el = document.querySelector<HTMLInputElement>(
    `input[data-row="${row}"][data-col="${col}"]`,
  );
  if (!el) throw new Error(`Zelle ${row}/${col} fehlt`);
  return el;
};

function type(text: string) {
  const el = document.activeElement;
  if (!(el instanceof HTMLInputElement)) throw new Error('kein Feld fokussiert');
  fireEvent.change(el, { target: { value: text } });
}

function press(key: string, shiftKey = false) {
  const el = document.activeElement;
  if (!el) throw new Error('kein Fokus');
  fireEvent.keyDown(el, { key, shiftKey });
}

describe('Ergebnisse part', () => {
  it('is closed until the operation is "Durchgeführt"', async () => {
    renderPart();
    expect(await screen.findByTestId('results-closed', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.queryByTestId('results-grid')).toBeNull();
  }, 30_000);

  it('enters results by keyboard with live totals and stores whole cents', async () => {
    await markExecuted();
    renderPart();
    await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
    const colOf = (code: string) =>
      [...document.querySelectorAll('tfoot td')].findIndex(
        (td) => td.getAttribute('data-metric') === code,
      );
    const persons = colOf('persons_checked');
    const cash = colOf('cash_seized_cents');
    act(() => cell(0, persons).focus());
    type('12');
    press('ArrowRight');
    expect(document.activeElement).toBe(cell(0, persons + 1));
    press('ArrowLeft');
    press('Enter');
    expect(document.activeElement).toBe(cell(1, persons));
    type('8');
    press('ArrowDown');
    expect(document.activeElement).toBe(cell(2, persons));
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(cell(0, persons));
    act(() => cell(1, cash).focus());
    type('1.234,5');
    type('1.234,56');
    // Not a number in euros: refused, marked, not stored.
    act(() => cell(2, cash).focus());
    type('12,345');
    expect(cell(2, cash).getAttribute('aria-invalid')).toBe('true');
    const totals = screen.getByTestId('results-totals');
    const total = (code: string) =>
      totals.querySelector(`td[data-metric="${code}"]`)?.textContent?.replace(/\s/g, ' ');
    expect(total('persons_checked')).toBe('20');
    expect(total('cash_seized_cents')).toBe('1.234,56 €');
    await waitFor(
      () => expect(screen.getByTestId('results-save-state').textContent).toBe('Gespeichert'),
      {
        timeout: 10_000,
      },
    );
    const stored = await session.repos.results.get(op.id);
    const sums: Record<string, number> = {};
    for (const r of stored?.rows ?? [])
      for (const [k, v] of Object.entries(r.values)) sums[k] = (sums[k] ?? 0) + (v ?? 0);
    expect(sums).toEqual({ persons_checked: 20, cash_seized_cents: 123_456 });
  }, 60_000);

  it('refuses "2,5" and a too large count with the reason, and stores neither part', async () => {
    await markExecuted();
    renderPart();
    await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
    act(() => cell(0, 0).focus());
    // Typed as a person does: "2" is a valid number on the way to "2,5".
    type('2');
    type('2,');
    type('2,5');
    const reason = screen.getByTestId('results-grid-refused');
    expect(reason.textContent).toContain(
      '„2,5“ nicht gespeichert – nur ganze Zahlen von 0 bis 100.000',
    );
    act(() => cell(1, 0).focus());
    type('99999');
    type('999999');
    act(() => cell(2, 0).focus());
    // Both refused texts stay in their cells, marked and pointing at the reason.
    expect(cell(0, 0).value).toBe('2,5');
    expect(cell(1, 0).value).toBe('999999');
    expect(cell(1, 0).getAttribute('aria-invalid')).toBe('true');
    expect(cell(1, 0).getAttribute('aria-describedby')).toBe(reason.id);
    expect(reason.getAttribute('role')).toBe('status');
    expect(reason.textContent).toContain('„999999“ nicht gespeichert');
    expect(screen.getByTestId('results-totals').querySelector('td')?.textContent).toBe('0');
    for (let i = 0; i < 20; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
    expect((await session.repos.results.get(op.id))?.rows ?? []).toEqual([]);
    // Corrected and left: stored, the reason is gone.
    act(() => cell(0, 0).focus());
    type('3');
    fireEvent.keyDown(cell(0, 0), { key: 'Enter' });
    await waitFor(() =>
      expect(screen.getByTestId('results-totals').querySelector('td')?.textContent).toBe('3'),
    );
  }, 60_000);

  it('is one tab stop that follows the focused cell', async () => {
    await markExecuted();
    renderPart();
    await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
    const stops = () =>
      [...document.querySelectorAll('input[data-row]')].filter(
        (el) => el.getAttribute('tabindex') !== '-1',
      );
    expect(stops()).toEqual([cell(0, 0)]);
    act(() => cell(0, 0).focus());
    press('ArrowDown');
    press('ArrowRight');
    expect(document.activeElement).toBe(cell(1, 1));
    expect(stops()).toEqual([cell(1, 1)]);
    // A refused text does not hold the tab stop back either.
    type('x');
    press('ArrowLeft');
    expect(stops()).toEqual([cell(1, 0)]);
  }, 60_000);
});
