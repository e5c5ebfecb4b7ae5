// Fictional contact data for the demo, chosen so that nothing in it can reach a real person.

/**
 * Phone numbers come from the Bundesnetzagentur's "Drama Numbers" (Amtsblatt 7/2021,
 * Mitteilung 148/2021): 0221 4710000–4710999 in the Köln area is permanently unassigned and
 * reserved for films, books and teaching material. Essen's area code 0201 has no such range, and a
 * US-style "555" number would be an ordinary, possibly assigned German number, so the demo uses
 * the nearest reserved range instead.
 */
export function dramaPhone(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`Keine Drama-Nummer: ${n}`);
  return `0221 4710-${String(n).padStart(3, '0')}`;
}

/** E-mail addresses use the reserved example.org domain (RFC 2606). */
export function demoEmail(local: string): string {
  return `${local}@example.org`;
}
