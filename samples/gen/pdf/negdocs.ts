import { Pdf, type PdfResult } from './doc.ts';
import { drawTable, type Column, type Row } from './table.ts';
import { kvBlock, textBlock, totalsBlock, type Pair } from './blocks.ts';

/** Documents that look like orders but are not: invoices and statements sent to us. */
export interface InvoiceDoc {
  title: string;
  issuer: string[];
  billTo: [string, string[]];
  fields: Pair[];
  columns: Column[];
  rows: Row[];
  totals: Pair[];
  footer: string[];
  size: 'A4' | 'LETTER';
}

const M = 40;

export async function renderInvoice(d: InvoiceDoc): Promise<PdfResult> {
  const pdf = new Pdf(d.size, d.title);
  pdf.text(d.issuer[0], M, M, { bold: true, size: 14 });
  d.issuer.slice(1).forEach((l, i) => pdf.text(l, M, M + 20 + i * 11, { size: 8.5 }));
  pdf.text(d.title, pdf.pageWidth - M, M, { bold: true, size: 18, align: 'right' });
  kvBlock(pdf, pdf.pageWidth - M - 220, M + 30, d.fields, 90, { size: 9 });
  let y = Math.max(M + 30 + d.fields.length * 12, M + 20 + d.issuer.length * 11) + 16;
  y = textBlock(pdf, M, y, d.billTo[0], d.billTo[1], { width: 240, boxed: true, size: 9 }) + 16;
  y = drawTable(pdf, M, y, d.columns, d.rows, {
    ruled: false, underlineHeader: true, headerFill: '#eeeeee', size: 9, lineHeight: 11, padding: 4,
    bottom: pdf.pageHeight - 80, repeatHeader: true, onNewPage: () => M,
  });
  y = totalsBlock(pdf, pdf.pageWidth - M - 100, pdf.pageWidth - M - 4, y + 10, d.totals, 9.5);
  d.footer.forEach((l, i) => pdf.text(l, M, y + 20 + i * 12, { size: 8.5 }));
  return pdf.finish();
}
