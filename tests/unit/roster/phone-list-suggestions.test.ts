// Phone list generation (keeps manual entries, refreshes generated ones, stable order and ids)
// and agency suggestions from the premises kinds.
import { describe, expect, it } from 'vitest';
import { newPhoneEntry, type PhoneEntry, type PlanSnapshot } from '@shared/domain';
import { generatePhoneList, suggestAgencies } from '@shared/roster';
import { demoPlan, ids, NOW } from '../../support/demo-plan';

const phones = (plan: PlanSnapshot) =>
  plan.comms.filter((c): c is PhoneEntry => c.type === 'phone');

describe('phone list', () => {
  it('generates command post, lead, liaisons and team leaders in a stable order', () => {
    const { plan, agencies } = demoPlan();
    const empty = { ...plan, comms: plan.comms.filter((c) => c.type !== 'phone') };
    const r = generatePhoneList({ plan: empty, agencies, now: NOW, makeId: ids('ph') });
    const sources = r.entries.map((e) => e.source);
    expect(sources[0]).toBe('command_post');
    expect(sources.lastIndexOf('command_post')).toBeLessThan(sources.indexOf('liaison'));
    expect(sources.lastIndexOf('liaison')).toBeLessThan(sources.indexOf('team_leader'));
    expect(r.entries.map((e) => e.order)).toEqual(r.entries.map((_, i) => i));
    const withLiaison = plan.participations.filter(
      (p) => p.liaison.name && !['declined', 'withdrawn'].includes(p.confirmation.status),
    );
    expect(r.entries.filter((e) => e.source === 'liaison')).toHaveLength(withLiaison.length);
    expect(r.entries.filter((e) => e.source === 'team_leader')).toHaveLength(plan.teams.length);
    // The lead's liaison comes first (role order).
    const lead = plan.participations.find((p) => p.role === 'lead');
    expect(r.entries.find((e) => e.source === 'liaison')?.agencyId).toBe(lead?.agencyId);
    expect(r.put).toHaveLength(r.entries.length);
    expect(r.remove).toEqual([]);
  });

  it('a second run changes nothing; manual entries are kept after the generated ones', () => {
    const { plan, agencies } = demoPlan();
    const first = generatePhoneList({ plan, agencies, now: NOW, makeId: ids('a') });
    const manual = newPhoneEntry(
      { operationId: plan.operation.id, name: 'Schlüsseldienst', phone: '0201 999', order: 0 },
      NOW,
    );
    const stored = {
      ...plan,
      comms: [...plan.comms.filter((c) => c.type !== 'phone'), manual, ...first.entries],
    };
    const again = generatePhoneList({ plan: stored, agencies, now: NOW, makeId: ids('b') });
    expect(again.entries.at(-1)).toMatchObject({ name: 'Schlüsseldienst', source: 'manual' });
    expect(again.put.map((e) => e.id)).toEqual([manual.id]);
    const third = generatePhoneList({
      plan: { ...stored, comms: again.entries },
      agencies,
      now: NOW,
      makeId: ids('c'),
    });
    expect(third.put).toEqual([]);
    expect(third.entries.map((e) => e.id)).toEqual(again.entries.map((e) => e.id));
  });

  it('refreshes a changed liaison in place and removes entries whose source is gone', () => {
    const { plan, agencies } = demoPlan();
    const base = {
      ...plan,
      comms: generatePhoneList({ plan, agencies, now: NOW, makeId: ids('a') }).entries,
    };
    const [p0, p1] = base.participations;
    const changed: PlanSnapshot = {
      ...base,
      participations: base.participations
        .filter((p) => p !== p1)
        .map((p) => (p === p0 ? { ...p, liaison: { ...p.liaison, phone: '0201 123456' } } : p)),
    };
    const r = generatePhoneList({ plan: changed, agencies, now: NOW, makeId: ids('b') });
    const old = phones(base).find((e) => e.source === 'liaison' && e.agencyId === p0?.agencyId);
    const now = r.entries.find((e) => e.source === 'liaison' && e.agencyId === p0?.agencyId);
    expect(now?.id).toBe(old?.id);
    expect(now?.phone).toBe('0201 123456');
    expect(r.remove.map((e) => e.agencyId)).toEqual([p1?.agencyId]);
  });
});

describe('agency suggestions', () => {
  it('suggests the kinds a shisha bar needs, local agencies first, skipping those taking part', () => {
    const { agencies, plan } = demoPlan();
    const s = suggestAgencies({
      premisesKinds: ['shisha_bar'],
      agencies,
      participations: [],
      municipalityId: 'essen',
    });
    expect(s[0]?.kind).toBe('state_police');
    expect(s.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['customs', 'regulatory_office', 'tax_office']),
    );
    const regulatory = s.find((x) => x.kind === 'regulatory_office');
    expect(regulatory?.candidates[0]?.name).toContain('Essen');
    expect(regulatory?.candidates.every((a) => a.name.includes('Essen'))).toBe(true);
    const taking = suggestAgencies({
      premisesKinds: ['shisha_bar'],
      agencies,
      participations: plan.participations,
      municipalityId: 'essen',
    });
    const again = taking.find((x) => x.kind === 'regulatory_office');
    expect(again?.covered).toBe(true);
    expect(
      again?.candidates.some((a) => plan.participations.some((p) => p.agencyId === a.id)),
    ).toBe(false);
  });

  it('never offers retired or merged agencies', () => {
    const { agencies } = demoPlan();
    const changed = agencies.map((a) => (a.kind === 'customs' ? { ...a, retired: true } : a));
    const s = suggestAgencies({
      premisesKinds: ['shisha_bar'],
      agencies: changed,
      participations: [],
      municipalityId: null,
    });
    expect(s.find((x) => x.kind === 'customs')?.candidates).toEqual([]);
  });
});
