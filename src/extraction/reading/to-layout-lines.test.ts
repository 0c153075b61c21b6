import { describe, expect, it } from 'vitest';
import type { LayoutDocument, Word } from '../../domain/layout.ts';
import { toLayoutLines } from './to-layout-lines.ts';

function textDoc(text: string): LayoutDocument {
  return { name: 'body.txt', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true };
}

/** Words of a cell at x, 6 units a character, 10 high: one space between words keeps them in one segment. */
function cell(x: number, y: number, text: string): Word[] {
  const out: Word[] = [];
  let at = x;
  for (const part of text.split(' ')) {
    out.push({ text: part, x0: at, y0: y, x1: at + part.length * 6, y1: y + 10, conf: 1 });
    at += (part.length + 1) * 6;
  }
  return out;
}

function pageDoc(words: Word[][], method: LayoutDocument['method'] = 'pdf-text'): LayoutDocument {
  return {
    name: 'po.pdf',
    mediaType: 'application/pdf',
    method,
    pageCount: words.length,
    text: '',
    pages: words.map((w, i) => ({ number: i + 1, width: 600, height: 800, words: w })),
  };
}

const texts = (doc: LayoutDocument) => toLayoutLines(doc).map((l) => l.segments.map((s) => s.text));

describe('toLayoutLines: plain text (monospace)', () => {
  it.each([
    ['two or more spaces break a cell', 'AB-100   Hex bolt M8   10', [['AB-100', 'Hex bolt M8', '10']]],
    ['a tab breaks a cell', 'AB-100\tHex bolt\t10', [['AB-100', 'Hex bolt', '10']]],
    ['a bar breaks a cell', '| AB-100 | Hex bolt | 10 |', [['AB-100', 'Hex bolt', '10']]],
    ['one space does not', 'please send 12 x AB-1234', [['please send 12 x AB-1234']]],
    ['blank lines are dropped', 'one\n\n\ntwo', [['one'], ['two']]],
    [
      'rules drawn with characters are dropped',
      'Qty  Item\n-----  --------\n===========\n2  AB-1',
      [
        ['Qty', 'Item'],
        ['2', 'AB-1'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(texts(textDoc(text))).toEqual(expected);
  });

  it('uses character columns as x and line numbers as y', () => {
    const [line] = toLayoutLines(textDoc('\n  Qty   Description'), 3);
    expect(line).toEqual({
      page: 1,
      y0: 1,
      y1: 2,
      docIndex: 3,
      text: 'Qty\tDescription',
      segments: [
        { text: 'Qty', x0: 2, x1: 5, conf: 1 },
        { text: 'Description', x0: 8, x1: 19, conf: 1 },
      ],
    });
  });
});

describe('toLayoutLines: positioned words (PDF, OCR)', () => {
  it('groups words into rows top to bottom and each row into cells at wide gaps', () => {
    const words = [...cell(300, 60, '10'), ...cell(40, 60, 'AB-100'), ...cell(120, 60, 'Hex bolt M8'), ...cell(40, 40, 'Item'), ...cell(120, 41, 'Description')];
    const lines = toLayoutLines(pageDoc([words]));
    expect(lines.map((l) => l.text)).toEqual(['Item\tDescription', 'AB-100\tHex bolt M8\t10']);
    expect(lines[1].segments.map((s) => [s.x0, s.x1])).toEqual([
      [40, 76],
      [120, 186],
      [300, 312],
    ]);
  });

  it('keeps the page number of each line and the lowest confidence of a cell', () => {
    const low = cell(40, 40, 'Hex bolt').map((w, i) => ({ ...w, conf: i === 1 ? 0.6 : 0.95 }));
    const lines = toLayoutLines(pageDoc([low, cell(40, 40, 'Page two')]));
    expect(lines.map((l) => [l.page, l.text, l.segments[0].conf])).toEqual([
      [1, 'Hex bolt', 0.6],
      [2, 'Page two', 1],
    ]);
  });

  it('takes each spreadsheet cell as it is, however close', () => {
    const words = [
      { text: 'AB-100', x0: 0, y0: 0, x1: 1, y1: 1, conf: 1 },
      { text: 'Hex bolt', x0: 1, y0: 0, x1: 2, y1: 1, conf: 1 },
    ];
    expect(texts(pageDoc([words], 'spreadsheet'))).toEqual([['AB-100', 'Hex bolt']]);
  });
});
