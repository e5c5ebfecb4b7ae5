// Whole numbers as people type them ("12", "2.000", "2 000"), checked against a range. Fields
// for counts keep the typed text and store only a number in range — a number field that clamps
// `-5` to 0 or `99999` to its maximum on blur changes what was typed without saying so.
export type WholeNumber =
  | { ok: true; value: number }
  | { ok: false; error: 'empty' | 'not_a_whole_number' | 'out_of_range' };

// Plain digits, or German thousands groups with a point or a space; an optional minus so that
// "-5" is read (and refused as out of range) instead of being called "not a number".
const WHOLE = /^-?(?:\d+|\d{1,3}(?:[. ]\d{3})+)$/;

export function parseWholeNumber(text: string, min: number, max: number): WholeNumber {
  const s = text.trim();
  if (s === '') return { ok: false, error: 'empty' };
  if (!WHOLE.test(s)) return { ok: false, error: 'not_a_whole_number' };
  const value = Number(s.replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'out_of_range' };
  if (value < min || value > max) return { ok: false, error: 'out_of_range' };
  return { ok: true, value };
}
