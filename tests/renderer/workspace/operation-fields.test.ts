// Every field of the operation's framework parts is named once, in the field list: the paths
// are derived from the zod schema (so a field added there is checked here without anyone
// listing it), and each must have a label Verlauf can show, in German and English. The typed
// paths that the form and the draft use must read and write exactly those fields.
import type i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newOperation, operationSchema } from '@shared/domain';
import { diffRecords } from '@shared/util/diff';
import { initI18n } from '../../../src/renderer/i18n';
import {
  changeLabel,
  type Translate,
} from '../../../src/renderer/features/workspace/core/change-format';
import {
  OPERATION_FIELDS,
  operationFieldSpec,
} from '../../../src/renderer/features/workspace/core/operation-fields';
import { getAt, setAt } from '../../../src/renderer/features/workspace/core/operation-paths';

/** The leaf paths of a zod object: nested objects are opened up, anything else is a field. */
function leafPaths(schema: z.ZodType, prefix: string): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (!(inner instanceof z.ZodObject)) return [prefix];
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, child]) =>
    leafPaths(child, `${prefix}.${key}`),
  );
}

const FRAMEWORK_PATHS = leafPaths(operationSchema.shape.framework, 'framework');
let i18n: typeof i18next;

beforeAll(async () => {
  i18n = await initI18n('de');
});

describe('the operation field list', () => {
  it('finds the framework fields in the schema', () => {
    // A guard for the derivation itself: the five parts, places opened up to their fields.
    expect(FRAMEWORK_PATHS).toContain('framework.situation.trigger');
    expect(FRAMEWORK_PATHS).toContain('framework.execution.phases.follow_up');
    expect(FRAMEWORK_PATHS).toContain('framework.command.commandPost.address');
    expect(FRAMEWORK_PATHS.length).toBeGreaterThan(35);
  });

  it.each(FRAMEWORK_PATHS)('%s has its own entry', (path) => {
    expect(Object.keys(OPERATION_FIELDS)).toContain(path);
  });

  it.each(['de', 'en'] as const)('every entry has a label in %s, never the bare path', (lang) => {
    const t = i18n.getFixedT(lang, 'workspace') as unknown as Translate;
    for (const path of Object.keys(OPERATION_FIELDS)) {
      const label = changeLabel('operation', path, t, lang);
      expect(label, path).not.toBe(path);
      expect(label, path).not.toMatch(/workspace:|\.\w/);
    }
  });

  it('a field edited through its path is recorded by the audit diff under the same path', () => {
    const before = newOperation({ codeName: 'X' }, '2026-11-20T10:00:00.000Z');
    for (const path of FRAMEWORK_PATHS) {
      if (path.endsWith('.lat') || path.endsWith('.lng') || path.endsWith('Objectives')) continue;
      if (path.endsWith('briefingMeeting.at')) continue;
      const after = setAt(path as 'framework.situation.trigger', 'geändert')(before);
      expect(getAt(after, path as 'framework.situation.trigger')).toBe('geändert');
      expect(diffRecords(before, after).map((c) => c.path)).toEqual([path]);
      expect(operationFieldSpec(path)).toBe(
        OPERATION_FIELDS[path as keyof typeof OPERATION_FIELDS],
      );
    }
  });
});
