// Muster between two installations on real (fake-indexeddb) databases: the author saves a
// template as a signed package, the partner imports it as a template (never a plan) with the
// agencies mapped to their own catalogue by key; with no such agencies they are listed as
// dropped. A package of another kind is refused and writes nothing. The same Muster imported
// again changes nothing; a newer version from the same author updates the template it became
// (after the screen's confirmation, `apply`), an older one changes nothing either.
import { describe, expect, it } from 'vitest';
import { keyCardOf, readKeyCard, type IdentityRecord } from '@shared/exchange';
import { loadDemo } from '../../../src/renderer/data/demo';
import {
  exchangeStore,
  type ExchangeStore,
} from '../../../src/renderer/features/exchange/exchange-store';
import {
  importTemplate,
  sealTemplate,
} from '../../../src/renderer/features/exchange/template-flow';
import { openTestData } from '../support/data';

const NOW = '2026-11-20T10:00:00.000Z';

async function trustCard(store: ExchangeStore, other: IdentityRecord) {
  const card = await readKeyCard(
    JSON.stringify(
      keyCardOf(other, { name: other.name, agency: other.agency, function: other.function }),
    ),
  );
  if (!card.ok) throw new Error('card');
  return store.attachCard(card.card, null, null);
}

async function setUp() {
  const author = openTestData(undefined, 'Lea Leitung');
  const op = await loadDemo(author.repos, NOW);
  const template = await author.repos.operations.saveAsTemplate(op.id, 'MUSTER GASTRO');
  const authorStore = exchangeStore(author.ctx);
  const authorId = await authorStore.ensureIdentity({
    name: 'Lea Leitung',
    agency: 'Stadt',
    function: 'EL',
  });
  const plan = await author.repos.operations.loadPlan(template.id);
  return { author, authorStore, authorId, template, plan };
}

async function partner(authorId: IdentityRecord, withCatalogue: boolean) {
  const t = openTestData(undefined, 'Paul Partner');
  if (withCatalogue) await loadDemo(t.repos, NOW);
  const store = exchangeStore(t.ctx);
  const id = await store.ensureIdentity({ name: 'Paul Partner', agency: 'Kreis', function: 'SGL' });
  await trustCard(store, authorId);
  return { t, store, id };
}

describe('Muster packages through the exchange store', () => {
  it('imports a template with agencies mapped by catalogue key', async () => {
    const { author, authorStore, authorId, template, plan } = await setUp();
    const b = await partner(authorId, true);
    const sealed = await sealTemplate({
      repos: author.repos,
      operationId: template.id,
      identity: authorId,
      recipients: [await trustCard(authorStore, b.id)],
      now: new Date(NOW),
    });
    expect(sealed.fileName).toMatch(/^Muster_.*\.asc$/);
    const before = (await b.t.repos.operationQueries.overview()).templates.length;
    const r = await importTemplate({
      data: sealed.data,
      state: await b.store.load(),
      store: b.store,
      repos: b.t.repos,
      now: new Date(NOW),
    });
    if (!r.ok) throw new Error(r.error.message);
    if (r.value.status !== 'imported') throw new Error(r.value.status);
    expect(r.value.dropped).toEqual([]);
    expect(r.value.author).toBe('Lea Leitung, Stadt');
    expect(r.value.operation).toMatchObject({ template: true, codeName: 'MUSTER GASTRO' });
    expect((await b.t.repos.operationQueries.overview()).templates.length).toBe(before + 1);
    const imported = await b.t.repos.operations.loadPlan(r.value.operation.id);
    expect(imported.participations).toHaveLength(plan.participations.length);
    expect(imported.targets).toEqual([]);
    const local = new Set(
      (await b.t.repos.agencies.list({ includeRetired: true })).map((a) => a.id),
    );
    expect(imported.participations.every((x) => local.has(x.agencyId))).toBe(true);
  }, 60_000);

  it('drops and lists agencies the catalogue does not know; refuses another kind', async () => {
    const { author, authorStore, authorId, template, plan } = await setUp();
    const c = await partner(authorId, false);
    const known = await c.t.repos.agencies.list({ includeRetired: true });
    const sealed = await sealTemplate({
      repos: author.repos,
      operationId: template.id,
      identity: authorId,
      recipients: [await trustCard(authorStore, c.id)],
      now: new Date(NOW),
    });
    const r = await importTemplate({
      data: sealed.data,
      state: await c.store.load(),
      store: c.store,
      repos: c.t.repos,
      now: new Date(NOW),
    });
    if (!r.ok) throw new Error(r.error.message);
    if (r.value.status !== 'imported') throw new Error(r.value.status);
    const imported = await c.t.repos.operations.loadPlan(r.value.operation.id);
    // An installation whose catalogue holds none of the agencies: every one is listed.
    expect(known).toEqual([]);
    expect(imported.participations).toEqual([]);
    const names = (await author.repos.agencies.list({ includeRetired: true }))
      .filter((a) => plan.participations.some((x) => x.agencyId === a.id))
      .map((a) => a.name);
    for (const name of names) expect(r.value.dropped).toContain(name);
    expect(r.value.operation.template).toBe(true);

    // A plan (not a template) cannot be sent as a Muster.
    const plans = (await author.repos.operationQueries.overview()).active;
    const planId = plans[0]?.id ?? '';
    await expect(
      sealTemplate({
        repos: author.repos,
        operationId: planId,
        identity: authorId,
        recipients: [],
        now: new Date(NOW),
      }),
    ).rejects.toThrow('Nur ein Muster');
  }, 60_000);

  it('the same Muster twice changes nothing; a newer version updates the template', async () => {
    const { author, authorStore, authorId, template } = await setUp();
    const b = await partner(authorId, true);
    const recipients = [await trustCard(authorStore, b.id)];
    const seal = (at: string) =>
      sealTemplate({
        repos: author.repos,
        operationId: template.id,
        identity: authorId,
        recipients,
        now: new Date(at),
      });
    const importAt = async (data: Uint8Array) => {
      const r = await importTemplate({
        data,
        state: await b.store.load(),
        store: b.store,
        repos: b.t.repos,
        now: new Date(NOW),
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const overview = () => b.t.repos.operationQueries.overview();
    const first = await seal('2026-11-20T10:00:00.000Z');
    const before = await overview();
    const imported = await importAt(first.data);
    if (imported.status !== 'imported') throw new Error(imported.status);
    const localId = imported.operation.id;
    const once = await overview();
    expect(once.templates.length).toBe(before.templates.length + 1);
    // A template, never a plan.
    expect(once.active.length).toBe(before.active.length);
    const stored = await b.t.repos.operations.loadPlan(localId);

    // The same package again, and the same template sealed again later: already here.
    for (const data of [first.data, (await seal('2026-11-21T10:00:00.000Z')).data]) {
      const again = await importAt(data);
      expect(again.status).toBe('present');
      expect(again.operation.id).toBe(localId);
    }
    expect((await overview()).templates.length).toBe(once.templates.length);
    expect(await b.t.repos.operations.loadPlan(localId)).toEqual(stored);

    // The author changes the template and sends it again: a newer version, applied on confirm.
    await author.repos.operations.update(template.id, (o) => ({
      ...o,
      codeName: 'MUSTER GASTRO 2',
    }));
    const newer = await importAt((await seal('2026-11-22T10:00:00.000Z')).data);
    if (newer.status !== 'newer') throw new Error(newer.status);
    expect(newer).toMatchObject({
      operation: { id: localId },
      from: '2026-11-20T10:00:00.000Z',
      to: '2026-11-22T10:00:00.000Z',
    });
    // Nothing is written before the user confirms.
    expect(await b.t.repos.operations.loadPlan(localId)).toEqual(stored);
    const applied = await newer.apply();
    expect(applied.operation).toMatchObject({
      id: localId,
      template: true,
      codeName: 'MUSTER GASTRO 2',
    });
    const after = await b.t.repos.operations.loadPlan(localId);
    expect(after.participations).toHaveLength(stored.participations.length);
    expect(after.participations.every((p) => p.operationId === localId)).toBe(true);
    expect(after.teams.every((t) => t.operationId === localId)).toBe(true);
    expect((await overview()).templates.length).toBe(once.templates.length);

    // The first version once more: older than the one here, nothing changed.
    const older = await importAt(first.data);
    expect(older.status).toBe('older');
    expect(await b.t.repos.operations.loadPlan(localId)).toEqual(after);
  }, 120_000);
});
