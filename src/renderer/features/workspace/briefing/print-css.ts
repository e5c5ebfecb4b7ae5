// Print CSS for the briefing's print layout (the web edition prints through the browser; the
// same layout would go to printToPDF on the desktop). Only the sheet is printed; every page
// carries the marking top and bottom and, in the page's bottom margin, the copy line and
// "Seite X von Y" (CSS page-margin boxes, which Chromium draws since version 131).
const quote = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;

export function briefingPrintCss(marking: string, footer: string): string {
  return `
@media screen {
  .vp-briefing-print { display: none; }
}
@media print {
  @page {
    size: A4;
    margin: 20mm 20mm 22mm 25mm;
    @top-center { content: ${quote(marking)}; font: 700 10pt Arial, sans-serif; }
    @bottom-center {
      content: ${quote(`${footer} · Seite `)} counter(page) " von " counter(pages) "\\A" ${quote(marking)};
      white-space: pre;
      font: 8pt Arial, sans-serif;
    }
  }
  body > *:not(.vp-briefing-print) { display: none !important; }
  .vp-briefing-print { display: block; color: #000; font: 10.5pt/1.35 Arial, sans-serif; }
  .vp-briefing-print section.vp-break { break-before: page; }
  .vp-briefing-print h1 { font-size: 14pt; margin: 0 0 2mm; }
  .vp-briefing-print h2 { font-size: 11pt; margin: 3mm 0 1mm; }
  .vp-briefing-print .vp-meta { font-size: 9pt; margin-bottom: 2mm; }
  .vp-briefing-print table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; font-size: 9pt; }
  .vp-briefing-print th, .vp-briefing-print td { border: 0.2mm solid #999; padding: 1mm 1.5mm; text-align: left; vertical-align: top; white-space: pre-line; }
  .vp-briefing-print table.vp-kv td { border: none; padding: 0.5mm 1.5mm 0.5mm 0; }
  .vp-briefing-print table.vp-kv td:first-child { font-weight: 700; width: 30%; }
  .vp-briefing-print tr { break-inside: avoid; }
  .vp-briefing-print figure { margin: 1mm 0 3mm; text-align: center; break-inside: avoid; }
  .vp-briefing-print figcaption { font-size: 8pt; font-style: italic; }
  .vp-briefing-print .vp-strong { font-weight: 700; }
  .vp-briefing-print p { white-space: pre-line; }
  .vp-briefing-print table.vp-head td { border: none; width: 50%; padding: 0; }
  .vp-briefing-print table.vp-head td + td { text-align: right; }
  .vp-briefing-print .vp-doc-title { font-size: 20pt; font-weight: 700; margin: 40mm 0 2mm; }
  .vp-briefing-print .vp-code { font-size: 13pt; font-weight: 700; }
  .vp-briefing-print .vp-outline { margin-top: 10mm; }
  .vp-briefing-print .vp-outline-line { margin: 0; white-space: pre; }
  .vp-briefing-print .vp-signature { margin-top: 15mm; break-inside: avoid; }
  .vp-briefing-print .vp-signature-line { margin-top: 15mm; }
  .vp-briefing-print .vp-note { font-style: italic; font-size: 9pt; }
}
`;
}
