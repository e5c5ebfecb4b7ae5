// The Content-Security-Policy of the app, used by main's app:// protocol and the web edition's server.

export interface CspOptions {
  /** Origin of a tile server the user configured (e.g. `https://tiles.example.org`); widens img-src only. */
  tileOrigin?: string | null;
}

/**
 * Strict by default: only our own scripts (plus WebAssembly for Argon2id), no plugins, no base
 * rewriting, no framing. Inline styles are allowed because Mantine and Leaflet set style
 * attributes; inline scripts are not.
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const img = ["'self'", 'data:', 'blob:'];
  if (options.tileOrigin) img.push(options.tileOrigin);
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': img,
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
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

/** Accepts only an https origin (no path, no credentials) as a tile source for the CSP. */
export function tileOriginFromTemplate(template: string): string | null {
  if (template.trim() === '') return null;
  try {
    const url = new URL(template.replace(/\{[a-z]\}/g, '0'));
    if (url.protocol !== 'https:' || url.username || url.password) return null;
    return url.origin;
  } catch {
    return null;
  }
}
