import { describe, expect, it } from 'vitest';
import { resources } from '../../src/renderer/i18n';

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('English has exactly the keys of German, in every namespace', () => {
    for (const ns of Object.keys(resources.de) as (keyof typeof resources.de)[]) {
      expect(keys(resources.en[ns]).sort(), ns).toEqual(keys(resources.de[ns]).sort());
    }
  });

  it('no translation is empty', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const [ns, tree] of Object.entries(resources[lang])) {
        const empty = keys(tree).filter((k) => {
          const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree);
          return typeof v === 'string' && v.trim() === '';
        });
        expect(empty, `${lang}/${ns}`).toEqual([]);
      }
    }
  });
});
