// The hidden page print:toPdf prints in (services/print-pdf.ts): a BrowserWindow that is never
// shown, sandboxed, without node integration, preload or JavaScript, in an in-memory session of
// its own. The HTML is served from memory by the vp-print: scheme (no temporary file with
// plan data on disk, no 2 MB limit of data: URLs); the page's policy admits only inline styles
// and data: pictures, and every other request of that session is cancelled.
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import type { PrintPage } from './services/print-pdf';

export const PRINT_SCHEME = 'vp-print';
/** Registered privileged before `ready` (main/index.ts), as protocol.handle needs. */
export const PRINT_SCHEME_PRIVILEGES = {
  scheme: PRINT_SCHEME,
  privileges: { standard: true, secure: true },
} as const;
const PRINT_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:";

/** HTML waiting to be served, by the one-time token in its URL. */
const pending = new Map<string, string>();
let printSession: Session | null = null;

function printSessionOnce(): Session {
  if (printSession) return printSession;
  // No "persist:" prefix: the session lives in memory only.
  const ses = session.fromPartition('vp-print', { cache: false });
  ses.protocol.handle(PRINT_SCHEME, (request) => {
    const token = new URL(request.url).pathname.slice(1);
    const html = pending.get(token);
    if (html === undefined) return new Response(null, { status: 404 });
    return new Response(html, {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PRINT_CSP },
    });
  });
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({
      cancel: !details.url.startsWith(`${PRINT_SCHEME}:`) && !details.url.startsWith('data:'),
    }),
  );
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.on('will-download', (event) => event.preventDefault());
  printSession = ses;
  return ses;
}

export function openPrintPage(): PrintPage {
  const window = new BrowserWindow({
    show: false,
    // A4 at 96 dpi: the layout sees a page-like viewport.
    width: 794,
    height: 1123,
    webPreferences: {
      session: printSessionOnce(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      plugins: false,
      spellcheck: false,
      devTools: false,
    },
  });
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  let token: string | null = null;
  return {
    async load(html) {
      token = randomUUID();
      pending.set(token, html);
      await window.loadURL(`${PRINT_SCHEME}://document/${token}`);
    },
    printToPDF: (options) => contents.printToPDF(options),
    close() {
      if (token) pending.delete(token);
      if (!window.isDestroyed()) window.destroy();
    },
  };
}
