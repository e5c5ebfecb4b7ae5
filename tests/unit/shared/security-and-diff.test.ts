import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '@shared/ipc/external-links';
import { diffRecords } from '@shared/util/diff';

describe('external link allow-list', () => {
  it('accepts only plain https links to listed hosts', () => {
    expect(isAllowedExternalUrl('https://www.bsi.bund.de/DE/Home/home_node.html')).toBe(true);
    expect(isAllowedExternalUrl('http://www.bsi.bund.de/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.bsi.bund.de.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@www.bsi.bund.de/')).toBe(false);
    expect(isAllowedExternalUrl('https://www.bsi.bund.de:8443/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('record diff for the audit trail', () => {
  it('lists changed leaves with paths and ignores bookkeeping fields', () => {
    const before = {
      id: '1',
      rev: 1,
      updatedAt: 'a',
      title: 'A',
      place: { name: 'X', lat: 1 },
      tags: ['a'],
    };
    const after = {
      id: '1',
      rev: 2,
      updatedAt: 'b',
      title: 'B',
      place: { name: 'X', lat: 2 },
      tags: ['a', 'b'],
    };
    expect(diffRecords(before, after)).toEqual([
      { path: 'title', before: 'A', after: 'B' },
      { path: 'place.lat', before: 1, after: 2 },
      { path: 'tags', before: ['a'], after: ['a', 'b'] },
    ]);
  });

  it('reports binary values by size, not content', () => {
    expect(diffRecords({ data: new Uint8Array(3) }, { data: new Uint8Array(5) })).toEqual([
      { path: 'data', before: '[3 Bytes]', after: '[5 Bytes]' },
    ]);
    expect(diffRecords({ data: new Uint8Array([1]) }, { data: new Uint8Array([1]) })).toEqual([]);
  });
});
