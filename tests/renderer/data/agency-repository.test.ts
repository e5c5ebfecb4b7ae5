// The agency repository: merge with references following (one transaction, audited), retire /
// reactivate, operation history, and CSV import in one batch.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseAgencyCsv } from '@shared/csv';
import { newAgency, newFinding, newParticipation, type Agency } from '@shared/domain';
import { loadDemo } from '../../../src/renderer/data/demo';
import { openTestData, type TestData } from '../support/data';

let t: TestData;
afterEach(async () => {
  await t?.db.delete();
});

async function demoWithDuplicate() {
  t = openTestData();
  const op = await loadDemo(t.repos, '2026-11-16T09:00:00.000Z');
  const plan = await t.repos.operations.loadPlan(op.id);
  const lead = plan.participations.find((p) => p.role === 'lead');
  if (!lead) throw new Error('demo changed');
  const survivor = await t.repos.agencies.get(lead.agencyId);
  const duplicate = await t.repos.agencies.create(
    newAgency(
      {
        name: `${survivor.name} (Dublette)`,
        kind: survivor.kind,
        contacts: [
          {
            id: 'c-dup',
            name: 'PK Neu',
            function: '',
            phone: '0201 1',
            mobile: '',
            email: '',
            radioCallSign: '',
          },
        ],
      },
      t.ctx.now(),
    ),
  );
  return { op, plan, lead, survivor, duplicate };
}

describe('merging agencies', () => {
  it('moves every reference of the duplicate in one audited transaction', async () => {
    const { op, plan, lead, survivor, duplicate } = await demoWithDuplicate();
    // The duplicate takes part in the same operation (to be folded) and in another one.
    const other = await t.repos.operations.create({
      ...plan.operation,
      id: 'op-2',
      codeName: 'ZWEI',
      leadAgencyId: duplicate.id,
    });
    const same = await t.repos.plan.participations.add(
      newParticipation(
        {
          operationId: op.id,
          agencyId: duplicate.id,
          requestedStrength: 2,
          liaison: {
            contactId: 'c-dup',
            name: 'PK Neu',
            function: '',
            phone: '',
            mobile: '',
            email: '',
          },
        },
        t.ctx.now(),
      ),
    );
    const moved = await t.repos.plan.participations.add(
      newParticipation(
        {
          operationId: other.id,
          agencyId: duplicate.id,
          liaison: {
            contactId: 'c-dup',
            name: 'PK Neu',
            function: '',
            phone: '',
            mobile: '',
            email: '',
          },
        },
        t.ctx.now(),
      ),
    );
    const team = plan.teams[0];
    if (!team) throw new Error('demo changed');
    await t.repos.plan.teams.update(team.id, (x) => ({
      ...x,
      members: [...x.members, { participationId: same.id, count: 2, names: '' }],
    }));
    const target = plan.targets[0];
    if (!target) throw new Error('demo changed');
    await t.repos.plan.targets.update(target.id, (x) => ({
      ...x,
      legalBasis: [...x.legalBasis, { agencyId: duplicate.id, basis: 'PolG' }],
    }));
    // No findings repository yet: the row is written straight to the store.
    const finding = newFinding(
      { operationId: op.id, agencyId: duplicate.id, category: 'seizure', rev: 1 },
      t.ctx.now(),
    );
    await t.store.commit([{ table: 'findings', put: finding }]);

    const commit = vi.spyOn(t.store, 'commit');
    const preview = await t.repos.agencies.previewMerge(survivor.id, duplicate.id);
    expect(preview.summary).toMatchObject({
      contactsMoved: 1,
      participationsMoved: 1,
      participationsFolded: 1,
      teams: 1,
      operations: 1,
      targets: 1,
      findings: 1,
    });
    expect(commit).not.toHaveBeenCalled();
    await t.repos.agencies.merge(survivor.id, duplicate.id);
    expect(commit).toHaveBeenCalledTimes(1);

    const [a, b] = await t.repos.agencies.getMany([survivor.id, duplicate.id]);
    expect(b?.mergedInto).toBe(survivor.id);
    expect(a?.contacts.map((c) => c.name)).toContain('PK Neu');
    expect((await t.repos.agencies.list()).some((x) => x.id === duplicate.id)).toBe(false);
    const after = await t.repos.operations.loadPlan(op.id);
    expect(after.participations.filter((p) => p.agencyId === survivor.id)).toHaveLength(1);
    expect(after.participations.some((p) => p.agencyId === duplicate.id)).toBe(false);
    const folded = after.participations.find((p) => p.id === lead.id);
    expect(folded?.requestedStrength).toBe(lead.requestedStrength + 2);
    expect(after.teams[0]?.members.some((m) => m.participationId === same.id)).toBe(false);
    expect(after.targets[0]?.legalBasis.some((x) => x.agencyId === duplicate.id)).toBe(false);
    expect((await t.repos.plan.participations.get(moved.id)).agencyId).toBe(survivor.id);
    expect((await t.repos.plan.participations.get(moved.id)).liaison.contactId).toBe('c-dup');
    expect((await t.repos.operations.get(other.id)).leadAgencyId).toBe(survivor.id);
    const findings = await t.store.where<{ agencyId: string }>('findings', 'agencyId', survivor.id);
    expect(findings).toHaveLength(1);

    const audit = await t.repos.audit.forEntity(duplicate.id);
    expect(audit.some((e) => e.action === 'merge' && e.entity === 'agency')).toBe(true);
    const opAudit = await t.repos.audit.forOperation(op.id);
    expect(opAudit.filter((e) => e.action === 'merge').length).toBeGreaterThanOrEqual(3);
    expect(opAudit.some((e) => e.action === 'delete' && e.entityId === same.id)).toBe(true);
    // The history view of the survivor now shows both operations.
    const history = await t.repos.agencies.participationsOfAgency(survivor.id);
    expect(history.map((h) => h.operation?.codeName).sort()).toEqual(
      [plan.operation.codeName, 'ZWEI'].sort(),
    );
    // Real IndexedDB work across many tables: seconds, not milliseconds, on a busy machine.
  }, 60_000);

  it('a failing write leaves everything as it was', async () => {
    const { survivor, duplicate } = await demoWithDuplicate();
    vi.spyOn(t.store, 'commit').mockRejectedValueOnce(new Error('disk full'));
    await expect(t.repos.agencies.merge(survivor.id, duplicate.id)).rejects.toThrow('disk full');
    expect((await t.repos.agencies.get(duplicate.id)).mergedInto).toBeNull();
    expect((await t.repos.agencies.get(survivor.id)).contacts).toEqual(survivor.contacts);
  });

  it('refuses to merge an agency into itself', async () => {
    const { survivor } = await demoWithDuplicate();
    await expect(t.repos.agencies.merge(survivor.id, survivor.id)).rejects.toMatchObject({
      code: 'not_allowed',
    });
  });
});

describe('retire and import', () => {
  it('retired agencies leave the default list and come back', async () => {
    const { survivor } = await demoWithDuplicate();
    await t.repos.agencies.retire(survivor.id);
    expect((await t.repos.agencies.list()).some((a) => a.id === survivor.id)).toBe(false);
    expect(
      (await t.repos.agencies.list({ includeRetired: true })).some((a) => a.id === survivor.id),
    ).toBe(true);
    await t.repos.agencies.reactivate(survivor.id);
    expect((await t.repos.agencies.get(survivor.id)).retired).toBe(false);
    const audit = await t.repos.audit.forEntity(survivor.id);
    expect(audit.filter((e) => e.action === 'status')).toHaveLength(2);
  });

  it('imports valid rows in one batch: new agencies and contacts for existing ones', async () => {
    t = openTestData();
    const existing: Agency = await t.repos.agencies.create(
      newAgency({ name: 'Stadt Probstadt – Ordnungsamt', kind: 'regulatory_office' }, t.ctx.now()),
    );
    const csv = [
      'Name;Art;Ansprechperson;Ansprechperson E-Mail',
      'Stadt Probstadt – Ordnungsamt;Ordnungsamt;Jana Beispiel;jana@probstadt.example',
      'Hauptzollamt Probstadt;Zoll;Tom Probe;tom@',
      'Hauptzollamt Probstadt;Zoll;Lena Exempel;lena@zoll.example',
    ].join('\n');
    const parsed = parseAgencyCsv(new TextEncoder().encode(csv));
    expect(parsed.issues.map((i) => i.row)).toEqual([3]);
    const commit = vi.spyOn(t.store, 'commit');
    const out = await t.repos.agencies.importAgencies(parsed.agencies);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(out).toEqual({ created: 1, extended: 1, contactsAdded: 1, unchanged: 0 });
    const all = await t.repos.agencies.list();
    expect(all.map((a) => a.name)).toEqual([
      'Hauptzollamt Probstadt',
      'Stadt Probstadt – Ordnungsamt',
    ]);
    expect(all[0]?.contacts.map((c) => c.name)).toEqual(['Lena Exempel']);
    const audit = await t.repos.audit.forEntity(existing.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'import']);
  });
});
