// Serialises JSON-like records that may hold binary values (attachments) without base64 bloat.
// Two versions, told apart by the first byte; the decoder reads both, so rows stored before
// version 2 existed stay readable (nothing is rewritten):
//
// - 0x02 (encodeCompact, for sealed records without a binary — nearly all): [0x02][json utf-8].
//   Plain JSON, no markers and no key escaping, so decoding is one JSON.parse. This is the hot
//   path of the read model (100 000 premises after unlock) and of every bulk import.
// - 0x01 (encodeValue always; encodeCompact for a value holding a Uint8Array): a JSON part in
//   which every Uint8Array is replaced by a marker, followed by the raw binaries.
//   Layout: [0x01] [u32 json length] [json utf-8] [u32 count] then per binary [u32 length][bytes].
//   Marker: an object whose only key is "$b" (index into the binary list). Object keys that
//   start with "$" are escaped by one extra "$", so user data can never look like a marker.
import { concatBytes, utf8Decode, utf8Encode } from './bytes';
import type { Bytes } from './bytes';
import { IntegrityError } from './errors';

const FORMAT = 0x01;
const FORMAT_JSON = 0x02;
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

/** Where a refused value sits, built only when there is something to report. */
type Path = readonly (string | number)[];
const showPath = (path: Path): string =>
  '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/**
 * Checks that `value` survives JSON unchanged (throws the same TypeErrors as the marker walk)
 * and tells whether it holds a binary. Reads only: no copy, no path strings on the good path.
 */
function checkJsonSafe(value: unknown, path: (string | number)[]): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return false;
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`Nicht speicherbare Zahl bei ${showPath(path)}`);
    return false;
  }
  if (value instanceof Uint8Array) return true;
  let binary = false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      path.push(i);
      if (item === undefined) throw new TypeError(`undefined im Array bei ${showPath(path)}`);
      if (checkJsonSafe(item, path)) binary = true;
      path.pop();
    }
    return binary;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined) continue; // dropped by JSON.stringify, as by the marker walk
      path.push(key);
      if (checkJsonSafe(item, path)) binary = true;
      path.pop();
    }
    return binary;
  }
  throw new TypeError(`Nicht speicherbarer Wert (${describe(value)}) bei ${showPath(path)}`);
}

/**
 * Encodes a record for sealing: version 2 (plain JSON) when the value holds no binary, else
 * version 1. Throws a TypeError for anything JSON would silently change or drop.
 */
export function encodeCompact(value: unknown): Bytes {
  if (checkJsonSafe(value, [])) return encodeValue(value);
  const json = utf8Encode(JSON.stringify(value));
  const out = new Uint8Array(json.byteLength + 1);
  out[0] = FORMAT_JSON;
  out.set(json, 1);
  return out;
}

/**
 * Version 1 always: binaries replaced by markers in the JSON part, appended raw after it. Its
 * bytes are stable, which a backup's content hash relies on (backup.ts hashes this encoding),
 * so it must never switch format. Throws a TypeError like encodeCompact.
 */
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

/** Decodes what encodeValue or encodeCompact produced; malformed input of any kind is an IntegrityError. */
export function decodeValue(bytes: Uint8Array): unknown {
  if (bytes.byteLength > 0 && bytes[0] === FORMAT_JSON) {
    const text = utf8Decode(bytes.subarray(1));
    try {
      // JSON.parse defines "__proto__" as an ordinary own property, never a prototype.
      return JSON.parse(text) as unknown;
    } catch {
      throw bad('JSON');
    }
  }
  return decodeWithMarkers(bytes);
}

const bad = (why: string) => new IntegrityError(`Ungültige Datensatzkodierung (${why}).`);

function decodeWithMarkers(bytes: Uint8Array): unknown {
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
