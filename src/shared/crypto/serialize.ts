// Serialises JSON-like records that may hold binary values (attachments) without base64 bloat:
// a JSON part in which every Uint8Array is replaced by a marker, followed by the raw binaries.
//
// Layout: [0x01] [u32 json length] [json utf-8] [u32 count] then per binary [u32 length][bytes].
// Marker: an object whose only key is "$b" (index into the binary list). Object keys that start
// with "$" are escaped by one extra "$", so user data can never look like a marker.
import { concatBytes, utf8Decode, utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError } from './errors';

const FORMAT = 0x01;
const MARKER = '$b';

const isPlainObject = (v: object): v is Record<string, unknown> => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}

/** Encodes a plain value; throws a TypeError for anything JSON would silently change or drop. */
export function encodeValue(value: unknown): Bytes {
  const binaries: Uint8Array[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new TypeError(`Nicht speicherbare Zahl bei ${path}`);
      return v;
    }
    if (v instanceof Uint8Array) {
      binaries.push(v);
      return { [MARKER]: binaries.length - 1 };
    }
    if (Array.isArray(v)) {
      return v.map((item: unknown, i) => {
        if (item === undefined) throw new TypeError(`undefined im Array bei ${path}[${i}]`);
        return walk(item, `${path}[${i}]`);
      });
    }
    if (typeof v === 'object' && isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        const item = v[key];
        if (item === undefined) continue; // as JSON and zod's optional fields: absent
        const stored = key.startsWith('$') ? `$${key}` : key;
        Object.defineProperty(out, stored, {
          value: walk(item, `${path}.${key}`),
          enumerable: true,
        });
      }
      return out;
    }
    throw new TypeError(`Nicht speicherbarer Wert (${describe(v)}) bei ${path}`);
  };
  const json = utf8Encode(JSON.stringify(walk(value, '$')));
  const header = new Uint8Array(5);
  const view = new DataView(header.buffer);
  view.setUint8(0, FORMAT);
  view.setUint32(1, json.byteLength);
  const parts: Uint8Array[] = [header, json, u32(binaries.length)];
  for (const binary of binaries) parts.push(u32(binary.byteLength), binary);
  return concatBytes(parts);
}

function u32(n: number): Bytes {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/** Decodes what encodeValue produced; malformed input of any kind is an IntegrityError. */
export function decodeValue(bytes: Uint8Array): unknown {
  const bad = (why: string) => new IntegrityError(`Ungültige Datensatzkodierung (${why}).`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const readU32 = (): number => {
    if (offset + 4 > bytes.byteLength) throw bad('zu kurz');
    const n = view.getUint32(offset);
    offset += 4;
    return n;
  };
  if (bytes.byteLength < 1 || view.getUint8(0) !== FORMAT) throw bad('Version');
  offset = 1;
  const jsonLength = readU32();
  if (offset + jsonLength > bytes.byteLength) throw bad('zu kurz');
  const jsonText = utf8Decode(bytes.subarray(offset, offset + jsonLength));
  offset += jsonLength;
  const count = readU32();
  // Every binary needs at least its 4-byte length: a larger count cannot be genuine.
  if (count > (bytes.byteLength - offset) / 4) throw bad('Anzahl');
  const binaries: Bytes[] = [];
  for (let i = 0; i < count; i++) {
    const length = readU32();
    if (offset + length > bytes.byteLength) throw bad('zu kurz');
    // A copy, not a view: storing a view in IndexedDB would store the whole underlying buffer.
    binaries.push(bytes.slice(offset, offset + length));
    offset += length;
  }
  if (offset !== bytes.byteLength) throw bad('überzählige Bytes');

  let parsed: unknown;
  try {
    parsed = JSON.parse(jsonText);
  } catch {
    throw bad('JSON');
  }
  const used = new Set<number>();
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(revive);
    const record = v as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === MARKER) {
      const index = record[MARKER];
      const binary = typeof index === 'number' ? binaries[index] : undefined;
      // Each binary belongs to exactly one place; a second reference would alias two fields.
      if (typeof index !== 'number' || binary === undefined || used.has(index)) {
        throw bad('Binärverweis');
      }
      used.add(index);
      return binary;
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      if (key.startsWith('$') && !key.startsWith('$$')) throw bad('Schlüssel');
      const original = key.startsWith('$') ? key.slice(1) : key;
      // defineProperty: a key named "__proto__" stays a plain property, never a prototype.
      Object.defineProperty(out, original, {
        value: revive(record[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  try {
    const value = revive(parsed);
    if (used.size !== binaries.length) throw bad('ungenutzte Binärdaten');
    return value;
  } catch (error) {
    if (error instanceof IntegrityError) throw error;
    throw bad('Struktur'); // e.g. a stack overflow on absurd nesting
  }
}
