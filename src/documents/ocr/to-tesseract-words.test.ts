import { describe, expect, it } from 'vitest';
import { toTesseractWords } from './to-tesseract-words.ts';

// tesseract's TSV rows: level, page, block, paragraph, line, word, left, top, width, height, conf, text.
const row = (level: number, [left, top, width, height]: number[], conf: number, text = '') => [level, 1, 1, 1, 1, 0, left, top, width, height, conf, text].join('\t');
const line = (box = [0, 0, 10, 10]) => row(4, box, -1);
const word = (text: string, conf: number, box = [0, 0, 10, 10]) => row(5, box, conf, text);

describe('toTesseractWords', () => {
  it('drops specks read as punctuation but keeps confident marks, signs and values', () => {
    const tsv = [line(), word(';', 21), word('.', 0), word('Menge', 40), word('-', 91), word('€', 0), word('12', 30), word('&', 92)].join('\n');
    expect(toTesseractWords(tsv).words.map((w) => w.text)).toEqual(['Menge', '-', '€', '12', '&']);
  });

  it("gives each word its own left and right and its line's top and bottom, confidence in whole percent", () => {
    const tsv = [
      row(1, [0, 0, 2480, 3508], -1),
      row(2, [10, 100, 390, 60], -1),
      row(3, [10, 100, 390, 60], -1),
      line([10, 100, 390, 30]),
      word('Qty', 91.9, [10, 102, 50, 23]),
      word('|', 40, [70, 100, 2, 30]),
      word('apple', 77.2, [80, 108, 80, 22]),
      word(' ', 0, [170, 100, 1, 1]),
      line([12, 140, 200, 28]),
      word('Total', 96.66, [12, 141, 90, 26]),
      '',
    ].join('\n');
    const page = toTesseractWords(tsv);
    expect(page.words).toEqual([
      { text: 'Qty', x0: 10, y0: 100, x1: 60, y1: 130, conf: 0.91 },
      { text: 'apple', x0: 80, y0: 100, x1: 160, y1: 130, conf: 0.77 },
      { text: 'Total', x0: 12, y0: 140, x1: 102, y1: 168, conf: 0.96 },
    ]);
    expect(page.meanConf).toBe(0.88);
  });

  it('reads no words from an empty page or a missing TSV', () => {
    expect(toTesseractWords(row(1, [0, 0, 100, 100], -1))).toEqual({ words: [], meanConf: 0 });
    expect(toTesseractWords(null)).toEqual({ words: [], meanConf: 0 });
  });
});
