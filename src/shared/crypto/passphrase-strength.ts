// Passphrase strength from zxcvbn-ts, turned into our own score gate and German feedback keys.
// The estimator is passed in (already built with its dictionaries), so this module stays pure and
// the ~1.5 MB of word lists are loaded only on the screens that set a passphrase.
import { PASSPHRASE_MIN } from './vault-api';

/** Stable ids the UI translates (vault.strength.<key>), in the order they are shown. */
export const PASSPHRASE_FEEDBACK_KEYS = [
  'tooShort',
  'common',
  'appWords',
  'names',
  'singleWord',
  'keyboard',
  'sequence',
  'repeated',
  'dates',
  'capitalization',
  'l33t',
  'reverseWords',
  'addWords',
] as const;
export type PassphraseFeedbackKey = (typeof PASSPHRASE_FEEDBACK_KEYS)[number];
export type PassphraseScore = 0 | 1 | 2 | 3 | 4;
export interface PassphraseStrength {
  score: PassphraseScore;
  feedbackKeys: PassphraseFeedbackKey[];
}

/** The part of a zxcvbn-ts `ZxcvbnFactory` this module uses (structural, so no import here). */
export interface PassphraseEstimator {
  check(
    password: string,
    userInputs?: (string | number)[],
  ): {
    score: number;
    feedback: { warning: string | null; suggestions: string[] };
  };
}

/**
 * zxcvbn scores 3 below 10^10 guesses; with Argon2id in front that is years of work per try
 * budget, and a few ordinary words reach it. Setting up, changing and recovering all require it.
 */
export const REQUIRED_PASSPHRASE_SCORE = 3;

// Words an attacker of this app tries first, which zxcvbn's dictionaries do not know; given to
// zxcvbn as "user inputs" so a passphrase built on them counts as guessable.
export const APP_WORDS = [
  'verbundplaner',
  'verbund',
  'planer',
  'verbundeinsatz',
  'verbundkontrolle',
  'einsatz',
  'polizei',
  'datentresor',
  'tresor',
];

// zxcvbn-ts without translations reports plain keys; these map them to ours. Keys zxcvbn may add
// later simply fall through to the generic advice.
const FROM_WARNING: Record<string, PassphraseFeedbackKey> = {
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeated',
  extendedRepeat: 'repeated',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'singleWord',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'appWords',
};
const FROM_SUGGESTION: Record<string, PassphraseFeedbackKey> = {
  l33t: 'l33t',
  reverseWords: 'reverseWords',
  allUppercase: 'capitalization',
  capitalization: 'capitalization',
  dates: 'dates',
  recentYears: 'dates',
  associatedYears: 'dates',
  sequences: 'sequence',
  repeated: 'repeated',
  longerKeyboardPattern: 'keyboard',
  anotherWord: 'addWords',
  useWords: 'addWords',
};

// zxcvbn's cost grows with length; beyond this a passphrase is long enough anyway, and the
// estimate stays fast on every keystroke (the vault itself allows up to 1024 characters).
const ANALYSED = 128;

const clampScore = (n: number): PassphraseScore =>
  n <= 0 ? 0 : n >= 4 ? 4 : (Math.floor(n) as PassphraseScore);

export function ratePassphrase(estimator: PassphraseEstimator, input: string): PassphraseStrength {
  const normalized = input.normalize('NFC');
  const chars = Array.from(normalized);
  const result = estimator.check(chars.slice(0, ANALYSED).join(''), APP_WORDS);
  const feedback = new Set<PassphraseFeedbackKey>();
  let score = clampScore(result.score);
  const warning = result.feedback.warning;
  if (warning !== null) {
    const key = FROM_WARNING[warning];
    if (key) feedback.add(key);
  }
  for (const suggestion of result.feedback.suggestions) {
    const key = FROM_SUGGESTION[suggestion];
    if (key) feedback.add(key);
  }
  // Our own floor, independent of the estimator: the vault refuses shorter passphrases.
  if (chars.length < PASSPHRASE_MIN) {
    feedback.add('tooShort');
    score = Math.min(score, 1) as PassphraseScore;
  }
  if (score < REQUIRED_PASSPHRASE_SCORE) feedback.add('addWords');
  return { score, feedbackKeys: PASSPHRASE_FEEDBACK_KEYS.filter((k) => feedback.has(k)) };
}

export function isPassphraseStrong(estimator: PassphraseEstimator, input: string): boolean {
  return ratePassphrase(estimator, input).score >= REQUIRED_PASSPHRASE_SCORE;
}
