// Where a results column header may break inside a long German compound. Chromium on Linux and
// Windows (so Electron) has no German hyphenation dictionary, so `hyphens: auto` alone never
// breaks "Identitätsfeststellungen", and breaking anywhere split "Verwarnungsgeld|er". A soft
// hyphen before a known word part lets the header wrap there, with a hyphen shown.

/** Word parts a long header word may break before (the grid's categories, lower case). */
const PARTS = [
  'delikte',
  'feststellungen',
  'gelder',
  'betrug',
  'mittel',
  'gestellt',
  'versicherungs',
  'träger',
  'verwaltung',
  'ordnungs',
  'rechtliche',
  'schutz',
  'maßnahmen',
  'geräte',
  'wäsche',
];

/** Shorter words fit a column's line as they are. */
const LONG = 12;
const SOFT_HYPHEN = '\u00AD';

/** `label` with a soft hyphen before each known part inside its long words. */
export function headText(label: string): string {
  return label
    .split(' ')
    .map((word) => {
      if (word.length <= LONG) return word;
      let out = word;
      for (const part of PARTS) {
        const at = out.toLowerCase().indexOf(part, 1);
        // Not right after a break already placed, nor just before the word's end.
        if (at > 0 && out[at - 1] !== SOFT_HYPHEN && at < out.length - 3)
          out = `${out.slice(0, at)}${SOFT_HYPHEN}${out.slice(at)}`;
      }
      return out;
    })
    .join(' ');
}
