// The HTML the desktop prints to PDF (print:toPdf): the same print layout as the web path, self-
// contained — pictures inline, no script, nothing the sandboxed print page would have to fetch.
import { describe, expect, it } from 'vitest';
import type { BriefingModel } from '@shared/documents/briefing';
import { printLayoutHtml } from '../../../src/renderer/features/workspace/briefing/print-html';

// Any bytes will do: the layout only carries them, it never decodes them.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function model(codeName = 'WINTERLICHT'): BriefingModel {
  return {
    kind: 'cards',
    classification: 'vs_nfd',
    exercise: false,
    draft: false,
    revision: 3,
    copy: { number: 2, total: 4, recipient: 'Stadt Essen – Ordnungsamt' },
    extractFor: '',
    redacted: false,
    title: 'Auftragskarten',
    codeName,
    issuingOffice: 'Polizeipräsidium Essen',
    place: 'Essen',
    date: '16.11.2026',
    fileReference: 'ZA 1 – 57.01',
    approvalNote: '',
    sections: [
      {
        key: 'card:1',
        number: '1',
        heading: 'Kontrollteam 1 – Shisha-Bar',
        level: 1,
        blocks: [
          { type: 'keyValue', rows: [{ key: 'Treffpunkt', value: 'Wache Mitte, 19:00 Uhr' }] },
          {
            type: 'image',
            png: PNG,
            format: 'png',
            width: 600,
            height: 400,
            caption: 'Kartenausschnitt Objekt 1',
            missing: '',
          },
        ],
      },
      {
        key: 'card:2',
        number: '2',
        heading: 'Kontrollteam 2 – Wettbüro',
        level: 1,
        pageBreakBefore: true,
        blocks: [
          {
            type: 'image',
            png: null,
            format: 'png',
            width: 0,
            height: 0,
            caption: 'Kartenausschnitt Objekt 2',
            missing: 'Kein Kartenausschnitt: Objekt ohne Lage.',
          },
        ],
      },
    ],
    signature: { place: '', name: '', role: '' },
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('printLayoutHtml', () => {
  it('holds the sections in order with the print CSS and page marks', () => {
    const doc = parse(printLayoutHtml(model()));
    expect([...doc.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([
      '1  Kontrollteam 1 – Shisha-Bar',
      '2  Kontrollteam 2 – Wettbüro',
    ]);
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@page');
    expect(css).toContain('Ausfertigung 2 von 4');
    expect(doc.title).toBe('Auftragskarten WINTERLICHT');
    expect(doc.body.textContent).toContain('Kein Kartenausschnitt: Objekt ohne Lage.');
  });

  it('carries the picture inline as a data: URL and references nothing else', () => {
    const html = printLayoutHtml(model());
    const images = [...parse(html).querySelectorAll('img')];
    expect(images.map((i) => i.getAttribute('src'))).toEqual([
      `data:image/png;base64,${btoa(String.fromCharCode(...PNG))}`,
    ]);
    expect(html).not.toMatch(/<script|blob:|https?:/i);
  });

  it('escapes plan text: markup in a field stays text', () => {
    const html = printLayoutHtml(model('<script>alert(1)</script>'));
    expect(html).not.toContain('<script>');
    expect(parse(html).title).toBe('Auftragskarten <script>alert(1)</script>');
  });
});
