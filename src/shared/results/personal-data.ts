// Results hold counts, not people: free text (a row's note, lessons learned, press statement)
// is checked for what looks like a person's name or a date of birth, and the UI warns. A
// heuristic on purpose — it cannot prove absence, it catches the usual ways a name slips in.

export type PersonalDataWarning = 'person_name' | 'date_of_birth';

const WORD = "[A-ZÄÖÜ][a-zäöüß'-]+";
// "Herr Meier", "Fr. Schulz", "Name: …", "Vorname", "alias Ali", "geb. Müller".
const NAME_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:Herrn?|Frau|Hr\\.|Fr\\.)\\s+${WORD}`, 'u'),
  /\b(?:Vor|Nach|Familien|Geburts)?[Nn]ame\s*[:=]/u,
  /\b(?:Vorname|Nachname|Familienname|Personalien)\b/u,
  new RegExp(`\\b(?:alias|gen\\.|genannt)\\s+${WORD}`, 'u'),
  // "Meier, Hans" — a surname, comma, given name, as lists of persons are written.
  new RegExp(`(?:^|[\\s;(])${WORD},\\s?${WORD}(?:\\s|$|[;)])`, 'u'),
];

// A day.month.year date with a plausible birth year, or "geb." / "geboren" with a date.
const DATE = /\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)?\d{2})\b/u;
const ISO_DATE = /\b(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/u;
const BIRTH_WORD = /\b(?:geb\.|geboren|Geburtsdatum|Geb\.-?Dat|DOB|born)\b/iu;

/**
 * What the text seems to hold that a result must not. A date alone warns too: results have
 * no use for a day of the year that is not a due date (those have their own date field).
 */
export function personalDataWarnings(text: string): PersonalDataWarning[] {
  const warnings: PersonalDataWarning[] = [];
  if (NAME_PATTERNS.some((p) => p.test(text))) warnings.push('person_name');
  if (BIRTH_WORD.test(text) || DATE.test(text) || ISO_DATE.test(text))
    warnings.push('date_of_birth');
  return warnings;
}
