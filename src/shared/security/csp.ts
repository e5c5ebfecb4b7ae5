// The Content-Security-Policy of the app: one model for configurable hosts. The desktop app builds
// it in main from the configured hosts at runtime; the web edition ships the self-only policy and
// its server adds an agency's hosts with the same directives (docs/SECURITY.md).

/** Servers the user configured: tiles widen `img-src`, everything fetched widens `connect-src`. */
export interface CspHosts {
  /** Raster tile servers (images). */
  readonly tileHosts: readonly string[];
  /** Vector tile, WMS, geocoder and sync servers (fetch/XHR/WebSocket). */
  readonly connectHosts: readonly string[];
}

export const NO_HOSTS: CspHosts = { tileHosts: [], connectHosts: [] };

/** Thrown by buildCsp for a host string that is not a plain https origin. */
export class InvalidCspHostError extends Error {
  constructor() {
    // The host itself is not repeated: it may be hostile text.
    super('Ungültiger Server für die Sicherheitsrichtlinie: nur https-Ursprünge ohne Pfad.');
    this.name = 'InvalidCspHostError';
  }
}

// A DNS label: letters, digits and inner hyphens (punycode `xn--` included), at most 63 long.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// Deliberately narrow: `https://`, dot-separated labels, an optional port and nothing else — so
// no wildcard, path, query, credentials, quote, comma, semicolon or whitespace can reach a
// directive, where it would widen or end it.
const HTTPS_ORIGIN = new RegExp(`^https://(${LABEL}(?:\\.${LABEL})*)(?::([0-9]{1,5}))?$`);

/**
 * The canonical origin (lower case, default port dropped) of a plain https origin such as
 * `https://karten.example.de:8443`, or `null` for anything else.
 */
export function parseHostOrigin(input: string): string | null {
  if (input.length > 300) return null;
  const match = HTTPS_ORIGIN.exec(input.toLowerCase());
  if (!match) return null;
  const [, host = '', port] = match;
  if (host.length > 253) return null;
  if (port === undefined || port === '443') return `https://${host}`;
  const number = Number(port);
  if (port.startsWith('0') || number < 1 || number > 65_535) return null;
  return `https://${host}:${number}`;
}

/** True when `input` is already a canonical https origin, as the settings store keeps them. */
export function isCanonicalHostOrigin(input: string): boolean {
  return parseHostOrigin(input) === input;
}

function origins(hosts: readonly string[]): string[] {
  const canonical = hosts.map((host) => {
    const origin = parseHostOrigin(host);
    if (origin === null) throw new InvalidCspHostError();
    return origin;
  });
  return [...new Set(canonical)];
}

/**
 * Strict by default: only our own scripts (plus WebAssembly for Argon2id), no plugins, no base
 * rewriting, no framing. Inline styles are allowed because Mantine and Leaflet set style
 * attributes; inline scripts are not. Configured hosts widen `img-src` (tiles) and
 * `connect-src` (everything fetched) and nothing else. Throws InvalidCspHostError for a host
 * that is not a plain https origin.
 */
export function buildCsp(hosts: CspHosts = NO_HOSTS): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...origins(hosts.tileHosts)],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...origins(hosts.connectHosts)],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
    'frame-src': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The https origin of a tile URL template (`https://tiles.example.org/{z}/{x}/{y}.png`). */
export function tileOriginFromTemplate(template: string): string | null {
  if (template.trim() === '') return null;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, '0'));
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    return parseHostOrigin(url.origin);
  } catch {
    return null;
  }
}
