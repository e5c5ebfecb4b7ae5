// Muster between two installations on real (fake-indexeddb) databases: the author saves a
// template as a signed package, the partner imports it as a template (never a plan) with the
// agencies mapped to their own catalogue by key; with no such agencies they are listed as
// dropped. A package of another kind is refused and writes nothing.
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
});
