// Turns a downloaded .docx into plain text with LibreOffice and pdftotext, as a reader would
// see it printed (page headers and footers included).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * `raw`: pdftotext's content-stream order (cell by cell, line by line) instead of the page's
 * columns, for comparing the order of texts with another PDF.
 */
export function docxToText(docxPath: string, mode: 'layout' | 'raw' = 'layout'): string {
  const out = mkdtempSync(join(tmpdir(), 'vp-docx-'));
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${out}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      docxPath,
    ],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  );
  const pdf = join(out, basename(docxPath).replace(/\.docx$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice hat ${docxPath} nicht umgewandelt`);
  execFileSync('pdftotext', [`-${mode}`, pdf, join(out, 'text.txt')]);
  return readFileSync(join(out, 'text.txt'), 'utf8');
}
