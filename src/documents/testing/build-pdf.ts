// Test fixtures built in code (no sample files): PDFs written with pdfkit's standard fonts.

import PDFDocument from 'pdfkit';

export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

export interface PdfPageSpec {
  texts?: PdfText[];
  /** Drawing without text, to stand in for a scanned page. */
  shapes?: boolean;
}

/** A PDF with one page per spec; texts are written in the order given (content-stream order). */
export function buildPdf(pages: PdfPageSpec[], options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  for (const page of pages) {
    doc.addPage({ size: 'A4', margin: 0 });
    if (page.shapes) doc.rect(50, 50, 400, 600).fill('#777777');
    for (const t of page.texts ?? [])
      doc
        .font('Helvetica')
        .fontSize(t.size ?? 10)
        .text(t.text, t.x, t.y, { lineBreak: false });
  }
  doc.end();
  return done;
}

/** A page of `count` numbered lines: enough text not to count as an image page. */
export function textPage(count: number, label = 'Line'): PdfPageSpec {
  return { texts: Array.from({ length: count }, (_, i) => ({ x: 50, y: 50 + i * 14, text: `${label} ${i + 1} of the purchase order` })) };
}
