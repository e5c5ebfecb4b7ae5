// encodeValue/decodeValue: JSON-like records with binaries anywhere round-trip exactly; malformed
// input is IntegrityError; values JSON would silently change are refused when encoding.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fcRuns, fcTimeout } from '../../support/fc-runs';
import {
  decodeValue,
  encodeCompact,
  encodeValue,
  IntegrityError,
  randomBytes,
} from '@shared/crypto';

// Property tests run FC_RUNS cases in a deep run; their time limit grows with the count.
vi.setConfig({ testTimeout: fcTimeout(500, 30_000, 5) });

const roundTrip = (value: unknown): unknown => decodeValue(encodeValue(value));

describe('encodeValue / decodeValue', () => {
  it.each([
    ['null', null],
    ['a number', 42.5],
    ['a negative integer', -7],
    ['a string with umlauts and emoji', 'Grüße aus Essen 🚓👮‍♀️ – „Zugriff“ ß'],
    ['an empty string', ''],
    ['booleans', [true, false]],
    ['an empty array and object', { a: [], b: {} }],
    ['an empty Uint8Array', new Uint8Array(0)],
  ])('round-trips %s', (_label, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('round-trips a nested record with binaries at several depths', () => {
    const record = {
      name: 'Objekt Nord',
      photo: Uint8Array.of(0xff, 0xd8, 0xff),
      contacts: [
        { name: 'Erika Musterfrau', phone: '0201 123456', avatar: new Uint8Array(0) },
        { name: 'Max', files: [Uint8Array.of(1), Uint8Array.of(2, 3)] },
      ],
      nested: { deeper: { deepest: { blob: Uint8Array.of(9, 9, 9), n: null } } },
    };
    const back = roundTrip(record) as typeof record;
    expect(back).toEqual(record);
    expect(back.photo).toBeInstanceOf(Uint8Array);
    expect(back.contacts[1]?.files?.[1]).toEqual(Uint8Array.of(2, 3));
  });

  it('stores binaries raw, not as base64, and round-trips 5 MB', () => {
    const big = randomBytes(5 * 1024 * 1024);
    const encoded = encodeValue({ plan: big, caption: 'Grundriss' });
    expect(encoded.byteLength).toBeLessThan(big.byteLength + 200);
    const back = decodeValue(encoded) as { plan: Uint8Array };
    expect(Buffer.from(back.plan).equals(big)).toBe(true); // deep equality would crawl 5 MB
    // A standalone copy: storing it must not drag the whole encoded buffer along.
    expect(back.plan.byteOffset).toBe(0);
    expect(back.plan.buffer.byteLength).toBe(big.byteLength);
  });

  it('encodes only the viewed part of a Uint8Array view', () => {
    const buffer = Uint8Array.of(1, 2, 3, 4, 5);
    expect(roundTrip({ v: buffer.subarray(1, 3) })).toEqual({ v: Uint8Array.of(2, 3) });
  });

  it('keeps keys that look like markers or special names as ordinary data', () => {
    const tricky = JSON.parse('{"$b":0,"$$b":1,"$":2,"__proto__":{"polluted":true},"x":{"$b":5}}');
    const back = roundTrip(tricky) as Record<string, unknown>;
    expect(Object.keys(back).sort()).toEqual(['$', '$$b', '$b', '__proto__', 'x']);
    expect(back.$b).toBe(0);
    expect(back.x).toEqual({ $b: 5 });
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops undefined object fields like JSON does', () => {
    expect(roundTrip({ a: 1, b: undefined })).toEqual({ a: 1 });
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', { n: Number.POSITIVE_INFINITY }],
    ['a Date', { at: new Date() }],
    ['a Map', new Map()],
    ['a function', { f: () => 1 }],
    ['undefined at the top', undefined],
    ['undefined in an array', [1, undefined]],
    ['another typed array', { a: new Uint16Array(2) }],
    ['a bigint', { n: 1n }],
  ])('refuses to encode %s', (_label, value) => {
    expect(() => encodeValue(value)).toThrow(TypeError);
    expect(() => encodeCompact(value)).toThrow(TypeError);
  });

  it('refuses malformed input with IntegrityError', () => {
    const good = encodeValue({ a: Uint8Array.of(1, 2), b: 'x' });
    const bad: Uint8Array[] = [
      new Uint8Array(0),
      Uint8Array.of(2, ...good.subarray(1)), // unknown version
      good.subarray(0, good.byteLength - 1), // truncated
      Uint8Array.of(...good, 0), // trailing byte
      good.subarray(0, 3),
    ];
    const badJson = new Uint8Array(good);
    badJson[5] = '!'.charCodeAt(0);
    bad.push(badJson);
    for (const bytes of bad) expect(() => decodeValue(bytes)).toThrow(IntegrityError);
  });

  it('refuses a marker pointing nowhere, a reused binary and an unused one', () => {
    const craft = (json: string, binaries: Uint8Array[]): Uint8Array => {
      const text = new TextEncoder().encode(json);
      const parts = [Uint8Array.of(1), u32(text.byteLength), text, u32(binaries.length)];
      for (const b of binaries) parts.push(u32(b.byteLength), b);
      return Uint8Array.from(parts.flatMap((p) => [...p]));
    };
    expect(decodeValue(craft('{"a":{"$b":0}}', [Uint8Array.of(7)]))).toEqual({
      a: Uint8Array.of(7),
    });
    expect(() => decodeValue(craft('{"a":{"$b":1}}', [Uint8Array.of(7)]))).toThrow(IntegrityError);
    expect(() => decodeValue(craft('[{"$b":0},{"$b":0}]', [Uint8Array.of(7)]))).toThrow(
      IntegrityError,
    );
    expect(() => decodeValue(craft('{}', [Uint8Array.of(7)]))).toThrow(IntegrityError);
    expect(() => decodeValue(craft('{"$x":1}', []))).toThrow(IntegrityError);
  });

  it('encodeCompact writes plain JSON (version 2) without a binary, markers only with one', () => {
    const plain = encodeCompact({ name: 'Kiosk', $b: 0, tags: ['a'] });
    expect(plain[0]).toBe(2);
    expect(new TextDecoder().decode(plain.subarray(1))).toBe(
      '{"name":"Kiosk","$b":0,"tags":["a"]}',
    );
    expect(encodeCompact({ photo: Uint8Array.of(1) })[0]).toBe(1);
    expect(decodeValue(plain)).toEqual({ name: 'Kiosk', $b: 0, tags: ['a'] });
  });

  it('encodeValue stays version 1 even without a binary (a backup hashes its bytes)', () => {
    expect(encodeValue({ a: 1 })[0]).toBe(1);
  });

  it('still reads rows written in version 1 without binaries (stored before version 2)', () => {
    // Exactly what the version-1 encoder wrote for { $b: 0, name: 'Ü' }: "$" keys escaped.
    const json = new TextEncoder().encode('{"$$b":0,"name":"Ü"}');
    const v1 = Uint8Array.from([1, ...u32(json.byteLength), ...json, ...u32(0)]);
    expect(decodeValue(v1)).toEqual({ $b: 0, name: 'Ü' });
  });

  it('refuses a version-2 body that is not JSON or not UTF-8', () => {
    expect(() => decodeValue(Uint8Array.of(2))).toThrow(IntegrityError);
    expect(() => decodeValue(Uint8Array.of(2, 0x7b))).toThrow(IntegrityError);
    expect(() => decodeValue(Uint8Array.of(2, 0xff, 0xfe))).toThrow(IntegrityError);
  });

  it('round-trips arbitrary JSON-like values with binaries (property)', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom('$b', '$$b', '$', '__proto__', 'constructor'),
    );
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        // JSON has no -0; it comes back as 0 (documented).
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
        fc.string(),
        fc.string({ unit: 'grapheme' }),
        fc.uint8Array({ maxLength: 64 }),
        fc.array(tie('value'), { maxLength: 5 }),
        fc.dictionary(key, tie('value'), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value, (v) => {
        expect(roundTrip(v)).toEqual(v);
        expect(decodeValue(encodeCompact(v))).toEqual(v);
      }),
      { numRuns: fcRuns(500) },
    );
  });
});

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}
