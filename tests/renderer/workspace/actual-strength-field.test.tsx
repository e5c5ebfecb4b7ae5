// Kräfte › Ist-Stärke on an approved plan (real repositories on fake-indexeddb, real Mantine in
// happy-dom): nothing is stored while typing, a refused value says "Nicht gespeichert." and is
// never stored, and a valid value is stored once when the field is left — one late-fact entry.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newId, type AuditEntry, type Operation } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { useWorkspace } from '../../../src/renderer/features/workspace/core/context';
import { ActualStrengthField } from '../../../src/renderer/features/workspace/forces/ActualStrengthField';
import { initI18n } from '../../../src/renderer/i18n';
import { confirmedStrengthOf } from '@shared/roster';
import { approveWithReasons } from '../support/approval';
import { SaveState, WorkspacePart, until } from '../support/workspace-part';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;
let participationId: string;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  session = await openDataSession({ dbName: `vp-test-${newId()}`, now: () => NOW });
  session.setActor('POK Weber');
  op = await loadDemo(session.repos, NOW);
  await session.repos.operations.transition(op.id, 'in_review');
  await approveWithReasons(session, op.id);
  const plan = await session.repos.operations.loadPlan(op.id);
  // A participation whose agency confirmed its strength (the warning test needs one). The
  // plan lists participations by id, which is random: "the first" was any agency.
  const first = plan.participations.find(
    (p) => p.confirmation.status === 'confirmed' && confirmedStrengthOf(p) !== null,
  );
  if (!first) throw new Error('demo plan without a confirmed participation');
  participationId = first.id;
});

afterEach(() => {
  cleanup();
  session.close();
});

function Field() {
  const shown = useWorkspace().plan.participations.find((x) => x.id === participationId);
  return shown ? <ActualStrengthField participation={shown} /> : null;
}

async function field(): Promise<HTMLElement> {
  render(
    <MantineProvider env="test">
      <DataContext.Provider value={session}>
        <WorkspacePart operationId={op.id}>
          <Field />
          <SaveState />
        </WorkspacePart>
      </DataContext.Provider>
    </MantineProvider>,
  );
  await until(() => screen.queryByTestId('actual-strength') !== null);
  return screen.getByTestId('actual-strength');
}

const stored = async () =>
  (await session.repos.plan.participations.get(participationId)).actualStrength ?? null;

const lateEntries = async () =>
  (await session.store.where<AuditEntry>('audit', 'entityId', participationId)).filter(
    (a) => a.action === 'update',
  );

/** Types one character at a time, as a person does. */
function type(input: HTMLElement, text: string) {
  for (let i = 1; i <= text.length; i++) {
    fireEvent.change(input, { target: { value: text.slice(0, i) } });
  }
}

describe('ActualStrengthField', () => {
  it('stores nothing for 99999, says "Nicht gespeichert." and keeps the typed text', async () => {
    const input = await field();
    const before = (await lateEntries()).length;
    type(input, '99999');
    fireEvent.blur(input);
    await until(() => screen.queryByText(/Nicht gespeichert\./) !== null);
    expect(input).toHaveProperty('value', '99999');
    expect(input.getAttribute('data-unsaved')).toBe('true');
    expect(screen.queryByTestId('actual-strength-late')).toBeNull();
    // Let any queued write run before looking at the store.
    for (let i = 0; i < 20; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
    expect(await stored()).toBeNull();
    expect((await lateEntries()).length).toBe(before);
  });

  it('stores 12 once when the field is left, with one audit entry', async () => {
    const input = await field();
    const before = (await lateEntries()).length;
    type(input, '12');
    // Typing alone stores nothing (no 1 on the way to 12).
    for (let i = 0; i < 20; i++) await act(() => new Promise<void>((r) => setImmediate(r)));
    expect(await stored()).toBeNull();
    fireEvent.blur(input);
    await until(async () => (await stored()) === 12);
    await until(() => screen.getByTestId('state').textContent === 'saved');
    expect(input).toHaveProperty('value', '12');
    expect(screen.getByTestId('actual-strength-late').textContent).toBe('Nachtrag nach Freigabe');
    expect((await lateEntries()).length).toBe(before + 1);
  });

  it('stores on Enter and warns when more came than were confirmed', async () => {
    const input = await field();
    const plan = await session.repos.operations.loadPlan(op.id);
    const p = plan.participations.find((x) => x.id === participationId);
    const confirmed = p && p.confirmation.status === 'confirmed' ? confirmedStrengthOf(p) : null;
    const above = (confirmed ?? 0) + 1;
    type(input, String(above));
    fireEvent.keyDown(input, { key: 'Enter' });
    await until(async () => (await stored()) === above);
    // The chosen agency has confirmed its strength, so the hint must show.
    expect(confirmed).not.toBeNull();
    await until(() => screen.queryByTestId('actual-strength-above') !== null);
    expect(screen.getByTestId('actual-strength-above').textContent).toContain('bestätigt');
  });
});
