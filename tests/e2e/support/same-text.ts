// Compares two printed versions of one document (the docx through LibreOffice, the print layout
// through Chromium) for the same text in the same order. What may differ, and is taken out
// before comparing, is what depends on where a page ends:
// - the page furniture: the marking line, the footer line ending in "Revision N" and
//   "Seite X von Y" (top and bottom in the docx, in the page margin boxes in the print layout);
// - table header rows, which both repeat on every page a table continues on;
// - white space and hyphens, since the two break lines (and LibreOffice hyphenates) differently.
// Every other character must be the same, in the same order.

const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

const isPageFurniture = (line: string, marking: string) =>
  line.startsWith(marking) || /Seite \d+ von \d+/.test(line) || / · Revision \d+$/.test(line);

/**
 * The document's text without page furniture and table headers, squashed. `marking`: the
 * classification marking that opens the marking line ("VS – NUR FÜR DEN DIENSTGEBRAUCH").
 */
export function comparableText(
  pdfText: string,
  opts: { marking: string; tableHeaders: readonly string[] },
): string {
  let text = squash(
    pdfText
      .split(/[\n\f]/)
      .map((l) => l.trim())
      .filter((l) => !isPageFurniture(l, opts.marking))
      .join(''),
  );
  // Longest first: one header may contain a shorter one.
  const headers = [...new Set(opts.tableHeaders.map(squash))]
    .filter((h) => h !== '')
    .sort((a, b) => b.length - a.length);
  for (const h of headers) text = text.split(h).join('');
  return text;
}

/** Null when equal, else the first difference with some text either side. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s: string) => s.slice(Math.max(0, i - 60), i + 60);
  return `at ${i} of ${a.length}/${b.length}:\n  docx:  …${around(a)}…\n  print: …${around(b)}…`;
}
