// The Einsatzbefehl model from the demo plan: parts and annex order, renamed headings, copies,
// need-to-know extracts, late-release redaction (checked over every text), register numbering.
import { describe, expect, it } from 'vitest';
import {
  agencyScope,
  allTexts,
  briefingModel,
  copyOf,
  nextCopyNumber,
  recordIssue,
  scopeRules,
  teamCardsModel,
  type BriefingModel,
  type DistributionCopy,
} from '@shared/documents/briefing';
import { demoBriefing, testPng } from './briefing-fixtures';

const { d, input } = demoBriefing();
const ordnungsamt = d.byKey.get('essen_ordnungsamt') ?? '';
// An agency sent to some targets but not all (the need-to-know rule has something to leave out).
const partial =
  d.plan.participations
    .map((p) => p.agencyId)
    .find((a) => {
      const n = scopeRules(d.plan, a).filter((r) => r.included).length;
      return n > 0 && n < d.plan.targets.length;
    }) ?? '';
const keys = (m: BriefingModel) => m.sections.filter((s) => s.level === 1).map((s) => s.key);

describe('Einsatzbefehl model', () => {
  const full = briefingModel(input);

  it('has the five numbered parts, then annexes A to F with one object sheet per target', () => {
    const ids = d.plan.targets.map((t) => `annex:B:${t.id}`);
    expect(keys(full)).toEqual([
      'part:situation',
      'part:mission',
      'part:execution',
      'part:support',
      'part:command',
      'annex:A',
      'annex:B',
      ...ids,
      'annex:C',
      'annex:D',
      'annex:E',
      'annex:F',
    ]);
    const heads = full.sections.filter((s) => s.level === 1).map((s) => `${s.number} ${s.heading}`);
    expect(heads.slice(0, 5)).toEqual([
      '1 Lage',
      '2 Auftrag',
      '3 Durchführung',
      '4 Einsatzunterstützung',
      '5 Führung und Kommunikation',
    ]);
    expect(heads).toContain('Anlage F Verteiler');
    // Every annex and every object sheet but the first (under the annex heading) starts on a
    // new page; parts reference them.
    const breaks = full.sections
      .filter((s) => s.key.startsWith('annex:') && s.level === 1)
      .filter((s) => !s.pageBreakBefore)
      .map((s) => s.key);
    expect(breaks).toEqual([`annex:B:${d.plan.targets[0]?.id ?? ''}`]);
    expect(allTexts(full).join('\n')).toContain('Kräfte im Einzelnen: Anlage A.');
    expect(allTexts(full).join('\n')).toContain('Anlage B.1');
  });

  it('object sheets carry map, address, access time, teams and legal bases', () => {
    const sheet = full.sections.find((s) => s.key.startsWith('annex:B:'));
    const [map, ...rest] = sheet?.blocks ?? [];
    expect(map).toMatchObject({ type: 'image', width: 450, height: 300 });
    const t = JSON.stringify(rest);
    expect(t).toContain('Shisha-Lounge Beispiel');
    expect(t).toContain('Musterstraße');
    expect(t).toMatch(/H[+−]?\d*:?\d* ?\(|"value":"H \(/);
    expect(t).toContain('Rechtsgrundlage');
  });

  it('photos from the premises follow the sheet’s facts; a redacted copy has none', () => {
    const first = d.plan.targets[0]?.id ?? '';
    const photos = new Map([
      [first, [{ ...testPng(400, 300, [0, 120, 0]), format: 'jpg' as const }]],
    ]);
    const images = { ...input.images, photos };
    const sheet = briefingModel({ ...input, images }).sections.find(
      (s) => s.key === `annex:B:${first}`,
    );
    const pics = sheet?.blocks.filter((b) => b.type === 'image') ?? [];
    expect(pics.map((b) => (b.type === 'image' ? [b.format, b.caption] : []))).toEqual([
      ['png', 'Kartenausschnitt Objekt 1: Shisha-Lounge Beispiel'],
      ['jpg', 'Foto 1: Objekt 1: Shisha-Lounge Beispiel'],
    ]);
    const redacted = briefingModel({ ...input, images, scope: agencyScope(d.plan, ordnungsamt) });
    expect(redacted.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'image')).toEqual(
      [],
    );
  });

  it('title page facts: copy number, approval with open items, revision; drafts have no copy', () => {
    expect(full.copy).toEqual({ number: 1, total: 4, recipient: 'Einsatzleitung' });
    expect(full.approvalNote).toContain('freigegeben mit 1 offenen Pflichtpunkt');
    expect(full.draft).toBe(false);
    const draft = briefingModel({
      ...input,
      source: {
        ...input.source,
        plan: { ...d.plan, operation: { ...d.plan.operation, approval: null } },
      },
    });
    expect(draft.draft).toBe(true);
    expect(draft.copy).toBeNull();
  });

  it('headings are renamed per installation; a part graded differently is marked', () => {
    const m = briefingModel({
      ...input,
      headings: { support: 'Versorgung', annexF: 'Verteilerliste', command: '  ' },
      source: {
        ...input.source,
        plan: {
          ...d.plan,
          operation: { ...d.plan.operation, partClassifications: { mission: 'open' } },
        },
      },
    });
    const heads = m.sections.filter((s) => s.level === 1).map((s) => s.heading);
    expect(heads).toContain('Versorgung');
    expect(heads).toContain('Verteilerliste');
    expect(heads).toContain('Führung und Kommunikation');
    expect(m.sections.find((s) => s.key === 'part:mission')?.classification).toBe('open');
    expect(m.sections.find((s) => s.key === 'part:situation')?.classification).toBeUndefined();
  });
});

describe('need-to-know copies', () => {
  const rules = scopeRules(d.plan, partial);
  const mine = rules.filter((r) => r.included).map((r) => r.targetId);

  it('an agency gets the sheets of the targets its people go to, and its teams’ cards', () => {
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(d.plan.targets.length);
    const released = {
      ...d.plan,
      operation: {
        ...d.plan.operation,
        targetRelease: {
          all: { from: '2026-01-01T00:00:00.000Z', by: 'EL', at: '2026-01-01T00:00:00.000Z' },
          agencies: [],
        },
      },
    };
    const src = { ...input.source, plan: released };
    const scope = agencyScope(released, partial);
    const m = briefingModel({ ...input, source: src, scope });
    expect(m.redacted).toBe(false);
    expect(m.extractFor).toBe(
      `Auszug für ${d.agencies.find((a) => a.id === partial)?.name ?? '?'}`,
    );
    const sheets = m.sections
      .filter((s) => s.key.startsWith('annex:B:'))
      .map((s) => s.key.slice(8));
    expect(sheets).toEqual(mine);
    const cards = teamCardsModel({ ...input, source: src, scope });
    expect(cards.sections.length).toBe(scope.kind === 'agency' ? scope.teamIds.length : -1);
    expect(cards.sections.length).toBeLessThan(d.plan.teams.length);
  });

  it('the lead overrides the rule per recipient, and the rule says so', () => {
    const other = d.plan.targets.find((t) => !mine.includes(t.id))?.id ?? '';
    const over = scopeRules(d.plan, partial, [...mine, other]);
    const rule = over.find((r) => r.targetId === other);
    expect(rule).toMatchObject({ included: true, overridden: true });
    expect(rule?.reason).toContain('hinzugefügt durch die Einsatzleitung');
  });

  it('unreleased: targets only as "Objekt n" — no name, address or operator in any text', () => {
    const m = briefingModel({ ...input, scope: agencyScope(d.plan, ordnungsamt) });
    expect(m.redacted).toBe(true);
    const texts = allTexts(m);
    for (const p of d.premises) {
      const street = `${p.address.street} ${p.address.houseNumber}`;
      for (const t of texts) {
        expect(t).not.toContain(p.name);
        expect(t).not.toContain(street);
        expect(t).not.toContain(p.operator.name);
      }
    }
    expect(texts.join('\n')).toContain('Objekt 1');
    expect(m.sections.flatMap((s) => s.blocks).some((b) => b.type === 'image' && b.png)).toBe(
      false,
    );
    const cards = teamCardsModel({ ...input, scope: agencyScope(d.plan, ordnungsamt) });
    for (const p of d.premises) expect(allTexts(cards).join('\n')).not.toContain(p.name);
  });
});

describe('distribution register', () => {
  const op = d.plan.operation.id;
  const issue = (revision: number, at: string) => ({
    revision,
    at,
    by: 'EL',
    scope: 'full' as const,
  });

  it('numbers copies in order; a reprint keeps the number and records the revision', () => {
    let copies: DistributionCopy[] = [];
    const add = (name: string, agencyId: string | null, revision: number, id: string) => {
      const c = recordIssue(
        copies,
        { name, agencyId },
        issue(revision, '2026-11-17T10:00:00.000Z'),
        { id, operationId: op },
      );
      copies = [...copies.filter((x) => x.id !== c.id), c];
      return c;
    };
    expect(add('Einsatzleitung', null, 1, 'c1').number).toBe(1);
    expect(add('Ordnungsamt', ordnungsamt, 1, 'c2').number).toBe(2);
    const reprint = add('Ordnungsamt', ordnungsamt, 2, 'c3');
    expect(reprint.number).toBe(2);
    expect(reprint.issues.map((i) => i.revision)).toEqual([1, 2]);
    expect(copies).toHaveLength(2);
    expect(nextCopyNumber(copies)).toBe(3);
    expect(copyOf(copies, { name: 'Einsatzleitung', agencyId: null })?.number).toBe(1);
    const m = briefingModel({ ...input, register: copies });
    const f = m.sections.find((s) => s.key === 'annex:F');
    expect(JSON.stringify(f)).toContain('"2","Ordnungsamt","1, 2"');
  });
});
