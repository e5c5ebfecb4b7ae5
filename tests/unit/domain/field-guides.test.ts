// Checkliste und Hinweise per thematic field: the stored shape (optional, so plans stored before
// load), its German limits, the editing rules and what a template or a plan from one takes.
import { describe, expect, it } from 'vitest';
import {
  addItem,
  changeItem,
  checkReadiness,
  fieldGuidesSchema,
  guideFor,
  guidesForPattern,
  guideSummary,
  lenientSchema,
  openChecklistItems,
  operationSchema,
  removeItem,
  stripToPattern,
  withGuide,
  type FieldGuide,
} from '@shared/domain';
import { demoPlan, ids, NOW } from '../../support/demo-plan';

const stamp = { by: 'Lea Leitung', at: NOW };
const guide: FieldGuide = {
  field: 'shisha',
  checklist: [
    { id: 'a', text: 'CO-Messgerät mitnehmen', done: stamp },
    { id: 'b', text: 'Tabaksteuerbanderolen prüfen', done: null },
  ],
  notes: 'Zoll vorher informieren.',
};

describe('field guides schema', () => {
  it('loads a plan stored before guides existed and one that has them', () => {
    const { plan } = demoPlan();
    const { fieldGuides: _none, ...old } = plan.operation;
    expect(operationSchema.safeParse(old).success).toBe(true);
    const withGuides = { ...plan.operation, fieldGuides: [guide] };
    expect(operationSchema.parse(withGuides).fieldGuides).toEqual([guide]);
  });

  it('refuses overlong items and notes and a field twice, in German', () => {
    const long = { ...guide, checklist: [{ id: 'x', text: 'x'.repeat(501), done: null }] };
    const r1 = fieldGuidesSchema.safeParse([long]);
    expect(r1.error?.issues[0]?.message).toBe('Ein Punkt der Checkliste hat höchstens 500 Zeichen');
    const r2 = fieldGuidesSchema.safeParse([{ ...guide, notes: 'x'.repeat(10_001) }]);
    expect(r2.error?.issues[0]?.message).toBe('Die Hinweise haben höchstens 10.000 Zeichen');
    const r3 = fieldGuidesSchema.safeParse([guide, { ...guide, notes: '' }]);
    expect(r3.error?.issues[0]?.message).toBe('Jedes Themenfeld hat nur eine Checkliste');
    expect(fieldGuidesSchema.safeParse([{ ...guide, notes: 'x'.repeat(10_000) }]).success).toBe(
      true,
    );
  });

  it('still reads a stored guide beyond a limit (read leniently), but not a doubled field', () => {
    const lenient = lenientSchema(operationSchema);
    const { plan } = demoPlan();
    const over = { ...guide, notes: 'x'.repeat(10_001) };
    expect(lenient.safeParse({ ...plan.operation, fieldGuides: [over] }).success).toBe(true);
    expect(lenient.safeParse({ ...plan.operation, fieldGuides: [guide, guide] }).success).toBe(
      false,
    );
  });
});

describe('editing a guide', () => {
  it('adds after an item, changes, removes, and creates the guide of a new field', () => {
    const g = addItem(guide, 'c', 'a');
    expect(g.checklist.map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(addItem(guide, 'd').checklist.at(-1)?.id).toBe('d');
    const ticked = changeItem(g, 'c', { text: 'Hunde?', done: stamp });
    expect(ticked.checklist[1]).toEqual({ id: 'c', text: 'Hunde?', done: stamp });
    expect(removeItem(ticked, 'a').checklist.map((i) => i.id)).toEqual(['c', 'b']);
    // An item removed meanwhile stays removed when a pending change reaches it.
    expect(changeItem(removeItem(g, 'c'), 'c', { text: 'x' }).checklist).toHaveLength(2);

    const guides = withGuide([guide], 'red_light', (x) => addItem(x, 'r'));
    expect(guides.map((x) => x.field)).toEqual(['shisha', 'red_light']);
    expect(guideFor(guides, 'red_light').checklist).toHaveLength(1);
    expect(withGuide(guides, 'shisha', (x) => ({ ...x, notes: '' }))[0]?.notes).toBe('');
    expect(guideFor(undefined, 'traffic')).toEqual({ field: 'traffic', checklist: [], notes: '' });
  });

  it('counts open, non-empty items of the chosen fields only', () => {
    const blank = addItem(guide, 'e');
    const other: FieldGuide = { field: 'traffic', checklist: guide.checklist, notes: '' };
    expect(openChecklistItems([blank, other], ['shisha'])).toEqual([{ field: 'shisha', open: 1 }]);
    expect(openChecklistItems([blank], ['red_light'])).toEqual([]);
    expect(guideSummary([blank])).toEqual([{ field: 'shisha', items: 3, notes: true }]);
  });
});

describe('templates and plans from templates', () => {
  it('take the guides of the chosen fields with every item open again', () => {
    const { plan } = demoPlan();
    expect(plan.operation.thematicFields).toContain('shisha');
    const unchosen: FieldGuide = { field: 'red_light', checklist: guide.checklist, notes: 'x' };
    const empty: FieldGuide = { field: 'benefit_fraud', checklist: [], notes: ' ' };
    const source = {
      ...plan,
      operation: { ...plan.operation, fieldGuides: [guide, unchosen, empty] },
    };
    for (const asTemplate of [true, false]) {
      const copy = stripToPattern(source, ids('n'), NOW, asTemplate);
      expect(copy.operation.fieldGuides).toEqual([
        { ...guide, checklist: guide.checklist.map((i) => ({ ...i, done: null })) },
      ]);
      expect(operationSchema.safeParse(copy.operation).success).toBe(true);
    }
    // A plan without guides stays without.
    expect(stripToPattern(plan, ids('m'), NOW, false).operation.fieldGuides).toBeUndefined();
    expect(guidesForPattern(undefined, ['shisha'])).toBeUndefined();
  });
});

describe('Bereitschaft', () => {
  it('lists open checklist items of a chosen field as a hint, never as an error', () => {
    const { plan } = demoPlan();
    const ctx = { premisesName: () => '', agencyName: () => '' };
    const before = checkReadiness(plan, ctx);
    expect(before.some((i) => i.code === 'checklist_open')).toBe(false);
    const after = checkReadiness(
      { ...plan, operation: { ...plan.operation, fieldGuides: [guide] } },
      ctx,
    );
    const hint = after.filter((i) => i.code === 'checklist_open');
    expect(hint).toEqual([
      {
        code: 'checklist_open',
        severity: 'warning',
        tab: 'general',
        subjectId: null,
        params: { field: 'shisha', count: '1' },
      },
    ]);
    expect(after.filter((i) => i.severity === 'error')).toEqual(
      before.filter((i) => i.severity === 'error'),
    );
  });
});
