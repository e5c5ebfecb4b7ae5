// Field checks of the agency and contact forms. The repository validates again with the domain
// schema; these exist so that the message appears at the field, in the user's language.
import type { CSSProperties } from 'react';
import { emailSchema, phoneSchema } from '@shared/domain';

export const badPhone = (v: string): boolean => v !== '' && !phoneSchema.safeParse(v).success;

export const badEmail = (v: string): boolean =>
  v.trim() !== '' && !emailSchema.safeParse(v.trim()).success;

/** Drops undefined entries so `Object.keys(errors).length` tells whether anything is wrong. */
export function compact<K extends string>(
  errors: Record<K, string | undefined>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const [k, v] of Object.entries(errors) as [K, string | undefined][]) if (v) out[k] = v;
  return out;
}

/**
 * Mantine's default error red (red.6) is below WCAG AA contrast on white. Forms set this on their
 * root; the variable is inherited, so every message and invalid field below uses a darker red.
 */
export const READABLE_ERRORS = {
  '--mantine-color-error': 'var(--mantine-color-red-9)',
} as CSSProperties;
