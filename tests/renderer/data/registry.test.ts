// The table registry is the one list of tables: Dexie's stores, the entity specs and the restore
// schemas all come from it, and its plain fields name real fields of the table's records.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AUDITED_ENTITIES } from '@shared/domain';
import * as specs from '../../../src/renderer/data/repositories/specs';
import { dexieStores, TABLE_NAMES, TABLE_SCHEMAS, TABLES } from '../../../src/renderer/data/schema';

/** Field names of an object schema, or of every branch of a (discriminated) union. */
function fieldsOf(schema: z.ZodType): Set<string> {
  if (schema instanceof z.ZodObject) return new Set(Object.keys(schema.shape));
  if (schema instanceof z.ZodUnion) {
    return new Set(schema.options.flatMap((o) => [...fieldsOf(o as z.ZodType)]));
  }
  throw new Error('Unerwartete Schemaform');
}

describe('table registry', () => {
  it('every table has indexes with `id` as primary key, a schema and a description', () => {
    for (const t of TABLE_NAMES) {
      expect(TABLES[t].indexes.startsWith('&id'), t).toBe(true);
      expect(TABLES[t].description.length, t).toBeGreaterThan(3);
      expect(TABLE_SCHEMAS[t], t).toBe(TABLES[t].readSchema);
      expect(dexieStores()[t]).toBe(TABLES[t].indexes);
    }
  });

  it('plain and indexed fields exist in the record schema (a typo would expose nothing and index nothing)', () => {
    for (const t of TABLE_NAMES) {
      const fields = fieldsOf(TABLES[t].schema);
      for (const f of TABLES[t].plain) expect(fields.has(f), `${t}.${f}`).toBe(true);
      const indexed = TABLES[t].indexes.split(',').map((i) => i.trim().replace(/^&/, ''));
      for (const f of indexed) {
        expect(fields.has(f), `${t} index ${f}`).toBe(true);
        // An index is readable at rest, so it must be a plain field too.
        expect(TABLES[t].plain, `${t} index ${f}`).toContain(f);
      }
    }
  });

  it('the entity specs are the registry entries, one per audited table', () => {
    const all = Object.values(specs);
    const audited = TABLE_NAMES.filter((t) => TABLES[t].audit);
    expect(all.map((s) => s.table).sort()).toEqual([...audited].sort());
    for (const s of all) {
      expect(s.schema).toBe(TABLES[s.table].schema);
      expect(s.entity).toBe(TABLES[s.table].audit?.entity);
      expect(AUDITED_ENTITIES).toContain(s.entity);
    }
  });
});
