// The workspace's one save model against the real repositories (Dexie on fake-indexeddb): edits
// wait for the typing pause, an edit made while its record is being written is kept for the
// next write, a failed write keeps the edit, and the plan shows pending edits of every part.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newOperation, newTeam, type Operation, type Team } from '@shared/domain';
import { errorMessage } from '../../../src/renderer/ui/errors';
import {
  SAVE_DEBOUNCE_MS,
  SaveQueue,
  type Mutation,
  type PlanRecords,
  type RecordTable,
  type RecordWriter,
} from '../../../src/renderer/features/workspace/core/save-queue';
import { openTestData, type TestData } from '../support/data';

const NOW = '2026-11-20T10:00:00.000Z';
let data: TestData;
let op: Operation;
let team: Team;
/** Writes that have started; each waits until the test lets it through. */
let held: (() => void)[];
let holdWrites: boolean;

/** The real repositories behind the queue, with each write held while `holdWrites` is set. */
const realWriter = (): RecordWriter => {
  const writers: {
    [K in RecordTable]: (
      id: string,
      m: Mutation<PlanRecords[K]>,
    ) => Promise<{ updatedAt: string; rev: number }>;
  } = {
    operation: (id, m) => data.repos.operations.update(id, m),
    targets: (id, m) => data.repos.plan.targets.update(id, m),
    participations: (id, m) => data.repos.plan.participations.update(id, m),
    teams: (id, m) => data.repos.plan.teams.update(id, m),
    timeline: (id, m) => data.repos.plan.timeline.update(id, m),
    comms: (id, m) => data.repos.plan.comms.update(id, m),
  };
  return async (table, id, mutate) => {
    if (holdWrites) await new Promise<void>((go) => held.push(go));
    return writers[table](id, mutate);
  };
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  data = openTestData();
  op = await data.repos.operations.create(newOperation({ codeName: 'TEST' }, NOW));
  team = await data.repos.plan.teams.add(newTeam({ operationId: op.id, name: 'Team 1' }, NOW));
  held = [];
  holdWrites = false;
});

afterEach(() => {
  vi.useRealTimers();
  data.db.close();
});

const setTitle = (title: string) => (o: Operation) => ({ ...o, title });

describe('SaveQueue', () => {
  it('shows an edit at once and writes it once after the typing pause', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    q.edit('operation', op.id, 'title', setTitle('A'));
    q.edit('operation', op.id, 'title', setTitle('AB'));
    expect(q.apply('operation', op).title).toBe('AB');
    expect(q.state.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS - 1);
    expect((await data.repos.operations.get(op.id)).title).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    await q.flush();
    expect((await data.repos.operations.get(op.id)).title).toBe('AB');
    expect(q.state.kind).toBe('saved');
    expect(q.pendingCount()).toBe(0);
    const audit = await data.repos.audit.forOperation(op.id);
    expect(audit.filter((e) => e.entity === 'operation' && e.action === 'update')).toHaveLength(1);
  });

  it('keeps an edit made while its record is being written, and writes it next', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    holdWrites = true;
    q.edit('operation', op.id, 'title', setTitle('first'));
    const first = q.flush();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    expect(q.state.kind).toBe('saving');
    q.edit('operation', op.id, 'title', setTitle('first and more'));
    held.shift()?.();
    await first;
    expect((await data.repos.operations.get(op.id)).title).toBe('first');
    expect(q.pendingCount()).toBe(1);
    expect(q.state.kind).toBe('pending');
    expect(q.apply('operation', await data.repos.operations.get(op.id)).title).toBe(
      'first and more',
    );
    holdWrites = false;
    await vi.advanceTimersByTimeAsync(SAVE_DEBOUNCE_MS);
    await q.flush();
    expect((await data.repos.operations.get(op.id)).title).toBe('first and more');
    expect(q.pendingCount()).toBe(0);
  });

  it('two flushes during one write do not write the same edit twice', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    holdWrites = true;
    q.edit('operation', op.id, 'title', setTitle('once'));
    const a = q.flush();
    await vi.waitFor(() => expect(held).toHaveLength(1));
    const b = q.flush();
    const c = q.flush();
    held.shift()?.();
    await Promise.all([a, b, c]);
    expect(held).toHaveLength(0);
    const audit = await data.repos.audit.forOperation(op.id);
    expect(audit.filter((e) => e.entity === 'operation' && e.action === 'update')).toHaveLength(1);
  });

  it('keeps a written edit shown until the view holds the stored copy it produced', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    q.edit('operation', op.id, 'municipalityId', (o) => ({
      ...o,
      municipalityId: 'gelsenkirchen',
    }));
    await q.flush();
    expect(q.pendingCount()).toBe(0);
    // The live query may still hand over the copy from before the write: no flicker back.
    expect(q.apply('operation', op).municipalityId).toBe('gelsenkirchen');
    const stored = await data.repos.operations.get(op.id);
    expect(q.apply('operation', stored).municipalityId).toBe('gelsenkirchen');
    // Once the stored copy arrived, a later stored change (another window) is shown as stored.
    expect(q.apply('operation', { ...stored, municipalityId: null }).municipalityId).toBeNull();
    expect(q.apply('operation', op).municipalityId).toBe(op.municipalityId);
  });

  it('covers the plan parts: a team edit shows in the plan and is stored', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    q.edit('teams', team.id, 'name', (x) => ({ ...x, name: 'Zugriff Nord' }));
    const plan = q.applyPlan(await data.repos.operations.loadPlan(op.id), op);
    expect(plan.teams.map((x) => x.name)).toEqual(['Zugriff Nord']);
    await q.flush();
    expect((await data.repos.plan.teams.get(team.id)).name).toBe('Zugriff Nord');
  });

  it('a failed write keeps the edit pending and says why', async () => {
    const q = new SaveQueue({ write: realWriter(), errorMessage });
    // An empty code name is refused by the schema: nothing is written.
    q.edit('operation', op.id, 'codeName', (o) => ({ ...o, codeName: ' ' }));
    await q.flush();
    expect(q.state.kind).toBe('error');
    expect(q.pendingCount()).toBe(1);
    expect((await data.repos.operations.get(op.id)).codeName).toBe('TEST');
  });
});
