// A stored whole number of the results grid as the language shows it when it is not being
// edited: grouped ("100.000.000,00 €", "€100,000,000.00", "1.234,567 kg", "12.345"). Built from
// integer parts only — the euros and the cents, the kilograms and the grams apart — so no
// amount is ever divided into a float on its way to the screen (what is shown is what is stored).
import type { MetricUnit } from '@shared/results';

const SCALE = { cents: 100, grams: 1000 } as const;

/** The language's number parts, taken from a sample: where the grouped whole and the fraction go. */
function template(locale: string, unit: 'cents' | 'grams'): Intl.NumberFormatPart[] {
  const format =
    unit === 'cents'
      ? new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' })
      : new Intl.NumberFormat(locale, { minimumFractionDigits: 1 });
  return format.formatToParts(1.5);
}

/** `value` in the display form of `unit` for `locale` ('' for 0, as an empty cell). */
export function cellText(value: number, unit: MetricUnit, locale: string): string {
  if (value === 0) return '';
  const grouped = (n: number) => new Intl.NumberFormat(locale).format(n);
  if (unit === 'count') return grouped(value);
  const scale = SCALE[unit];
  const fraction = value % scale;
  const whole = (value - fraction) / scale;
  const digits = String(fraction).padStart(unit === 'cents' ? 2 : 3, '0');
  // Grams keep only the digits that say something ("2,5 kg" for 2 500 g), as typed.
  const shown = unit === 'grams' ? digits.replace(/0+$/, '') : digits;
  const text = template(locale, unit)
    .map((p) => {
      if (p.type === 'integer') return grouped(whole);
      if (p.type === 'fraction') return shown;
      if (p.type === 'decimal') return shown === '' ? '' : p.value;
      return p.value;
    })
    .join('');
  return unit === 'grams' ? `${text} kg` : text;
}
