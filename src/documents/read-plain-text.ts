// Plain text (a .txt file, an email body) is laid out as a monospace page: a word's x is its
// character column and its y is its line number, so column alignment in the text survives.

import type { LayoutDocument, LayoutPage, Word } from '../domain/layout.ts';

const TAB_WIDTH = 8;

export interface PlainTextOptions {
  mediaType?: string;
  isBody?: boolean;
}

/** Lays out `text` as a one-page monospace document. */
export function readPlainText(name: string, text: string, options: PlainTextOptions = {}): LayoutDocument {
  const normalised = text.replace(/\r\n?/g, '\n');
  const doc: LayoutDocument = {
    name,
    mediaType: options.mediaType ?? 'text/plain',
    method: 'text',
    pageCount: null,
    pages: [toPlainTextPage(normalised)],
    text: normalised,
    monospace: true,
  };
  if (options.isBody) doc.isBody = true;
  return doc;
}

/** One page with a word per whitespace-separated token; line i spans y i..i+1. */
export function toPlainTextPage(text: string): LayoutPage {
  const lines = text.split('\n');
  const words: Word[] = [];
  let width = 0;
  lines.forEach((line, y) => {
    width = Math.max(width, layoutLine(line, y, words));
  });
  return { number: 1, width, height: lines.length, words };
}

/** Appends the words of one line and returns its width in columns. */
function layoutLine(line: string, y: number, words: Word[]): number {
  let column = 0;
  let word = '';
  let start = 0;
  const flush = () => {
    if (word) words.push({ text: word, x0: start, y0: y, x1: column, y1: y + 1, conf: 1 });
    word = '';
  };
  // Iterating by code point keeps an emoji or a CJK ideograph at one column, not two halves.
  for (const ch of line) {
    if (ch === '\t' || ch === ' ' || /\s/.test(ch)) {
      flush();
      column = ch === '\t' ? (Math.floor(column / TAB_WIDTH) + 1) * TAB_WIDTH : column + 1;
      continue;
    }
    if (!word) start = column;
    word += ch;
    column++;
  }
  flush();
  return column;
}
