// The PDF of one order (pdfkit, standard fonts), laid out by the axes: blocks, fields, table style,
// font, page breaks. Every string drawn is kept (texts) for the truth's urgency check.
import PDFDocument from 'pdfkit';
import { FIXED_TIMESTAMP } from '../gen/dates.ts';
import type { Rng } from '../gen/random.ts';
import type { Font } from './axes.ts';
import type { Role } from './lexicon.ts';
import { addrLines, LOCALE_INFO, sellerAddr } from './locale.ts';
import { hasNoise, letterheadLine, DISCLAIMERS } from './noise.ts';
import { cell, headerPairs, NUMERIC, totalPairs, type Order } from './order.ts';

const FACES: Record<Font, [regular: string, bold: string]> = {
  helvetica: ['Helvetica', 'Helvetica-Bold'], times: ['Times-Roman', 'Times-Bold'], courier: ['Courier', 'Courier-Bold'],
};

export interface PdfOut { bytes: Buffer; pages: number; texts: string[]; wrapped: boolean }

interface T { bold?: boolean; size?: number; align?: 'left' | 'right' }

class Canvas {
  readonly doc: PDFKit.PDFDocument;
  readonly texts: string[] = [];
  readonly w: number;
  readonly h: number;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;

  constructor(size: 'A4' | 'LETTER', title: string, private readonly font: Font) {
    this.doc = new PDFDocument({ size, margin: 20, bufferPages: true, info: { Title: title, Producer: 'po-inbox layout fuzzer', Creator: 'po-inbox layout fuzzer', CreationDate: FIXED_TIMESTAMP } });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve) => this.doc.on('end', () => resolve()));
    this.w = this.doc.page.width;
    this.h = this.doc.page.height;
  }

  private set(o: T): void {
    this.doc.font(FACES[this.font][o.bold ? 1 : 0]).fontSize(o.size ?? 9);
  }

  width(s: string, o: T = {}): number {
    this.set(o);
    return this.doc.widthOfString(s);
  }

  text(s: string, x: number, y: number, o: T = {}): void {
    if (!s) return;
    this.set(o);
    const left = o.align === 'right' ? x - this.doc.widthOfString(s) : x;
    this.doc.fillColor('#000000').text(s, left, y, { lineBreak: false });
    this.texts.push(s);
  }

  wrap(s: string, max: number, o: T = {}): string[] {
    const out: string[] = [];
    let cur = '';
    for (const word of s.split(/\s+/)) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur && this.width(next, o) > max) {
        out.push(cur);
        cur = word;
      } else cur = next;
    }
    if (cur) out.push(cur);
    return out;
  }

  hline(x1: number, x2: number, y: number, lw = 0.5): void {
    this.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(lw).strokeColor('#000000').stroke();
  }

  vline(x: number, y1: number, y2: number): void {
    this.doc.moveTo(x, y1).lineTo(x, y2).lineWidth(0.5).strokeColor('#000000').stroke();
  }

  box(x: number, y: number, w: number, h: number, fill?: string): void {
    if (fill) this.doc.rect(x, y, w, h).fillColor(fill).fill();
    else this.doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#000000').stroke();
  }

  async finish(footer: (c: Canvas, page: number, pages: number) => void): Promise<{ bytes: Buffer; pages: number }> {
    const pages = this.doc.bufferedPageRange().count;
    for (let i = 0; i < pages; i++) {
      this.doc.switchToPage(i);
      footer(this, i + 1, pages);
    }
    this.doc.end();
    await this.done;
    return { bytes: Buffer.concat(this.chunks), pages };
  }
}

const M = 40;
const WIDTH: Record<Role, number> = { line: 34, sku: 80, desc: 0, qty: 48, unit: 40, price: 62, amount: 70, due: 64 };

/** A titled block of lines; returns the y below. */
function block(c: Canvas, x: number, y: number, w: number, title: string, lines: string[], boxed: boolean): number {
  let size = 8.5;
  while (size > 6.5 && Math.max(...lines.map((l) => c.width(l, { size }))) > w - 10) size -= 0.5;
  let cy = y + 4;
  c.text(title, x + 4, cy, { bold: true, size });
  cy += size + 5;
  for (const l of lines) {
    c.text(l, x + 4, cy, { size });
    cy += size + 3;
  }
  if (boxed) c.box(x, y, w, cy - y + 2);
  return cy + 6;
}

function kvFields(c: Canvas, x: number, y: number, pairs: Array<[string, string]>, maxW: number): number {
  const size = 8.5;
  const lw = Math.max(...pairs.map(([l]) => c.width(`${l}:`, { bold: true, size }))) + 8;
  const fit = (v: string) => {
    let s = size;
    while (s > 6 && c.width(v, { size: s }) > maxW - lw) s -= 0.5;
    return s;
  };
  pairs.forEach(([l, v], i) => {
    c.text(`${l}:`, x, y + i * 12, { bold: true, size });
    c.text(v, x + lw, y + i * 12, { size: fit(v) });
  });
  return y + pairs.length * 12 + 8;
}

/** Labels in a row, values under them, in ruled cells across the width. */
function rowFields(c: Canvas, y: number, pairs: Array<[string, string]>): number {
  const total = c.w - 2 * M;
  const perRow = Math.min(pairs.length, 5);
  const w = total / perRow;
  let cy = y;
  for (let start = 0; start < pairs.length; start += perRow) {
    const chunk = pairs.slice(start, start + perRow);
    chunk.forEach(([l, v], i) => {
      const x = M + i * w;
      let size = 8;
      while (size > 5.5 && Math.max(c.width(v, { size }), c.width(l, { size, bold: true })) > w - 6) size -= 0.5;
      c.box(x, cy, w, 26);
      c.text(l, x + 3, cy + 3, { bold: true, size: Math.min(size, 7.5) });
      c.text(v, x + 3, cy + 14, { size });
    });
    cy += 26;
  }
  return cy + 12;
}

interface Col { role: Role; header: string; x: number; w: number; right: boolean }

function layoutColumns(o: Order, pageWidth: number): Col[] {
  const total = pageWidth - 2 * M;
  const fixed = o.columns.filter((c) => c.role !== 'desc').reduce((s, c) => s + WIDTH[c.role], 0);
  let x = M;
  return o.columns.map(({ role, header }) => {
    const w = role === 'desc' ? total - fixed : WIDTH[role];
    const col = { role, header, x, w, right: NUMERIC.has(role) };
    x += w;
    return col;
  });
}

export async function renderOrderPdf(rng: Rng, o: Order): Promise<PdfOut> {
  const info = LOCALE_INFO[o.locale];
  const L = o.labels;
  const c = new Canvas(info.page, `${L.title} ${o.poNumber}`, o.axes.font);
  const right = c.w - M;

  // Letterhead and title.
  c.text(o.firm.name, M, M, { bold: true, size: 13 });
  let y = M + 18;
  for (const line of addrLines(o.firm.sites[0], o.lang, true).slice(1)) {
    c.text(line, M, y, { size: 8.5 });
    y += 10.5;
  }
  if (hasNoise(o, 'letterhead')) {
    c.text(letterheadLine(rng, o), M, y, { size: 7 });
    y += 10;
  }
  c.text(L.title, right, M, { bold: true, size: 16, align: 'right' });
  y += 10;

  const vendor: [string, string[]] = [L.vendor, addrLines(sellerAddr(o.locale), o.lang, true)];
  const parties: Array<[string, string[]]> = [vendor];
  if (o.shipTo) parties.push([L.shipTo, addrLines(o.shipTo, o.lang, o.showCountry)]);
  if (o.billTo) parties.push([L.billTo, addrLines(o.billTo, o.lang, o.showCountry)]);
  const ordered = rng.chance(0.5) ? parties : [...parties.slice(1), parties[0]];
  const pairs = headerPairs(o);
  const half = (c.w - 2 * M - 20) / 2;

  if (o.axes.fields === 'row') {
    y = rowFields(c, y, pairs);
    if (o.axes.blocks === 'boxes-row') y = boxesRow(c, y, ordered);
    else {
      const x = o.axes.blocks === 'left' ? M : M + half + 20;
      for (const [t, lines] of ordered) y = block(c, x, y, half, t, lines, true);
    }
  } else if (o.axes.blocks === 'boxes-row') {
    y = kvFields(c, M + half + 20, Math.max(y, M + 26), pairs, half);
    y = boxesRow(c, y, ordered);
  } else {
    const [ax, fx] = o.axes.blocks === 'left' ? [M, M + half + 20] : [M + half + 20, M];
    let ay = y;
    for (const [t, lines] of ordered) ay = block(c, ax, ay, half, t, lines, rng.chance(0.5));
    const fy = kvFields(c, fx, y + 4, pairs, half);
    y = Math.max(ay, fy);
  }

  // The item table.
  const cols = layoutColumns(o, c.w);
  const size = o.axes.font === 'courier' ? 7.5 : 8.5;
  const lh = size + 2.5;
  const pad = 3;
  const tableW = cols.reduce((s, k) => s + k.w, 0);
  const style = o.axes.tableStyle;
  const bottom = c.h - 70;
  let wrapped = false;
  const headerCells = cols.map((k) => c.wrap(k.header, k.w - 2 * pad, { bold: true, size }));
  const headerH = Math.max(...headerCells.map((h) => h.length)) * lh + 2 * pad;
  const drawHeader = (top: number): number => {
    if (style !== 'borderless') c.box(M, top, tableW, headerH, '#dddddd');
    cols.forEach((k, i) => headerCells[i].forEach((t, j) => c.text(t, k.right ? k.x + k.w - pad : k.x + pad, top + pad + j * lh, { bold: true, size, align: k.right ? 'right' : 'left' })));
    if (style === 'ruled') grid(c, cols, top, headerH);
    else c.hline(M, M + tableW, top + headerH, 0.8);
    return top + headerH;
  };
  y = drawHeader(y + 4);
  o.lines.forEach((line, i) => {
    const cells = cols.map((k) => (k.role === 'desc' ? c.wrap(line.desc, k.w - 2 * pad, { size }) : [cell(o, line, k.role)]));
    if (cells.some((t) => t.length > 1)) wrapped = true;
    const h = Math.max(...cells.map((t) => t.length)) * lh + 2 * pad;
    if (y + h > bottom) {
      c.doc.addPage();
      y = M;
      if (o.axes.pageHeader === 'repeat') {
        c.text(`${L.title} ${o.poNumber} (${L.continued})`, M, y, { bold: true, size: 10 });
        y = drawHeader(y + 20);
      }
    }
    if (style === 'zebra' && i % 2 === 1) c.box(M, y, tableW, h, '#eeeeee');
    cols.forEach((k, j) => cells[j].forEach((t, r) => c.text(t, k.right ? k.x + k.w - pad : k.x + pad, y + pad + r * lh, { size, align: k.right ? 'right' : 'left' })));
    if (style === 'ruled') grid(c, cols, y, h);
    y += h;
  });
  if (style !== 'ruled') c.hline(M, M + tableW, y, 0.5);

  // Totals, notes, signature, disclaimer.
  const totals = totalPairs(o);
  const tail: string[] = [];
  if (o.notes) tail.push(`${L.notes}: ${o.notes}`);
  if (hasNoise(o, 'signature')) tail.push(`${o.contact.name} · ${o.contact.title}`);
  if (hasNoise(o, 'disclaimer')) tail.push(...c.wrap(rng.pick(DISCLAIMERS[o.lang]), c.w - 2 * M, { size: 7 }));
  if (y + 14 * totals.length + 14 * tail.length + 20 > bottom) {
    c.doc.addPage();
    y = M;
  }
  y += 8;
  const tableRight = M + tableW;
  totals.forEach(([l, v], i) => {
    const last = i === totals.length - 1;
    c.text(l, tableRight - 90, y, { align: 'right', bold: last, size: 9 });
    c.text(v, tableRight - 4, y, { align: 'right', bold: last, size: 9 });
    y += 14;
  });
  y += 8;
  for (const t of tail) {
    c.text(t, M, y, { size: t.length > 90 ? 7 : 8.5 });
    y += 12;
  }
  const { bytes, pages } = await c.finish((cv, page, n) => {
    cv.text(`${L.page} ${page} ${L.of} ${n}`, cv.w / 2 - 20, cv.h - 40, { size: 8 });
  });
  return { bytes, pages, texts: c.texts, wrapped };
}

function boxesRow(c: Canvas, y: number, parties: Array<[string, string[]]>): number {
  const w = (c.w - 2 * M - 10 * (parties.length - 1)) / parties.length;
  return Math.max(...parties.map(([t, lines], i) => block(c, M + i * (w + 10), y, w, t, lines, true))) + 6;
}

function grid(c: Canvas, cols: Col[], y: number, h: number): void {
  const x1 = cols[cols.length - 1].x + cols[cols.length - 1].w;
  c.hline(M, x1, y);
  c.hline(M, x1, y + h);
  for (const k of cols) c.vline(k.x, y, y + h);
  c.vline(x1, y, y + h);
}
