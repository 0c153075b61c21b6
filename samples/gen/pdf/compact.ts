import { Pdf, type PdfResult } from './doc.ts';
import type { Po } from '../model.ts';
import { fmtDate, kvBlock, totalsBlock, totalsPairs, type Pair } from './blocks.ts';
import { addressLines, sellerAddress } from '../address.ts';
import { formatNumber, formatPrice, formatQty } from '../format.ts';
import { labels } from '../i18n.ts';

/** SAP-style print: dense, each item on two rows (numbers above, description below). */
const M = 42;
const SIZE = 8;
const COLS: [key: string, x: number, align: 'left' | 'right'][] = [
  ['line', 28, 'right'], ['sku', 40, 'left'], ['qty', 300, 'right'], ['unit', 306, 'left'],
  ['unitPrice', 400, 'right'], ['amount', 510, 'right'],
];

function head(pdf: Pdf, po: Po): number {
  const L = labels(po.style);
  pdf.text(po.company.name, M, M, { bold: true, size: 11 });
  const sender = addressLines(po.company.sites[0], po.style.lang).slice(1).join(', ');
  pdf.text(sender, M, M + 16, { size: 6.5, color: '#555555' });
  let y = M + 40;
  for (const l of addressLines(sellerAddress(po.style), po.style.lang)) {
    pdf.text(l, M, y, { size: 9 });
    y += 11;
  }
  const c = po.contact;
  const pairs: Pair[] = [[L.poNumber, po.poNumber ?? ''], [L.orderDate, fmtDate(po, po.orderDate) ?? '']];
  if (c) pairs.push([L.contact, c.name], [L.phone, c.phone ?? ''], [L.email, c.email]);
  kvBlock(pdf, 330, M + 40, pairs.filter(([, v]) => v), 80, { size: SIZE, lineHeight: 11 });
  return Math.max(y, M + 40 + pairs.length * 11) + 16;
}

function terms(pdf: Pdf, po: Po, y: number): number {
  const L = labels(po.style);
  const pairs: Pair[] = [];
  if (po.deliveryDate) pairs.push([L.deliveryDate, fmtDate(po, po.deliveryDate)!]);
  if (po.paymentTerms) pairs.push([L.terms, po.paymentTerms]);
  if (po.shippingMethod) pairs.push([L.shipVia, po.shippingMethod]);
  if (po.style.money === 'none' && po.currency) pairs.push([L.currency, po.currency]);
  let cy = kvBlock(pdf, M, y, pairs, 110, { size: SIZE, lineHeight: 11 });
  if (po.shipTo) {
    pdf.text(`${L.shipTo}:`, M, cy + 4, { bold: true, size: SIZE });
    pdf.text(addressLines(po.shipTo, po.style.lang).join(', '), M + 110, cy + 4, { size: SIZE });
    cy += 15;
  }
  return cy + 12;
}

function tableHeader(pdf: Pdf, po: Po, y: number): number {
  const L = labels(po.style);
  const names: Record<string, string> = { line: L.line, sku: L.sku, qty: L.qty, unit: L.unit, unitPrice: L.unitPrice, amount: L.amount };
  for (const [key, x, align] of COLS) pdf.text(names[key], M + x - 28, y, { bold: true, size: SIZE, align });
  pdf.text(L.description, M + 12, y + 10, { bold: true, size: SIZE });
  pdf.hline(M, pdf.pageWidth - M, y + 21, 0.7);
  return y + 26;
}

function itemRows(po: Po): Record<string, string>[] {
  const loc = po.style.locale;
  return po.lines.map((l) => ({
    line: l.lineNo === null ? '' : String(l.lineNo).padStart(5, '0'),
    sku: l.sku ?? '', qty: formatQty(l.quantity, loc), unit: l.unit ?? '',
    unitPrice: l.unitPrice === null ? '' : formatPrice(l.unitPrice, loc),
    amount: l.amount === null ? '' : formatNumber(l.amount, loc),
    description: l.description ?? '',
  }));
}

function items(pdf: Pdf, po: Po, y0: number): number {
  let y = tableHeader(pdf, po, y0);
  for (const row of itemRows(po)) {
    if (y + 26 > pdf.pageHeight - 60) {
      pdf.newPage();
      y = tableHeader(pdf, po, M + 20);
    }
    for (const [key, x, align] of COLS) pdf.text(row[key], M + x - 28, y, { size: SIZE, align });
    pdf.text(row.description, M + 12, y + 10, { size: SIZE });
    y += 25;
  }
  pdf.hline(M, pdf.pageWidth - M, y, 0.7);
  return y;
}

export async function renderCompact(po: Po): Promise<PdfResult> {
  const L = labels(po.style);
  const pdf = new Pdf('A4', `${L.title} ${po.poNumber ?? ''}`);
  let y = head(pdf, po);
  const heading = `${L.title} ${po.poNumber ?? ''}`;
  pdf.text(heading, M, y, { bold: true, size: 12 });
  y = terms(pdf, po, y + 20);
  y = items(pdf, po, y);
  const pairs = totalsPairs(po);
  if (y + pairs.length * 13 + 40 > pdf.pageHeight - 50) {
    pdf.newPage();
    y = M + 20;
  }
  y = totalsBlock(pdf, pdf.pageWidth - M - 110, pdf.pageWidth - M - 2, y + 8, pairs, SIZE);
  if (po.notes) pdf.paragraph(`${L.notes}: ${po.notes}`, M, y + 12, pdf.pageWidth - 2 * M, { size: SIZE }, 11);
  return pdf.finish((p, page, pages) => {
    p.text(`${heading} - ${L.page} ${page} ${L.of} ${pages}`, p.pageWidth - M, M - 18, { size: 7, align: 'right', color: '#555555' });
  });
}
