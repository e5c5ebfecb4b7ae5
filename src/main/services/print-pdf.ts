// print:toPdf — the desktop's print path: the renderer's print layout (one self-contained HTML
// document, pictures as data: URLs) is loaded into a hidden page and printed by Chromium A4 with
// margins and backgrounds. The page itself is behind `PrintPage` (main/print-window.ts makes it
// from a sandboxed BrowserWindow with no node integration, no scripts and no network) so this
// service runs in Node tests with a stand-in.
import { CodedError } from '@shared/result';

/** What the service asks of Chromium's printToPDF (a subset of Electron's options). */
export interface PdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  /** The layout's CSS @page (size, margins, margin boxes) wins over `margins`. */
  preferCSSPageSize: boolean;
  /** Inches; the fallback when the layout sets no @page margins (2 cm). */
  margins: { top: number; bottom: number; left: number; right: number };
}

/** One hidden page, used for one document and closed afterwards. */
export interface PrintPage {
  /** Loads the HTML; resolves once it (with its data: pictures) has finished loading. */
  load(html: string): Promise<void>;
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
  close(): void;
}

export interface PrintPdfServiceOptions {
  openPage: () => PrintPage;
  /** A layout that does not load or print in this time is given up (the page is closed). */
  timeoutMs?: number;
}

const CM = 1 / 2.54;
export const PDF_OPTIONS: PdfOptions = {
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 2 * CM, bottom: 2 * CM, left: 2.5 * CM, right: 2 * CM },
};

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CodedError('io_error', 'Das PDF konnte nicht rechtzeitig erzeugt werden.')),
      ms,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export function createPrintPdfService(
  options: PrintPdfServiceOptions,
): (request: { html: string }) => Promise<{ pdf: Uint8Array<ArrayBuffer> }> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  // One document at a time: each print opens a page of its own, and two large layouts at once
  // would only compete for memory.
  let queue: Promise<unknown> = Promise.resolve();
  const printOne = async (html: string): Promise<{ pdf: Uint8Array<ArrayBuffer> }> => {
    const page = options.openPage();
    try {
      const pdf = await within(
        page.load(html).then(() => page.printToPDF(PDF_OPTIONS)),
        timeoutMs,
      );
      // Electron answers with a Buffer (maybe a view into a shared pool): a plain copy of its bytes.
      return { pdf: new Uint8Array(pdf) };
    } catch (error) {
      if (error instanceof CodedError) throw error;
      console.error('printToPDF failed', error);
      throw new CodedError('io_error', 'Das PDF konnte nicht erzeugt werden.');
    } finally {
      page.close();
    }
  };
  return ({ html }) => {
    const run = queue.then(() => printOne(html));
    queue = run.catch(() => undefined);
    return run;
  };
}
