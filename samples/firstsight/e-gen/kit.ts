// Shared pieces for the set-e inputs: our entities, receipt dates, urgency rules,
// the item registry the generator writes out, and an SVG purchase-order page for scans.
import { Order, Mail, buildMail, truthOrder, svgPage, SvgText, money, qtyFmt, dfmt, Loc, DFmt, settle, priceDp, Line } from './lib.ts';

export const KESTREL = {
  us: ['Kestrel Packaging Inc.', '2200 Westinghouse Blvd', 'Charlotte, NC 28273', 'USA'],
  ca: ['Kestrel Packaging Canada Ltd', '6750 Kitimat Road, Unit 4', 'Mississauga, ON L5N 5M3', 'Canada'],
  de: ['Kestrel Verpackung GmbH', 'Billbrookdeich 210', '22113 Hamburg', 'Deutschland'],
  es: ['Kestrel Embalajes S.L.', 'Carrer de la Closa de Sant Joan 14', '46470 Catarroja (Valencia)', 'España'],
};
export const ORDERS = 'orders@kestrelpack.com';

export interface Item { name: string; bytes: Buffer; truth: unknown }
export const items: Item[] = [];

export interface Recv { rfc: string; iso: string; day: string }
/** A receipt moment: local time with its UTC offset (e.g. '-05:00'). */
export function at(day: string, time: string, off: string): Recv {
  const d = new Date(`${day}T${time}${off}`);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${day}T12:00:00Z`).getUTCDay()];
  const [y, m, dd] = day.split('-');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(m) - 1];
  return { rfc: `${wd}, ${dd} ${mon} ${y} ${time} ${off.replace(':', '')}`, iso: d.toISOString().replace('.000Z', 'Z'), day };
}

type Level = 'urgent' | 'high' | 'normal';
const rank = { normal: 0, high: 1, urgent: 2 } as const;
function addDays(iso: string, n: number) { const d = new Date(iso + 'T12:00:00Z'); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); }
function plusBusinessDays(iso: string, n: number) {
  let d = iso;
  while (n > 0) { d = addDays(d, 1); const wd = new Date(d + 'T12:00:00Z').getUTCDay(); if (wd !== 0 && wd !== 6) n--; }
  return d;
}
/** The contract README's urgency rules: phrases and the requested date against the receipt day. */
export function urg(recv: string | null, req: string | null, phrase?: { level: Level; text: string; where: string }) {
  let level: Level = 'normal';
  const reasons: string[] = [];
  if (phrase) {
    if (phrase.level === 'normal') reasons.push(`negated urgency "${phrase.text}" in the ${phrase.where}`);
    else { level = phrase.level; reasons.push(`${phrase.level === 'urgent' ? 'urgent' : 'priority'} wording "${phrase.text}" in the ${phrase.where}`); }
  }
  if (recv && req) {
    if (req <= plusBusinessDays(recv, 2)) { level = 'urgent'; reasons.push(`requested delivery ${req} is at most 2 business days after receipt ${recv}`); }
    else if (req <= addDays(recv, 7) && req >= addDays(recv, 3)) {
      if (rank[level] < 1) level = 'high';
      reasons.push(`requested delivery ${req} is 3 to 7 days after receipt ${recv}`);
    }
  }
  if (!reasons.length) reasons.push('no urgency wording; requested date, if any, is more than 7 days out');
  return { level, reasons };
}

export interface Doc { name: string; mediaType: string; method: 'text' | 'pdf-text' | 'ocr' | 'spreadsheet' | 'edi' | 'skipped'; pages?: number | null }
export function email(name: string, m: Mail, recv: Recv, orders: Order[], docs: Doc[]) {
  m.date = recv.rfc;
  const bytes = buildMail(m);
  const fromAddr = (m.from.match(/<([^>]+)>/)?.[1] ?? m.from).toLowerCase();
  items.push({ name, bytes, truth: {
    source: { kind: 'email', messageId: `<${m.messageId}>`, from: fromAddr, subject: m.subject, receivedAt: recv.iso, file: name,
      documents: docs.map((d) => ({ name: d.name, mediaType: d.mediaType, method: d.method, pages: d.pages ?? null })) },
    isPurchaseOrder: orders.length > 0,
    orders: orders.map(truthOrder),
  } });
  return bytes;
}
export function file(name: string, bytes: Buffer, orders: Order[], doc: Doc) {
  items.push({ name, bytes, truth: {
    source: { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file: name,
      documents: [{ name: doc.name, mediaType: doc.mediaType, method: doc.method, pages: doc.pages ?? null }] },
    isPurchaseOrder: orders.length > 0,
    orders: orders.map(truthOrder),
  } });
}
export const bodyDoc: Doc = { name: 'body', mediaType: 'text/plain', method: 'text' };
export const htmlDoc: Doc = { name: 'body', mediaType: 'text/html', method: 'text' };

// ---------- an order page drawn as SVG (1240 x 1754 px = A4 at 150 dpi) for scans ----------
export interface SvgCol { key: 'no' | 'sku' | 'bp' | 'desc' | 'qty' | 'unit' | 'price' | 'amount' | 'date' | 'qtyunit'; label: string; x: number; anchor?: 'start' | 'end' }
export interface SvgPo {
  loc: Loc; df: DFmt; font?: string; mono?: boolean; title: string; head: string[]; meta: [string, string][];
  blocks: { label: string; lines: string[]; x: number }[]; cols: SvgCol[]; totals: [string, number][]; after: string[];
  top?: string; grid?: boolean; size?: number; cur?: string;
}
export function svgPo(o: Order, s: SvgPo): Buffer {
  settle(o);
  const T: SvgText[] = []; const Ls: [number, number, number, number, number?][] = [];
  const fz = s.size ?? 24; const mono = s.mono; const font = s.font;
  const put = (x: number, y: number, t: string, extra: Partial<SvgText> = {}) => T.push({ x, y, t, size: fz, mono, font, ...extra });
  let y = 70;
  if (s.top) { put(60, 40, s.top, { size: 18, mono: true }); }
  put(80, y + 20, s.head[0], { size: fz + 14, bold: true });
  s.head.slice(1).forEach((h, i) => put(80, y + 56 + i * (fz + 6), h, { size: fz - 2 }));
  put(1160, y + 20, s.title, { size: fz + 12, bold: true, anchor: 'end' });
  s.meta.forEach(([k, v], i) => { put(760, y + 64 + i * (fz + 10), k, { bold: true }); put(1160, y + 64 + i * (fz + 10), v, { anchor: 'end' }); });
  y = Math.max(y + 56 + s.head.length * (fz + 6), y + 64 + s.meta.length * (fz + 10)) + 30;
  let by = y;
  for (const b of s.blocks) {
    put(b.x, y, b.label, { bold: true });
    b.lines.forEach((l, i) => put(b.x, y + (i + 1) * (fz + 8), l));
    by = Math.max(by, y + (b.lines.length + 1) * (fz + 8));
  }
  y = by + 30;
  Ls.push([70, y - fz - 6, 1170, y - fz - 6, 2]);
  for (const c of s.cols) put(c.key === 'desc' || c.anchor === 'start' || !c.anchor ? c.x : c.x, y, c.label, { bold: true, anchor: c.anchor });
  Ls.push([70, y + 12, 1170, y + 12, 2]);
  y += fz + 22;
  for (const l of o.lines) {
    const descLines = l.desc.includes('\u2028') ? l.desc.split('\u2028') : [l.desc];
    for (const c of s.cols) {
      const v = svgCell(l, c.key, s.loc, s.df);
      if (c.key === 'desc') descLines.forEach((d, i) => put(c.x, y + i * (fz + 6), d));
      else put(c.x, y, v, { anchor: c.anchor });
    }
    y += descLines.length * (fz + 6) + 12;
    if (s.grid) Ls.push([70, y - fz, 1170, y - fz, 1]);
  }
  Ls.push([70, y - fz + 4, 1170, y - fz + 4, 2]);
  y += 20;
  for (const [k, v] of s.totals) { put(900, y, k, { anchor: 'end', bold: true }); put(1160, y, money(v, s.loc) + (s.cur ? ' ' + s.cur : ''), { anchor: 'end' }); y += fz + 12; }
  y += 20;
  for (const a of s.after) { put(80, y, a, { size: fz - 2 }); y += fz + 6; }
  return svgPage(1240, 1754, T, Ls);
}
function svgCell(l: Line, k: SvgCol['key'], loc: Loc, df: DFmt) {
  switch (k) {
    case 'no': return l.no != null ? String(l.no) : '';
    case 'sku': return l.sku ?? '';
    case 'bp': return l.bp ?? '';
    case 'desc': return l.desc;
    case 'qty': return qtyFmt(l.qty, loc);
    case 'unit': return l.unit ?? '';
    case 'qtyunit': return `${qtyFmt(l.qty, loc)} ${l.unit ?? ''}`.trim();
    case 'price': return l.price != null ? money(l.price, loc, priceDp(l.price)) : '';
    case 'amount': return l.amount != null ? money(l.amount, loc) : '';
    case 'date': return l.date ? dfmt(l.date, df) : '';
  }
}
/** Descriptions in the truth join wrapped lines with a space; scans mark the wrap with U+2028. */
export function unwrapDescs(o: Order) { for (const l of o.lines) l.desc = l.desc.replace(/\u2028/g, ' '); return o; }
