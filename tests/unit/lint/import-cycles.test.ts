// Import circles make module order matter (a value read before its module ran is undefined) and
// hide which layer builds on which. This walks the real relative imports of the source folders
// with the TypeScript scanner and names any circle it finds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string, shared: string): string | null {
  const base = specifier.startsWith('@shared/')
    ? join(shared, specifier.slice('@shared/'.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const ext of ['', ...EXTENSIONS]) {
    const path = base + ext;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** Import graph of the files below `roots`; type-only imports count too (they show layering). */
export function importGraph(roots: string[], shared: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap(sourceFiles)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((ref) => resolveImport(file, ref.fileName, shared))
      .filter((path): path is string => path !== null);
    graph.set(file, targets);
  }
  return graph;
}

/** Every circle, each as the files along it (depth-first search with an on-stack set). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (onStack.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!done.has(next) && graph.has(next)) visit(next);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return cycles;
}

const root = process.cwd();
const shared = join(root, 'src/shared');
const show = (cycle: string[]) => cycle.map((f) => relative(root, f)).join(' → ');

describe('import circles', () => {
  it('finds a circle where there is one (the check itself can fail)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the real imports (so an empty answer below means something)', () => {
    const graph = importGraph([join(root, 'src/renderer/ui')], shared);
    const edges = (file: string) =>
      (graph.get(join(root, 'src/renderer/ui', file)) ?? []).map((f) => relative(root, f));
    expect(edges('AppModal.tsx')).toContain('src/renderer/ui/app-layer.tsx');
    expect(edges('unsaved-guard.tsx')).toContain('src/renderer/ui/ConfirmDialog.tsx');
    expect(edges('ConfirmDialog.tsx')).not.toContain('src/renderer/ui/AppModal.tsx');
  });

  it.each(['src/shared', 'src/main', 'src/renderer/ui', 'src/renderer/host'])(
    '%s has none',
    (folder) => {
      const cycles = findCycles(importGraph([join(root, folder)], shared)).map(show);
      expect(cycles).toEqual([]);
    },
  );
}, 60_000);
