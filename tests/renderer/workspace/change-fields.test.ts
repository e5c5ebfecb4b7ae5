// Every field of an audited plan part has a name in Verlauf: the paths are derived from the
// zod schemas of the table registry (so a field added there is checked here without anyone
// listing it), and each must resolve to a label in German and English, never to the bare path.
import type i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TABLES } from '../../../src/renderer/data/schema';
import { initI18n } from '../../../src/renderer/i18n';
import {
  CHANGE_FIELDS,
  fieldSpec,
  HIDDEN_FIELDS,
  type PlanPartRecords,
} from '../../../src/renderer/features/workspace/core/change-fields';
import {
  changeLabel,
  type Translate,
} from '../../../src/renderer/features/workspace/core/change-format';

/** Leaf paths of a schema: objects are opened up, each member of a union too. */
function leafPaths(schema: z.ZodType, prefix: string): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodDiscriminatedUnion || inner instanceof z.ZodUnion) {
    const options = inner.options as readonly z.ZodType[];
    return [...new Set(options.flatMap((o) => leafPaths(o, prefix)))];
  }
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
    leafPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

const hidden = (entity: string, path: string) => {
  const top = path.split('.')[0] ?? path;
  return [...(HIDDEN_FIELDS['*'] ?? []), ...(HIDDEN_FIELDS[entity] ?? [])].includes(top);
};

/** The audited tables whose entity is a plan part, with every path their records can change. */
const PARTS = Object.values(TABLES).flatMap((table) => {
  const entity = table.audit?.entity;
  if (!entity || !(entity in CHANGE_FIELDS)) return [];
  const paths = leafPaths(table.schema, '').filter((p) => !hidden(entity, p));
  return [{ entity, paths }];
});

let i18n: typeof i18next;
beforeAll(async () => {
  i18n = await initI18n('de');
});

describe('labels of plan parts in Verlauf', () => {
  it('finds every plan part in the table registry', () => {
    // A guard for the derivation: each labelled part is an audited table with fields.
    const parts: (keyof PlanPartRecords)[] = [
      'participation',
      'team',
      'target',
      'timeline',
      'comms',
    ];
    expect(PARTS.map((p) => p.entity).sort()).toEqual([...parts].sort());
    for (const p of PARTS) expect(p.paths.length, p.entity).toBeGreaterThan(3);
    expect(PARTS.find((p) => p.entity === 'participation')?.paths).toContain('actualStrength');
    expect(PARTS.find((p) => p.entity === 'comms')?.paths).toContain('radioCallSign');
  });

  it.each(['de', 'en'] as const)('every audited path has a label in %s', (lang) => {
    const t = i18n.getFixedT(lang, 'workspace') as unknown as Translate;
    for (const { entity, paths } of PARTS) {
      for (const path of paths) {
        expect(fieldSpec(entity, path), `${entity} ${path}`).not.toBeNull();
        const label = changeLabel(entity, path, t, lang);
        expect(label, `${entity} ${path}`).not.toBe(path);
        // An untranslated key would show as "roster:forces.x"; a path as "a.b".
        expect(label, `${entity} ${path}`).not.toMatch(/^\w+:|\w\.\w/);
      }
    }
  });

  it('names a late fact as the form does', () => {
    const t = i18n.getFixedT('de', 'workspace') as unknown as Translate;
    expect(changeLabel('participation', 'actualStrength', t, 'de')).toBe(
      'Ist-Stärke (Personen vor Ort)',
    );
  });
});
