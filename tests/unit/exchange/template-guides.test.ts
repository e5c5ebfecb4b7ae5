// A Muster carries its Checkliste und Hinweise per thematic field: through seal and open (the
// package's strict schema) into the importer's template, every item open; a changed guide is a
// changed Muster for the "same content" check.
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
  type TemplatePattern,
} from '@shared/exchange';
import type { FieldGuide, PlanSnapshot } from '@shared/domain';
import { demoPlan, ids, NOW } from '../../support/demo-plan';
import { bytesOf, parties, trust, type Parties } from './support';

let p: Parties;
beforeAll(async () => {
  p = await parties();
}, 30_000);

const guides: FieldGuide[] = [
  {
    field: 'shisha',
    checklist: [
      { id: 'a', text: 'CO-Messgerät mitnehmen', done: { by: 'Lea Leitung', at: NOW } },
      { id: 'b', text: 'Tabaksteuerbanderolen prüfen', done: null },
    ],
    notes: 'Zoll vorher informieren; Hinterausgang sichern.',
  },
  {
    field: 'illegal_gambling',
    checklist: [{ id: 'c', text: 'Geräte zählen', done: null }],
    notes: '',
  },
];

function template(g: FieldGuide[] = guides): PlanSnapshot {
  const { plan } = demoPlan();
  return { ...plan, operation: { ...plan.operation, template: true, fieldGuides: g } };
}

async function sealAndOpen(pattern: TemplatePattern) {
  const envelope: EnvelopeOf<'template'> = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    kind: 'template',
    id: 'muster-g',
    createdAt: NOW,
    sender: { fingerprint: p.lead.fingerprint, name: 'Lea Leitung', agency: 'Stadt Essen' },
    senderKey: p.lead.publicKey,
    recipients: [p.liaison.fingerprint],
    planId: pattern.plan.operation.id,
    planRevision: 1,
    requestId: 'muster-g',
    payload: {
      name: 'Muster Shisha',
      description: '',
      author: { name: 'Lea Leitung', agency: 'Stadt Essen' },
      fields: [],
      pattern,
    },
  };
  const sealed = await seal(envelope, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] });
  return openPackage(bytesOf(sealed), {
    privateKeys: [p.liaison.privateKey],
    trusted: [trust(p.lead)],
  });
}

async function received(pattern: TemplatePattern): Promise<TemplatePattern> {
  const opened = await sealAndOpen(pattern);
  if (!opened.ok) throw new Error(opened.error.message);
  const env = opened.value.envelope;
  if (env.kind !== 'template' || !env.payload.pattern) throw new Error('not a Muster');
  return env.payload.pattern;
}

describe('Muster with field guides', () => {
  it('survives seal, open and import, with every item open and nobody named', async () => {
    const d = demoPlan();
    const pattern = patternForExport(template(), d.agencies, ids('e'), NOW);
    expect(JSON.stringify(pattern)).not.toContain('Lea Leitung');
    const r = patternForImport(await received(pattern), 'MUSTER', d.agencies, ids('i'), NOW);
    expect(r.plan.operation.template).toBe(true);
    expect(r.plan.operation.fieldGuides).toEqual(
      guides.map((g) => ({ ...g, checklist: g.checklist.map((i) => ({ ...i, done: null })) })),
    );
  });

  it('a package whose guide breaks a limit is refused on opening', async () => {
    const d = demoPlan();
    const pattern = patternForExport(template(), d.agencies, ids('e'), NOW);
    const [first] = pattern.plan.operation.fieldGuides ?? [];
    if (!first) throw new Error('no guide');
    const hostile: TemplatePattern = {
      ...pattern,
      plan: {
        ...pattern.plan,
        operation: {
          ...pattern.plan.operation,
          fieldGuides: [{ ...first, notes: 'x'.repeat(10_001) }],
        },
      },
    };
    const opened = await sealAndOpen(hostile);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('invalid_content');
  });

  it('counts the guides in the "same content" check', () => {
    const d = demoPlan();
    const later = '2026-12-01T08:00:00.000Z';
    const a = patternForExport(template(), d.agencies, ids('a'), NOW);
    const b = patternForExport(template(), d.agencies, ids('b'), later);
    expect(patternContent(a, NOW)).toBe(patternContent(b, later));
    const [shisha, gambling] = guides;
    if (!shisha || !gambling) throw new Error('guides');
    const changes: FieldGuide[][] = [
      [{ ...shisha, notes: 'Anders.' }, gambling],
      [{ ...shisha, checklist: shisha.checklist.slice(1) }, gambling],
      [shisha, { ...gambling, checklist: [{ id: 'c', text: 'Geräte fotografieren', done: null }] }],
      [shisha],
    ];
    for (const g of changes) {
      const c = patternForExport(template(g), d.agencies, ids('c'), later);
      expect(patternContent(c, later)).not.toBe(patternContent(a, NOW));
    }
  });
});
