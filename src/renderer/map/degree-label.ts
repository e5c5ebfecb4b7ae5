// Degree labels of the neutral grid in the UI language: `7,005°` in German, `7.005°` in English.
// The grid redraws hundreds of labels after every move, so one Intl.NumberFormat per language is
// made once and kept; a formatter per label would cost a lookup of the locale's data each time.

const formats = new Map<string, Intl.NumberFormat>();

function degreeFormat(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(validLocale(language), {
      // Six decimals are ≈ 0.1 m, finer than the finest grid step (0.001°); also drops the float
      // noise of `i * step` (0.30000000000000004 → 0,3).
      maximumFractionDigits: 6,
      useGrouping: false,
      // A line a hair west of 0° is "0°", not "-0°".
      signDisplay: 'negative',
    });
    formats.set(language, format);
  }
  return format;
}

/** The language as a locale Intl accepts; a malformed code (never one of ours) reads as German. */
function validLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'de';
  } catch {
    return 'de';
  }
}

/** A grid line's degree value as its label, in `language` (an i18n code such as `de`). */
export function formatGridDegree(value: number, language: string): string {
  return `${degreeFormat(language).format(value)}°`;
}

/** The label function for one drawing: looks the formatter up once, not once per label. */
export function gridDegreeLabel(language: string): (value: number) => string {
  const format = degreeFormat(language);
  return (value) => `${format.format(value)}°`;
}
