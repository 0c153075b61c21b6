// Helpers for the holdout generator: seeded PRNG, number/date formatting, pdfkit cells,
// nodemailer MailComposer, zip timestamp pinning, truth objects and urgency rules.
// Written independently of samples/gen and src/ (only the zod schema is imported, in generate.ts).
import PDFDocument from 'pdfkit';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createHash } from 'node:crypto';

// ---------------------------------------------------------------- PRNG

export class Rng {
  private s: number;
  constructor(seed: string) {
    const h = createHash('sha256').update(seed).digest();
    this.s = h.readUInt32LE(0) || 1;
  }
  next(): number {
    // mulberry32
    let t = (this.s = (this.s + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)];
    return s;
  }
  alnum(n: number): string {
    const a = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
    let s = '';
    for (let i = 0; i < n; i++) s += a[this.int(0, a.length - 1)];
    return s;
  }
}

// ---------------------------------------------------------------- numbers

export const r2 = (n: number): number => Math.round((n + Math.sign(n) * 1e-9) * 100) / 100;

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

export type NumStyle = 'us' | 'eu' | 'fr' | 'plain';

/** money-style number with fixed decimals: us 1,234.50 / eu 1.234,50 / fr 1 234,50 / plain 1234.50 */
export function money(n: number, style: NumStyle, dec = 2): string {
  const neg = n < 0;
  const [i, f] = Math.abs(n).toFixed(dec).split('.');
  const body =
    style === 'us' ? `${group(i, ',')}${f ? '.' + f : ''}`
    : style === 'eu' ? `${group(i, '.')}${f ? ',' + f : ''}`
    : style === 'fr' ? `${group(i, ' ')}${f ? ',' + f : ''}`
    : `${i}${f ? '.' + f : ''}`;
  return (neg ? '-' : '') + body;
}

/** quantity with only the decimals it needs */
export function qty(n: number, style: NumStyle): string {
  const s = Number.isInteger(n) ? String(n) : String(n);
  if (style === 'eu' || style === 'fr') return s.replace('.', ',');
  return s;
}

// ---------------------------------------------------------------- dates

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export type DateStyle =
  | 'us' | 'us-short' | 'uk' | 'de' | 'ordinal' | 'dmy-mon' | 'ymd-slash' | 'long-us' | 'long-uk' | 'mon-abbr'
  | 'de-long' | 'fr-long' | 'es-long' | 'es' | 'fr';

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  return `${d}${({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[d % 10] ?? 'th'}`;
}

export function fdate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'us': return `${mm}/${dd}/${y}`;
    case 'us-short': return `${m}/${d}/${y}`;
    case 'uk': case 'es': case 'fr': return `${dd}/${mm}/${y}`;
    case 'de': return `${dd}.${mm}.${y}`;
    case 'ordinal': return `${MON_EN[m - 1]} ${ordinal(d)}, ${y}`;
    case 'dmy-mon': return `${dd}-${MON_EN[m - 1].slice(0, 3)}-${String(y).slice(2)}`;
    case 'ymd-slash': return `${y}/${mm}/${dd}`;
    case 'long-us': return `${MON_EN[m - 1]} ${d}, ${y}`;
    case 'long-uk': return `${d} ${MON_EN[m - 1]} ${y}`;
    case 'mon-abbr': return `${MON_EN[m - 1].slice(0, 3)} ${d}, ${y}`;
    case 'de-long': return `${d}. ${MON_DE[m - 1]} ${y}`;
    case 'fr-long': return `${d} ${MON_FR[m - 1]} ${y}`;
    case 'es-long': return `${d} de ${MON_ES[m - 1]} de ${y}`;
  }
}

const DAY = 86400000;
const dayNum = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;

export function calendarDays(fromIso: string, toIso: string): number {
  return dayNum(toIso) - dayNum(fromIso);
}
export function businessDays(fromIso: string, toIso: string): number {
  let n = 0;
  for (let d = dayNum(fromIso) + 1; d <= dayNum(toIso); d++) {
    const wd = new Date(d * DAY).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
export const weekday = (iso: string): string => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(dayNum(iso) * DAY).getUTCDay()];

// ---------------------------------------------------------------- urgency

export type Level = 'urgent' | 'high' | 'normal';
const RANK: Record<Level, number> = { normal: 0, high: 1, urgent: 2 };

export interface UrgencyInput {
  /** what the words say: a level plus the phrase and where it stands; 'negated' = a negation such as "no rush" */
  words?: { level: Level | 'negated'; text: string; where: string }[];
  receivedDate: string | null; // null for bare files (none here)
  requested: string | null;
}

export function urgency(u: UrgencyInput): { level: Level; reasons: string[] } {
  let level: Level = 'normal';
  const reasons: string[] = [];
  const words = u.words ?? [];
  for (const w of words) {
    if (w.level === 'negated') {
      reasons.push(`negated phrase "${w.text}" in the ${w.where}: not an urgency signal`);
      continue;
    }
    if (RANK[w.level] > RANK[level]) level = w.level;
    reasons.push(`${w.level === 'urgent' ? 'urgent' : 'priority'} wording "${w.text}" in the ${w.where}`);
  }
  if (u.requested && u.receivedDate) {
    const cd = calendarDays(u.receivedDate, u.requested);
    const bd = businessDays(u.receivedDate, u.requested);
    let dl: Level = 'normal';
    if (cd <= 0 || bd <= 2) dl = 'urgent';
    else if (cd <= 7) dl = 'high';
    const what = `requested delivery ${u.requested} (${weekday(u.requested)}) is ${cd} calendar / ${bd} business days after receipt on ${u.receivedDate} (${weekday(u.receivedDate)})`;
    if (dl === 'urgent') reasons.push(`${what}: at most 2 business days`);
    else if (dl === 'high') reasons.push(`${what}: within 3-7 calendar days`);
    else reasons.push(`${what}: more than 7 days`);
    if (RANK[dl] > RANK[level]) level = dl;
  } else {
    reasons.push('no requested delivery date');
  }
  if (!words.some((w) => w.level !== 'negated')) reasons.unshift('no urgency words');
  return { level, reasons };
}

// ---------------------------------------------------------------- truth shapes

export interface Addr { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null }
export interface Line {
  lineNo: number | null; sku: string | null; catalogSku: null; description: string | null;
  quantity: number; unit: string | null; unitPrice: number | null; amount: number | null; confidence: 1;
}
export interface Buyer { company: string | null; contactName: string | null; email: string | null; phone: string | null; customerId: null }
export interface Order {
  poNumber: string | null; orderDate: string | null; requestedDeliveryDate: string | null;
  buyer: Buyer; shipTo: Addr | null; billTo: Addr | null; currency: string | null; lines: Line[];
  subtotal: number | null; tax: number | null; shipping: number | null; total: number | null;
  paymentTerms: string | null; shippingMethod: string | null; notes: string | null;
  urgency: { level: Level; reasons: string[] }; confidence: 1; needsReview: boolean; reviewReasons: string[];
}
export interface Doc { name: string; mediaType: string; method: 'text' | 'pdf-text' | 'spreadsheet'; pages: number | null }

export function addr(name: string | null, street: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Addr {
  return { name, street, city, region, postalCode, country };
}

/** an item as the buyer means it; `disc` percent; `price` null = no price written */
export interface Item { sku: string | null; desc: string | null; qty: number; unit: string | null; price: number | null; disc?: number; amount?: number | null; lineNo?: number | null }

export function toLine(it: Item, i: number, numbered: boolean | 'tens' = true): Line {
  const amount = it.amount !== undefined ? it.amount : it.price == null ? null : r2(it.qty * it.price * (1 - (it.disc ?? 0) / 100));
  const lineNo = it.lineNo !== undefined ? it.lineNo : numbered === 'tens' ? (i + 1) * 10 : numbered ? i + 1 : null;
  return { lineNo, sku: it.sku, catalogSku: null, description: it.desc, quantity: it.qty, unit: it.unit, unitPrice: it.price, amount, confidence: 1 };
}

export const lineAmount = (it: Item): number => r2(it.qty * (it.price ?? 0) * (1 - (it.disc ?? 0) / 100));
export const sumAmounts = (items: Item[]): number => r2(items.reduce((a, it) => a + (it.amount ?? lineAmount(it)), 0));

// ---------------------------------------------------------------- pdf

export const FIXED_PDF_DATE = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));

export interface Pdf {
  doc: PDFKit.PDFDocument;
  /** every string drawn, for self-checks */
  drawn: string[];
  T: (s: string, x: number, y: number, o?: TOpts) => void;
  done: () => Promise<Buffer>;
}
export interface TOpts { size?: number; font?: 'R' | 'B' | 'I'; color?: string; align?: 'left' | 'right' | 'center' }

export function newPdf(size: 'LETTER' | 'A4', title: string, author: string): Pdf {
  const doc = new PDFDocument({ size, margin: 0, info: { Title: title, Author: author, Creator: author, Producer: 'PO Writer 3', CreationDate: FIXED_PDF_DATE, ModDate: FIXED_PDF_DATE } as PDFKit.DocumentInfo });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));
  const drawn: string[] = [];
  const T = (s: string, x: number, y: number, o: TOpts = {}): void => {
    if (s === '') return;
    drawn.push(s);
    doc.font(o.font === 'B' ? 'Helvetica-Bold' : o.font === 'I' ? 'Helvetica-Oblique' : 'Helvetica').fontSize(o.size ?? 9).fillColor(o.color ?? '#000000');
    let xx = x;
    if (o.align === 'right') xx = x - doc.widthOfString(s);
    else if (o.align === 'center') xx = x - doc.widthOfString(s) / 2;
    doc.text(s, xx, y, { lineBreak: false });
  };
  return {
    doc,
    drawn,
    T,
    done: () => {
      doc.end();
      return ended;
    },
  };
}

export function pdfPages(buf: Buffer): number {
  return (buf.toString('latin1').match(/\/Type \/Page(?![s\w])/g) ?? []).length;
}

// ---------------------------------------------------------------- email

export const NORTHWIND = { name: 'Northwind Industrial Supply', address: 'orders@northwind-supply.example' };

export interface MailSpec {
  from: { name: string; address: string };
  to?: { name: string; address: string };
  cc?: { name: string; address: string };
  subject: string;
  date: Date;
  messageId: string;
  text?: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  inReplyTo?: string;
  headers?: Record<string, string>;
}

export function buildEml(m: MailSpec, boundarySeed: string): Promise<Buffer> {
  const composer = new MailComposer({
    from: m.from,
    to: m.to ?? NORTHWIND,
    cc: m.cc,
    subject: m.subject,
    date: m.date,
    messageId: m.messageId,
    text: m.text,
    html: m.html,
    inReplyTo: m.inReplyTo,
    references: m.inReplyTo,
    headers: m.headers,
    attachments: m.attachments,
    baseBoundary: createHash('sha1').update(boundarySeed).digest('hex').slice(0, 16),
    boundaryPrefix: '----=_hx',
  } as ConstructorParameters<typeof MailComposer>[0]);
  return new Promise((res, rej) => composer.compile().build((err: Error | null, out: Buffer) => (err ? rej(err) : res(out))));
}

// ---------------------------------------------------------------- zip (xlsx) timestamps

/** pin every DOS date/time in a zip (local headers + central directory) so .xlsx bytes are stable */
export function pinZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const TIME = (9 << 11) | (0 << 5) | 0; // 09:00:00
  const DATE = ((2026 - 1980) << 9) | (3 << 5) | 1; // 2026-03-01
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) if (out.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error('not a zip');
  const n = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let k = 0; k < n; k++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    out.writeUInt16LE(TIME, p + 12);
    out.writeUInt16LE(DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.writeUInt16LE(TIME, local + 10);
    out.writeUInt16LE(DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

// ---------------------------------------------------------------- samples and orders

export interface Sample {
  file: string;
  mail: MailSpec;
  docs: Doc[];
  isPO: boolean;
  orders: Order[];
  notes: string[];
  /** every text the sample shows (PDF strings, body, cells), for self-checks */
  texts: string[];
}

export interface OrderSpec {
  po: string | null;
  orderDate?: string | null;
  requested?: string | null;
  buyer: { company: string | null; contactName: string | null; email: string | null; phone: string | null };
  shipTo?: Addr | null;
  billTo?: Addr | null;
  currency: string | null;
  items: Item[];
  numbered?: boolean | 'tens';
  totals?: 'full' | 'total-only' | 'none';
  taxRate?: number;
  taxOnShipping?: boolean;
  shipping?: number | null;
  /** printed values that differ from the arithmetic (deliberate inconsistency) */
  printedTotal?: number;
  terms?: string | null;
  method?: string | null;
  notes?: string | null;
  words?: UrgencyInput['words'];
  received: string;
  expect: Level;
  review?: string[];
}

export function mkOrder(s: OrderSpec): Order {
  const lines = s.items.map((it, i) => toLine(it, i, s.numbered ?? true));
  const sum = r2(lines.reduce((a, l) => a + (l.amount ?? 0), 0));
  let subtotal: number | null = null, tax: number | null = null, shipping: number | null = null, total: number | null = null;
  const mode = s.totals ?? 'full';
  if (mode === 'total-only') subtotal = total = sum;
  else if (mode === 'full') {
    subtotal = sum;
    shipping = s.shipping ?? null;
    tax = s.taxRate != null ? r2((subtotal + (s.taxOnShipping ? shipping ?? 0 : 0)) * s.taxRate) : null;
    total = s.printedTotal ?? r2(subtotal + (tax ?? 0) + (shipping ?? 0));
  }
  const review = [...(s.review ?? [])];
  if (s.po == null) review.push('no purchase order number');
  if (lines.length > 0 && lines.every((l) => l.unitPrice == null)) review.push('no prices');
  const u = urgency({ words: s.words, receivedDate: s.received, requested: s.requested ?? null });
  if (u.level !== s.expect) throw new Error(`urgency for ${s.po}: computed ${u.level}, intended ${s.expect}: ${u.reasons.join('; ')}`);
  return {
    poNumber: s.po,
    orderDate: s.orderDate ?? null,
    requestedDeliveryDate: s.requested ?? null,
    buyer: { ...s.buyer, customerId: null },
    shipTo: s.shipTo ?? null,
    billTo: s.billTo ?? null,
    currency: s.currency,
    lines,
    subtotal, tax, shipping, total,
    paymentTerms: s.terms ?? null,
    shippingMethod: s.method ?? null,
    notes: s.notes ?? null,
    urgency: u,
    confidence: 1,
    needsReview: review.length > 0,
    reviewReasons: review,
  };
}

export function hr(p: Pdf, x1: number, x2: number, y: number, w = 0.5, color = '#000000'): void {
  p.doc.moveTo(x1, y).lineTo(x2, y).lineWidth(w).strokeColor(color).stroke();
}
export function rect(p: Pdf, x: number, y: number, w: number, h: number, o: { stroke?: string; fill?: string; lw?: number } = {}): void {
  p.doc.rect(x, y, w, h);
  if (o.fill && o.stroke) p.doc.lineWidth(o.lw ?? 0.5).fillAndStroke(o.fill, o.stroke);
  else if (o.fill) p.doc.fill(o.fill);
  else p.doc.lineWidth(o.lw ?? 0.5).strokeColor(o.stroke ?? '#000000').stroke();
}

/** a receipt time on a fixed day, minutes/seconds from the sample's PRNG */
export function at(day: string, rng: Rng, hourLo = 7, hourHi = 16): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, rng.int(hourLo, hourHi), rng.int(0, 59), rng.int(0, 59)));
}
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function messageId(rng: Rng, domain: string, style: 'outlook' | 'gmail' | 'plain' | 'apple'): string {
  switch (style) {
    case 'outlook': return `<${rng.alnum(4)}PR${rng.int(10, 99)}MB${rng.int(1000, 9999)}${rng.alnum(6)}@${domain}>`;
    case 'gmail': return `<CA+${rng.alnum(10)}${rng.hex(6)}-${rng.alnum(8)}@mail.${domain}>`;
    case 'apple': return `<${rng.hex(8).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(4).toUpperCase()}-${rng.hex(12).toUpperCase()}@${domain}>`;
    default: return `<${rng.hex(16)}.${rng.int(100000, 999999)}@${domain}>`;
  }
}
