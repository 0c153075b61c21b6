import type { DocumentReading } from '../assemble/extract-document-order.ts';

// Positions as fractions of their page, so a layout learned from one PDF fits the next one
// rendered at another scale, a fax at another resolution, or a sheet with wider columns.

export interface Frame {
  width: number;
  height: number;
}

/** The size of each page of the reading; text units (mail bodies) are as wide as their longest line. */
export function pageFrame(r: DocumentReading): (page: number) => Frame {
  const pages = new Map(r.doc.pages.map((p) => [p.number, { width: p.width || 1, height: p.height || 1 }]));
  const textFrame: Frame = { width: Math.max(1, ...r.lines.map((l) => l.segments.at(-1)?.x1 ?? 1)), height: Math.max(1, ...r.lines.map((l) => l.y1)) };
  return (page) => pages.get(page) ?? textFrame;
}
