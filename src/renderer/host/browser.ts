// Browser host (web edition and end-to-end tests): the same capabilities with web APIs —
// downloads for saving, a file input for opening, window.open for allow-listed links.
import {
  openFileRequestSchema,
  saveFileRequestSchema,
  type OpenFileRequest,
  type OpenFileResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '@shared/ipc/contract';
import { isAllowedExternalUrl } from '@shared/ipc/external-links';
import type { HostApi } from '@shared/ipc/host-api';
import { fail, ok, type Result } from '@shared/result';
import { browserBasemap, hasOpfs, opfsBasemapFolder, pickPmtilesFile } from './browser-basemap';
import { browserSentinel, browserVault } from './browser-vault';

function acceptAttribute(request: OpenFileRequest): string {
  return request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

async function saveFile(request: SaveFileRequest): Promise<Result<SaveFileResult>> {
  const parsed = saveFileRequestSchema.safeParse(request);
  if (!parsed.success) return fail('invalid_input', 'Ungültige Anfrage zum Speichern');
  const { data, suggestedName } = parsed.data;
  const blob = new Blob([data.slice().buffer as ArrayBuffer], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.rel = 'noopener';
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // Revoke later: the download starts asynchronously after the click.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return ok({ saved: true, fileName: suggestedName });
}

function openFile(request: OpenFileRequest): Promise<Result<OpenFileResult>> {
  const parsed = openFileRequestSchema.safeParse(request);
  if (!parsed.success)
    return Promise.resolve(fail('invalid_input', 'Ungültige Anfrage zum Öffnen'));
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(parsed.data);
    input.style.display = 'none';
    const done = (r: Result<OpenFileResult>) => {
      input.remove();
      resolve(r);
    };
    input.addEventListener('cancel', () => done(ok(null)));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return done(ok(null));
      if (file.size > parsed.data.maxBytes) {
        return done(fail('too_large', `Die Datei ist größer als ${parsed.data.maxBytes} Bytes.`));
      }
      file
        .arrayBuffer()
        .then((buf) => done(ok({ name: file.name, data: new Uint8Array(buf) })))
        .catch(() => done(fail('io_error', 'Die Datei konnte nicht gelesen werden.')));
    });
    document.body.append(input);
    input.click();
  });
}

export function browserHost(): HostApi {
  return {
    kind: 'browser',
    // A page cannot keep files of its own, reach a keychain or widen the policy its server sent.
    capabilities: {
      automaticBackups: false,
      keychain: false,
      printToPdf: false,
      // The origin private file system keeps a basemap file; every current browser has it.
      mapFiles: hasOpfs(),
      networkSettings: false,
    },
    appInfo: async () =>
      ok({
        name: 'Verbundplaner',
        version: __APP_VERSION__,
        host: 'browser',
        electron: null,
        chrome: null,
        platform: navigator.platform || 'web',
        packaged: false,
      }),
    saveFile,
    openFile,
    openExternal: async (url) => {
      if (!isAllowedExternalUrl(url)) return ok({ opened: false });
      window.open(url, '_blank', 'noopener,noreferrer');
      return ok({ opened: true });
    },
    vault: browserVault(),
    sentinel: browserSentinel(),
    basemap: browserBasemap({
      folder: opfsBasemapFolder(),
      pick: pickPmtilesFile,
      now: () => new Date(),
    }),
    // The web edition keeps no automatic backups: there is no folder of its own to keep them in.
    backups: {
      store: async () =>
        fail('unsupported', 'Automatische Sicherungen gibt es nur in der Desktop-Anwendung.'),
      list: async () => ok([]),
      read: async () =>
        fail('unsupported', 'Automatische Sicherungen gibt es nur in der Desktop-Anwendung.'),
    },
    // The web server's Content-Security-Policy decides which servers the page may reach.
    settings: {
      networkHosts: async () => ok({ tileHosts: [], connectHosts: [] }),
      setNetworkHosts: async () =>
        fail(
          'unsupported',
          'In der Web-Ausgabe legt der Webserver fest, welche Server erlaubt sind (Content-Security-Policy).',
        ),
    },
    // The web edition prints through the browser's own print dialog (print CSS).
    print: {
      toPdf: async () =>
        fail('unsupported', 'Die Web-Ausgabe druckt über den Druckdialog des Browsers.'),
    },
  };
}
