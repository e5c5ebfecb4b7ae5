// Address keys: the spellings people type meet the spelling of the file.
import { describe, expect, it } from 'vitest';
import { addressKey, normaliseHouseNumber, parseGazetteerQuery } from '@shared/gazetteer';

describe('gazetteer address keys', () => {
  it('one key for the usual spellings of a street', () => {
    const key = addressKey('Rüttenscheider Straße', normaliseHouseNumber('12', 'a'), 'Essen');
    expect(key).toBe('ruettenscheider strasse 12a essen');
    expect(addressKey('Rüttenscheider Str.', '12a', 'ESSEN')).toBe(key);
    expect(addressKey('RUETTENSCHEIDER STRASSE', '12a', 'Essen')).toBe(key);
    expect(addressKey('Am Str.-Bahnhof', '1', 'Köln')).toBe('am strasse bahnhof 1 koeln');
  });

  it('a typed query becomes a key prefix and an exact postcode', () => {
    expect(parseGazetteerQuery('Rüttenscheider Str. 12 a, 45130 Essen')).toEqual({
      prefix: 'ruettenscheider strasse 12a essen',
      postalCode: '45130',
    });
    expect(parseGazetteerQuery('hauptstr')).toEqual({ prefix: 'hauptstrasse', postalCode: null });
    expect(parseGazetteerQuery('Hauptstraße 5 Essen').prefix).toBe('hauptstrasse 5 essen');
    expect(parseGazetteerQuery('  ').prefix).toBe('');
  });
});
