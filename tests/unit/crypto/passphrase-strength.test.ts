// The passphrase estimator: weak patterns are caught with stable feedback keys, and ordinary
// long passphrases reach the score of 3 the UI requires.
import { describe, expect, it } from 'vitest';
import { estimatePassphraseStrength, PASSPHRASE_FEEDBACK_KEYS } from '@shared/crypto';

const score = (p: string) => estimatePassphraseStrength(p).score;
const keys = (p: string) => estimatePassphraseStrength(p).feedbackKeys;

describe('estimatePassphraseStrength', () => {
  it.each([
    [''],
    ['abc'],
    ['passwort'],
    ['Passwort123!'],
    ['password1234'],
    ['aaaaaaaaaaaa'],
    ['1234567890'],
    ['qwertzuiop'],
    ['asdfghjklö'],
    ['verbundplaner'],
    ['Verbundplaner2026!'],
    ['Polizei2026!'],
    ['P4ssw0rt-P4ssw0rt'],
    ['hallohallohallo'],
    ['Sommer2024!!'],
    ['abcabcabcabc'],
  ])('rates %j below the required 3', (p) => {
    expect(score(p)).toBeLessThan(3);
    expect(keys(p)).toContain('addWords');
  });

  it.each([
    ['correct horse battery staple'],
    ['Vier Wörter sind sicherer'],
    ['Mein Hund heißt Bello und frisst gern Wurst'],
    ['xK9#mQ2$vL7@pR4!'],
    ['Kaffee-Tasse-Wolke-Brücke-17'],
  ])('rates %j at least 3', (p) => {
    expect(score(p)).toBeGreaterThanOrEqual(3);
    expect(keys(p)).not.toContain('addWords');
  });

  it('names the reason with stable keys', () => {
    expect(keys('abc')).toContain('tooShort');
    expect(keys('Passwort2026')).toContain('common');
    expect(keys('verbundplaner-polizei')).toContain('common');
    expect(keys('p4ssw0rt und mehr')).toContain('common');
    expect(keys('Meine 123456789 Zahlen')).toContain('sequence');
    expect(keys('qwertz ist bequem')).toContain('sequence');
    expect(keys('aaaa bbbb cccc dddd')).toContain('repeated');
    expect(keys('abcdefgh')).toContain('variety');
    for (const p of ['', 'a', 'Passwort123!', 'correct horse battery staple']) {
      for (const key of keys(p)) expect(PASSPHRASE_FEEDBACK_KEYS).toContain(key);
    }
  });

  it('caps anything shorter than the minimum length', () => {
    expect(score('xK9#mQ2$v')).toBeLessThanOrEqual(1);
    expect(keys('xK9#mQ2$v')).toContain('tooShort');
  });

  it('grows with length and stays in range', () => {
    const words = 'Ampel Brücke Dackel Efeu Fähre Gurke Hafen Igel';
    let previous = -1;
    for (let n = 1; n <= 8; n++) {
      const s = score(words.split(' ').slice(0, n).join(' '));
      expect(s).toBeGreaterThanOrEqual(previous);
      previous = s;
    }
    expect(previous).toBe(4);
    expect(score('x'.repeat(1024))).toBeLessThan(3);
    expect(score('Lange Passphrase '.repeat(60))).toBeGreaterThanOrEqual(0);
  });

  it('is fast enough for every keystroke, even at the maximum length', () => {
    const long = 'Zufällige Wörter ergeben eine gute Passphrase 1234 '.repeat(20).slice(0, 1024);
    const started = performance.now();
    estimatePassphraseStrength(long);
    expect(performance.now() - started).toBeLessThan(250);
  });
});
