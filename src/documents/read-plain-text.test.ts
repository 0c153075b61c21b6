import { describe, expect, it } from 'vitest';
import { readPlainText, toPlainTextPage } from './read-plain-text.ts';

describe('readPlainText', () => {
  it('lays words out by character column and line number', () => {
    const doc = readPlainText('po.txt', 'PO 4711\r\n\r\n  Qty  Item\r\n  5    A-1');
    expect(doc).toMatchObject({ name: 'po.txt', mediaType: 'text/plain', method: 'text', pageCount: null, monospace: true });
    expect(doc.text).toBe('PO 4711\n\n  Qty  Item\n  5    A-1');
    expect(doc.pages).toHaveLength(1);
    expect(doc.pages[0].words).toEqual([
      { text: 'PO', x0: 0, y0: 0, x1: 2, y1: 1, conf: 1 },
      { text: '4711', x0: 3, y0: 0, x1: 7, y1: 1, conf: 1 },
      { text: 'Qty', x0: 2, y0: 2, x1: 5, y1: 3, conf: 1 },
      { text: 'Item', x0: 7, y0: 2, x1: 11, y1: 3, conf: 1 },
      { text: '5', x0: 2, y0: 3, x1: 3, y1: 4, conf: 1 },
      { text: 'A-1', x0: 7, y0: 3, x1: 10, y1: 4, conf: 1 },
    ]);
    expect(doc.pages[0]).toMatchObject({ number: 1, width: 11, height: 4 });
  });

  it('expands tabs to the next multiple of 8', () => {
    const words = toPlainTextPage('ab\tcd\t\tef').words;
    expect(words.map((w) => [w.text, w.x0])).toEqual([
      ['ab', 0],
      ['cd', 8],
      ['ef', 24],
    ]);
  });

  it('marks email bodies', () => {
    expect(readPlainText('body', 'x', { mediaType: 'text/html', isBody: true })).toMatchObject({ isBody: true, mediaType: 'text/html' });
    expect(readPlainText('a.txt', 'x').isBody).toBeUndefined();
  });
});
