// Passphrase strength through the real on-demand loader (zxcvbn-ts with the common and German
// dictionaries): known weak German passphrases fail the gate, diceware-like phrases pass, and the
// feedback keys are ours and translated in both languages.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PASSPHRASE_FEEDBACK_KEYS,
  ratePassphrase,
  REQUIRED_PASSPHRASE_SCORE,
  type PassphraseEstimator,
} from '@shared/crypto';
import { resources } from '../../../src/renderer/i18n';
import { loadPassphraseEstimator } from '../../../src/renderer/vault/passphrase-estimator';

let estimator: PassphraseEstimator;
beforeAll(async () => {
  estimator = await loadPassphraseEstimator();
}, 30_000);

const rate = (p: string) => ratePassphrase(estimator, p);

describe('ratePassphrase with zxcvbn-ts (de)', () => {
  it.each([
    ['Passwort123'],
    ['passwort123'],
    ['Sommer2026!'],
    ['qwertzuiop'],
    ['asdfghjklö'],
    ['1234567890'],
    ['aaaaaaaaaaaa'],
    ['hallohallohallo'],
    ['abcabcabcabc'],
    ['Verbundplaner2026'],
    ['Michael1985!'],
  ])('rates %j below the required score', (p) => {
    const { score, feedbackKeys } = rate(p);
    expect(score).toBeLessThan(REQUIRED_PASSPHRASE_SCORE);
    expect(feedbackKeys).toContain('addWords');
  });

  it.each([
    // Random diceware-style phrases (German and English word lists), as the hint recommends.
    ['Kaffee-Tasse-Wolke-Brücke-17'],
    ['Abendkontrolle-Falke-Oase-Ruhrgebiet'],
    ['Schlüssel wandern Kompass Gurke Nebel'],
    ['correct horse battery staple'],
    ['Mein Hund heißt Bello und frisst gern Wurst'],
    ['xK9#mQ2$vL7@pR4!'],
  ])('rates %j as strong', (p) => {
    const { score, feedbackKeys } = rate(p);
    expect(score).toBeGreaterThanOrEqual(REQUIRED_PASSPHRASE_SCORE);
    expect(feedbackKeys).not.toContain('addWords');
  });

  it('names the reason with our own keys', () => {
    expect(rate('qwertzuiop').feedbackKeys).toContain('keyboard');
    expect(rate('Passwort123').feedbackKeys).toContain('common');
    expect(rate('hallohallohallo').feedbackKeys).toContain('repeated');
    expect(rate('Sommer2026!').feedbackKeys).toContain('names');
    expect(rate('verbundplaner').feedbackKeys).toContain('appWords');
    expect(rate('abc').feedbackKeys).toContain('tooShort');
  });

  it('caps anything shorter than the minimum length, however random', () => {
    const { score, feedbackKeys } = rate('xK9#mQ2$v');
    expect(score).toBeLessThanOrEqual(1);
    expect(feedbackKeys).toContain('tooShort');
  });

  it('grows with the number of words and ends very strong', () => {
    const words = 'Ampel Brücke Dackel Efeu Fähre Gurke Hafen Igel'.split(' ');
    let previous = -1;
    for (let n = 1; n <= words.length; n++) {
      const { score } = rate(words.slice(0, n).join(' '));
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
    expect(previous).toBe(4);
    expect(rate('x'.repeat(1024)).score).toBeLessThan(REQUIRED_PASSPHRASE_SCORE);
  });

  it('reports only keys that both languages translate', () => {
    const seen = new Set<string>();
    for (const p of ['', 'abc', 'Passwort123', 'qwertzuiop', 'Sommer2026!', 'hallohallohallo']) {
      for (const key of rate(p).feedbackKeys) seen.add(key);
    }
    expect(seen.size).toBeGreaterThan(3);
    for (const key of PASSPHRASE_FEEDBACK_KEYS) {
      expect(resources.de.vault.strength[key], key).toBeTruthy();
      expect(resources.en.vault.strength[key], key).toBeTruthy();
    }
  });

  it('loads the word lists once', async () => {
    expect(await loadPassphraseEstimator()).toBe(estimator);
  });
});
