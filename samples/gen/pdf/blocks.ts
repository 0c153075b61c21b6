import type { Pdf, TextOpts } from './doc.ts';
import type { Po } from '../model.ts';
import type { Row } from './table.ts';
import { formatDate } from '../dates.ts';
import { formatMoney, formatNumber, formatPrice, formatQty } from '../format.ts';
import { labels, taxLabel } from '../i18n.ts';

export type Pair = [label: string, value: string];

/** Width the bold labels need, plus a gap. */
export function labelWidthFor(pdf: Pdf, pairs: Pair[], size: number): number {
  return Math.max(0, ...pairs.map(([l]) => pdf.widthOf(`${l}:`, { bold: true, size }))) + 8;
}

/** label: value rows; returns the y below. */
export function kvBlock(pdf: Pdf, x: number, y: number, pairs: Pair[], labelWidth: number, o: TextOpts & { lineHeight?: number; colon?: boolean } = {}): number {
  const lh = o.lineHeight ?? 12;
  const lw = Math.max(labelWidth, labelWidthFor(pdf, pairs, o.size ?? 9));
  pairs.forEach(([label, value], i) => {
    pdf.text(o.colon === false ? label : `${label}:`, x, y + i * lh, { ...o, bold: true });
    pdf.text(value, x + lw, y + i * lh, { ...o, bold: false });
  });
  return y + pairs.length * lh;
}

/** A titled block of lines, optionally boxed; returns the y below. */
export function textBlock(pdf: Pdf, x: number, y: number, title: string | null, lines: string[], o: { width: number; boxed?: boolean; size?: number; titleFill?: string }): number {
  let size = o.size ?? 9;
  while (size > 6.5 && Math.max(...lines.map((l) => pdf.widthOf(l, { size }))) > o.width - 8) size -= 0.5;
  const lh = size + 3;
  let cy = y + (o.boxed ? 4 : 0);
  if (title) {
    if (o.titleFill) pdf.rect(x, y, o.width, lh + 4, o.titleFill);
    pdf.text(title, x + 4, cy, { bold: true, size });
    cy += lh + 2;
  }
  for (const line of lines) {
    pdf.text(line, x + 4, cy, { size });
    cy += lh;
  }
  if (o.boxed) pdf.rect(x, y, o.width, cy - y + 4);
  return cy + (o.boxed ? 4 : 0);
}

/** Right-aligned totals: labels end at labelRight, values end at valueRight. */
export function totalsBlock(pdf: Pdf, labelRight: number, valueRight: number, y: number, pairs: Pair[], size = 9): number {
  pairs.forEach(([label, value], i) => {
    const last = i === pairs.length - 1;
    pdf.text(label, labelRight, y + i * (size + 5), { align: 'right', bold: last, size });
    pdf.text(value, valueRight, y + i * (size + 5), { align: 'right', bold: last, size });
  });
  return y + pairs.length * (size + 5);
}

export function fmtDate(po: Po, iso: string | null): string | null {
  return iso ? formatDate(iso, po.style.date) : null;
}

function present(pairs: [string, string | null][]): Pair[] {
  return pairs.filter((p): p is Pair => p[1] !== null && p[1] !== '');
}

/** The order-header fields a layout prints in its key/value area. */
export function headerPairs(po: Po, opts: { contact?: boolean } = {}): Pair[] {
  const L = labels(po.style);
  const c = opts.contact === false ? null : po.contact;
  return present([
    [L.poNumber, po.poNumber],
    [L.orderDate, fmtDate(po, po.orderDate)],
    [L.deliveryDate, fmtDate(po, po.deliveryDate)],
    [L.terms, po.paymentTerms],
    [L.shipVia, po.shippingMethod],
    [L.currency, po.style.money === 'none' ? po.currency : null],
    [L.contact, c?.name ?? null],
    [L.phone, c?.phone ?? null],
    [L.email, c?.email ?? null],
  ]);
}

/** Table rows for the lines, with discount/freight rows where they are printed in the table. */
export function lineRows(po: Po): Row[] {
  const loc = po.style.locale;
  const rows: Row[] = po.lines.map((l) => ({
    line: l.lineNo === null ? '' : String(l.lineNo),
    sku: l.sku ?? '',
    description: l.description ?? '',
    qty: formatQty(l.quantity, loc),
    unit: l.unit ?? '',
    unitPrice: l.unitPrice === null ? '' : formatPrice(l.unitPrice, loc),
    amount: l.amount === null ? '' : formatNumber(l.amount, loc),
  }));
  for (const ch of [po.discount, po.freight]) {
    if (ch?.inTable) rows.push({ description: ch.label, amount: formatNumber(ch.amount, loc) });
  }
  return rows;
}

/** Subtotal / freight / tax / total as printed; only a total when there is nothing to add. */
export function totalsPairs(po: Po): Pair[] {
  if (po.total === null || !po.currency) return [];
  const L = labels(po.style);
  const money = (n: number) => formatMoney(n, po.style.locale, po.currency!, po.style.money === 'none' ? 'code' : po.style.money);
  const freightOut = po.freight && !po.freight.inTable ? po.freight : null;
  if (po.tax === null && !po.freight && po.subtotal === po.total) return [[L.total, money(po.total)]];
  const pairs: Pair[] = [[L.subtotal, money(po.subtotal!)]];
  if (freightOut) pairs.push([L.shipping, money(freightOut.amount)]);
  if (po.tax !== null) pairs.push([taxLabel(po.style, po.taxRate!), money(po.tax)]);
  pairs.push([L.total, money(po.total)]);
  return pairs;
}
