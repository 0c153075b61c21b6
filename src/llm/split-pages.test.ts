import { describe, expect, it } from 'vitest';
import { halvePages, splitPages } from './split-pages.ts';

describe('splitPages', () => {
  it('keeps a short order in one part', () => {
    expect(splitPages([{ name: 'a.pdf', pages: ['p1', 'p2'] }], 100)).toEqual([[{ name: 'a.pdf', pages: ['p1', 'p2'] }]]);
  });

  it('groups whole pages into parts under the limit, in order', () => {
    const pages = ['a'.repeat(60), 'b'.repeat(60), 'c'.repeat(30)];
    const parts = splitPages(
      [
        { name: 'subject', pages: ['S'] },
        { name: 'po.pdf', pages },
      ],
      100,
    );
    expect(parts.map((p) => p.map((d) => `${d.name}:${d.pages.map((x) => x[0]).join('')}`))).toEqual([['subject:S', 'po.pdf:a'], ['po.pdf:bc']]);
  });

  it('cuts a page longer than the limit at line ends', () => {
    const page = Array.from({ length: 10 }, (_, i) => `row ${i} ${'x'.repeat(20)}`).join('\n');
    const parts = splitPages([{ name: 'long.txt', pages: [page] }], 60);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.flatMap((p) => p.flatMap((d) => d.pages)).join('\n')).toBe(page);
  });
});

describe('halvePages', () => {
  it('cuts between pages near the middle', () => {
    const halves = halvePages([
      { name: 's', pages: ['a'.repeat(10)] },
      { name: 'p', pages: ['b'.repeat(50), 'c'.repeat(50)] },
    ]);
    expect(halves.map((h) => h.map((d) => `${d.name}:${d.pages.length}`))).toEqual([['s:1', 'p:1'], ['p:1']]);
  });

  it('cuts one page between lines', () => {
    expect(halvePages([{ name: 'x', pages: ['1\n2\n3'] }])).toEqual([[{ name: 'x', pages: ['1\n2'] }], [{ name: 'x', pages: ['3'] }]]);
  });
});
