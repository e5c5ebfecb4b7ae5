// The SEQUENCE of each event in a liaison's calendar file, counted from the real audit log the
// repositories write (fake-indexeddb): an export after no change repeats every number, a
// changed timeline entry raises its own number only, a new H raises H and the entries planned
// relative to it, and a release that reaches the agency later raises the events that name
// premises. Outlook updates an event only when its SEQUENCE grew, so each of these matters.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { agencyIcs } from '@shared/calendar';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openTestData, type TestData } from '../support/data';

let data: TestData | null = null;
afterEach(async () => {
  await data?.db.delete();
  data = null;
});

/** UID → SEQUENCE of one export. */
function sequences(text: string | null): Map<string, number> {
  if (text === null) throw new Error('events expected');
  const cal = new ICAL.Component(ICAL.parse(text));
  return new Map(
    cal
      .getAllSubcomponents('vevent')
      .map((v) => [
        String(v.getFirstPropertyValue('uid')),
        Number(v.getFirstPropertyValue('sequence')),
      ]),
  );
}

async function setUp() {
  data = openTestData();
  const { repos } = data;
  const op = await loadDemo(repos, '2026-11-20T10:00:00.000Z');
  const plan0 = await repos.operations.loadPlan(op.id);
  const premises = new Map(
    (await repos.premises.getMany(plan0.targets.map((t) => t.premisesId))).flatMap((p) =>
      p ? [[p.id, p] as const] : [],
    ),
  );
  // An agency with people in teams: its file holds briefing, H and its teams' entries.
  const member = plan0.teams.flatMap((t) => t.members)[0];
  const agencyId = plan0.participations.find((p) => p.id === member?.participationId)?.agencyId;
  if (!agencyId) throw new Error('demo has team members');
  const exportNow = async (now = '2026-11-21T10:00:00.000Z') =>
    sequences(
      agencyIcs({
        plan: await repos.operations.loadPlan(op.id),
        agencyId,
        premises: (id) => premises.get(id),
        history: await repos.audit.forOperation(op.id),
        now: new Date(now),
      }),
    );
  return { repos, op, plan0, agencyId, exportNow };
}

const changed = (a: Map<string, number>, b: Map<string, number>) =>
  [...b].filter(([uid, seq]) => seq !== a.get(uid)).map(([uid]) => uid);

describe('SEQUENCE from the audit log', () => {
  it('repeats every number when nothing changed, raises only the changed entry', async () => {
    const { repos, op, plan0, exportNow } = await setUp();
    const first = await exportNow();
    const again = await exportNow('2026-11-22T10:00:00.000Z');
    expect(again).toEqual(first);

    const entryUid = [...first.keys()].find((uid) => uid.includes('-entry-'));
    const entryId = plan0.timeline.find((e) => entryUid?.includes(`-entry-${e.id}@`))?.id;
    if (!entryUid || !entryId) throw new Error('an entry of the agency');
    await repos.plan.timeline.update(entryId, (e) => ({ ...e, title: `${e.title} (geändert)` }));
    const after = await exportNow();
    expect(changed(first, after)).toEqual([entryUid]);
    expect(after.get(entryUid)).toBeGreaterThan(first.get(entryUid) ?? Infinity);

    // A field no event shows (the file reference) changes nothing.
    await repos.operations.update(op.id, (o) => ({ ...o, fileReference: 'Az. 4711' }));
    expect(await exportNow()).toEqual(after);
  });

  it('raises H and the entries relative to it when H moves, not the briefing', async () => {
    const { repos, op, plan0, exportNow } = await setUp();
    const before = await exportNow();
    const h = plan0.operation.hHour;
    if (h === null) throw new Error('demo has H');
    await repos.operations.update(op.id, (o) => ({
      ...o,
      hHour: new Date(Date.parse(h) + 30 * 60_000).toISOString(),
    }));
    const after = await exportNow();
    const raised = changed(before, after);
    expect(raised.some((uid) => uid.includes('-h@'))).toBe(true);
    expect(raised.some((uid) => uid.includes('-briefing@'))).toBe(false);
    const relativeIds = plan0.timeline.filter((e) => e.time.kind === 'relative').map((e) => e.id);
    for (const uid of before.keys()) {
      if (!uid.includes('-entry-')) continue;
      const relative = relativeIds.some((id) => uid.includes(`-entry-${id}@`));
      expect(raised.includes(uid), uid).toBe(relative);
    }
    for (const uid of raised) expect(after.get(uid)).toBeGreaterThan(before.get(uid) ?? Infinity);
  });

  it('never falls: a release taking effect later, then withdrawn', async () => {
    const { repos, op, agencyId, exportNow } = await setUp();
    const closed = await exportNow('2026-11-21T10:00:00.000Z');
    await repos.operations.update(op.id, (o) => ({
      ...o,
      targetRelease: {
        all: null,
        agencies: [
          { agencyId, from: '2026-11-25T00:00:00.000Z', by: 'EL', at: '2026-11-21T11:00:00.000Z' },
        ],
      },
    }));
    const recorded = await exportNow('2026-11-21T12:00:00.000Z');
    const inEffect = await exportNow('2026-11-26T12:00:00.000Z');
    await repos.operations.update(op.id, (o) => ({ ...o, targetRelease: undefined }));
    const withdrawn = await exportNow('2026-11-26T13:00:00.000Z');
    const hUid = [...closed.keys()].find((uid) => uid.includes('-h@')) ?? '';
    const seq = [closed, recorded, inEffect, withdrawn].map((m) => m.get(hUid) ?? NaN);
    expect(seq[1]).toBeGreaterThan(seq[0] ?? Infinity);
    expect(seq[2]).toBeGreaterThan(seq[1] ?? Infinity);
    expect(seq[3]).toBeGreaterThan(seq[2] ?? Infinity);
    // The briefing names no premises: the release does not touch it.
    const bUid = [...closed.keys()].find((uid) => uid.includes('-briefing@')) ?? '';
    expect(withdrawn.get(bUid)).toBe(closed.get(bUid));
  });
});
