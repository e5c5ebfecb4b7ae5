// The search query API: an index built, patched and queried through the same engine the worker
// runs (in-process here, as there is no Worker in Node), answering ids.
import { describe, expect, it } from 'vitest';
import type { SearchDoc } from '../../../src/renderer/search/config';
import { idsOf, packIds, SearchEngine } from '../../../src/renderer/search/engine';
import { SearchClient } from '../../../src/renderer/search/search-client';

const doc = (id: string, rev: number, primary: string, place = ''): SearchDoc => ({
  id,
  rev,
  text: { primary, place },
});

function inProcess() {
  const engine = new SearchEngine();
  const requests: string[] = [];
  const client = new SearchClient(async (req) => {
    requests.push(req.type);
    return engine.handle(req);
  });
  return { client, requests };
}

describe('search client', () => {
  it('answers the same ids packed into one string for the trip from the worker', async () => {
    const engine = new SearchEngine();
    const client = new SearchClient(async (req) => packIds(engine.handle(req)));
    await client.sync([doc('a', 1, 'Kranich'), doc('b', 1, 'Kranichstraße'), doc('c', 1, 'Falke')]);
    expect((await client.search('kran')).sort()).toEqual(['a', 'b']);
    expect(await client.search('zeche')).toEqual([]);
    const packed = packIds({ id: 1, ok: true, ids: ['x', 'y'] });
    expect(packed).toEqual({ id: 1, ok: true, packed: 'x\ny' });
    // An id with a newline cannot be packed: the list travels as it is.
    expect(packIds({ id: 1, ok: true, ids: ['x\ny'] })).toEqual({ id: 1, ok: true, ids: ['x\ny'] });
    expect(idsOf({ id: 1, ok: true, packed: '' })).toEqual([]);
  });

  it('answers ids for folded, prefix and fuzzy queries', async () => {
    const { client } = inProcess();
    await client.sync([
      doc('1', 1, 'KRANICH', 'Essen Altendorf'),
      doc('2', 1, 'FALKE', 'Düsseldorf'),
      doc('3', 1, 'Müllerstraße Kiosk', 'Bochum'),
    ]);
    expect(await client.search('kran')).toEqual(['1']);
    expect(await client.search('duesseldorf')).toEqual(['2']);
    expect(await client.search('mullerstrasse')).toEqual(['3']);
    // Fuzzy from five letters: one typo still finds it; every term must match (AND).
    expect(await client.search('altendorv')).toEqual(['1']);
    expect(await client.search('kranich bochum')).toEqual([]);
    expect(await client.search('  ')).toEqual([]);
  });

  it('sends only changed documents, forgets removed ones and rebuilds after many changes', async () => {
    const { client, requests } = inProcess();
    await client.sync([doc('1', 1, 'Kranich'), doc('2', 1, 'Falke')]);
    expect(requests).toEqual(['reset', 'upsert', 'prepare']);
    requests.length = 0;
    await client.sync([doc('1', 2, 'Reiher'), doc('2', 1, 'Falke')]);
    expect(requests).toEqual(['upsert']);
    expect(await client.search('kranich')).toEqual([]);
    expect(await client.search('reiher')).toEqual(['1']);
    requests.length = 0;
    await client.sync([doc('1', 2, 'Reiher')]);
    expect(requests).toEqual(['remove']);
    expect(await client.search('falke')).toEqual([]);
    requests.length = 0;
    const many = Array.from({ length: 800 }, (_, i) => doc(`n${i}`, 1, `Objekt${i}`));
    await client.sync(many);
    expect(requests[0]).toBe('reset');
    expect(requests.at(-1)).toBe('prepare');
    expect(await client.search('reiher')).toEqual([]);
    expect(await client.search('objekt799')).toContain('n799');
  });

  it('keeps indexes of different clients apart and drops one on dispose', async () => {
    const engine = new SearchEngine();
    const send = async (req: Parameters<SearchEngine['handle']>[0]) => engine.handle(req);
    const a = new SearchClient(send);
    const b = new SearchClient(send);
    await a.sync([doc('1', 1, 'Kranich')]);
    await b.sync([doc('9', 1, 'Kranich')]);
    expect(await a.search('kranich')).toEqual(['1']);
    a.dispose();
    expect(await a.search('kranich')).toEqual([]);
    expect(await b.search('kranich')).toEqual(['9']);
  });

  it('limits the answer and reports engine errors as rejections', async () => {
    const { client } = inProcess();
    await client.sync(Array.from({ length: 20 }, (_, i) => doc(String(i), 1, `Kiosk ${i}`)));
    expect(await client.search('kiosk', 5)).toHaveLength(5);
    const broken = new SearchClient(async (req) => ({ id: req.id, ok: false, error: 'kaputt' }));
    await expect(broken.search('x')).rejects.toThrow('kaputt');
  });
});
