// A small, pure passphrase strength estimator: rough bits per character by kind, with patterns
// (common words, sequences, repetitions) counted as almost free. Conservative on purpose; the UI
// requires a score of 3, which a few ordinary words or 14+ random characters reach.
import { PASSPHRASE_MIN } from '../ipc/contract';

/** Stable ids the UI translates (vault.strength.<key>). */
export const PASSPHRASE_FEEDBACK_KEYS = [
  'tooShort',
  'addWords',
  'sequence',
  'repeated',
  'common',
  'variety',
] as const;
export type PassphraseFeedbackKey = (typeof PASSPHRASE_FEEDBACK_KEYS)[number];
export type PassphraseScore = 0 | 1 | 2 | 3 | 4;
export interface PassphraseStrength {
  score: PassphraseScore;
  feedbackKeys: PassphraseFeedbackKey[];
}

// The most common German and English passwords and words an attacker of this app tries first.
const COMMON_WORDS = (
  'passwort password passwd kennwort geheim secret hallo hello qwertz qwerty letmein welcome ' +
  'willkommen admin login schatz liebe iloveyou sommer winter herbst frühling dragon monkey ' +
  'master sunshine football fussball fußball schalke borussia bayern dortmund sonne blume ' +
  'test user benutzer changeme trustno1 starwars pokemon superman batman princess shadow ' +
  'baseball computer internet schule mama papa bitte danke michael thomas andreas daniel ' +
  'stefan sabine nicole deutschland germany verbundplaner verbund planer polizei police ' +
  'einsatz dienst zoll ruhr essen gelsenkirchen bochum duisburg nrw abcdef'
)
  .split(' ')
  .filter((w) => w.length >= 4);

const KEYBOARD_ROWS =
  'qwertzuiopü asdfghjklöä yxcvbnm qwertyuiop asdfghjkl zxcvbnm 1234567890 !"§$%&/()= !@#$%^&*()'.split(
    ' ',
  );
const ROWS = [...KEYBOARD_ROWS, ...KEYBOARD_ROWS.map((r) => [...r].reverse().join(''))];
// Only this many characters are analysed (and counted): enough for a score of 4, and it keeps
// the estimate fast on every keystroke.
const ANALYSED = 128;

type Kind = 'lower' | 'upper' | 'digit' | 'space' | 'symbol' | 'other';
const kindOf = (c: string): Kind =>
  /[a-z]/.test(c)
    ? 'lower'
    : /[A-Z]/.test(c)
      ? 'upper'
      : /[0-9]/.test(c)
        ? 'digit'
        : /\s/.test(c)
          ? 'space'
          : /[\p{L}\p{N}]/u.test(c)
            ? 'other'
            : 'symbol';
// Rough bits per character: letters of real words carry far less than log2(26).
const BITS: Record<Kind, number> = {
  lower: 3,
  upper: 3,
  digit: 3.3,
  space: 1.5,
  symbol: 5,
  other: 4,
};

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

export function estimatePassphraseStrength(input: string): PassphraseStrength {
  const chars = Array.from(input.normalize('NFC'));
  const feedback = new Set<PassphraseFeedbackKey>();
  const head = chars.slice(0, ANALYSED);
  const lower = head.map((c) => c.toLowerCase());
  const bits = head.map((c) => BITS[kindOf(c)]);
  const cap = (from: number, to: number, value: number) => {
    for (let i = from; i < to; i++) bits[i] = Math.min(bits[i] ?? 0, value);
  };

  // Common words, also in leetspeak (p4ssw0rt) and with 1 read as l (ha11o).
  const variants = [
    lower,
    lower.map((c) => LEET[c] ?? c),
    lower.map((c) => (c === '1' ? 'l' : (LEET[c] ?? c))),
  ];
  for (const variant of variants) {
    const text = variant.join('');
    if (text.length !== variant.length) continue; // a lowercase mapping changed the length
    for (const word of COMMON_WORDS) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        feedback.add('common');
        cap(at + 1, at + word.length, 0); // the whole word costs about as much as one letter
      }
    }
  }

  for (let i = 0; i < lower.length; i++) {
    // Alphabetic or numeric runs (abc, 4321) and keyboard runs (qwertz, asdf).
    let run = 1;
    const code = (k: number) => lower[k]?.codePointAt(0) ?? -1;
    const step = code(i + 1) - code(i);
    if ((step === 1 || step === -1) && /[a-z0-9]/.test(lower[i] ?? '')) {
      const continues = (k: number) =>
        k < lower.length && code(k) - code(k - 1) === step && /[a-z0-9]/.test(lower[k] ?? '');
      while (continues(i + run)) run++;
    }
    for (const row of ROWS) {
      let length = 0;
      const inRow = (n: number) =>
        i + n <= lower.length && row.includes(lower.slice(i, i + n).join(''));
      while (inRow(length + 1)) length++;
      run = Math.max(run, length);
    }
    if (run >= 3) {
      feedback.add('sequence');
      cap(i + 1, i + run, 1);
    }
    // Repetitions: aaaa, and repeated chunks such as abcabc or hallohallo.
    for (let period = 1; period <= (lower.length - i) / 2; period++) {
      const chunk = lower.slice(i, i + period).join('');
      const copyAt = (n: number) => lower.slice(i + n * period, i + (n + 1) * period).join('');
      let copies = 1;
      while (copyAt(copies) === chunk) copies++;
      if (copies > 1 && period * copies >= (period === 1 ? 3 : 4)) {
        feedback.add('repeated');
        cap(i + period, i + period * copies, 0.1);
      }
    }
  }

  const kinds = new Set(chars.map(kindOf).filter((k) => k !== 'space'));
  const total = bits.reduce((sum, b) => sum + b, 0) + 2 * Math.max(0, kinds.size - 1);
  let score: PassphraseScore =
    total < 25 ? 0 : total < 40 ? 1 : total < 55 ? 2 : total < 70 ? 3 : 4;
  if (chars.length < PASSPHRASE_MIN) {
    feedback.add('tooShort');
    score = Math.min(score, 1) as PassphraseScore;
  }
  if (score < 3) {
    if (kinds.size <= 1 && chars.length < 20) feedback.add('variety');
    feedback.add('addWords');
  }
  return { score, feedbackKeys: PASSPHRASE_FEEDBACK_KEYS.filter((k) => feedback.has(k)) };
}
