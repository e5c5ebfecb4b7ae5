// Every CSV problem the importer can report has a German and an English text in the agencies
// namespace, and the German one says exactly what the importer's reference text says.
import { describe, expect, it } from 'vitest';
import { CSV_ISSUE_CODES, csvMessage, type CsvIssueCode } from '@shared/csv';
import { resources } from '../../../src/renderer/i18n';

const PARAMS: Record<string, string | number> = {
  byte: 'FC',
  max: 64,
  column: 'E-Mail',
  columns: '„Art“',
  expected: 'Name;Art',
  value: 'x',
  name: 'Zoll',
  earlierRow: 2,
  earlier: 'y',
  count: 1,
};

function text(lang: 'de' | 'en', code: CsvIssueCode): string | undefined {
  const csv: Record<string, string> = resources[lang].agencies.csv;
  const template = csv[code] ?? csv[`${code}_one`];
  return template?.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(PARAMS[k]));
}

describe('CSV messages', () => {
  it.each(CSV_ISSUE_CODES)('%s is translated and the German text matches', (code) => {
    expect(text('en', code)).toBeTruthy();
    expect(text('de', code)).toBe(csvMessage(code, PARAMS));
  });
});
