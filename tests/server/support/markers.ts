// Searching stored and relayed bytes for a plain marker: pg_dump prints bytea as hex (`\x…`),
// Redis MONITOR prints printable bytes as they are and escapes the rest, so a marker can hide in
// either form. A test that proves "absent" must look for all of them.
export function markerForms(marker: string): string[] {
  const bytes = Buffer.from(marker, 'utf8');
  return [marker, bytes.toString('hex'), bytes.toString('base64').replace(/=+$/, '')];
}

/** The forms of `marker` found in `text` (empty: the marker is nowhere in it). */
export function markersIn(text: string, marker: string): string[] {
  const lower = text.toLowerCase();
  return markerForms(marker).filter((form) =>
    form === marker ? text.includes(form) : lower.includes(form.toLowerCase()),
  );
}
