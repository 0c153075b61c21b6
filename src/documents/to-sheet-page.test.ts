import { describe, expect, it } from 'vitest';
import { isBlankRow, toSheetPage } from './to-sheet-page.ts';

describe('toSheetPage', () => {
  it('places one word per non-empty cell on a 100-unit column grid', () => {
    const { page, text } = toSheetPage(
      [
        ['SKU', '', 'Qty'],
        ['A 1', 'x'],
      ],
      2,
    );
    expect(page).toEqual({
      number: 2,
      width: 300,
      height: 2,
      words: [
        { text: 'SKU', x0: 0, y0: 0, x1: 90, y1: 1, conf: 1 },
        { text: 'Qty', x0: 200, y0: 0, x1: 290, y1: 1, conf: 1 },
        { text: 'A 1', x0: 0, y0: 1, x1: 90, y1: 2, conf: 1 },
        { text: 'x', x0: 100, y0: 1, x1: 190, y1: 2, conf: 1 },
      ],
    });
    expect(text).toBe('SKU\t\tQty\nA 1\tx');
  });

  it('knows a blank row', () => {
    expect(isBlankRow(['', ' '])).toBe(true);
    expect(isBlankRow(['', '0'])).toBe(false);
  });
});
