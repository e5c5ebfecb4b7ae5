// Print CSS for the operation map's sheet: on paper only the sheet is shown (the app around it
// is hidden), on screen the sheet is hidden. The page size follows the chosen format.
export const PRINT_SHEET_CSS = (page: string): string => `
@media screen {
  .vp-print-sheet { display: none; }
}
@media print {
  @page { size: ${page}; margin: 10mm; }
  body > *:not(.vp-print-sheet) { display: none !important; }
  .vp-print-sheet {
    display: block;
    color: #000;
    font: 11pt/1.3 system-ui, sans-serif;
  }
  .vp-print-sheet img { display: block; height: auto; }
  .vp-print-head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    margin: 2mm 0;
  }
  .vp-print-head h1 { font-size: 14pt; margin: 0; }
  .vp-print-targets { columns: 3; font-size: 9pt; margin: 2mm 0; padding-left: 6mm; }
  .vp-print-marking { text-align: center; font-weight: 700; letter-spacing: 0.05em; }
}
`;
