import { Pdf, type PdfResult } from './doc.ts';
import type { Po } from '../model.ts';
import { columnsFor, type ColumnOrder } from './columns.ts';
import { drawTable } from './table.ts';
import { headerPairs, kvBlock, lineRows, textBlock, totalsBlock, totalsPairs } from './blocks.ts';
import { addressLines, sellerAddress } from '../address.ts';
import { labels } from '../i18n.ts';

export interface ModernOptions {
  order: ColumnOrder;
  repeatHeader: boolean;
}

const M = 40;
const GREY = '#777777';

const TITLES: Record<Po['style']['lang'], string> = { en: 'Purchase Order', de: 'Bestellung', fr: 'Bon de commande', es: 'Pedido de compra' };

function head(pdf: Pdf, po: Po): number {
  const L = labels(po.style);
  pdf.text(TITLES[po.style.lang], M, M, { bold: true, size: 22 });
  pdf.text(po.company.name, pdf.pageWidth - M, M, { bold: true, size: 11, align: 'right' });
  const pairs = headerPairs(po);
  const half = Math.ceil(pairs.length / 2);
  const y = M + 40;
  kvBlock(pdf, M, y, pairs.slice(0, half), 100, { size: 9, lineHeight: 13 });
  kvBlock(pdf, pdf.pageWidth / 2 - 20, y, pairs.slice(half), 80, { size: 9, lineHeight: 13 });
  return y + half * 13 + 16;
}

function parties(pdf: Pdf, po: Po, y: number): number {
  const L = labels(po.style);
  const lang = po.style.lang;
  const blocks: [string, string[]][] = [[L.vendor, addressLines(sellerAddress(po.style), lang)]];
  if (po.shipTo) blocks.push([L.shipTo, addressLines(po.shipTo, lang)]);
  if (po.billTo) blocks.push([L.billTo, addressLines(po.billTo, lang)]);
  const w = (pdf.pageWidth - 2 * M) / blocks.length;
  const ends = blocks.map(([title, lines], i) => {
    pdf.text(title.toUpperCase(), M + i * w + 4, y, { size: 7.5, color: GREY, bold: true });
    return textBlock(pdf, M + i * w, y + 11, null, lines, { width: w - 8, size: 9 });
  });
  return Math.max(...ends) + 14;
}

export async function renderModern(po: Po, o: ModernOptions): Promise<PdfResult> {
  const L = labels(po.style);
  const pdf = new Pdf(po.style.locale === 'en-US' ? 'LETTER' : 'A4', `${L.title} ${po.poNumber ?? ''}`);
  let y = head(pdf, po);
  y = parties(pdf, po, y);
  y = drawTable(pdf, M, y, columnsFor(po, o.order, pdf.pageWidth - 2 * M), lineRows(po), {
    ruled: false, underlineHeader: true, zebra: '#f0f0f0', size: 9, lineHeight: 11, padding: 4,
    bottom: pdf.pageHeight - 60, repeatHeader: o.repeatHeader, onNewPage: () => M,
  });
  const pairs = totalsPairs(po);
  if (y + pairs.length * 14 + 50 > pdf.pageHeight - 50) {
    pdf.newPage();
    y = M;
  }
  const right = pdf.pageWidth - M;
  y = totalsBlock(pdf, right - 100, right - 4, y + 10, pairs, 9.5);
  if (po.notes) {
    pdf.text(L.notes.toUpperCase(), M, y + 10, { size: 7.5, color: GREY, bold: true });
    pdf.paragraph(po.notes, M, y + 22, pdf.pageWidth - 2 * M);
  }
  return pdf.finish((p, page, pages) => {
    if (pages > 1) p.text(`${page} / ${pages}`, p.pageWidth - M, p.pageHeight - 34, { size: 8, align: 'right', color: GREY });
  });
}
