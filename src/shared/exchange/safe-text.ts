// Strings from a package are hostile until checked: bounded length, no control characters (they
// can hide text in a terminal or a document) and no bidirectional overrides (they can make a name
// read differently than it is stored, "Trojan Source").
import { z } from 'zod';

// C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; zero-width joiners
// that are not needed in German or English names.
const HOSTILE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

export const hasHostileCharacters = (s: string): boolean => HOSTILE.test(s);

/** A bounded string without hostile characters. */
export const safeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !hasHostileCharacters(s), 'Unzulässige Steuerzeichen im Text');

/** A file name built from our own words only: no path separators, no leading dot. */
export function packageFileName(parts: readonly string[], extension: string): string {
  const base = parts
    .map((p) =>
      p
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p.length > 0)
    .join('_')
    .slice(0, 100);
  return `${base || 'paket'}.${extension}`;
}
