// F2: the web build carries its policy in index.html, so a plain static server (which sends no
// header) still delivers the page guarded. The build's own HTML transform is run on the real
// index.html, as `vite build` runs it, without a full build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { buildCsp } from '@shared/security/csp';
import { metaPolicy, withCspMeta } from '@shared/security/csp-meta';
import webConfig from '../../../vite.web.config';

const indexHtml = readFileSync(
  resolve(import.meta.dirname, '../../../src/renderer/index.html'),
  'utf8',
);
// What Vite makes of it: the entry script and a style sheet moved into the head.
const built = indexHtml
  .replace('<script type="module" src="./main.tsx"></script>', '')
  .replace(
    '</head>',
    '  <script type="module" crossorigin src="./assets/index-abc.js"></script>\n    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">\n  </head>',
  );

/** The transform the web build runs on index.html, taken from the config as Vite would. */
function buildTransform(): (html: string) => string {
  const plugins = (webConfig.plugins ?? []).flat() as Plugin[];
  const plugin = plugins.find((p) => p && p.name === 'verbundplaner-csp-meta');
  if (!plugin) throw new Error('the web build has no CSP meta plugin');
  expect(plugin.apply).toBe('build');
  const hook = plugin.transformIndexHtml;
  if (!hook || typeof hook === 'function' || !('handler' in hook)) throw new Error('no handler');
  expect(hook.order).toBe('post');
  return (html) => {
    const out = (hook.handler as (html: string) => unknown)(html);
    if (typeof out !== 'string') throw new Error('expected the page as text');
    return out;
  };
}

const metaContent = (html: string): string | undefined =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];

describe('CSP meta tag in the web build (F2)', () => {
  it('the web build puts the self-only policy before every script, style and link', () => {
    const html = buildTransform()(built);
    const content = metaContent(html);
    expect(content).toBe(metaPolicy(buildCsp()));
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    for (const later of ['<script', '<link', '<style']) {
      const at = html.indexOf(later);
      if (at >= 0) expect(meta).toBeLessThan(at);
    }
    expect(content).toContain("default-src 'self'");
    expect(content).toContain("object-src 'none'");
    expect(content).toContain("base-uri 'none'");
    expect(content).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('leaves out what a meta tag cannot carry (frame-ancestors: the server header)', () => {
    const content = metaContent(withCspMeta(indexHtml, buildCsp())) ?? '';
    expect(buildCsp()).toContain('frame-ancestors');
    expect(content).not.toContain('frame-ancestors');
    expect(metaPolicy("default-src 'self'; sandbox; report-uri /r; frame-ancestors 'none'")).toBe(
      "default-src 'self'",
    );
  });

  it('refuses a page without a head, or with a policy already there', () => {
    expect(() => withCspMeta('<p>x</p>', buildCsp())).toThrow();
    const once = withCspMeta(indexHtml, buildCsp());
    expect(() => withCspMeta(once, buildCsp())).toThrow();
  });

  it('escapes the attribute, so a policy can never end the tag', () => {
    const html = withCspMeta('<head></head>', `img-src "x" & <y>`);
    expect(html).toContain('content="img-src &quot;x&quot; &amp; &lt;y>"');
  });
});
