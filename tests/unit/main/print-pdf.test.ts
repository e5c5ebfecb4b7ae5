// print:toPdf in Node: the service with a stand-in for the hidden page (the Electron binary
// cannot run here; main/print-window.ts is the real page behind the same interface), and the
// channel's schema as main's IPC applies it.
import { describe, expect, it, vi } from 'vitest';
import { MAX_PRINT_HTML_CHARS } from '@shared/ipc/contract';
import { CodedError } from '@shared/result';
import { createListener, type IpcEventLike } from '../../../src/main/ipc';
import {
  createPrintPdfService,
  type PdfOptions,
  type PrintPage,
} from '../../../src/main/services/print-pdf';

// ipc.ts registers on ipcMain in production; the listener under test needs no Electron.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

const HTML = '<!doctype html><html><body><h1>Einsatzbefehl</h1></body></html>';

interface StandIn {
  log: string[];
  options: PdfOptions[];
  open: () => PrintPage;
}

/** A page that "prints" the HTML it loaded as the PDF's bytes (so the test sees it went through). */
function standIn(behaviour: { load?: () => Promise<void>; fail?: boolean } = {}): StandIn {
  const log: string[] = [];
  const options: PdfOptions[] = [];
  let n = 0;
  return {
    log,
    options,
    open: () => {
      const id = ++n;
      let loaded = '';
      log.push(`open ${id}`);
      return {
        async load(html) {
          await (behaviour.load?.() ?? Promise.resolve());
          loaded = html;
          log.push(`load ${id}`);
        },
        async printToPDF(o) {
          options.push(o);
          if (behaviour.fail) throw new Error('renderer gone: /home/secret/path');
          log.push(`print ${id}`);
          // Electron answers with a Buffer (a view into a larger pool).
          return Buffer.from(`%PDF-1.7 ${loaded}`);
        },
        close: () => log.push(`close ${id}`),
      };
    },
  };
}

describe('print:toPdf service', () => {
  it('prints the loaded layout A4 with backgrounds and the CSS page, and closes the page', async () => {
    const page = standIn();
    const { pdf } = await createPrintPdfService({ openPage: page.open })({ html: HTML });
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(pdf)).toBe(`%PDF-1.7 ${HTML}`);
    expect(page.options).toEqual([
      expect.objectContaining({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    ]);
    expect(page.options[0]?.margins.left).toBeCloseTo(2.5 / 2.54);
    expect(page.log).toEqual(['open 1', 'load 1', 'print 1', 'close 1']);
  });

  it('a failed print closes the page and answers a German message without the detail', async () => {
    const page = standIn({ fail: true });
    const print = createPrintPdfService({ openPage: page.open });
    const error = await print({ html: HTML }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodedError);
    expect(error).toMatchObject({
      code: 'io_error',
      message: 'Das PDF konnte nicht erzeugt werden.',
    });
    expect(page.log.at(-1)).toBe('close 1');
  });

  it('a layout that never finishes loading is given up after the timeout', async () => {
    const page = standIn({ load: () => new Promise<void>(() => undefined) });
    const print = createPrintPdfService({ openPage: page.open, timeoutMs: 50 });
    await expect(print({ html: HTML })).rejects.toMatchObject({ code: 'io_error' });
    expect(page.log).toEqual(['open 1', 'close 1']);
  });

  it('prints one document at a time, in the order asked', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let first = true;
    const page = standIn({
      load: () => {
        if (!first) return Promise.resolve();
        first = false;
        return gate;
      },
    });
    const print = createPrintPdfService({ openPage: page.open });
    const a = print({ html: 'a' });
    const b = print({ html: 'b' });
    await new Promise((r) => setTimeout(r, 20));
    expect(page.log).toEqual(['open 1']);
    release();
    await Promise.all([a, b]);
    expect(page.log).toEqual([
      'open 1',
      'load 1',
      'print 1',
      'close 1',
      'open 2',
      'load 2',
      'print 2',
      'close 2',
    ]);
  });
});

describe('print:toPdf channel', () => {
  const event: IpcEventLike = { senderFrame: { url: 'app://verbundplaner/index.html' } };
  const listener = () =>
    createListener('print:toPdf', createPrintPdfService({ openPage: standIn().open }), {
      trustedOrigins: ['app://verbundplaner'],
      logError: () => undefined,
    });

  it('answers the PDF bytes in the envelope', async () => {
    const r = await listener()(event, { html: HTML });
    expect(r.ok && new TextDecoder().decode(r.value.pdf).startsWith('%PDF')).toBe(true);
  });

  it.each([
    ['empty HTML', { html: '' }],
    ['HTML over the cap', { html: 'x'.repeat(MAX_PRINT_HTML_CHARS + 1) }],
    ['an unknown field', { html: HTML, url: 'https://example.org' }],
    ['no HTML at all', {}],
  ])('refuses %s before any page opens', async (_name, input) => {
    const r = await listener()(event, input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid_input');
  });
});
