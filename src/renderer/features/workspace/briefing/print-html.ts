// The print layout as one self-contained HTML document for the desktop's print:toPdf: the same
// PrintLayout the web edition prints (so the two paths cannot drift), rendered to static markup
// with its pictures inline. The print page runs no scripts and loads nothing, so nothing else
// may be referenced.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BriefingModel } from '@shared/documents/briefing';
import { PrintLayout } from './PrintLayout';

const escapeText = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export function printLayoutHtml(model: BriefingModel): string {
  const body = renderToStaticMarkup(createElement(PrintLayout, { model, inline: true }));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escapeText(
    `${model.title} ${model.codeName}`,
  )}</title></head><body>${body}</body></html>`;
}
