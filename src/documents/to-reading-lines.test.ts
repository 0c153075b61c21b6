import { describe, expect, it } from 'vitest';
import type { Word } from '../domain/layout.ts';
import { toLineText, toReadingLines } from './to-reading-lines.ts';

/** A 10-point word whose glyphs are 5 units wide, with its baseline at `base`. */
const word = (text: string, x0: number, base: number, size = 10): Word => ({
  text,
  x0,
  x1: x0 + text.length * size * 0.5,
  y0: base - 0.8 * size,
  y1: base + 0.2 * size,
  conf: 1,
});

const read = (words: Word[]) => toReadingLines(words).map(toLineText).join('\n');

describe('toReadingLines', () => {
  it('puts cells given column by column back into rows, in x order', () => {
    const words = [
      word('1', 20, 100.3),
      word('2', 20, 120), // first column, both rows
      word('31/05/2024', 470, 99.6),
      word('31/05/2024', 470, 119.4),
      word('530000773', 42, 100),
      word('530000772', 42, 120),
    ];
    expect(read(words)).toBe('1\t530000773\t31/05/2024\n2\t530000772\t31/05/2024');
  });

  it('uses a space for a word gap and a TAB for a column gap', () => {
    expect(read([word('Standard', 10, 50), word('Housing', 55, 50), word('11', 200, 50)])).toBe('Standard Housing\t11');
  });

  it('rejoins fragments of one word positioned glyph run by glyph run', () => {
    const lines = toReadingLines([word('7', 100, 50), word('/2', 105, 50), word('7', 115, 50), word('/201', 120, 50)]);
    expect(lines[0].map((w) => w.text)).toEqual(['7/27/201']);
    expect(lines[0][0]).toMatchObject({ x0: 100, x1: 140 });
  });

  it('drops a word drawn twice for a fake bold', () => {
    expect(read([word('TOTAL', 10, 50), word('TOTAL', 10.3, 50), word('99', 100, 50)])).toBe('TOTAL\t99');
  });

  it('does not split a large heading by the small text next to it', () => {
    const big = (text: string, x0: number) => word(text, x0, 50, 28);
    expect(read([word('Contoso', 10, 48), big('PURCHASE', 300), big('ORDER', 300 + 9 * 14)])).toBe('Contoso\tPURCHASE ORDER');
  });
});
