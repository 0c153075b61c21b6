// Small layout documents for the extraction tests: mail text, and a PDF-like page of cells.

import type { LayoutDocument, Word } from '../../domain/layout.ts';

export function textDoc(text: string): LayoutDocument {
  return { name: 'po.txt', mediaType: 'text/plain', method: 'text', pageCount: null, pages: [], text, monospace: true };
}

export /** One PDF-like page: rows of cells at an x, 6 units a character, rows 14 apart. */
function pdfDoc(rows: [number, string][][], conf = 1): LayoutDocument {
  const words: Word[] = rows.flatMap((row, r) =>
    row.flatMap(([x, text]) => {
      let at = x;
      return text.split(' ').map((t) => {
        const w = { text: t, x0: at, y0: 40 + r * 14, x1: at + t.length * 6, y1: 50 + r * 14, conf };
        at += (t.length + 1) * 6;
        return w;
      });
    }),
  );
  return { name: 'po.pdf', mediaType: 'application/pdf', method: 'pdf-text', pageCount: 1, text: '', pages: [{ number: 1, width: 600, height: 800, words }] };
}

/** The same page as read by OCR: every word with the confidence tesseract gave it. */
export function ocrDoc(rows: [number, string][][], conf = 0.8): LayoutDocument {
  return { ...pdfDoc(rows, conf), name: 'po.tif', mediaType: 'image/tiff', method: 'ocr' };
}
