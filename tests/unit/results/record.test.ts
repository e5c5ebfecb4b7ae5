// The results record: whole numbers in cents and grams only, caps, per-agency slices and the
// free-text warning for names and dates of birth.
import { describe, expect, it } from 'vitest';
import {
  agencyResultsSliceSchema,
  emptyResults,
  mergeSlice,
  operationResultsSchema,
  parseMetric,
  personalDataWarnings,
  reassignAgency,
  addGoods,
  removeGoods,
  rowKey,
  setCell,
  sliceFor,
  sumRows,
} from '@shared/results';

const NOW = '2026-01-01T00:00:00.000Z';
const base = () => emptyResults('r1', 'op1', NOW);

describe('results record', () => {
  it('stores money in cents and mass in grams as integers, refusing fractions', () => {
    expect(parseMetric('1.234,56', 'cents')).toBe(123_456);
    expect(parseMetric('0,29', 'cents')).toBe(29);
    expect(parseMetric('2,5', 'grams')).toBe(2_500);
    expect(parseMetric('0,001', 'grams')).toBe(1);
    expect(parseMetric('1,5', 'count')).toBeNull();
    expect(parseMetric('0,001', 'cents')).toBeNull();
    expect(parseMetric('-3', 'count')).toBeNull();
    expect(parseMetric('', 'count')).toBe(0);
    const r = setCell(base(), 'a1', 't1', 'cash_seized_cents', 12.5);
    expect(operationResultsSchema.safeParse(r).success).toBe(false);
    const ok = setCell(base(), 'a1', 't1', 'cash_seized_cents', 1250);
    expect(operationResultsSchema.safeParse(ok).success).toBe(true);
    expect(
      operationResultsSchema.safeParse(setCell(base(), 'a1', 't1', 'tobacco_grams', 1e12)).success,
    ).toBe(false);
    expect(
      operationResultsSchema.safeParse(setCell(base(), 'a1', 't1', 'unknown_metric', 1)).success,
    ).toBe(false);
  });

  it('keeps only non-zero cells and sums rows', () => {
    let r = setCell(base(), 'a1', 't1', 'arrests', 2);
    r = setCell(r, 'a2', 't1', 'arrests', 3);
    r = setCell(r, 'a1', 't1', 'closures', 1);
    r = setCell(r, 'a1', 't1', 'closures', 0);
    expect(r.rows[0]?.values).toEqual({ arrests: 2 });
    expect(sumRows(r.rows)).toEqual({ arrests: 5 });
  });

  it("takes an agency's slice in without touching other agencies' rows", () => {
    let r = setCell(base(), 'a1', 't1', 'arrests', 2);
    r = setCell(r, 'a2', 't1', 'owi_reports', 4);
    const slice = sliceFor(setCell(r, 'a2', 't2', 'closures', 1), 'a2');
    expect(agencyResultsSliceSchema.safeParse(slice).success).toBe(true);
    const merged = mergeSlice(r, slice);
    expect(merged && sumRows(merged.rows)).toEqual({ arrests: 2, owi_reports: 4, closures: 1 });
    expect(mergeSlice(r, { ...slice, operationId: 'other' })).toBeNull();
  });

  it('warns when free text looks like a name or a date of birth', () => {
    expect(personalDataWarnings('3 Spielgeräte versiegelt, Konzession fehlt')).toEqual([]);
    expect(personalDataWarnings('Betreiber Herr Yilmaz nicht angetroffen')).toEqual([
      'person_name',
    ]);
    expect(personalDataWarnings('Meier, Hans festgenommen')).toContain('person_name');
    expect(personalDataWarnings('Person geb. 03.04.1988')).toEqual(['date_of_birth']);
    expect(personalDataWarnings('Nachname: Schulz')).toContain('person_name');
    expect(personalDataWarnings('1988-04-03')).toEqual(['date_of_birth']);
  });

  it("moves a merged agency's rows onto the surviving agency, adding up the same target", () => {
    let r = setCell(base(), 'dup', 't1', 'arrests', 2);
    r = setCell(r, 'keep', 't1', 'arrests', 1);
    r = setCell(r, 'dup', 't2', 'closures', 1);
    r = setCell(r, 'other', 't1', 'arrests', 5);
    const merged = reassignAgency(r, 'dup', 'keep');
    expect(merged.rows.map((x) => [x.agencyId, x.targetId, x.values])).toEqual([
      ['keep', 't1', { arrests: 3 }],
      ['keep', 't2', { closures: 1 }],
      ['other', 't1', { arrests: 5 }],
    ]);
    expect(sumRows(merged.rows)).toEqual(sumRows(r.rows));
    expect(reassignAgency(r, 'nobody', 'keep')).toBe(r);
  });

  it('adds goods to a row and removes them by value', () => {
    const a = { description: 'Shisha-Tabak unversteuert', quantity: 2500, unit: 'grams' as const };
    const b = { description: 'Einweg-E-Zigaretten', quantity: 40, unit: 'pieces' as const };
    let r = addGoods(base(), 'a1', 't1', a);
    r = addGoods(r, 'a1', 't1', b);
    expect(operationResultsSchema.safeParse(r).success).toBe(true);
    const key = rowKey({ agencyId: 'a1', targetId: 't1' });
    // Two removals queued in a row: each finds its own entry.
    const both = removeGoods(removeGoods(r, key, a), key, b);
    expect(both.rows[0]?.goods).toEqual([]);
    expect(removeGoods(r, key, b).rows[0]?.goods).toEqual([a]);
    expect(
      operationResultsSchema.safeParse(addGoods(base(), 'a1', null, { ...a, quantity: 2.5 }))
        .success,
    ).toBe(false);
  });
});
