// Checkliste und Hinweise through the whole Muster path on real (fake-indexeddb) databases:
// the author's plan → its template (items open) → a signed package → the partner's template
// (stored with the guides) → the partner's new plan (items open, notes kept). A changed
// checklist on the author's side makes a newer version, not "bereits vorhanden".
import { describe, expect, it } from 'vitest';
import { keyCardOf, readKeyCard, type IdentityRecord } from '@shared/exchange';
import type { FieldGuide } from '@shared/domain';
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
const LATER = '2026-11-21T10:00:00.000Z';

const guides: FieldGuide[] = [
  {
    field: 'shisha',
    checklist: [
      { id: 'a', text: 'CO-Messgerät mitnehmen', done: { by: 'Lea Leitung', at: NOW } },
      { id: 'b', text: 'Tabaksteuerbanderolen prüfen', done: null },
    ],
    notes: 'Zoll vorher informieren.',
  },
];
const open = guides.map((g) => ({
  ...g,
  checklist: g.checklist.map((i) => ({ ...i, done: null })),
}));

async function trustCard(store: ExchangeStore, other: IdentityRecord) {
  const card = await readKeyCard(
    JSON.stringify(
      keyCardOf(other, { name: other.name, agency: other.agency, function: other.function }),
    ),
  );
  if (!card.ok) throw new Error('card');
  return store.attachCard(card.card, null, null);
}

describe('Muster with Checkliste und Hinweise', () => {
  it('carries the guides from plan to template to package to the partner and into a plan', async () => {
    const author = openTestData(undefined, 'Lea Leitung');
    const op = await loadDemo(author.repos, NOW);
    await author.repos.operations.update(op.id, (o) => ({ ...o, fieldGuides: guides }));
    const template = await author.repos.operations.saveAsTemplate(op.id, 'MUSTER SHISHA');
    expect(template.fieldGuides).toEqual(open);

    const authorStore = exchangeStore(author.ctx);
    const authorId = await authorStore.ensureIdentity({
      name: 'Lea Leitung',
      agency: 'Stadt',
      function: 'EL',
    });
    const b = openTestData(undefined, 'Paul Partner');
    await loadDemo(b.repos, NOW);
    const bStore = exchangeStore(b.ctx);
    const bId = await bStore.ensureIdentity({ name: 'Paul', agency: 'Kreis', function: 'SGL' });
    await trustCard(bStore, authorId);
    const recipients = [await trustCard(authorStore, bId)];

    const seal = async (at: string) =>
      sealTemplate({
        repos: author.repos,
        operationId: template.id,
        identity: authorId,
        recipients,
        now: new Date(at),
      });
    const take = async (data: Uint8Array) => {
      const r = await importTemplate({
        data,
        state: await bStore.load(),
        store: bStore,
        repos: b.repos,
        now: new Date(NOW),
      });
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };

    const first = await take((await seal(NOW)).data);
    if (first.status !== 'imported') throw new Error(first.status);
    const stored = await b.repos.operations.get(first.operation.id);
    expect(stored.template).toBe(true);
    expect(stored.fieldGuides).toEqual(open);

    const plan = await b.repos.operations.createFromPattern(stored.id, 'OASE');
    expect(plan.template).toBe(false);
    expect(plan.fieldGuides).toEqual(open);

    // Only the checklist changed on the author's side: a newer version, applied on request.
    const [shisha] = open;
    if (!shisha) throw new Error('no guide');
    const changed = [{ ...shisha, notes: 'Zoll und Steuerfahndung vorher informieren.' }];
    await author.repos.operations.update(template.id, (o) => ({
      ...o,
      fieldGuides: changed,
    }));
    const second = await take((await seal(LATER)).data);
    if (second.status !== 'newer') throw new Error(second.status);
    await second.apply();
    expect((await b.repos.operations.get(stored.id)).fieldGuides).toEqual(changed);
  }, 60_000);
});
