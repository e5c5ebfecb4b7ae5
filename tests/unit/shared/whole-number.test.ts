// Counts typed as text (issue 12, item 5): "-5" and "99999" are refused with a reason instead of
// being clamped or stored as 0; German thousands groups are read.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '@shared/domain';
import { parseWholeNumber } from '@shared/util/whole-number';

const strength = (text: string) => parseWholeNumber(text, 0, LIMITS.strength);

describe('parseWholeNumber', () => {
  it('reads whole numbers in range, with German thousands groups', () => {
    expect(strength('0')).toEqual({ ok: true, value: 0 });
    expect(strength(' 16 ')).toEqual({ ok: true, value: 16 });
    expect(strength('2.000')).toEqual({ ok: true, value: 2_000 });
    expect(strength('1 500')).toEqual({ ok: true, value: 1_500 });
  });

  it('refuses negative and too large numbers as out of range', () => {
    for (const text of ['-5', '2001', '99999', '2.001', '99999999999999999999']) {
      expect(strength(text), text).toEqual({ ok: false, error: 'out_of_range' });
    }
  });

  it('says when the text is no whole number or empty', () => {
    for (const text of ['1,5', '1.5', '12a', '--5', '1.00', 'zwölf']) {
      expect(strength(text), text).toEqual({ ok: false, error: 'not_a_whole_number' });
    }
    expect(strength('  ')).toEqual({ ok: false, error: 'empty' });
  });
});
