// The results grid with hostile input, on real repositories (fake-indexeddb) in happy-dom: the
// caps are shown grouped in the language's form while a cell is not edited (exact to the cent and
// the gram), the typing form comes back on focus, selected, so typing still replaces the number;
// headers break only at word parts (soft hyphens), and a 120-character agency name keeps its
// whole text in the row header and title while the stylesheet clamps it to two lines.
import { act, fireEvent, screen } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId, type Operation } from '@shared/domain';
import { setCell } from '@shared/results';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { ResultsView } from '../../../src/renderer/features/workspace/results';
import { executeApproved } from '../support/approval';
import { germanBetweenTests } from '../support/language';
import { renderWithSession } from '../support/session-ui';
import { WorkspacePart } from '../support/workspace-part';

const i18n = germanBetweenTests();
let now = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;
const LONG_NAME = `Landesamt ${'für Verbraucherschutz und Lebensmittelsicherheit '.repeat(3)}`
  .slice(0, 120)
  .trim();

beforeEach(async () => {
  now = '2026-11-20T10:00:00.000Z';
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => now });
  session.setActor('POK Weber');
  op = await loadDemo(session.repos, now);
  await executeApproved(session, op.id, () => {
    now = '2026-12-20T10:00:00.000Z';
  });
}, 30_000);

afterEach(() => {
  session.close();
});

/** The first agency in the grid, under a 120-character name. */
function Part({ renamed }: { renamed: string }) {
  const list = useLiveQuery(() => session.repos.agencies.list(), []);
  if (!list) return null;
  const agencies = new Map(
    list.map((a) => [a.id, a.id === renamed ? { ...a, name: LONG_NAME } : a]),
  );
  return (
    <WorkspacePart operationId={op.id} agencies={agencies}>
      <ResultsView />
    </WorkspacePart>
  );
}

const colOf = (code: string) =>
  [...document.querySelectorAll('tfoot td')].findIndex(
    (td) => td.getAttribute('data-metric') === code,
  );
const cell = (row: number, col: number) => {
  const el = document.querySelector<HTMLInputElement>(
    `input[data-row="${row}"][data-col="${col}"]`,
  );
  if (!el) throw new Error(`Zelle ${row}/${col} fehlt`);
  return el;
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/\s/g, ' ');

async function showWithCaps(): Promise<{ cash: HTMLInputElement; tobacco: HTMLInputElement }> {
  const plan = await session.repos.operations.loadPlan(op.id);
  const agencyId = plan.participations[0]?.agencyId ?? '';
  await session.repos.results.update(op.id, (r) =>
    setCell(
      setCell(r, agencyId, null, 'cash_seized_cents', 10_000_000_000),
      agencyId,
      null,
      'tobacco_grams',
      99_999_999,
    ),
  );
  renderWithSession(session, <Part renamed={agencyId} />);
  await screen.findByTestId('results-grid', {}, { timeout: 20_000 });
  // The row of no target comes after the plan's targets: find it by its number.
  const row = [...document.querySelectorAll<HTMLInputElement>('input[data-col]')].find(
    (i) => Number(i.dataset.col) === colOf('cash_seized_cents') && i.value !== '',
  );
  const r = Number(row?.dataset.row);
  return { cash: cell(r, colOf('cash_seized_cents')), tobacco: cell(r, colOf('tobacco_grams')) };
}

describe('results grid display', () => {
  it('shows the caps grouped, edits them plain and selected, and keeps them exact', async () => {
    const { cash, tobacco } = await showWithCaps();
    expect(plain(cash.value)).toBe('100.000.000,00 €');
    expect(plain(tobacco.value)).toBe('99.999,999 kg');
    expect(cash.getAttribute('aria-invalid')).toBeNull();

    act(() => cash.focus());
    expect(cash.value).toBe('100000000,00');
    expect([cash.selectionStart, cash.selectionEnd]).toEqual([0, cash.value.length]);
    // Typing replaces the number as before; leaving shows the new one grouped.
    fireEvent.change(cash, { target: { value: '1234,5' } });
    act(() => tobacco.focus());
    expect(plain(cash.value)).toBe('1.234,50 €');
    expect(tobacco.value).toBe('99999,999');

    await act(() => i18n.current.changeLanguage('en'));
    act(() => cash.focus());
    expect(plain(tobacco.value)).toBe('99,999.999 kg');
    const totals = screen.getByTestId('results-totals');
    expect(plain(totals.querySelector('td[data-metric="tobacco_grams"]')?.textContent)).toBe(
      '99,999.999 kg',
    );
  }, 60_000);

  it('breaks headers only at word parts and keeps a long agency name whole in the title', async () => {
    await showWithCaps();
    const heads = [...document.querySelectorAll('thead th[scope="col"]')].map(
      (th) => th.firstChild?.textContent ?? '',
    );
    expect(heads).toContain('Bußgelder / Verwarnungs\u00ADgelder');
    expect(heads).toContain('Identitäts\u00ADfeststellungen');
    expect(document.querySelector('[data-testid="results-grid"] table')?.getAttribute('lang')).toBe(
      'de',
    );
    const header = [...document.querySelectorAll('tbody th[scope="row"]')].find((th) =>
      th.textContent?.startsWith(LONG_NAME),
    );
    expect(header?.querySelector('span')?.getAttribute('title')).toBe(LONG_NAME);
  }, 60_000);
});
