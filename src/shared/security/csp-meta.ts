// The web edition's policy as a <meta> tag in the built index.html (F2): ordinary static web
// servers send no Content-Security-Policy, so the page must carry its own. A meta policy cannot
// carry frame-ancestors (nor reporting or sandbox); those stay with the server's header.

/** Directives a browser ignores (with a console warning) when they come from a meta tag. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** `policy` without the directives a meta tag cannot carry. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
    .filter((directive) => !HEADER_ONLY.has(directive.split(/\s+/)[0]?.toLowerCase() ?? ''))
    .join('; ');
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `html` with the policy as the first element after `<meta charset>` (or `<head>`): a meta
 * policy covers only what follows it, so it must precede every script, style and link. Throws
 * when there is no head, or a policy is there already: a build must not ship the page unguarded
 * or with two policies nobody chose.
 */
export function withCspMeta(html: string, policy: string): string {
  if (/<meta[^>]+http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('index.html hat bereits eine Content-Security-Policy.');
  }
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(metaPolicy(policy))}" />`;
  const anchor = /<meta\s+charset\s*=[^>]*>/i.exec(html) ?? /<head(\s[^>]*)?>/i.exec(html);
  if (!anchor) throw new Error('index.html hat keinen <head>: keine Content-Security-Policy.');
  const at = anchor.index + anchor[0].length;
  return `${html.slice(0, at)}\n    ${tag}${html.slice(at)}`;
}
