// Degree labels of the neutral grid in the UI language: `7,005°` in German, `7.005°` in English,
// every label of a grid with as many decimals as its step (`7,009°  7,010°  7,011°`, not a
// shorter `7,01°` in the row). The grid redraws hundreds of labels after every move, so one
// Intl.NumberFormat per language and step is made once and kept; a formatter per label would
// cost a lookup of the locale's data each time.

const formats = new Map<string, Intl.NumberFormat>();

/** The language as a locale Intl accepts; a malformed code (never one of ours) reads as German. */
function validLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'de';
  } catch {
    return 'de';
  }
}

/** Decimals of a grid step (`0.0005` → 4, `1` → 0), at most six (≈ 0.1 m). */
export function stepDecimals(step: number): number {
  const text = step.toFixed(6).replace(/0+$/, '');
  return text.length - text.indexOf('.') - 1;
}

function degreeFormat(language: string, decimals: number): Intl.NumberFormat {
  const key = `${language}|${decimals}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(validLocale(language), {
      // Also drops the float noise of `i * step` (0.30000000000000004 → 0,3).
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
      // A line a hair west of 0° is "0°", not "-0°".
      signDisplay: 'negative',
    });
    formats.set(key, format);
  }
  return format;
}

/** The label function for one drawing of a grid with this step: one formatter, not one per label. */
export function gridDegreeLabel(language: string, step: number): (value: number) => string {
  const format = degreeFormat(language, stepDecimals(step));
  return (value) => `${format.format(value)}°`;
}

/** A grid line's degree value as its label, in `language` (an i18n code such as `de`). */
export function formatGridDegree(value: number, language: string, step: number): string {
  return gridDegreeLabel(language, step)(value);
}
