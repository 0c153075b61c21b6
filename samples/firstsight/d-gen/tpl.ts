// Document templates built on lib.ts: a configurable purchase-order PDF, text tables for mail
// bodies, simple HTML tables, the seller's identity.
import {
  Doc, Fonts, HELV, L, NumStyle, PdfMeta, Row, addrBlock, footers, kv, newPdf, num, pdfBuffer, qty, table, textLines, totalsBlock, amt,
} from './lib.ts';

export const SELLER = {
  name: 'Brightwater Laboratory Supply',
  mail: 'orders@brightwaterlab.com',
  us: ['Brightwater Lab Supply Inc.', '4100 Commerce Parkway', 'Columbus, OH 43219'],
  eu: ['Brightwater Laboratory Supply B.V.', 'Waalhaven Z.z. 41', '3089 JH Rotterdam', 'Nederland'],
  uk: ['Brightwater Lab Supply Ltd', 'Unit 7, Thorp Arch Estate', 'Wetherby LS23 7FZ'],
};
export const TO_ORDERS = `Brightwater Orders <${SELLER.mail}>`;

export interface LX extends L { cust?: string; our?: string; note?: string; date?: string; extra?: Record<string, string> }
export interface ColDef { h: string; w: number; a?: 'left' | 'right' | 'center'; get: (l: LX, i: number) => string }
export const C = {
  no: (h: string, w: number, f: (n: number) => string = (n) => String(n)): ColDef => ({ h, w, a: 'center', get: (l) => (l.lineNo == null ? '' : f(l.lineNo)) }),
  sku: (h: string, w: number): ColDef => ({ h, w, get: (l) => l.sku ?? '' }),
  cust: (h: string, w: number): ColDef => ({ h, w, get: (l) => l.cust ?? '' }),
  our: (h: string, w: number): ColDef => ({ h, w, get: (l) => l.our ?? '' }),
  desc: (h: string, w: number): ColDef => ({ h, w, get: (l) => l.description ?? '' }),
  qty: (h: string, w: number, st: NumStyle = 'us', dec?: number): ColDef => ({ h, w, a: 'right', get: (l) => (dec === undefined ? qty(l.quantity, st) : num(l.quantity, st, dec)) }),
  unit: (h: string, w: number, show?: (u: string) => string): ColDef => ({ h, w, a: 'center', get: (l) => (l.unit ? (show ? show(l.unit) : l.unit) : '') }),
  price: (h: string, w: number, st: NumStyle = 'us', dec = 2, nullText = ''): ColDef => ({ h, w, a: 'right', get: (l) => (l.unitPrice == null ? nullText : num(l.unitPrice, st, dec)) }),
  disc: (h: string, w: number, st: NumStyle = 'us'): ColDef => ({ h, w, a: 'right', get: (l) => (l.disc ? num(l.disc, st, l.disc % 1 ? 1 : 0) + '%' : '') }),
  amount: (h: string, w: number, st: NumStyle = 'us', nullText = ''): ColDef => ({ h, w, a: 'right', get: (l) => (l.unitPrice == null && l.amount == null ? nullText : num(amt(l), st, 2)) }),
  date: (h: string, w: number, f: (iso: string) => string): ColDef => ({ h, w, a: 'center', get: (l) => (l.date ? f(l.date) : '') }),
  x: (h: string, w: number, key: string, a: 'left' | 'right' | 'center' = 'left'): ColDef => ({ h, w, a, get: (l) => l.extra?.[key] ?? '' }),
  fn: (h: string, w: number, get: (l: LX, i: number) => string, a: 'left' | 'right' | 'center' = 'left'): ColDef => ({ h, w, a, get }),
};

export interface StdPO {
  meta: PdfMeta;
  size?: 'LETTER' | 'A4';
  fonts?: Fonts;
  fs?: number;
  accent?: string; // header fill colour
  letterhead: { name: string; lines: string[]; align?: 'left' | 'center' | 'right'; size?: number };
  title: string;
  titleAlign?: 'left' | 'center' | 'right';
  metaPairs: [string, string][];
  metaLabelW?: number;
  addresses: { layout: 'side' | 'stacked' | 'boxed' | 'oneline'; blocks: { h: string; lines: string[] }[] };
  before?: string[];
  cols: ColDef[];
  lines: LX[];
  grid?: boolean;
  zebra?: string;
  totals: [string, string][];
  totalsLabelW?: number;
  after?: string[];
  fine?: string[];
  sign?: string[];
  footer?: (p: number, n: number) => string;
  rowsFirstPage?: number;
  rowsPerPage?: number;
  pageSubtotal?: (idx: number[]) => [string, string];
  carryForward?: (idx: number[]) => [string, string];
  repeatHead?: (p: number) => string[]; // lines printed atop continued pages
  topLine?: string; // e.g. a fax transmission header
  stamp?: { text: string; x: number; y: number; angle: number; color?: string };
}

export async function stdPO(s: StdPO): Promise<Buffer> {
  const f = s.fonts ?? HELV;
  const fs = s.fs ?? 9;
  const doc = newPdf(s.meta, s.size ?? 'LETTER', 40);
  const L = doc.page.margins.left;
  const W = doc.page.width - L - doc.page.margins.right;
  let y = doc.page.margins.top;
  if (s.topLine) doc.font('Courier').fontSize(8).text(s.topLine, L, 16, { width: W, lineBreak: false });
  if (s.stamp) {
    doc.save().rotate(s.stamp.angle, { origin: [s.stamp.x, s.stamp.y] }).font(f.bold).fontSize(16).fillColor(s.stamp.color ?? '#2a4fa8').text(s.stamp.text, s.stamp.x, s.stamp.y, { lineBreak: false }).restore();
    doc.fillColor('black');
  }
  // letterhead
  const la = s.letterhead.align ?? 'left';
  doc.font(f.bold).fontSize(s.letterhead.size ?? 15).text(s.letterhead.name, L, y, { width: la === 'left' ? W * 0.55 : W, align: la });
  y += doc.heightOfString(s.letterhead.name, { width: la === 'left' ? W * 0.55 : W }) + 2;
  y = textLines(doc, L, y, s.letterhead.lines, { font: f.reg, size: fs - 0.5, width: la === 'left' ? W * 0.55 : W, align: la });
  // title + meta
  let my: number;
  if (la === 'left') {
    doc.font(f.bold).fontSize(16).text(s.title, L + W * 0.55, doc.page.margins.top, { width: W * 0.45, align: s.titleAlign ?? 'right' });
    my = doc.page.margins.top + 24;
    const lw = s.metaLabelW ?? 95;
    my = kv(doc, L + W - lw - 120, my, s.metaPairs, { fonts: f, size: fs, labelW: lw, valueW: 120 });
    y = Math.max(y, my) + 10;
  } else {
    y += 8;
    doc.font(f.bold).fontSize(16).text(s.title, L, y, { width: W, align: s.titleAlign ?? 'center' });
    y += 24;
    const lw = s.metaLabelW ?? 95;
    y = kv(doc, L, y, s.metaPairs, { fonts: f, size: fs, labelW: lw, valueW: 200 }) + 8;
  }
  // addresses
  const A = s.addresses;
  if (A.layout === 'side' || A.layout === 'boxed') {
    const n = A.blocks.length;
    const gap = 12;
    const bw = (W - gap * (n - 1)) / n;
    let maxY = y;
    A.blocks.forEach((b, i) => {
      const yy = addrBlock(doc, L + i * (bw + gap), y, bw, b.h, b.lines, { fonts: f, size: fs, box: A.layout === 'boxed', headFill: A.layout === 'boxed' ? s.accent ?? '#e6e6e6' : undefined });
      maxY = Math.max(maxY, yy);
    });
    y = maxY + 10;
  } else if (A.layout === 'stacked') {
    for (const b of A.blocks) y = addrBlock(doc, L, y, W * 0.6, b.h, b.lines, { fonts: f, size: fs }) + 4;
    y += 6;
  } else {
    for (const b of A.blocks) {
      doc.font(f.bold).fontSize(fs).text(b.h + ' ', L, y, { continued: true }).font(f.reg).text(b.lines.join(', '), { width: W });
      y = doc.y + 3;
    }
    y += 8;
  }
  if (s.before?.length) y = textLines(doc, L, y, s.before, { font: f.reg, size: fs, width: W, gap: 2 }) + 6;
  // table
  const rows: Row[] = s.lines.map((l, i) => ({ cells: s.cols.map((c) => c.get(l, i)), note: l.note }));
  const fixed = s.cols.reduce((a, c) => a + c.w, 0);
  const cols = s.cols.map((c) => ({ h: c.h, w: c.w === 0 ? W - fixed : c.w, a: c.a }));
  const tw = cols.reduce((a, c) => a + c.w, 0);
  if (Math.abs(tw - W) > 1) throw new Error(`table width ${tw} != ${W} in ${s.meta.title}`);
  y = table(doc, y, cols, rows, {
    fonts: f,
    size: fs,
    grid: s.grid,
    rule: !s.grid,
    headFill: s.accent ?? (s.grid ? '#dddddd' : null),
    zebra: s.zebra ?? null,
    rowsFirstPage: s.rowsFirstPage,
    rowsPerPage: s.rowsPerPage,
    pageSubtotal: s.pageSubtotal,
    carryForward: s.carryForward,
    repeatHead: s.repeatHead
      ? (d: Doc, p: number) => textLines(d, L, d.page.margins.top, s.repeatHead!(p), { font: f.bold, size: fs, width: W }) + 8
      : undefined,
  });
  if (s.totals.length) y = totalsBlock(doc, y, s.totals, { fonts: f, size: fs, labelW: s.totalsLabelW ?? 140, valueW: 85 });
  y += 8;
  if (s.after?.length) {
    if (y > doc.page.height - 140) { doc.addPage(); y = doc.page.margins.top; }
    y = textLines(doc, L, y, s.after, { font: f.reg, size: fs, width: W, gap: 2 }) + 6;
  }
  if (s.sign?.length) {
    if (y > doc.page.height - 120) { doc.addPage(); y = doc.page.margins.top; }
    y = textLines(doc, L, y + 6, s.sign, { font: f.reg, size: fs, width: W * 0.5 }) + 6;
  }
  if (s.fine?.length) {
    if (y > doc.page.height - 110) { doc.addPage(); y = doc.page.margins.top; }
    y = textLines(doc, L, Math.max(y, doc.page.height - 60 - s.fine.length * 18), s.fine, { font: f.reg, size: 6.5, width: W, gap: 1 });
  }
  if (s.footer) footers(doc, s.footer, { font: f.reg });
  return pdfBuffer(doc);
}

/** fixed-width text table for mail bodies */
export function textTable(head: string[], rows: string[][], align: ('l' | 'r')[], sep = '  '): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (align[i] === 'r' ? c.padStart(w[i]) : c.padEnd(w[i]))).join(sep).trimEnd();
  return [fmt(head), w.map((n) => '-'.repeat(n)).join(sep), ...rows.map(fmt)].join('\n');
}
export function htmlTable(head: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const th = head.map((h) => `<th style="border:1px solid #999;padding:3px 6px;background:#eee">${h}</th>`).join('');
  const tr = rows
    .map((r) => '<tr>' + r.map((c, i) => `<td style="border:1px solid #999;padding:3px 6px${align[i] === 'r' ? ';text-align:right' : ''}">${c}</td>`).join('') + '</tr>')
    .join('\n');
  return `<table style="border-collapse:collapse;font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<tr>${th}</tr>\n${tr}\n</table>`;
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function htmlWrap(inner: string): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n${inner}\n</body></html>`;
}
export const P = (s: string) => `<p>${s.split('\n').map(esc).join('<br>\n')}</p>`;

export interface Ctx { file: string }
export interface Case {
  name: string;
  ext: 'eml' | 'pdf' | 'xlsx' | 'csv' | 'tif' | 'jpg' | 'png' | 'txt';
  kind: string; // for the MANIFEST
  lang: string;
  what: string;
  build: (ctx: Ctx) => Promise<{ data: Buffer; truth: unknown }>;
}
export const negative = (source: unknown) => ({ source, isPurchaseOrder: false, orders: [] });
export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
