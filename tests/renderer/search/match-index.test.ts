// The filtering index against its definition: a document matches when every query term is the
// start of one of its tokens or, from five letters, within 20 % edits of one — checked against
// a linear scan over random documents, patches and queries, and on German examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../src/renderer/search/config';
import { fuzzyDistance, MatchIndex, tokenize } from '../../../src/renderer/search/match-index';

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min(
        (up[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return (d[a.length] as number[])[b.length] ?? Infinity;
}

/** The definition, by brute force. */
function naive(docs: ReadonlyMap<string, SearchDoc>, query: string): string[] {
  const terms = tokenize(query);
  if (terms.length === 0) return [];
  return [...docs.values()]
    .filter((doc) => {
      const tokens = Object.values(doc.text).flatMap(tokenize);
      return terms.every((q) =>
        tokens.some((t) => t.startsWith(q) || levenshtein(q, t) <= fuzzyDistance(q)),
      );
    })
    .map((d) => d.id)
    .sort();
}

const doc = (id: string, primary: string, place = ''): SearchDoc => ({
  id,
  rev: 1,
  text: { primary, place },
});

describe('match index', () => {
  it('folds German text, matches prefixes, typos from five letters, and all terms', () => {
    const index = new MatchIndex();
    index.upsert([
      doc('1', 'Kiosk Müller', 'Rüttenscheider Straße 12, Essen'),
      doc('2', 'Shisha-Bar Phönix', 'Altendorfer Straße 3, Essen'),
      doc('3', 'Spielhalle Glück', 'Steele'),
    ]);
    expect(index.search('mueller')).toEqual(['1']);
    expect(index.search('muller')).toEqual(['1']); // one edit from "mueller"
    expect(index.search('strasse')).toEqual(['1', '2']);
    expect(index.search('rüttensch')).toEqual(['1']);
    expect(index.search('phoenix essen')).toEqual(['2']);
    expect(index.search('shisha bar')).toEqual(['2']);
    expect(index.search('gluck')).toEqual(['3']); // five letters: one edit from "glueck"
    expect(index.search('glck')).toEqual([]); // four letters: no typo allowed
    expect(index.search('spielhale')).toEqual(['3']);
    expect(index.search('kiosk steele')).toEqual([]);
    expect(index.search(' ,. ')).toEqual([]);
  });

  it('forgets removed and replaced text, also after compaction', () => {
    const index = new MatchIndex();
    index.upsert([doc('a', 'Kranich'), doc('b', 'Falke')]);
    index.upsert([{ ...doc('a', 'Reiher'), rev: 2 }]);
    index.remove('b');
    expect(index.search('kranich')).toEqual([]);
    expect(index.search('falke')).toEqual([]);
    expect(index.search('reiher')).toEqual(['a']);
    for (let i = 0; i < 3000; i++) index.upsert([doc(`n${i}`, `Objekt ${i}`)]);
    for (let i = 0; i < 3000; i++) index.remove(`n${i}`);
    index.upsert([doc('c', 'Objekt neu')]);
    expect(index.size).toBe(2);
    expect(index.search('objekt')).toEqual(['c']);
  });

  it('answers what a linear scan answers with thousands of sorted tokens, numbers among them', () => {
    // Above 5 000 new tokens the index sorts them and the fuzzy scan goes by length and skips
    // digit-only tokens for terms of letters: the answers must stay those of the definition.
    const index = new MatchIndex();
    const docs = new Map<string, SearchDoc>();
    const streets = ['Altendorfer Straße', 'Kranichweg', 'Helenenstraße', 'Fenixgasse'];
    for (let i = 0; i < 6000; i++) {
      const d = doc(`d${i}`, `Kiosk ${i} ${45000 + i}`, `${streets[i % 4] ?? ''} ${i % 97}`);
      docs.set(d.id, d);
    }
    index.upsert([...docs.values()]);
    index.search('warm'); // sorts
    for (const q of ['kranch', 'altendorv', 'helenstrasse', '45128', '4512', '1234', 'fenix 12']) {
      expect([...index.search(q)].sort(), q).toEqual(naive(docs, q));
    }
    expect(index.search('45128').length).toBeGreaterThan(1); // fuzzy over digits still works
  });

  it('answers what a linear scan answers when sorted tokens are merged in several steps', () => {
    // A build in slices, each followed by `prepare`: only the new tokens are classified by
    // length at each merge, so words of the first slice must still be found fuzzily after the
    // second, and the second slice's words too.
    const index = new MatchIndex();
    const docs = new Map<string, SearchDoc>();
    const names = ['Kranichweg', 'Altendorfer', 'Helenenstraße', 'Fenixgasse', 'Reiherbach'];
    for (let part = 0; part < 3; part++) {
      const slice: SearchDoc[] = [];
      for (let i = part * 6000; i < (part + 1) * 6000; i++) {
        const d = doc(`d${i}`, `${names[(i + part) % 5] ?? ''}${part} ${i}`, `${70000 + i}`);
        docs.set(d.id, d);
        slice.push(d);
      }
      index.upsert(slice);
      index.prepare();
    }
    for (const q of [
      'helenenstrase0',
      'altendorfr2',
      'reiherbac1',
      'kranichwg1',
      '7123',
      'fenix',
    ]) {
      expect([...index.search(q)].sort(), q).toEqual(naive(docs, q));
    }
    expect(index.search('helenenstrase0').length).toBeGreaterThan(0);
  });

  it('answers what a linear scan answers, through random patches', () => {
    const words = [
      'kiosk',
      'kranich',
      'krahn',
      'müller',
      'mueller',
      'straße',
      'strasse',
      'essen',
      'esse',
      'altendorf',
      'altendorfer',
      'phönix',
      'fenix',
      'a1',
      '12',
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 4 }).map((w) => w.join(' '));
    const op = fc.oneof(
      fc.record({ put: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), text, place: text }),
      fc.record({ remove: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f') }),
    );
    const query = fc
      .array(
        fc
          .constantFrom(...words)
          .chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n))),
        { minLength: 1, maxLength: 2 },
      )
      .map((q) => q.join(' '));
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 30 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        (ops, queries) => {
          const index = new MatchIndex();
          const docs = new Map<string, SearchDoc>();
          for (const o of ops) {
            if ('put' in o) {
              const d = doc(o.put, o.text, o.place);
              docs.set(o.put, d);
              index.upsert([d]);
            } else {
              docs.delete(o.remove);
              index.remove(o.remove);
            }
          }
          for (const q of queries) expect([...index.search(q)].sort()).toEqual(naive(docs, q));
        },
      ),
      { numRuns: 300 },
    );
  });
});
