// A Muster package carries a template's pattern: through seal/open (strict schema) and into
// another catalogue by catalogue key — unknown agencies dropped and listed, never a plan, no
// persons, no targets, fresh ids.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  openPackage,
  patternContent,
  patternForExport,
  patternForImport,
  seal,
  type EnvelopeOf,
} from '@shared/exchange';
import { demoPlan, NOW } from '../../support/demo-plan';
import { bytesOf, parties, trust, type Parties } from './support';

let p: Parties;
beforeAll(async () => {
  p = await parties();
}, 30_000);

let n = 0;
const makeId = () => `neu-${++n}`;

function exported() {
  const d = demoPlan();
  const template = { ...d.plan, operation: { ...d.plan.operation, template: true } };
  return { d, pattern: patternForExport(template, d.agencies, makeId, NOW) };
}

describe('Muster pattern', () => {
  it('leaves out persons, targets and dates and names agencies by catalogue key', () => {
    const { d, pattern } = exported();
    expect(pattern.plan.targets).toEqual([]);
    expect(pattern.plan.operation.hHour).toBeNull();
    expect(pattern.plan.operation.template).toBe(true);
    expect(pattern.plan.participations.every((x) => x.liaison.name === '')).toBe(true);
    expect(pattern.plan.teams.every((t) => t.targetIds.length === 0)).toBe(true);
    const used = new Set(d.plan.participations.map((x) => x.agencyId));
    expect(pattern.agencies.filter((a) => used.has(a.ref)).length).toBe(used.size);
    expect(pattern.agencies.every((a) => a.catalogKey !== null)).toBe(true);
    const text = JSON.stringify(pattern);
    for (const target of d.premises) expect(text).not.toContain(target.name);
  });

  it('travels in a signed template package and maps into another catalogue', async () => {
    const { d, pattern } = exported();
    const envelope: EnvelopeOf<'template'> = {
      format: EXCHANGE_FORMAT,
      version: EXCHANGE_VERSION,
      kind: 'template',
      id: 'muster-1',
      createdAt: NOW,
      sender: { fingerprint: p.lead.fingerprint, name: 'Lea Leitung', agency: 'Stadt Essen' },
      senderKey: p.lead.publicKey,
      recipients: [p.liaison.fingerprint],
      planId: pattern.plan.operation.id,
      planRevision: 1,
      requestId: 'muster-1',
      payload: {
        name: 'Muster Gastronomie',
        description: '',
        author: { name: 'Lea Leitung', agency: 'Stadt Essen' },
        fields: [],
        pattern,
      },
    };
    const sealed = await seal(envelope, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
    const opened = await openPackage(bytesOf(sealed), {
      privateKeys: [p.liaison.privateKey],
      trusted: [trust(p.lead)],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const received = opened.value.envelope;
    if (received.kind !== 'template' || !received.payload.pattern) throw new Error('kind');

    // The receiving catalogue: other ids, and one participating agency unknown by key.
    const usedIds = new Set(d.plan.participations.map((x) => x.agencyId));
    const used = d.agencies.filter((a) => usedIds.has(a.id));
    const missing = used[0];
    if (!missing) throw new Error('no agency');
    const local = d.agencies
      .filter((a) => a.id !== missing.id)
      .map((a) => ({ ...a, id: `lokal-${a.id}` }));
    const r = patternForImport(received.payload.pattern, 'MUSTER', local, makeId, NOW);

    expect(r.dropped).toEqual([missing.name]);
    expect(r.plan.operation.template).toBe(true);
    expect(r.plan.operation.status).toBe('draft');
    expect(r.plan.operation.codeName).toBe('MUSTER');
    expect(r.plan.participations.map((x) => x.agencyId).sort()).toEqual(
      used
        .filter((a) => a.id !== missing.id)
        .map((a) => `lokal-${a.id}`)
        .sort(),
    );
    const ids = [r.plan.operation.id, ...r.plan.participations.map((x) => x.id)];
    expect(ids.some((id) => id === pattern.plan.operation.id)).toBe(false);
    const kept = new Set(r.plan.participations.map((x) => x.id));
    for (const t of r.plan.teams) {
      for (const m of t.members) expect(kept.has(m.participationId)).toBe(true);
    }
  });

  it('reads the same for the same template exported twice, and differently once it changed', () => {
    const d = demoPlan();
    const template = { ...d.plan, operation: { ...d.plan.operation, template: true } };
    const later = '2026-12-01T08:00:00.000Z';
    const a = patternForExport(template, d.agencies, makeId, NOW);
    const b = patternForExport(template, d.agencies, makeId, later);
    // Fresh ids and another export time: the packages differ, the content does not.
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
    expect(patternContent(a, NOW)).toBe(patternContent(b, later));
    const changed = {
      ...template,
      operation: { ...template.operation, codeName: `${template.operation.codeName} 2` },
    };
    const c = patternForExport(changed, d.agencies, makeId, later);
    expect(patternContent(c, later)).not.toBe(patternContent(a, NOW));
    // One team fewer is a change too.
    const fewer = patternForExport(
      { ...template, teams: template.teams.slice(1) },
      d.agencies,
      makeId,
      later,
    );
    expect(patternContent(fewer, later)).not.toBe(patternContent(a, NOW));
  });
});
