// F4: user text with XML-illegal characters (U+FFFE, U+FFFF, control characters, lone surrogate
// halves) must not make the .docx unreadable. Every document passes xmlSafeDocument; the parts
// are checked with a strict well-formedness check, and the mark stays visible.
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyDocument,
  ILLEGAL_CHARACTER_MARK,
  renderDocx,
  xmlSafeText,
  type DocumentModel,
} from '@shared/documents';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import { assertWellFormedXml } from './xml-well-formed';

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]$/u;

/** Any code point, with the troublemakers made likely rather than one in a million. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.oneof(
      fc.constantFrom('\uFFFE', '\uFFFF', '\u0000', '\u0008', '\u001F', '\uD800', '\uDFFF'),
      fc.constantFrom('<', '>', '&', '"', "'", ']]>', '\r\n', 'ä', '😀'),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    ),
  }),
);

function modelWith(text: string): DocumentModel {
  return emptyDocument({
    title: text,
    subtitle: text,
    issuingOffice: text,
    fileReference: text,
    recipient: [text],
    sections: [
      {
        heading: text,
        blocks: [
          { type: 'paragraph', text },
          { type: 'bullets', items: [text] },
          { type: 'keyValue', rows: [{ key: text, value: text }] },
          { type: 'table', columns: [{ title: text }], rows: [[text]], totals: [text] },
          { type: 'form', fields: [{ label: text }] },
          { type: 'choices', label: text, options: [text] },
        ],
      },
    ],
    signature: { place: text, name: text, role: text },
  });
}

async function xmlParts(model: DocumentModel): Promise<Record<string, string>> {
  const files = unzipSync(await renderDocx(model));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

describe('xmlSafeText', () => {
  it(
    'replaces exactly the characters XML forbids, one mark for each',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const before = [...text];
          const after = [...xmlSafeText(text)];
          expect(after).toHaveLength(before.length);
          after.forEach((ch, k) => {
            expect(ch).toBe(XML_CHAR.test(before[k] ?? '') ? before[k] : ILLEGAL_CHARACTER_MARK);
          });
        }),
        { numRuns: fcRuns(1_000) },
      );
    },
    fcTimeout(1_000, 30_000, 5),
  );
});

describe('docx with hostile text', () => {
  it('the U+FFFE/U+FFFF case of the finding opens strictly and shows the mark', async () => {
    const parts = await xmlParts(modelWith('Objekt\uFFFE Nord\uFFFF\u0001'));
    for (const [name, xml] of Object.entries(parts)) {
      expect(() => assertWellFormedXml(xml), name).not.toThrow();
    }
    expect(parts['word/document.xml']).toContain('Objekt\uFFFD Nord\uFFFD\uFFFD');
  });

  it(
    'word/document.xml (and every other part) is well-formed for any text',
    async () => {
      await fc.assert(
        fc.asyncProperty(anyText, async (text) => {
          const parts = await xmlParts(modelWith(text));
          expect(Object.keys(parts)).toContain('word/document.xml');
          for (const [name, xml] of Object.entries(parts)) {
            expect(() => assertWellFormedXml(xml), name).not.toThrow();
          }
        }),
        { numRuns: fcRuns(100) },
      );
    },
    fcTimeout(100, 60_000, 1_000),
  );
});

describe('the well-formedness check itself', () => {
  it.each([
    ['<a>\uFFFF</a>', 'U+FFFF'],
    ['<a>\u0001</a>', 'a control character'],
    ['<a>&#xFFFE;</a>', 'a reference to U+FFFE'],
    ['<a><b></a></b>', 'crossed tags'],
    ['<a>x & y</a>', 'a bare ampersand'],
    ['<a x=1/>', 'an unquoted attribute'],
    ['<a x="1" x="2"/>', 'a duplicate attribute'],
    ['<a/><b/>', 'two roots'],
    ['<a>', 'an unclosed element'],
    ['<a>]]></a>', '"]]>" in text'],
  ])('refuses %j (%s)', (xml) => {
    expect(() => assertWellFormedXml(xml)).toThrow();
  });

  it('accepts ordinary XML', () => {
    expect(() =>
      assertWellFormedXml(
        '<?xml version="1.0"?>\n<a x=\'1\' y="&amp;&#228;"><!-- c --><b/>t&lt;<![CDATA[<]]></a>',
      ),
    ).not.toThrow();
  });
});
