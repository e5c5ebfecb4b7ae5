// A small strict XML 1.0 well-formedness check for the tests: legal characters only, one root,
// matching tags, quoted and unique attributes, known entity references. Namespaces, DTDs and
// non-ASCII names are out of scope (Word's own parts use none of them).
const LEGAL_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const SPACE = /^[ \t\r\n]*/;
const REFERENCE = /^&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/;

const isLegalCodePoint = (cp: number): boolean =>
  cp <= 0x10ffff && LEGAL_CHARS.test(String.fromCodePoint(cp));

/** Throws an Error naming the offset of the first violation; returns nothing when well-formed. */
export function assertWellFormedXml(xml: string): void {
  if (!LEGAL_CHARS.test(xml)) {
    const at = [...xml].findIndex((ch) => !LEGAL_CHARS.test(ch));
    throw new Error(`illegal character at code point ${at}`);
  }
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const skipSpace = (): void => {
    i += SPACE.exec(xml.slice(i))?.[0].length ?? 0;
  };
  const until = (end: string, what: string): string => {
    const stop = xml.indexOf(end, i);
    if (stop < 0) fail(`unterminated ${what}`);
    const inner = xml.slice(i, stop);
    i = stop + end.length;
    return inner;
  };
  const checkText = (text: string): void => {
    for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
      const ref = REFERENCE.exec(text.slice(k));
      if (!ref) fail('bad entity reference');
      const [, , dec, hex] = ref ?? [];
      if (dec !== undefined || hex !== undefined) {
        const cp = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
        if (!isLegalCodePoint(cp)) fail('character reference to an illegal character');
      }
    }
  };

  const stack: string[] = [];
  let roots = 0;
  if (xml.startsWith('<?xml')) until('?>', 'declaration');
  while (i < xml.length) {
    if (xml[i] !== '<') {
      const stop = xml.indexOf('<', i);
      const text = xml.slice(i, stop < 0 ? xml.length : stop);
      if (stack.length === 0 && text.trim() !== '') fail('text outside the root element');
      if (text.includes(']]>')) fail('"]]>" in text');
      checkText(text);
      i += text.length;
    } else if (xml.startsWith('<!--', i)) {
      i += 4;
      if (until('-->', 'comment').includes('--')) fail('"--" in a comment');
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA outside the root element');
      i += 9;
      until(']]>', 'CDATA section');
    } else if (xml.startsWith('<?', i)) {
      i += 2;
      until('?>', 'processing instruction');
    } else if (xml.startsWith('</', i)) {
      i += 2;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad end tag');
      i += name.length;
      skipSpace();
      if (xml[i] !== '>') fail('bad end tag');
      i++;
      if (stack.pop() !== name) fail(`end tag </${name}> does not match`);
    } else {
      i++;
      const name = NAME.exec(xml.slice(i))?.[0] ?? fail('bad start tag');
      i += name.length;
      if (stack.length === 0 && ++roots > 1) fail('second root element');
      const seen = new Set<string>();
      for (;;) {
        const before = i;
        skipSpace();
        if (xml.startsWith('/>', i)) {
          i += 2;
          break;
        }
        if (xml[i] === '>') {
          i++;
          stack.push(name);
          break;
        }
        if (i === before) fail('missing space before attribute');
        const attr = NAME.exec(xml.slice(i))?.[0] ?? fail('bad attribute name');
        if (seen.has(attr)) fail(`duplicate attribute ${attr}`);
        seen.add(attr);
        i += attr.length;
        skipSpace();
        if (xml[i] !== '=') fail('attribute without value');
        i++;
        skipSpace();
        const quote = xml[i];
        if (quote !== '"' && quote !== "'") fail('unquoted attribute value');
        i++;
        const value = until(quote ?? '"', 'attribute value');
        if (value.includes('<')) fail('"<" in an attribute value');
        checkText(value);
      }
    }
  }
  if (stack.length > 0) fail(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) fail('no root element');
}
