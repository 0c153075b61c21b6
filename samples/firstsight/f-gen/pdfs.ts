// PDF purchase-order templates imitating different ERP prints. Every non-null field of the Order is printed.
import { Pdf } from '../../gen/pdf/doc.ts';
import { L, COUNTRY_NAME, type Lang, type Labels } from './labels.ts';
import { date, money, num, qty, type Address, type DateStyle, type Loc, type Order } from './model.ts';

export interface Letterhead { company: string; address: Address; phone?: string; fax?: string; vat?: string; web?: string }
export interface Doc {
  order: Order; lang: Lang; loc: Loc; ds: DateStyle; money: 'symbol' | 'code' | 'none';
  head: Letterhead; supplier: Address; supplierNo?: string; size?: 'A4' | 'LETTER';
  labels?: Partial<Labels>; title?: string; footer?: string; qtyDecimals?: number; extraHeader?: [string, string][];
}

const lab = (d: Doc): Labels => ({ ...L[d.lang], ...(d.labels ?? {}) });
const dt = (d: Doc, iso: string | null) => (iso ? date(iso, d.ds) : '');
const m = (d: Doc, n: number | null) => (n === null ? '' : money(n, d.loc, d.order.currency!, d.money));
const n2 = (d: Doc, n: number | null) => (n === null ? '' : num(n, d.loc));
const pr = (d: Doc, n: number | null) => (n === null ? "" : num(n, d.loc, Math.abs(Math.round(n * 100) - n * 100) < 1e-6 ? 2 : 3));

export function addrLines(a: Address, lang: Lang, withCountry = true): string[] {
  const out = [...(a.name ? [a.name] : []), ...a.street];
  if (a.country === 'US') out.push(`${a.city}, ${a.region ?? ''} ${a.postalCode ?? ''}`.replace(/\s+/g, ' ').trim());
  else if (a.country === 'GB' || a.country === 'IE') { out.push(a.region ? `${a.city}, ${a.region}` : a.city); if (a.postalCode) out.push(a.postalCode); }
  else out.push(`${a.postalCode ? a.postalCode + ' ' : ''}${a.city}${a.region ? ` (${a.region})` : ''}`);
  if (withCountry) out.push(COUNTRY_NAME[a.country]?.[lang] ?? COUNTRY_NAME[a.country]?.en ?? a.country);
  return out;
}

interface Col { key: string; header: string; width: number; align?: 'left' | 'right' }
type Row = Record<string, string>;

/** Draws a table, breaking pages; returns y below. */
function table(pdf: Pdf, cols: Col[], rows: Row[], x: number, y: number, o: { size?: number; headFill?: string; grid?: boolean; bottom?: number; onPage?: () => number; zebra?: string }) {
  const size = o.size ?? 8.5;
  const lh = size + 3;
  const bottom = o.bottom ?? pdf.pageHeight - 90;
  const width = cols.reduce((s, c) => s + c.width, 0);
  const header = (yy: number) => {
    if (o.headFill) pdf.rect(x, yy - 3, width, lh + 4, o.headFill);
    let cx = x;
    for (const c of cols) {
      pdf.text(c.header, c.align === 'right' ? cx + c.width - 3 : cx + 3, yy, { bold: true, size, align: c.align === 'right' ? 'right' : 'left' });
      cx += c.width;
    }
    pdf.hline(x, x + width, yy + lh + 1);
    return yy + lh + 5;
  };
  let cy = header(y);
  rows.forEach((r, i) => {
    const descCol = cols.find((c) => c.key === 'description');
    const wrapped = descCol ? pdf.wrap(r.description ?? '', descCol.width - 6, { size }) : [''];
    const extra = r.sub ? 1 : 0;
    const h = Math.max(1, wrapped.length + extra) * lh + 3;
    if (cy + h > bottom) {
      pdf.newPage();
      cy = header(o.onPage ? o.onPage() : 60);
    }
    if (o.zebra && i % 2 === 1) pdf.rect(x, cy - 2, width, h, o.zebra);
    let cx = x;
    for (const c of cols) {
      if (c.key === 'description') wrapped.forEach((w, k) => pdf.text(w, cx + 3, cy + k * lh, { size }));
      else pdf.text(r[c.key] ?? '', c.align === 'right' ? cx + c.width - 3 : cx + 3, cy, { size, align: c.align === 'right' ? 'right' : 'left', bold: r.bold === '1' });
      cx += c.width;
    }
    if (r.sub && descCol) {
      const dx = x + cols.slice(0, cols.indexOf(descCol)).reduce((s, c) => s + c.width, 0);
      pdf.text(r.sub, dx + 3, cy + wrapped.length * lh, { size: size - 0.5, color: '#333333' });
    }
    cy += h;
    if (o.grid) pdf.hline(x, x + width, cy - 2, 0.3, '#999999');
  });
  return cy;
}

function lineRows(d: Doc, lineLabelPrefix = ''): Row[] {
  const lb = lab(d);
  return d.order.lines.map((l) => ({
    line: l.lineNo === null ? '' : lineLabelPrefix + String(l.lineNo),
    sku: l.sku ?? '', description: l.description, qty: qty(l.quantity, d.loc, d.qtyDecimals), unit: l.unit ?? '',
    price: pr(d, l.unitPrice), amount: n2(d, l.amount), disc: l.discountPct ? num(l.discountPct, d.loc, 1) : '',
    date: l.date ? dt(d, l.date) : '', sub: l.date && !lb ? '' : '',
  }));
}

function totals(d: Doc): [string, string][] {
  const o = d.order; const lb = lab(d);
  const out: [string, string][] = [];
  if (o.total === null) return out;
  if (o.subtotal !== null) out.push([lb.subtotal, m(d, o.subtotal)]);
  if (o.shipping !== null) out.push([lb.shipping, m(d, o.shipping)]);
  if (o.tax !== null) out.push([`${lb.vat} ${num(o.taxRate!, d.loc, Number.isInteger(o.taxRate!) ? 0 : 1)} %`, m(d, o.tax)]);
  out.push([lb.total + (d.money === 'none' ? ` ${o.currency}` : ''), m(d, o.total)]);
  return out;
}

function drawTotals(pdf: Pdf, d: Doc, right: number, y: number, size = 9): number {
  const t = totals(d);
  if (y + t.length * 14 > pdf.pageHeight - 70) { pdf.newPage(); y = 60; }
  t.forEach(([k, v], i) => {
    const last = i === t.length - 1;
    pdf.text(k, right - 95, y + i * (size + 5), { align: 'right', bold: last, size });
    pdf.text(v, right, y + i * (size + 5), { align: 'right', bold: last, size });
  });
  return y + t.length * (size + 5) + 6;
}

function headerPairs(d: Doc, opts: { contact?: boolean; date?: boolean } = {}): [string, string][] {
  const o = d.order; const lb = lab(d);
  const p: [string, string | null][] = [
    [lb.poNumber, o.poNumber], [lb.orderDate, o.orderDate && opts.date !== false ? dt(d, o.orderDate) : null],
    [lb.deliveryDate, o.deliveryDate && !o.lines.some((l) => l.date) ? dt(d, o.deliveryDate) : null],
    ...(d.extraHeader ?? []),
    [lb.terms, o.paymentTerms], [lb.shipVia, o.shippingMethod],
    [lb.currency, d.money === 'none' || d.money === 'code' ? o.currency : null],
  ];
  if (opts.contact !== false) p.push([lb.contact, o.contact.name], [lb.phone, o.contact.phone], [lb.email, o.contact.email]);
  return p.filter((x): x is [string, string] => !!x[1]);
}

function kv(pdf: Pdf, x: number, y: number, pairs: [string, string][], lw: number, size = 8.5): number {
  pairs.forEach(([k, v], i) => { pdf.text(`${k}:`, x, y + i * (size + 4), { bold: true, size }); pdf.text(v, x + lw, y + i * (size + 4), { size }); });
  return y + pairs.length * (size + 4);
}

function block(pdf: Pdf, x: number, y: number, title: string, lines: string[], w: number, boxed = false, size = 8.5): number {
  let cy = y + (boxed ? 4 : 0);
  pdf.text(title, x + 4, cy, { bold: true, size }); cy += size + 5;
  for (const l of lines) { pdf.text(l, x + 4, cy, { size }); cy += size + 3; }
  if (boxed) pdf.rect(x, y, w, cy - y + 2);
  return cy + 4;
}

function notes(pdf: Pdf, d: Doc, x: number, y: number, w: number): number {
  if (!d.order.notes) return y;
  if (y > pdf.pageHeight - 100) { pdf.newPage(); y = 60; }
  pdf.text(`${lab(d).notes}:`, x, y, { bold: true, size: 8.5 });
  return pdf.paragraph(d.order.notes, x, y + 12, w, { size: 8.5 }, 11) + 6;
}

function pageFooter(d: Doc, extra?: string) {
  const lb = lab(d);
  return (pdf: Pdf, page: number, pages: number) => {
    const y = pdf.pageHeight - 40;
    pdf.hline(40, pdf.pageWidth - 40, y - 6, 0.3, '#888888');
    const f = extra ?? d.footer ?? [d.head.company, ...d.head.address.street, d.head.address.city, d.head.phone, d.head.vat].filter(Boolean).join(' · ');
    pdf.text(f, 40, y, { size: 6.5, color: '#555555' });
    pdf.text(`${lb.page} ${page} ${lb.of} ${pages}`, pdf.pageWidth - 40, y, { size: 7, align: 'right' });
  };
}

const stdCols = (d: Doc, width: number, order: string[]): Col[] => {
  const lb = lab(d);
  const has = (k: string) => k === 'line' ? d.order.lines.some((l) => l.lineNo !== null) : k === 'sku' ? d.order.lines.some((l) => l.sku) :
    k === 'unit' ? d.order.lines.some((l) => l.unit) : k === 'price' || k === 'amount' ? d.order.currency !== null : k === 'disc' ? d.order.lines.some((l) => l.discountPct) :
    k === 'date' ? d.order.lines.some((l) => l.date) : true;
  const W: Record<string, number> = { line: 30, sku: 85, qty: 45, unit: 36, price: 62, amount: 70, disc: 44, date: 60 };
  const H: Record<string, string> = { line: lb.line, sku: lb.sku, description: lb.description, qty: lb.qty, unit: lb.unit, price: lb.unitPrice, amount: lb.amount, disc: lb.discount, date: lb.deliveryDate.length > 14 ? lb.date : lb.deliveryDate };
  const keys = order.filter(has);
  const fixed = keys.filter((k) => k !== 'description').reduce((s, k) => s + W[k], 0);
  return keys.map((k) => ({ key: k, header: H[k], width: k === 'description' ? width - fixed : W[k], align: ['qty', 'price', 'amount', 'line', 'disc'].includes(k) ? 'right' : 'left' }));
};

// ---------------- templates ----------------

/** SAP-like: sender line above window address, dense header right, two-row items. */
export async function sap(d: Doc) {
  const pdf = new Pdf(d.size ?? 'A4', `${lab(d).title} ${d.order.poNumber}`);
  const lb = lab(d); const o = d.order;
  pdf.text(d.head.company, 40, 40, { bold: true, size: 13 });
  pdf.text(addrLines(d.head.address, d.lang, false).slice(1).join(' · '), 40, 58, { size: 7 });
  pdf.text([d.head.company, ...d.head.address.street, `${d.head.address.postalCode} ${d.head.address.city}`].join(', '), 40, 100, { size: 6, color: '#555555' });
  let y = 112;
  for (const l of addrLines(d.supplier, d.lang)) { pdf.text(l, 40, y, { size: 9 }); y += 11; }
  pdf.text(d.title ?? lab(d).title, 330, 96, { bold: true, size: 12 });
  const pairs = headerPairs(d);
  if (d.supplierNo) pairs.splice(2, 0, [d.lang === 'de' ? 'Unsere Lieferantennr.' : 'Vendor No.', d.supplierNo]);
  kv(pdf, 330, 114, pairs, 100, 8);
  y = Math.max(y, 114 + pairs.length * 12) + 16;
  if (o.shipTo) y = block(pdf, 40, y, `${lb.shipTo}:`, addrLines(o.shipTo, d.lang), 240);
  if (o.billTo) y = block(pdf, 40, y, `${lb.billTo}:`, addrLines(o.billTo, d.lang), 240);
  y += 6;
  const rows = o.lines.map((l) => ({
    line: l.lineNo === null ? '' : String(l.lineNo).padStart(5, '0'), sku: l.sku ?? '', description: `${l.description}${l.date ? `   ${lb.deliveryDate}: ${dt(d, l.date)}` : ''}`,
    qty: qty(l.quantity, d.loc, d.qtyDecimals), unit: l.unit ?? '', price: pr(d, l.unitPrice), amount: n2(d, l.amount), disc: l.discountPct ? num(l.discountPct, d.loc, 1) : '',
  }));
  const cols: Col[] = [
    { key: 'line', header: lb.line, width: 40 }, { key: 'sku', header: lb.sku, width: 90 }, { key: 'description', header: lb.description, width: 175 },
    { key: 'qty', header: lb.qty, width: 50, align: 'right' }, { key: 'unit', header: lb.unit, width: 30 },
    ...(o.lines.some((l) => l.discountPct) ? [{ key: 'disc', header: lb.discount, width: 40, align: 'right' as const }] : []),
    ...(o.currency ? [{ key: 'price', header: lb.unitPrice, width: 60, align: 'right' as const }, { key: 'amount', header: lb.amount, width: 70, align: 'right' as const }] : []),
  ];
  y = table(pdf, cols, rows, 40, y, { size: 8, grid: true, onPage: () => { pdf.text(`${lb.poNumber} ${o.poNumber}`, 40, 40, { bold: true, size: 9 }); return 64; } });
  y = drawTotals(pdf, d, 555, y + 8, 8.5);
  notes(pdf, d, 40, y + 6, 510);
  return pdf.finish(pageFooter(d));
}

/** Oracle-like: boxed grid header, ship-to / bill-to boxes side by side, boxed table. */
export async function oracle(d: Doc) {
  const pdf = new Pdf(d.size ?? 'LETTER', `${lab(d).title} ${d.order.poNumber}`);
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 72;
  pdf.text(d.head.company, 36, 36, { bold: true, size: 14 });
  const hl = addrLines(d.head.address, d.lang).slice(1);
  hl.forEach((l, i) => pdf.text(l, 36, 54 + i * 10, { size: 8 }));
  if (d.head.phone) pdf.text(d.head.phone, 36, 54 + hl.length * 10, { size: 8 });
  pdf.text(d.title ?? lb.title, pdf.pageWidth - 36, 36, { bold: true, size: 16, align: 'right' });
  const grid = headerPairs(d, { contact: false });
  const gx = pdf.pageWidth - 36 - 220;
  grid.forEach(([k, v], i) => { pdf.rect(gx, 60 + i * 16, 220, 16); pdf.text(k, gx + 4, 64 + i * 16, { size: 7.5, bold: true }); pdf.text(v, gx + 110, 64 + i * 16, { size: 8 }); });
  let y = Math.max(120, 60 + grid.length * 16 + 12);
  const bw = (W - 20) / 3;
  block(pdf, 36, y, lb.supplier, addrLines(d.supplier, d.lang), bw, true, 8);
  if (o.shipTo) block(pdf, 36 + bw + 10, y, lb.shipTo, addrLines(o.shipTo, d.lang), bw, true, 8);
  if (o.billTo) block(pdf, 36 + 2 * (bw + 10), y, lb.billTo, addrLines(o.billTo, d.lang), bw, true, 8);
  y += 100;
  const c = o.contact;
  const cp = [[lb.contact, c.name], [lb.phone, c.phone], [lb.email, c.email]].filter((p) => p[1]) as [string, string][];
  pdf.text(cp.map(([k, v]) => `${k}: ${v}`).join('    '), 36, y, { size: 8 });
  y += 18;
  y = table(pdf, stdCols(d, W, ['line', 'sku', 'description', 'date', 'qty', 'unit', 'price', 'disc', 'amount']), lineRows(d), 36, y, { headFill: '#dddddd', grid: true, size: 8 });
  y = drawTotals(pdf, d, pdf.pageWidth - 40, y + 8);
  notes(pdf, d, 36, y + 4, W);
  return pdf.finish(pageFooter(d, `${lb.poNumber} ${o.poNumber}`));
}

/** Dynamics-like: coloured band, two-column header, zebra table. */
export async function dynamics(d: Doc) {
  const pdf = new Pdf(d.size ?? 'A4', `${lab(d).title} ${d.order.poNumber}`);
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 80;
  pdf.rect(0, 0, pdf.pageWidth, 70, '#1f4e79');
  pdf.text(d.head.company, 40, 22, { bold: true, size: 16, color: '#ffffff' });
  pdf.text(d.title ?? lb.title, pdf.pageWidth - 40, 26, { size: 14, align: 'right', color: '#ffffff' });
  let y = 88;
  addrLines(d.head.address, d.lang).slice(1).forEach((l, i) => pdf.text(l, 40, y + i * 10, { size: 8, color: '#333333' }));
  [d.head.phone, d.head.web, d.head.vat].filter(Boolean).forEach((l, i) => pdf.text(l!, 220, y + i * 10, { size: 8, color: '#333333' }));
  kv(pdf, 360, y, headerPairs(d), 95, 8);
  y = Math.max(y + 60, y + headerPairs(d).length * 12) + 14;
  const bw = W / 2 - 10;
  const ys = [block(pdf, 40, y, lb.supplier, addrLines(d.supplier, d.lang), bw)];
  if (o.shipTo) ys.push(block(pdf, 40 + bw + 20, y, lb.shipTo, addrLines(o.shipTo, d.lang), bw));
  y = Math.max(...ys);
  if (o.billTo) y = block(pdf, 40 + bw + 20, y, lb.billTo, addrLines(o.billTo, d.lang), bw);
  y += 8;
  y = table(pdf, stdCols(d, W, ['line', 'sku', 'description', 'qty', 'unit', 'date', 'price', 'disc', 'amount']), lineRows(d), 40, y, { headFill: '#d9e2f3', zebra: '#f2f2f2', size: 8.5 });
  y = drawTotals(pdf, d, pdf.pageWidth - 40, y + 10);
  notes(pdf, d, 40, y + 4, W);
  return pdf.finish(pageFooter(d));
}

/** Sage-like UK small business: plain, "A/C" reference, delivery address right. */
export async function sage(d: Doc) {
  const pdf = new Pdf(d.size ?? 'A4', `${lab(d).title} ${d.order.poNumber}`);
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 80;
  pdf.text(d.head.company, pdf.pageWidth / 2, 40, { bold: true, size: 15, align: 'center' });
  pdf.text(addrLines(d.head.address, d.lang, false).slice(1).join(', '), pdf.pageWidth / 2, 60, { size: 8, align: 'center' });
  pdf.text([d.head.phone && `Tel: ${d.head.phone}`, d.head.vat].filter(Boolean).join('   '), pdf.pageWidth / 2, 71, { size: 8, align: 'center' });
  pdf.text(d.title ?? lb.title, 40, 100, { bold: true, size: 13 });
  let y = block(pdf, 40, 122, `${lb.supplier}:`, addrLines(d.supplier, d.lang), 240);
  if (o.shipTo) block(pdf, 320, 122, `${lb.shipTo}:`, addrLines(o.shipTo, d.lang), 240);
  y = Math.max(y, 200);
  if (o.billTo) y = block(pdf, 320, y, `${lb.billTo}:`, addrLines(o.billTo, d.lang), 240);
  y = kv(pdf, 40, y + 4, headerPairs(d), 100, 8.5) + 14;
  y = table(pdf, stdCols(d, W, ['sku', 'description', 'date', 'qty', 'unit', 'price', 'disc', 'amount', 'line']).filter((c) => c.key !== 'line'), lineRows(d), 40, y, { size: 8.5, grid: true });
  y = drawTotals(pdf, d, pdf.pageWidth - 40, y + 8);
  notes(pdf, d, 40, y + 4, W);
  return pdf.finish(pageFooter(d));
}

/** QuickBooks-like: "Purchase Order" top right with Date / P.O. No. box, Vendor and Ship To boxes. */
export async function quickbooks(d: Doc) {
  const pdf = new Pdf(d.size ?? 'LETTER', `Purchase Order ${d.order.poNumber}`);
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 80;
  pdf.text(d.head.company, 40, 40, { bold: true, size: 12 });
  addrLines(d.head.address, d.lang, false).slice(1).forEach((l, i) => pdf.text(l, 40, 56 + i * 11, { size: 9 }));
  if (d.head.phone) pdf.text(d.head.phone, 40, 56 + 33, { size: 9 });
  pdf.text(d.title ?? 'Purchase Order', pdf.pageWidth - 40, 40, { size: 18, align: 'right' });
  const bx = pdf.pageWidth - 200;
  pdf.rect(bx, 70, 160, 30); pdf.vline(bx + 80, 70, 100); pdf.hline(bx, bx + 160, 82);
  pdf.text(lb.date, bx + 40, 73, { size: 8, align: 'center' }); pdf.text('P.O. No.', bx + 120, 73, { size: 8, align: 'center' });
  pdf.text(dt(d, o.orderDate), bx + 40, 87, { size: 9, align: 'center' }); pdf.text(o.poNumber ?? '', bx + 120, 87, { size: 9, align: 'center' });
  block(pdf, 40, 120, 'Vendor', addrLines(d.supplier, d.lang), 230, true, 9);
  if (o.shipTo) block(pdf, 320, 120, 'Ship To', addrLines(o.shipTo, d.lang), 250, true, 9);
  let y = 215;
  const hp = headerPairs(d, { date: false }).filter(([k]) => k !== lb.poNumber);
  if (hp.length) {
    const cw = W / hp.length;
    hp.forEach(([k, v], i) => { pdf.rect(40 + i * cw, y, cw, 28); pdf.text(k, 40 + i * cw + cw / 2, y + 3, { size: 7.5, align: 'center' }); pdf.text(v, 40 + i * cw + cw / 2, y + 15, { size: 8, align: 'center' }); });
    y += 40;
  }
  const cols = stdCols(d, W, ['sku', 'description', 'qty', 'unit', 'price', 'amount']).map((c) => ({ ...c, header: { sku: 'Item', description: 'Description', qty: 'Qty', unit: 'U/M', price: 'Rate', amount: 'Amount' }[c.key] ?? c.header }));
  y = table(pdf, cols, lineRows(d), 40, y, { size: 9, grid: true });
  y = drawTotals(pdf, d, pdf.pageWidth - 40, y + 8, 10);
  notes(pdf, d, 40, y + 4, W);
  return pdf.finish();
}

/** Odoo-like: company top-left, big "Purchase Order #P0xxxx", info row, modern table. */
export async function odoo(d: Doc) {
  const pdf = new Pdf(d.size ?? 'A4', `${d.order.poNumber}`);
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 80;
  pdf.text(d.head.company, 40, 36, { bold: true, size: 12, color: '#714b67' });
  addrLines(d.head.address, d.lang).slice(1).forEach((l, i) => pdf.text(l, 40, 52 + i * 10, { size: 8 }));
  pdf.hline(40, pdf.pageWidth - 40, 100, 1, '#714b67');
  let y = 112;
  if (o.shipTo) block(pdf, 40, y, lb.shipTo, addrLines(o.shipTo, d.lang), 240, false, 8.5);
  block(pdf, 330, y, lb.supplier, addrLines(d.supplier, d.lang), 220, false, 8.5);
  y += 90;
  if (o.billTo) y = block(pdf, 40, y, lb.billTo, addrLines(o.billTo, d.lang), 240, false, 8.5) + 6;
  pdf.text(`${d.title ?? lb.title} #${o.poNumber}`, 40, y, { size: 17 });
  y += 30;
  const info = headerPairs(d).filter(([k]) => k !== lb.poNumber);
  const cw = W / Math.min(4, info.length);
  info.forEach(([k, v], i) => { const cx = 40 + (i % 4) * cw; const cy = y + Math.floor(i / 4) * 28; pdf.text(k, cx, cy, { bold: true, size: 8 }); pdf.text(v, cx, cy + 11, { size: 8 }); });
  y += Math.ceil(info.length / 4) * 28 + 10;
  y = table(pdf, stdCols(d, W, ['sku', 'description', 'date', 'qty', 'unit', 'price', 'disc', 'amount']), lineRows(d), 40, y, { size: 8.5, grid: true });
  y = drawTotals(pdf, d, pdf.pageWidth - 40, y + 8);
  notes(pdf, d, 40, y + 4, W);
  return pdf.finish(pageFooter(d));
}

/** Word-style letter: letterhead, address window, date line, salutation, simple table, signature. */
export async function letter(d: Doc, text: { opening: string; closing: string; sign: string[] }) {
  const pdf = new Pdf(d.size ?? 'A4', 'Bestellung');
  const lb = lab(d); const o = d.order; const W = pdf.pageWidth - 140;
  pdf.text(d.head.company, pdf.pageWidth - 60, 50, { bold: true, size: 14, align: 'right' });
  addrLines(d.head.address, d.lang, false).slice(1).forEach((l, i) => pdf.text(l, pdf.pageWidth - 60, 68 + i * 10, { size: 8, align: 'right' }));
  [d.head.phone, d.head.fax, d.head.web].filter(Boolean).forEach((l, i) => pdf.text(l!, pdf.pageWidth - 60, 100 + i * 10, { size: 8, align: 'right' }));
  let y = 140;
  for (const l of addrLines(d.supplier, d.lang)) { pdf.text(l, 70, y, { size: 10 }); y += 13; }
  y += 20;
  pdf.text(`${d.head.address.city}, ${dt(d, o.orderDate)}`, pdf.pageWidth - 70, y, { size: 10, align: 'right' });
  y += 26;
  pdf.text(`${d.title ?? lb.title} ${o.poNumber ?? ''}`.trim(), 70, y, { bold: true, size: 11 });
  y += 24;
  y = pdf.paragraph(text.opening, 70, y, W, { size: 10 }, 14) + 8;
  y = table(pdf, stdCols(d, W, ['line', 'qty', 'unit', 'sku', 'description', 'price', 'disc', 'amount']), lineRows(d), 70, y, { size: 9.5, grid: true });
  y = drawTotals(pdf, d, pdf.pageWidth - 70, y + 8, 9.5) + 6;
  const tail: string[] = [];
  if (o.deliveryDate) tail.push(`${lb.deliveryDate}: ${dt(d, o.deliveryDate)}`);
  if (o.shipTo) tail.push(`${lb.shipTo}: ${addrLines(o.shipTo, d.lang).join(', ')}`);
  if (o.billTo) tail.push(`${lb.billTo}: ${addrLines(o.billTo, d.lang).join(', ')}`);
  if (o.paymentTerms) tail.push(`${lb.terms}: ${o.paymentTerms}`);
  if (o.shippingMethod) tail.push(`${lb.shipVia}: ${o.shippingMethod}`);
  if (o.notes) tail.push(o.notes);
  for (const t of tail) y = pdf.paragraph(t, 70, y, W, { size: 10 }, 13) + 3;
  y = pdf.paragraph(text.closing, 70, y + 10, W, { size: 10 }, 14) + 20;
  for (const s of text.sign) { pdf.text(s, 70, y, { size: 10 }); y += 13; }
  return pdf.finish();
}

/** AS/400 green-bar: Courier, fixed columns, striped background. */
export async function greenbar(d: Doc) {
  const pdf = new Pdf('LETTER', `PO ${d.order.poNumber}`);
  const doc = pdf.doc; const o = d.order; const lb = lab(d);
  const lines: string[] = [];
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
  const lpad = (s: string, n: number) => (s.length > n ? s : ' '.repeat(n - s.length) + s);
  const up = (s: string) => s.toUpperCase();
  lines.push(`${pad(up(d.head.company), 48)}${lpad(up(d.title ?? lb.title), 30)}`);
  lines.push(`${pad(up(d.head.address.street.join(' ')), 48)}${lpad(`${up(lb.poNumber)}: ${o.poNumber}`, 30)}`);
  lines.push(`${pad(up(addrLines(d.head.address, 'en', false).slice(d.head.address.street.length + 1).join(' ')), 48)}${lpad(`${up(lb.orderDate)}: ${dt(d, o.orderDate)}`, 30)}`);
  lines.push(`${pad(d.head.phone ? `TEL ${d.head.phone}` : '', 48)}${lpad(o.deliveryDate ? `${up(lb.deliveryDate)}: ${dt(d, o.deliveryDate)}` : '', 30)}`);
  lines.push('');
  const sup = addrLines(d.supplier, 'en').map(up); const shp = o.shipTo ? addrLines(o.shipTo, 'en').map(up) : [];
  lines.push(`${pad(`${up(lb.supplier)}:`, 39)}${o.shipTo ? `${up(lb.shipTo)}:` : ''}`);
  for (let i = 0; i < Math.max(sup.length, shp.length); i++) lines.push(`${pad(sup[i] ?? '', 39)}${shp[i] ?? ''}`);
  lines.push('');
  if (o.billTo) { lines.push(`${up(lb.billTo)}: ${addrLines(o.billTo, 'en').map(up).join(', ')}`); lines.push(''); }
  const hp = [o.paymentTerms && `${up(lb.terms)}: ${up(o.paymentTerms)}`, o.shippingMethod && `${up(lb.shipVia)}: ${up(o.shippingMethod)}`].filter(Boolean) as string[];
  for (const h of hp) lines.push(h);
  const c = o.contact;
  if (c.name) lines.push(`${up(lb.contact)}: ${up(c.name)}${c.phone ? `  ${c.phone}` : ''}${c.email ? `  ${c.email}` : ''}`);
  lines.push('');
  lines.push(`${'LN'.padStart(3)} ${pad('ITEM NUMBER', 16)} ${pad('DESCRIPTION', 28)} ${lpad('QTY', 7)} ${pad('UM', 4)} ${lpad('UNIT COST', 10)} ${lpad('EXTENDED', 11)}`);
  lines.push('-'.repeat(84));
  for (const l of o.lines) {
    const cut = l.description.length > 28 ? l.description.lastIndexOf(' ', 28) : l.description.length;
    lines.push(`${lpad(String(l.lineNo ?? ''), 3)} ${pad(l.sku ?? '', 16)} ${pad(up(l.description.slice(0, cut)), 28)} ${lpad(qty(l.quantity, d.loc, d.qtyDecimals), 7)} ${pad(l.unit ?? '', 4)} ${lpad(pr(d, l.unitPrice), 10)} ${lpad(n2(d, l.amount), 11)}`);
    if (cut < l.description.length) lines.push(`    ${pad('', 16)} ${up(l.description.slice(cut)).trim()}`);
  }
  lines.push('-'.repeat(84));
  for (const [k, v] of totals(d)) lines.push(`${lpad(up(k), 61)} ${lpad(v, 23)}`);
  if (o.notes) { lines.push(''); for (const w of pdf.wrap(up(o.notes), 480, { size: 8 })) lines.push(w); }
  const lh = 12; let y = 40;
  lines.forEach((l, i) => {
    if (y > pdf.pageHeight - 50) { pdf.newPage(); y = 40; }
    if (Math.floor(i / 3) % 2 === 0) doc.rect(20, y - 2, pdf.pageWidth - 40, lh).fillColor('#dff0d8').fill();
    doc.font('Courier').fontSize(8.6).fillColor('#000000').text(l, 30, y, { lineBreak: false });
    pdf.texts.push(l);
    y += lh;
  });
  return pdf.finish();
}
