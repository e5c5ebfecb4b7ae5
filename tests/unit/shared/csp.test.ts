// buildCsp: the one model for configurable hosts. Hosts widen img-src (tiles) and connect-src
// (everything fetched) only, and hostile host strings never reach a directive.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fcRuns } from '../../support/fc-runs';
import {
  buildCsp,
  InvalidCspHostError,
  isCanonicalHostOrigin,
  parseHostOrigin,
  tileOriginFromTemplate,
} from '@shared/security/csp';

/** The policy as directive → sources, so tests compare structure rather than text. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split('; ').map((part) => {
      const [name = '', ...values] = part.split(' ');
      return [name, values];
    }),
  );
}

const selfOnly = directives(buildCsp());

describe('buildCsp', () => {
  it('is strict and self-only without hosts', () => {
    const csp = buildCsp();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("img-src 'self' data: blob:;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(buildCsp({ tileHosts: [], connectHosts: [] })).toBe(csp);
  });

  it('puts tile servers into img-src and fetched servers into connect-src, nothing else', () => {
    const csp = directives(
      buildCsp({
        tileHosts: ['https://tiles.example.org', 'https://KARTEN.example.de:8443'],
        connectHosts: ['https://geo.example.org', 'https://geo.example.org:443'],
      }),
    );
    expect(csp.get('img-src')).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://tiles.example.org',
      'https://karten.example.de:8443',
    ]);
    // The default port is dropped, so the same server appears once.
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://geo.example.org']);
    for (const [name, values] of selfOnly) {
      if (name !== 'img-src' && name !== 'connect-src') expect(csp.get(name)).toEqual(values);
    }
  });

  it.each([
    ['http', 'http://tiles.example.org'],
    ['a wildcard', 'https://*.example.org'],
    ['a bare wildcard', '*'],
    ['a path', 'https://tiles.example.org/{z}/{x}/{y}.png'],
    ['a trailing slash', 'https://tiles.example.org/'],
    ['a query', 'https://tiles.example.org?x=1'],
    ['credentials', 'https://user:pw@tiles.example.org'],
    ['a semicolon', "https://a.example.org; script-src 'unsafe-inline'"],
    ['a quote', "'unsafe-inline'"],
    ['a keyword', "'self'"],
    ['a space', 'https://a.example.org https://b.example.org'],
    ['a comma', 'https://a.example.org,https://b.example.org'],
    ['a scheme only', 'https:'],
    ['data:', 'data:'],
    ['a port out of range', 'https://a.example.org:65536'],
    ['a port with a leading zero', 'https://a.example.org:0443'],
    ['a hyphen at a label edge', 'https://-a.example.org'],
    ['an empty label', 'https://a..example.org'],
    ['a newline', 'https://a.example.org\nscript-src *'],
  ])('refuses %s', (_name, host) => {
    expect(parseHostOrigin(host)).toBeNull();
    expect(() => buildCsp({ tileHosts: [host], connectHosts: [] })).toThrow(InvalidCspHostError);
    expect(() => buildCsp({ tileHosts: [], connectHosts: [host] })).toThrow(InvalidCspHostError);
  });

  it('never lets arbitrary text change the shape of the policy', () => {
    // Text built from the characters that could end, widen or quote a directive.
    const hostile = fc.stringMatching(/^https:\/\/[a-z0-9.:;'"*/ ,\-\n\\]{0,40}$/);
    fc.assert(
      fc.property(fc.oneof(hostile, fc.string({ maxLength: 60 })), (host) => {
        const origin = parseHostOrigin(host);
        if (origin === null) {
          expect(() => buildCsp({ tileHosts: [host], connectHosts: [host] })).toThrow(
            InvalidCspHostError,
          );
          return;
        }
        expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/);
        const csp = directives(buildCsp({ tileHosts: [host], connectHosts: [host] }));
        expect([...csp.keys()]).toEqual([...selfOnly.keys()]);
        expect(csp.get('img-src')).toEqual([...(selfOnly.get('img-src') ?? []), origin]);
        expect(csp.get('connect-src')).toEqual([...(selfOnly.get('connect-src') ?? []), origin]);
      }),
      { numRuns: fcRuns(1_000) },
    );
  });

  it('accepts any well-formed https origin and keeps it canonical', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 4 }),
        fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: undefined }),
        (labels, port) => {
          const host = `https://${labels.join('.')}${port === undefined ? '' : `:${port}`}`;
          const origin = parseHostOrigin(host.toUpperCase());
          expect(origin).toBe(port === 443 ? `https://${labels.join('.')}` : host);
          expect(origin !== null && isCanonicalHostOrigin(origin)).toBe(true);
        },
      ),
      { numRuns: fcRuns(500) },
    );
  });
});

describe('tileOriginFromTemplate', () => {
  it('takes the https origin of a tile URL template', () => {
    expect(tileOriginFromTemplate('https://tiles.example.org/{z}/{x}/{y}.png')).toBe(
      'https://tiles.example.org',
    );
    expect(tileOriginFromTemplate('http://tiles.example.org/{z}/{x}/{y}.png')).toBeNull();
    expect(tileOriginFromTemplate('https://user:pw@tiles.example.org/{z}')).toBeNull();
    expect(tileOriginFromTemplate('')).toBeNull();
  });
});
