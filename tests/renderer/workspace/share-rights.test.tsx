// Sharing rights in the workspace (real repositories on fake-indexeddb, real Mantine in
// happy-dom, the real save model): a member with `read` rights gets every field read-only and
// the note why; a member with `agency` rights edits their own agency's participation (stored),
// while the mission text and another agency's participation stay read-only. The rule is the
// sync engine's own (`mayChangeRecord`), so what the screen offers the engine would send.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agency, Operation, Participation } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { useDataSession, type DataSession } from '../../../src/renderer/data/session';
import { WorkspaceContext } from '../../../src/renderer/features/workspace/core/context';
import type { OwnRights } from '../../../src/renderer/features/workspace/core/share-rights';
import { useOperationDraft } from '../../../src/renderer/features/workspace/core/useOperationDraft';
import { ParticipationDetails } from '../../../src/renderer/features/workspace/forces/ParticipationDetails';
import { ReadOnlyBanner } from '../../../src/renderer/features/workspace/header/ReadOnlyBanner';
import { StatusMenu } from '../../../src/renderer/features/workspace/header/StatusMenu';
import { MissionView } from '../../../src/renderer/features/workspace/mission';
import { initI18n } from '../../../src/renderer/i18n';
import { openUiSession, renderWithSession } from '../support/session-ui';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession;
let op: Operation;
let own: Participation;
let other: Participation;
let agencies: Map<string, Agency>;

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  session = await openUiSession(() => NOW);
  session.setActor('ZOI Zeller');
  op = await loadDemo(session.repos, NOW);
  const plan = await session.repos.operations.loadPlan(op.id);
  const [a, b] = plan.participations;
  if (!a || !b) throw new Error('demo plan with fewer than two participations');
  [own, other] = [a, b];
  agencies = new Map((await session.repos.agencies.list()).map((x) => [x.id, x]));
});

afterEach(() => {
  cleanup();
  session.close();
});

function Shared({ member }: { member: OwnRights }) {
  const s = useDataSession();
  const draft = useOperationDraft(op.id, { member });
  const stored = useLiveQuery(() => s.repos.operations.loadPlan(op.id), [s]);
  if (!stored || !draft.operation) return null;
  const plan = draft.applyPlan(stored);
  const shown = (id: string) => plan.participations.find((p) => p.id === id);
  const [mine, theirs] = [shown(own.id), shown(other.id)];
  if (!mine || !theirs) return null;
  return (
    <WorkspaceContext.Provider
      value={{
        draft,
        plan,
        agencies,
        premises: new Map(),
        agencyName: (id) => (id ? (agencies.get(id)?.name ?? '') : ''),
        premisesName: () => '',
        goTo: () => {},
      }}
    >
      <ReadOnlyBanner />
      <StatusMenu issues={[]} />
      <MissionView />
      <div data-testid="own">
        <ParticipationDetails participation={mine} />
      </div>
      <div data-testid="other">
        <ParticipationDetails participation={theirs} />
      </div>
      <span data-testid="state">{draft.saveState.kind}</span>
    </WorkspaceContext.Provider>
  );
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await act(() => new Promise<void>((r) => setImmediate(r)));
  }
  throw new Error('condition not reached');
}

async function show(member: OwnRights): Promise<void> {
  renderWithSession(session, <Shared member={member} />);
  await until(() => screen.queryByTestId('field-mission-goals') !== null);
}

const tasksIn = (part: 'own' | 'other') =>
  screen
    .getByTestId(part)
    .querySelector<HTMLTextAreaElement>('[data-testid="participation-tasks"]');

describe('the workspace under sharing rights', () => {
  it('shows a member with read rights every field read-only, and says why', async () => {
    await show({ rights: 'read', agencyId: own.agencyId, agency: 'Zoll' });
    expect(screen.getByTestId('field-mission-goals')).toHaveProperty('readOnly', true);
    expect(tasksIn('own')).toHaveProperty('readOnly', true);
    expect(tasksIn('other')).toHaveProperty('readOnly', true);
    // Read-only fields are drawn filled grey, so they do not look like fields to type in.
    expect(screen.getByTestId('field-mission-goals').dataset.variant).toBe('filled');
    expect(tasksIn('other')?.dataset.variant).toBe('filled');
    // The status is the lead's: no status actions the engine would keep back.
    expect(screen.queryByTestId('status-menu')).toBeNull();
    expect(screen.getByTestId('rights-note').textContent).toBe(
      'Nur lesen: Sie sind Mitglied dieses gemeinsamen Einsatzes mit Leserechten.',
    );
  });

  it('lets a member with agency rights edit their participation, not the mission text', async () => {
    const agency = agencies.get(own.agencyId)?.name ?? '';
    await show({ rights: 'agency', agencyId: own.agencyId, agency: 'Zoll' });
    expect(screen.getByTestId('field-mission-goals')).toHaveProperty('readOnly', true);
    expect(tasksIn('other')).toHaveProperty('readOnly', true);
    expect(screen.getByTestId('rights-note').textContent).toContain(
      `Nur lesen: Sie sind Mitglied mit Rechten für ${agency}.`,
    );

    const mine = tasksIn('own');
    if (!mine) throw new Error('own tasks field missing');
    expect(mine).toHaveProperty('readOnly', false);
    expect(mine.dataset.variant).toBe('default');
    expect(screen.queryByTestId('status-menu')).toBeNull();
    fireEvent.change(mine, { target: { value: 'Kontrolle der Arbeitspapiere' } });
    fireEvent.blur(mine);
    await until(
      async () =>
        (await session.repos.plan.participations.get(own.id)).tasks ===
        'Kontrolle der Arbeitspapiere',
    );
    await until(() => screen.getByTestId('state').textContent === 'saved');
  });

  it('keeps everything editable for a member with edit rights, with no note', async () => {
    await show({ rights: 'edit', agencyId: own.agencyId, agency: 'Zoll' });
    expect(screen.getByTestId('field-mission-goals')).toHaveProperty('readOnly', false);
    expect(tasksIn('other')).toHaveProperty('readOnly', false);
    expect(screen.queryByTestId('rights-note')).toBeNull();
    expect(screen.getByTestId('status-menu')).toBeTruthy();
  });
});
