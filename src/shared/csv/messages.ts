// The CSV problems as codes with parameters, and their German wording. The UI translates the
// code (agencies namespace, `csv.<code>`); the German text here is the reference and what
// tests and logs show.
export type CsvParams = Readonly<Record<string, string | number>>;

const EXCEL_HINT =
  'Bitte die Datei als UTF-8 speichern (Excel: „Speichern unter“ → „CSV UTF-8 (durch Trennzeichen getrennt)“).';

const MESSAGES = {
  too_large: () => 'Die Datei ist größer als 20 MB.',
  empty: () => 'Die Datei ist leer.',
  utf16: () => `Die Datei ist UTF-16-kodiert. ${EXCEL_HINT}`,
  binary: () => 'Die Datei ist keine Textdatei (sie enthält Nullbytes). Erwartet wird CSV.',
  not_utf8: (p: CsvParams) =>
    `Die Datei ist nicht UTF-8-kodiert (Byte 0x${p.byte}; vermutlich Windows-1252/ANSI, Umlaute würden verfälscht). ${EXCEL_HINT}`,
  unclosed_quote: () =>
    'Ein Anführungszeichen wird nicht geschlossen; der Rest der Datei kann nicht gelesen werden.',
  too_many_rows: (p: CsvParams) => `Die Datei hat mehr als ${p.max} Zeilen.`,
  too_many_columns: (p: CsvParams) => `Die Zeile hat mehr als ${p.max} Spalten.`,
  cell_too_long: (p: CsvParams) => `Eine Zelle ist länger als ${p.max} Zeichen.`,
  unknown_column: () => 'Unbekannte Spalte, wird ignoriert.',
  duplicate_column: (p: CsvParams) => `Die Spalte „${p.column}“ kommt doppelt vor.`,
  missing_columns: (p: CsvParams) =>
    `${Number(p.count) > 1 ? 'Pflichtspalten' : 'Pflichtspalte'} ${p.columns} ${Number(p.count) > 1 ? 'fehlen' : 'fehlt'}. Erwartete Kopfzeile: ${p.expected}`,
  header_only: () => 'Die Datei enthält nur die Kopfzeile, aber keine Daten.',
  name_missing: () => 'Der Name der Behörde fehlt.',
  too_long: (p: CsvParams) => `Zu lang (höchstens ${p.max} Zeichen).`,
  unknown_kind: (p: CsvParams) => `Unbekannte Behördenart „${p.value}“.`,
  unknown_level: (p: CsvParams) =>
    `Unbekannte Zuständigkeitsebene „${p.value}“ (Bund, Land, Überörtlich / Bezirk, Kreis, Kommune).`,
  unknown_partner: (p: CsvParams) =>
    `Unbekannter Partnerstatus „${p.value}“ (Kooperationspartner, Netzwerkpartner, Sonstige Behörde).`,
  yes_no: () => 'Bitte „ja“ oder „nein“ angeben.',
  bad_phone: (p: CsvParams) =>
    `Ungültige Telefonnummer „${p.value}“ (erlaubt sind Ziffern, Leerzeichen und + ( ) / . -).`,
  bad_email: (p: CsvParams) => `Ungültige E-Mail-Adresse „${p.value}“.`,
  contact_name_missing: () =>
    'Die Ansprechperson fehlt (Telefon, E-Mail oder Funktion ohne Namen).',
  conflict: (p: CsvParams) =>
    `Widerspricht Zeile ${p.earlierRow} für dieselbe Behörde „${p.name}“ („${p.value}“ ≠ „${p.earlier}“). Die Behörde wird nicht importiert.`,
  kind_missing: (p: CsvParams) => `Die Behördenart fehlt für „${p.name}“.`,
  duplicate_contact: (p: CsvParams) =>
    `„${p.name}“ steht schon in Zeile ${p.earlierRow}; nur der erste Eintrag wird übernommen.`,
  too_many_contacts: (p: CsvParams) =>
    `Mehr als ${p.max} Ansprechpersonen für „${p.name}“; diese wird nicht übernommen.`,
} satisfies Record<string, (p: CsvParams) => string>;

export type CsvIssueCode = keyof typeof MESSAGES;
export const CSV_ISSUE_CODES = Object.keys(MESSAGES) as CsvIssueCode[];

export function csvMessage(code: CsvIssueCode, params: CsvParams = {}): string {
  return MESSAGES[code](params);
}
