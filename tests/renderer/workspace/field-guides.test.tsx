// Allgemein › Checkliste und Hinweise (real repositories on fake-indexeddb, real Mantine in
// happy-dom, the real save model): Enter adds the next item and moves the focus there, a tick
// is stored with who and when, notes are stored, and an item removed stays removed.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { guideFor, newId, type Operation } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { FieldGuides } from '../../../src/renderer/features/workspace/general/FieldGuides';
import { initI18n } from '../../../src/renderer/i18n';
import { WorkspacePart, until } from '../support/workspace-part';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
  session.setActor('POK Weber');
  await session.repos.settings.update({ userName: 'POK Weber' });
  op = await loadDemo(session.repos, NOW);
  // The demo plan's first field, with no guides yet.
  await session.repos.operations.update(op.id, (o) => ({ ...o, thematicFields: ['shisha'] }));
});

afterEach(() => {
  cleanup();
  session.close();
});

async function open(): Promise<void> {
  render(
    <MantineProvider env="test">
      <DataContext.Provider value={session}>
        <WorkspacePart operationId={op.id}>
          <FieldGuides />
        </WorkspacePart>
      </DataContext.Provider>
    </MantineProvider>,
  );
  await until(() => screen.queryByTestId('field-guide-shisha') !== null);
  fireEvent.click(screen.getByTestId('field-guide-shisha'));
  await until(() => screen.queryByRole('region') !== null);
}

const storedGuide = async () =>
  guideFor((await session.repos.operations.get(op.id)).fieldGuides, 'shisha');
const item = (n: number) => screen.getByLabelText(`Shisha: Punkt ${n}`);

describe('FieldGuides', () => {
  it('adds the next item on Enter, focuses it and stores both texts', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Punkt hinzufügen' }));
    await until(() => screen.queryByLabelText('Shisha: Punkt 1') !== null);
    expect(document.activeElement).toBe(item(1));
    fireEvent.change(item(1), { target: { value: 'CO-Messgerät mitnehmen' } });
    fireEvent.keyDown(item(1), { key: 'Enter' });
    await until(() => screen.queryByLabelText('Shisha: Punkt 2') !== null);
    await until(() => document.activeElement === item(2));
    fireEvent.change(item(2), { target: { value: 'Banderolen prüfen' } });
    fireEvent.blur(item(2));
    await until(async () => (await storedGuide()).checklist.length === 2);
    await until(async () => (await storedGuide()).checklist[1]?.text === 'Banderolen prüfen');
    const g = await storedGuide();
    expect(g.checklist.map((i) => [i.text, i.done])).toEqual([
      ['CO-Messgerät mitnehmen', null],
      ['Banderolen prüfen', null],
    ]);
  });

  it('stores a tick with who and when, and the notes', async () => {
    await session.repos.operations.update(op.id, (o) => ({
      ...o,
      fieldGuides: [
        { field: 'shisha', checklist: [{ id: 'a', text: 'Hunde?', done: null }], notes: '' },
      ],
    }));
    await open();
    await until(() => screen.queryByLabelText('Shisha: Punkt 1 erledigt') !== null);
    fireEvent.click(screen.getByLabelText('Shisha: Punkt 1 erledigt'));
    await until(async () => (await storedGuide()).checklist[0]?.done !== null);
    expect((await storedGuide()).checklist[0]?.done?.by).toBe('POK Weber');
    await until(() => screen.queryByText(/erledigt von POK Weber/) !== null);
    expect(screen.getByText('1 von 1 erledigt')).toBeTruthy();

    const notes = screen.getByLabelText('Hinweise Shisha');
    fireEvent.change(notes, { target: { value: 'Zoll vorher informieren.' } });
    fireEvent.blur(notes);
    await until(async () => (await storedGuide()).notes === 'Zoll vorher informieren.');
    // The tick and the notes were two edits: neither replaced the other.
    expect((await storedGuide()).checklist[0]?.done?.by).toBe('POK Weber');

    fireEvent.click(screen.getByLabelText('Shisha: Punkt 1 erledigt'));
    await until(async () => (await storedGuide()).checklist[0]?.done === null);
  });

  it('removes an item', async () => {
    await session.repos.operations.update(op.id, (o) => ({
      ...o,
      fieldGuides: [
        {
          field: 'shisha',
          checklist: [
            { id: 'a', text: 'eins', done: null },
            { id: 'b', text: 'zwei', done: null },
          ],
          notes: '',
        },
      ],
    }));
    await open();
    await until(() => screen.queryByLabelText('Shisha: Punkt 1 entfernen') !== null);
    fireEvent.click(screen.getByLabelText('Shisha: Punkt 1 entfernen'));
    await until(async () => (await storedGuide()).checklist.length === 1);
    expect((await storedGuide()).checklist[0]?.text).toBe('zwei');
  });
});
