import { Pdf, type PdfResult } from './doc.ts';
import type { Po } from '../model.ts';
import { columnsFor, type ColumnOrder } from './columns.ts';
import { drawTable } from './table.ts';
import { headerPairs, kvBlock, labelWidthFor, lineRows, textBlock, totalsBlock, totalsPairs } from './blocks.ts';
import { addressLines, sellerAddress } from '../address.ts';
import { labels } from '../i18n.ts';

export interface ErpOptions {
  order: ColumnOrder;
  repeatHeader: boolean;
  vendorNo?: string;
}

const M = 36;

function pageSize(po: Po): 'A4' | 'LETTER' {
  return po.style.locale === 'en-US' ? 'LETTER' : 'A4';
}

/** Letterhead left, title and key/value box right. */
function head(pdf: Pdf, po: Po): number {
  const L = labels(po.style);
  pdf.text(po.company.name, M, M, { bold: true, size: 14 });
  let y = M + 20;
  for (const line of addressLines(po.company.sites[0], po.style.lang).slice(1)) {
    pdf.text(line, M, y, { size: 9 });
    y += 11;
  }
  const right = pdf.pageWidth - M;
  pdf.text(L.title, right, M, { bold: true, size: 18, align: 'right' });
  const pairs = headerPairs(po);
  const lw = Math.max(95, labelWidthFor(pdf, pairs, 8.5));
  const boxW = Math.max(230, lw + 12 + Math.max(...pairs.map(([, v]) => pdf.widthOf(v, { size: 8.5 }))));
  const boxX = right - boxW;
  const boxY = M + 28;
  pdf.rect(boxX, boxY, boxW, pairs.length * 12 + 8);
  kvBlock(pdf, boxX + 6, boxY + 5, pairs, 95, { size: 8.5 });
  return Math.max(y, boxY + pairs.length * 12 + 8) + 14;
}

/** Vendor / Ship To / Bill To boxes side by side. */
function parties(pdf: Pdf, po: Po, y: number, vendorNo?: string): number {
  const L = labels(po.style);
  const lang = po.style.lang;
  const vendor = addressLines(sellerAddress(po.style), lang);
  if (vendorNo) vendor.push(`${L.vendor} # ${vendorNo}`);
  const blocks: [string, string[]][] = [[L.vendor, vendor]];
  if (po.shipTo) blocks.push([L.shipTo, addressLines(po.shipTo, lang)]);
  if (po.billTo) blocks.push([L.billTo, addressLines(po.billTo, lang)]);
  const w = (pdf.pageWidth - 2 * M - 10 * (blocks.length - 1)) / blocks.length;
  const ends = blocks.map(([title, lines], i) => textBlock(pdf, M + i * (w + 10), y, title, lines, { width: w, boxed: true, titleFill: '#e6e6e6', size: 8.5 }));
  return Math.max(...ends) + 12;
}

function continuation(pdf: Pdf, po: Po, repeat: boolean): number {
  if (!repeat) return M;
  const L = labels(po.style);
  pdf.text(`${L.title} ${po.poNumber ?? ''} (${L.continued})`, M, M, { bold: true, size: 10 });
  return M + 20;
}

function tail(pdf: Pdf, po: Po, y0: number): void {
  const pairs = totalsPairs(po);
  let y = y0;
  const need = pairs.length * 14 + (po.notes ? 40 : 0) + 20;
  if (y + need > pdf.pageHeight - 50) {
    pdf.newPage();
    y = M;
  }
  const right = pdf.pageWidth - M;
  y = totalsBlock(pdf, right - 90, right - 4, y + 8, pairs);
  if (po.notes) {
    pdf.text(`${labels(po.style).notes}:`, M, y + 10, { bold: true });
    pdf.paragraph(po.notes, M, y + 23, pdf.pageWidth - 2 * M - 150);
  }
}

export async function renderErp(po: Po, o: ErpOptions): Promise<PdfResult> {
  const L = labels(po.style);
  const pdf = new Pdf(pageSize(po), `${L.title} ${po.poNumber ?? ''}`);
  let y = head(pdf, po);
  y = parties(pdf, po, y, o.vendorNo);
  const cols = columnsFor(po, o.order, pdf.pageWidth - 2 * M);
  y = drawTable(pdf, M, y, cols, lineRows(po), {
    ruled: true, headerFill: '#d9d9d9', size: 8.5, lineHeight: 10.5, padding: 3,
    bottom: pdf.pageHeight - 60, repeatHeader: o.repeatHeader, onNewPage: (p) => continuation(p, po, o.repeatHeader),
  });
  tail(pdf, po, y);
  return pdf.finish((p, page, pages) => {
    p.text(`${L.page} ${page} ${L.of} ${pages}`, p.pageWidth / 2, p.pageHeight - 36, { size: 8, align: 'center' });
    if (po.poNumber) p.text(`${L.poNumber} ${po.poNumber}`, M, p.pageHeight - 36, { size: 8 });
  });
}
