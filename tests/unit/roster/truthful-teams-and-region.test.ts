// Issue 12 items 7 and 8: the teams check keeps requested and confirmed apart and warns when
// teams count on people nobody confirmed or have no leading agency; agency suggestions name the
// offices responsible for the operation's municipality before any other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Participation, PlanSnapshot } from '@shared/domain';
import {
  placementOf,
  responsibilityFor,
  rosterWarnings,
  suggestAgencies,
  type RosterWarning,
} from '@shared/roster';
import { demoPlan, NOW } from '../../support/demo-plan';
import { fcRuns } from '../../support/fc-runs';

const codes = (w: RosterWarning[]) => w.map((x) => x.code);

/** Every participation answered "bestätigt" as requested: the teams rely on nobody unconfirmed. */
function allConfirmed(plan: PlanSnapshot): PlanSnapshot {
  return {
    ...plan,
    participations: plan.participations.map((p) => ({
      ...p,
      confirmation: { ...p.confirmation, status: 'confirmed', confirmedStrength: null },
    })),
  };
}

describe('placement counts', () => {
  it('an open request of 16 is 16 requested, 0 confirmed, and every placed person unconfirmed', () => {
    const { plan } = demoPlan();
    const base = plan.participations[0];
    if (!base) throw new Error('demo has participations');
    const open: Participation = {
      ...base,
      requestedStrength: 16,
      confirmation: { ...base.confirmation, status: 'requested', confirmedStrength: null },
    };
    expect(placementOf(open, 0)).toEqual({
      requested: 16,
      confirmed: 0,
      assigned: 0,
      limit: 16,
      free: 16,
      unconfirmed: 0,
    });
    expect(placementOf(open, 10)).toMatchObject({ free: 6, unconfirmed: 10 });
  });

  it('unconfirmed people are never more than placed, never counted twice with over-assignment', () => {
    const { plan } = demoPlan();
    const base = plan.participations[0];
    if (!base) throw new Error('demo has participations');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.constantFrom(
          'requested',
          'confirmed',
          'partially_confirmed',
          'declined',
        ) as fc.Arbitrary<Participation['confirmation']['status']>,
        fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
        fc.integer({ min: 0, max: 80 }),
        (requested, status, confirmedStrength, assigned) => {
          const p: Participation = {
            ...base,
            requestedStrength: requested,
            confirmation: { ...base.confirmation, status, confirmedStrength },
          };
          const c = placementOf(p, assigned);
          expect(c.unconfirmed).toBeGreaterThanOrEqual(0);
          expect(c.unconfirmed).toBeLessThanOrEqual(assigned);
          // Every placed person is exactly one of: confirmed, unconfirmed, or over the limit.
          const over = Math.max(0, assigned - c.limit);
          expect(Math.min(assigned, c.confirmed) + c.unconfirmed + over).toBe(assigned);
          if (status === 'requested') expect(c.unconfirmed).toBe(Math.min(assigned, requested));
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});

describe('teams check', () => {
  it('warns when teams rely on people of an agency that has not confirmed, naming the teams', () => {
    const demo = demoPlan();
    const { agencies } = demo;
    const placedId = demo.plan.teams
      .flatMap((t) => t.members)
      .find((m) => m.count > 0)?.participationId;
    // That agency's answer is still open: nobody of it is confirmed.
    const plan: PlanSnapshot = {
      ...allConfirmed(demo.plan),
      participations: allConfirmed(demo.plan).participations.map((p) =>
        p.id === placedId
          ? {
              ...p,
              confirmation: { ...p.confirmation, status: 'requested', confirmedStrength: null },
            }
          : p,
      ),
    };
    const open = plan.participations.find((p) => p.id === placedId);
    if (!open) throw new Error('the demo has people in teams');
    const w = rosterWarnings(plan, agencies, NOW).find(
      (x) => x.code === 'relies_on_unconfirmed' && x.participationId === open.id,
    );
    const placed = plan.teams.flatMap((t) =>
      t.members.filter((m) => m.participationId === open.id && m.count > 0).map(() => t.id),
    );
    expect(w).toMatchObject({ confirmed: 0, teamIds: placed });
    // Once everyone has confirmed, the warning goes.
    expect(codes(rosterWarnings(allConfirmed(plan), agencies, NOW))).not.toContain(
      'relies_on_unconfirmed',
    );
  });

  it('warns about a team whose leader has no agency, or whose leading agency declined', () => {
    const { plan, agencies } = demoPlan();
    const [first, second] = plan.teams;
    if (!first || !second) throw new Error('demo has teams');
    const leadOfSecond = second.leader.participationId;
    const noAgency: PlanSnapshot = {
      ...allConfirmed(plan),
      teams: plan.teams.map((t) =>
        t.id === first.id
          ? { ...t, leader: { ...t.leader, name: 'PHK Beispiel', participationId: null } }
          : t,
      ),
    };
    const declined: PlanSnapshot = {
      ...noAgency,
      participations: noAgency.participations.map((p) =>
        p.id === leadOfSecond
          ? { ...p, confirmation: { ...p.confirmation, status: 'declined' } }
          : p,
      ),
    };
    const about = (plan2: PlanSnapshot) =>
      rosterWarnings(plan2, agencies, NOW)
        .filter((w) => w.code === 'team_without_lead_agency')
        .map((w) => (w.code === 'team_without_lead_agency' ? w.teamId : ''));
    expect(about(allConfirmed(plan))).toEqual([]);
    expect(about(noAgency)).toEqual([first.id]);
    const ledBySecondsAgency = plan.teams
      .filter((t) => t.id !== first.id && t.leader.participationId === leadOfSecond)
      .map((t) => t.id);
    expect(ledBySecondsAgency).toContain(second.id);
    expect(about(declined)).toEqual([first.id, ...ledBySecondsAgency]);
  });
});

describe('suggestions by region', () => {
  const gelsenkirchen = (kinds: string[]) => {
    const { agencies } = demoPlan();
    return suggestAgencies({
      premisesKinds: kinds,
      agencies,
      participations: [],
      municipalityId: 'gelsenkirchen',
    });
  };

  it('a Gelsenkirchen plan gets Gelsenkirchen police and offices, and HZA Dortmund before GZD', () => {
    const s = gelsenkirchen(['shisha_bar', 'cafe_restaurant', 'kiosk']);
    const first = (kind: string) => s.find((x) => x.kind === kind)?.candidates[0]?.catalogKey;
    expect(first('state_police')).toBe('pp_gelsenkirchen');
    expect(first('regulatory_office')).toBe('gelsenkirchen_ordnungsamt');
    const customs = s.find((x) => x.kind === 'customs')?.candidates.map((a) => a.catalogKey) ?? [];
    expect(customs[0]).toMatch(/^hza_dortmund/);
    expect(customs.indexOf('gzd')).toBeGreaterThan(customs.indexOf('hza_dortmund'));
    expect(customs).not.toContain('hza_duisburg');
  });

  it('never suggests an office of another town; those are listed as elsewhere', () => {
    const s = gelsenkirchen(['shisha_bar', 'cafe_restaurant', 'kiosk', 'problem_property']);
    const { agencies } = demoPlan();
    for (const x of s) {
      for (const a of x.candidates)
        expect(responsibilityFor(a, 'gelsenkirchen'), `${x.kind}: ${a.name}`).not.toBe('elsewhere');
    }
    const tax = s.find((x) => x.kind === 'tax_office');
    if (tax) {
      expect(tax.candidates.map((a) => a.catalogKey)).not.toContain('fa_essen_nordost');
      expect(tax.elsewhere.map((a) => a.catalogKey)).toContain('fa_essen_nordost');
    }
    const fire = agencies.find((a) => a.catalogKey === 'dortmund_feuerwehr');
    if (!fire) throw new Error('catalogue has Feuerwehr Dortmund');
    expect(responsibilityFor(fire, 'gelsenkirchen')).toBe('elsewhere');
    expect(responsibilityFor(fire, 'dortmund')).toBe('local');
  });

  it('the district government of the municipality’s Regierungsbezirk is responsible', () => {
    const { agencies } = demoPlan();
    const br = (key: string) => agencies.find((a) => a.catalogKey === key);
    const muenster = br('br_muenster');
    const arnsberg = br('br_arnsberg');
    if (!muenster || !arnsberg) throw new Error('catalogue has the district governments');
    expect(responsibilityFor(muenster, 'gelsenkirchen')).toBe('local');
    expect(responsibilityFor(arnsberg, 'gelsenkirchen')).toBe('elsewhere');
    expect(responsibilityFor(arnsberg, 'dortmund')).toBe('local');
  });
});
