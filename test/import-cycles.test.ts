import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// No module of src/ may import itself through others: a cycle makes the load order decide what
// is still undefined at import time, and makes the parts impossible to take apart. Type-only
// imports count too (they are cycles of meaning, and turn into runtime ones with one edit).

const SRC = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s(?:[^'"]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The relative imports of `file`, resolved to files (those that exist). */
function importsOf(file: string, known: Set<string>): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const base = path.resolve(path.dirname(file), spec);
    const stem = base.replace(/\.(m?js|jsx)$/, '');
    const candidates = [base, `${stem}.ts`, `${stem}.tsx`, `${stem}.mts`, path.join(base, 'index.ts')];
    const hit = candidates.find((c) => known.has(c));
    if (hit) targets.push(hit);
  }
  return targets;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) !== order.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!order.has(v)) visit(v);
  return cycles;
}

function srcGraph(): Map<string, string[]> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  return new Map(files.map((f) => [f, importsOf(f, known)]));
}

const show = (cycle: string[]) => cycle.map((f) => path.relative(SRC, f)).join(' <-> ');

describe('import cycles', () => {
  it('finds a cycle, and only a cycle (the checker itself)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c'], ['e']]);
    expect(
      findCycles(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads import, import type, export-from, side-effect and dynamic imports', () => {
    const graph = srcGraph();
    const edges = (file: string) => (graph.get(path.join(SRC, file)) ?? []).map((f) => path.relative(SRC, f));
    expect(edges('store/migrations.ts')).toEqual(expect.arrayContaining(['store/dialect.ts', 'store/master-migration.ts']));
    expect(edges('store/master-migration.ts')).toContain('store/dialect.ts');
  });

  it('src/ has none', () => {
    expect(findCycles(srcGraph()).map(show)).toEqual([]);
  });
});
