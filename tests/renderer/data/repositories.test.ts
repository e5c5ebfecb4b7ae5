import { afterEach, describe, expect, it } from 'vitest';
import { newAgency, newOperation } from '@shared/domain';
import { ConflictError } from '../../../src/renderer/data/store';
import { ValidationError } from '../../../src/renderer/data/repositories/base';
import { approveWithReasons } from '../support/approval';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

describe('repositories', () => {
  it('creates an operation and writes its audit entry in the same transaction', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(
      newOperation({ codeName: 'NACHTFALTER' }, t.ctx.now()),
    );
    expect(op.rev).toBe(1);
    const stored = await t.repos.operations.get(op.id);
    expect(stored.codeName).toBe('NACHTFALTER');
    const audit = await t.repos.audit.forOperation(op.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', entity: 'operation', actor: 'Testnutzer' });
    expect(audit[0]?.changes.some((c) => c.path === 'codeName' && c.after === 'NACHTFALTER')).toBe(
      true,
    );
  });

  it('records field-level changes and bumps the revision counter', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'A' }, t.ctx.now()));
    t.setNow('2026-11-20T11:00:00.000Z');
    const next = await t.repos.operations.update(op.id, (o) => ({
      ...o,
      title: 'Kontrolle Altstadt',
    }));
    expect(next.rev).toBe(2);
    expect(next.updatedAt).toBe('2026-11-20T11:00:00.000Z');
    const [latest] = await t.repos.audit.forOperation(op.id);
    expect(latest?.action).toBe('update');
    expect(latest?.changes).toEqual([{ path: 'title', before: '', after: 'Kontrolle Altstadt' }]);
  });

  it('writes nothing, not even audit, when validation fails', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'A' }, t.ctx.now()));
    await expect(
      t.repos.operations.update(op.id, (o) => ({ ...o, codeName: '   ' })),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await t.repos.operations.get(op.id)).codeName).toBe('A');
    expect(await t.repos.audit.forOperation(op.id)).toHaveLength(1);
  });

  it('an unchanged update writes nothing', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'A' }, t.ctx.now()));
    const same = await t.repos.operations.update(op.id, (o) => ({ ...o }));
    expect(same.rev).toBe(1);
    expect(await t.repos.audit.count()).toBe(1);
  });

  it('detects a concurrent change instead of overwriting it', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'A' }, t.ctx.now()));
    await t.repos.operations.update(op.id, (o) => ({ ...o, title: 'zuerst' }));
    // A stale copy (rev 1) must not overwrite rev 2.
    const stale = { ...op, title: 'veraltet', rev: 2 };
    await expect(
      t.store.commit(
        [{ table: 'operations', put: stale }],
        [{ table: 'operations', id: op.id, rev: 1 }],
      ),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await t.repos.operations.get(op.id)).title).toBe('zuerst');
  });

  it('creating the same id twice is refused', async () => {
    t = openTestData();
    const op = newOperation({ codeName: 'A' }, t.ctx.now());
    await t.repos.operations.create(op);
    await expect(t.repos.operations.create(op)).rejects.toBeInstanceOf(ConflictError);
  });

  it('moves an operation through its lifecycle and audits approvals', async () => {
    t = openTestData();
    const op = await t.repos.operations.create(newOperation({ codeName: 'A' }, t.ctx.now()));
    await t.repos.operations.transition(op.id, 'planning');
    await t.repos.operations.transition(op.id, 'in_review');
    // An empty plan: approval needs a reason for each open mandatory item (issue 12).
    await expect(t.repos.operations.transition(op.id, 'approved')).rejects.toMatchObject({
      code: 'not_allowed',
    });
    const approved = await approveWithReasons(t, op.id);
    expect(approved.approval).toMatchObject({ by: 'Testnutzer', at: t.ctx.now(), revision: 1 });
    await expect(t.repos.operations.transition(op.id, 'closed')).rejects.toMatchObject({
      code: 'not_allowed',
    });
    const actions = (await t.repos.audit.forOperation(op.id)).map((a) => a.action).sort();
    expect(actions).toEqual(['approve', 'create', 'status', 'status']);
  });

  it('seeds catalogue agencies once, matched by catalogue key', async () => {
    t = openTestData();
    const agencies = [
      newAgency(
        { name: 'Polizeipräsidium Essen', kind: 'state_police', catalogKey: 'pp_essen' },
        t.ctx.now(),
      ),
      newAgency(
        { name: 'Stadt Essen – Ordnungsamt', kind: 'regulatory_office', catalogKey: 'essen_oa' },
        t.ctx.now(),
      ),
    ];
    const first = await t.repos.agencies.seed(agencies);
    const again = await t.repos.agencies.seed(agencies.map((a) => ({ ...a, id: `${a.id}x` })));
    expect(again).toEqual(first);
    expect(await t.repos.agencies.count()).toBe(2);
    expect((await t.repos.agencies.list()).map((a) => a.name)).toEqual([
      'Polizeipräsidium Essen',
      'Stadt Essen – Ordnungsamt',
    ]);
  });
});

describe('catalogue seeding', () => {
  it('two concurrent seeds never duplicate an agency', async () => {
    t = openTestData();
    const make = () => [
      newAgency(
        { name: 'Polizeipräsidium Essen', kind: 'state_police', catalogKey: 'pp_essen' },
        t.ctx.now(),
      ),
      newAgency(
        { name: 'Hauptzollamt Essen', kind: 'customs', catalogKey: 'hza_essen' },
        t.ctx.now(),
      ),
    ];
    const [a, b] = await Promise.all([
      t.repos.agencies.seed(make()),
      t.repos.agencies.seed(make()),
    ]);
    expect(a).toEqual(b);
    expect(await t.repos.agencies.count()).toBe(2);
    expect(a.get('pp_essen')).toBe('catalog-pp_essen');
  });
});
