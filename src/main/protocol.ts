// The app:// scheme: maps request URLs to files of the built renderer, refusing anything that
// could leave the renderer folder, and answers with the app's security headers.
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origins';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Content type by file extension; unknown types are served as opaque bytes (never sniffed). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

// Scheme, authority, then the raw path up to the query or fragment. We inspect the raw text
// because URL parsers silently normalise `..` and `%2e%2e`, which would hide an attack.
const RAW_URL = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;

function decodeSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null; // malformed percent-encoding
  }
  // Still encoded after one pass means double encoding (%252e); separators, NUL, drive letters
  // and dot segments never appear in the renderer's own file names.
  if (/[%/\\:\0]/.test(decoded) || decoded === '.' || decoded === '..') return null;
  return decoded;
}

/**
 * Maps `app://verbundplaner/<path>` to an absolute path inside `rootDir`, or `null` when the
 * URL is foreign or tries to escape. `/` (and any folder) maps to its `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (/[\\\0]/.test(requestUrl) || /%00/.test(requestUrl)) return null;
  const match = RAW_URL.exec(requestUrl);
  if (!match) return null;
  const [, scheme = '', authority = '', rawPath = ''] = match;
  if (scheme.toLowerCase() !== APP_SCHEME || authority.toLowerCase() !== APP_HOST) return null;

  const path = rawPath === '' ? '/' : rawPath;
  if (!path.startsWith('/')) return null;
  const segments = path.slice(1).split('/');
  const lastIndex = segments.length - 1;
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (segment === '') {
      // Only a trailing slash may leave an empty segment; `//etc` style paths are refused.
      if (index !== lastIndex) return null;
      decoded.push('index.html');
      continue;
    }
    const name = decodeSegment(segment);
    if (name === null) return null;
    decoded.push(name);
  }

  const root = resolve(rootDir);
  const target = resolve(root, ...decoded);
  return target.startsWith(root + sep) ? target : null;
}

export interface AppProtocolOptions {
  /** Folder of the built renderer (out/renderer). */
  rootDir: string;
  readFile: (path: string) => Promise<Uint8Array>;
  /** The Content-Security-Policy; a function, as the configured servers may change while running. */
  csp: string | (() => string);
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : undefined;
  }
  return undefined;
}

/** The request handler for `protocol.handle`: static files with strict headers. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  const securityHeaders = (): Record<string, string> => ({
    'Content-Security-Policy': typeof options.csp === 'function' ? options.csp() : options.csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  });
  const plain = (status: number, text: string): Response =>
    new Response(text, {
      status,
      headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
    });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plain(405, 'Method Not Allowed');
    }
    const filePath = resolveAppPath(options.rootDir, request.url);
    if (filePath === null) return plain(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await options.readFile(filePath);
    } catch (error) {
      if (NOT_FOUND_CODES.has(errorCode(error) ?? '')) return plain(404, 'Not Found');
      console.error('app:// read failed', filePath, error);
      return plain(500, 'Internal Server Error');
    }
    const headers = { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

/** The scheme's privileges; must be registered before `app` is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  // standard: real origin (IndexedDB, relative URLs); secure: a secure context like https;
  // no corsEnabled: that would make our files readable cross-origin.
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
} as const;

/** Thin wiring: serve the renderer folder on the given session's protocol object. */
export function registerAppProtocol(protocol: Protocol, options: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(options));
}
