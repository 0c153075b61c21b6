// Spreadsheet cells share the layout model: row r spans y r..r+1 and column c spans x c*100 to
// c*100+90, one word per cell with its whole text, so a cell "Blue widget, large" stays one value.

import type { LayoutPage, Word } from '../domain/layout.ts';

const COLUMN_PITCH = 100;
const CELL_WIDTH = 90;

export interface SheetPage {
  page: LayoutPage;
  /** Cells joined by TAB, rows by "\n". */
  text: string;
}

/** Lays out rows of cell texts (empty rows already removed) as one page. */
export function toSheetPage(rows: readonly string[][], pageNumber: number): SheetPage {
  const words: Word[] = [];
  let columns = 0;
  rows.forEach((row, y) => {
    columns = Math.max(columns, row.length);
    row.forEach((text, c) => {
      if (text !== '') words.push({ text, x0: c * COLUMN_PITCH, y0: y, x1: c * COLUMN_PITCH + CELL_WIDTH, y1: y + 1, conf: 1 });
    });
  });
  return {
    page: { number: pageNumber, width: columns * COLUMN_PITCH, height: rows.length, words },
    text: rows.map((row) => row.join('\t')).join('\n'),
  };
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
