// Helpers for the second holdout set: money formats, urgency labels, PDF drawing, mail building,
// spreadsheet zip pinning and the truth builder. Written without reading src/ or the other generators.
import MailComposer from 'nodemailer/lib/mail-composer';
import PDFDocument from 'pdfkit';
import { extractionResultSchema } from '../../src/domain/draft-order.ts';

export const NORTHWIND = '"Northwind Industrial Supply" <orders@northwind-supply.example>';
export const FIXED_PDF_DATE = new Date(Date.UTC(2026, 2, 1, 9, 0, 0));

// ---------------------------------------------------------------- numbers

export const r2 = (n: number): number => Math.round(n * 100 + (n >= 0 ? 1e-7 : -1e-7)) / 100;
export const sum = (xs: number[]): number => r2(xs.reduce((a, b) => a + b, 0));

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function split(n: number, decimals = 2): [string, string] {
  const [i, d] = Math.abs(n).toFixed(decimals).split('.');
  return [(n < 0 ? '-' : '') + i, d ?? ''];
}
/** 1,234.50 */
export const us = (n: number, decimals = 2): string => {
  const [i, d] = split(n, decimals);
  return decimals ? `${group(i, ',')}.${d}` : group(i, ',');
};
/** 1.234,50 */
export const eu = (n: number, decimals = 2): string => {
  const [i, d] = split(n, decimals);
  return decimals ? `${group(i, '.')},${d}` : group(i, '.');
};
/** 1 234,50 */
export const fr = (n: number, decimals = 2): string => {
  const [i, d] = split(n, decimals);
  return decimals ? `${group(i, ' ')},${d}` : group(i, ' ');
};
/** quantity: integer as is, else with the given decimal mark */
export const q = (n: number, mark = '.'): string => (Number.isInteger(n) ? String(n) : String(n).replace('.', mark));

// ---------------------------------------------------------------- dates and urgency

const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
export const isoOf = (d: Date): string => d.toISOString().slice(0, 10);
const parseIso = (s: string): Date => new Date(`${s}T00:00:00Z`);
export const dow = (iso: string): string => DOW[parseIso(iso).getUTCDay()];

export function dayCounts(receivedIso: string, deliveryIso: string): { calendar: number; business: number } {
  const a = parseIso(receivedIso);
  const b = parseIso(deliveryIso);
  const calendar = Math.round((b.getTime() - a.getTime()) / 86400000);
  let business = 0;
  for (let d = new Date(a.getTime() + 86400000); d <= b; d = new Date(d.getTime() + 86400000)) {
    const w = d.getUTCDay();
    if (w !== 0 && w !== 6) business++;
  }
  return { calendar, business };
}

export type Level = 'urgent' | 'high' | 'normal';
const RANK: Record<Level, number> = { normal: 0, high: 1, urgent: 2 };

export interface UrgencySpec {
  /** urgent / soft words, or a negated phrase, and where they are */
  words?: { kind: 'urgent' | 'high' | 'negated'; text: string; where: string };
  /** requested delivery date used for the date rule */
  delivery?: string | null;
}

export function urgencyOf(receivedAt: string, spec: UrgencySpec): { level: Level; reasons: string[] } {
  const reasons: string[] = [];
  let level: Level = 'normal';
  const w = spec.words;
  if (!w) reasons.push('no urgency words');
  else if (w.kind === 'negated') reasons.push(`negated urgency phrase "${w.text}" in the ${w.where}: no urgency from words`);
  else {
    level = w.kind;
    reasons.push(`${w.kind === 'urgent' ? 'urgent' : 'priority'} wording "${w.text}" in the ${w.where}`);
  }
  const rec = receivedAt.slice(0, 10);
  if (spec.delivery) {
    const { calendar, business } = dayCounts(rec, spec.delivery);
    let dl: Level = 'normal';
    let why = 'more than 7 days';
    if (business <= 2) {
      dl = 'urgent';
      why = 'at most 2 business days';
    } else if (calendar >= 3 && calendar <= 7) {
      dl = 'high';
      why = '3 to 7 calendar days';
    }
    reasons.push(
      `requested delivery ${spec.delivery} (${dow(spec.delivery)}) is ${calendar} calendar / ${business} business days after receipt on ${rec} (${dow(rec)}): ${why}`,
    );
    if (RANK[dl] > RANK[level]) level = dl;
  } else reasons.push('no requested delivery date written');
  return { level, reasons };
}

// ---------------------------------------------------------------- PDF

export type Align = 'left' | 'right' | 'center';
export interface TextOpts {
  size?: number;
  bold?: boolean;
  oblique?: boolean;
  color?: string;
  align?: Align;
  /** cell width, for right / centre alignment */
  w?: number;
}

/** Thin wrapper over pdfkit: every string is drawn at an explicit position, cell by cell. */
export class Pdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  pages = 1;
  /** every string drawn, for the self-check */
  readonly drawn: string[] = [];

  constructor(size: 'LETTER' | 'A4', title: string, author: string) {
    this.doc = new PDFDocument({
      size,
      margin: 20,
      info: { Title: title, Author: author, Creator: author, Producer: 'po-writer 3.2', CreationDate: FIXED_PDF_DATE, ModDate: FIXED_PDF_DATE },
    });
    this.doc.on('data', (c: Buffer) => this.chunks.push(c));
  }

  get width(): number {
    return this.doc.page.width;
  }

  t(x: number, y: number, s: string, o: TextOpts = {}): this {
    const font = o.bold ? (o.oblique ? 'Helvetica-BoldOblique' : 'Helvetica-Bold') : o.oblique ? 'Helvetica-Oblique' : 'Helvetica';
    this.doc.font(font).fontSize(o.size ?? 9).fillColor(o.color ?? 'black');
    let xx = x;
    const tw = this.doc.widthOfString(s);
    if (o.align && o.align !== 'left') {
      const w = o.w ?? 0;
      xx = o.align === 'right' ? x + w - tw : x + (w - tw) / 2;
    }
    if (xx < 0 || xx + tw > this.width - 12) throw new Error(`PDF text "${s}" runs off the page (x ${xx.toFixed(0)}..${(xx + tw).toFixed(0)})`);
    this.doc.text(s, xx, y, { lineBreak: false });
    this.drawn.push(s);
    return this;
  }

  /** several lines below each other */
  lines(x: number, y: number, ss: string[], o: TextOpts & { lead?: number } = {}): number {
    const lead = o.lead ?? (o.size ?? 9) + 3;
    ss.forEach((s, i) => this.t(x, y + i * lead, s, o));
    return y + ss.length * lead;
  }

  rect(x: number, y: number, w: number, h: number, fill?: string, stroke?: string, lw = 0.6): this {
    this.doc.save().lineWidth(lw);
    if (fill && stroke) this.doc.rect(x, y, w, h).fillAndStroke(fill, stroke);
    else if (fill) this.doc.rect(x, y, w, h).fill(fill);
    else this.doc.rect(x, y, w, h).stroke(stroke ?? 'black');
    this.doc.restore();
    return this;
  }

  hline(x1: number, x2: number, y: number, color = 'black', lw = 0.6): this {
    this.doc.save().lineWidth(lw).strokeColor(color).moveTo(x1, y).lineTo(x2, y).stroke().restore();
    return this;
  }

  vline(x: number, y1: number, y2: number, color = 'black', lw = 0.6): this {
    this.doc.save().lineWidth(lw).strokeColor(color).moveTo(x, y1).lineTo(x, y2).stroke().restore();
    return this;
  }

  addPage(): this {
    this.doc.addPage();
    this.pages++;
    return this;
  }

  end(): Promise<Buffer> {
    return new Promise((resolve) => {
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.end();
    });
  }
}

export interface Column {
  title: string;
  x: number;
  w: number;
  align?: Align;
}

/** draw one table row; values in column order */
export function row(pdf: Pdf, cols: Column[], y: number, values: string[], o: TextOpts = {}): void {
  cols.forEach((c, i) => {
    const v = values[i];
    if (v === undefined || v === '') return;
    pdf.doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(o.size ?? 9);
    if (pdf.doc.widthOfString(v) > c.w - 4) throw new Error(`cell "${v}" is wider than column "${c.title}"`);
    pdf.t(c.x + (c.align === 'right' ? -3 : 3), y, v, { ...o, align: c.align, w: c.w });
  });
}

// ---------------------------------------------------------------- mail

export interface MailSpec {
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  /** RFC 2822 date with the sender's offset */
  date: string;
  messageId: string;
  text?: string;
  html?: string;
  inReplyTo?: string;
  references?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
  boundary: string;
}

export function buildMail(m: MailSpec): Promise<Buffer> {
  const opts: Record<string, unknown> = {
    from: m.from,
    to: m.to ?? NORTHWIND,
    subject: m.subject,
    date: m.date,
    messageId: m.messageId,
    baseBoundary: m.boundary,
    headers: m.headers,
    attachments: m.attachments,
  };
  if (m.cc) opts.cc = m.cc;
  if (m.text !== undefined) opts.text = m.text;
  if (m.html !== undefined) opts.html = m.html;
  if (m.inReplyTo) opts.inReplyTo = m.inReplyTo;
  if (m.references) opts.references = m.references;
  return new Promise((resolve, reject) => {
    new MailComposer(opts as never).compile().build((err: Error | null, buf: Buffer) => (err ? reject(err) : resolve(buf)));
  });
}

// ---------------------------------------------------------------- zip (xlsx) pinning

/** Set every DOS time/date in a zip (local and central headers) to 2026-03-01 09:00:00, so .xlsx bytes do not depend on the clock. */
export function pinZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const time = (9 << 11) | (0 << 5) | 0;
  const date = ((2026 - 1980) << 9) | (3 << 5) | 1;
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) {
      out.writeUInt16LE(time, i + 10);
      out.writeUInt16LE(date, i + 12);
    } else if (sig === 0x02014b50) {
      out.writeUInt16LE(time, i + 12);
      out.writeUInt16LE(date, i + 14);
    }
  }
  return out;
}

// ---------------------------------------------------------------- truth

export interface Addr {
  name: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}
export const addr = (name: string | null, street: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Addr => ({
  name,
  street,
  city,
  region,
  postalCode,
  country,
});

export interface LineSpec {
  no?: number | null;
  sku: string | null;
  desc: string;
  qty: number;
  /** unit as printed (upper-cased in the truth) */
  unit: string | null;
  price: number | null;
  /** discount percent */
  disc?: number;
}

export const amountOf = (l: LineSpec): number | null => (l.price === null ? null : r2(l.qty * l.price * (1 - (l.disc ?? 0) / 100)));

export interface OrderSpec {
  poNumber: string | null;
  orderDate: string | null;
  requestedDeliveryDate: string | null;
  buyer: { company: string | null; contactName: string | null; email: string | null; phone: string | null };
  shipTo: Addr | null;
  billTo: Addr | null;
  currency: string | null;
  lines: LineSpec[];
  /** unit label in the truth when differing from the printed unit upper-cased (e.g. singular of a word) */
  unitTruth?: (l: LineSpec) => string | null;
  subtotal: number | null;
  tax: number | null;
  shipping: number | null;
  total: number | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  notes: string | null;
  urgency: UrgencySpec;
  /** the intended level, checked against the rules */
  level: Level;
  reviewReasons: string[];
  /** amounts that deliberately do not add up */
  wrongOnPurpose?: boolean;
}

export interface DocSpec {
  name: string;
  mediaType: string;
  method: 'text' | 'pdf-text' | 'ocr' | 'spreadsheet' | 'edi' | 'skipped';
  pages: number | null;
}

export const bodyDoc = (mediaType: 'text/plain' | 'text/html' = 'text/plain'): DocSpec => ({ name: 'body', mediaType, method: 'text', pages: null });
export const pdfDoc = (name: string, pages: number): DocSpec => ({ name, mediaType: 'application/pdf', method: 'pdf-text', pages });
export const sheetDoc = (name: string, mediaType: string): DocSpec => ({ name, mediaType, method: 'spreadsheet', pages: null });

export function toIsoZ(rfc2822: string): string {
  return new Date(rfc2822).toISOString().replace('.000Z', 'Z');
}

export function emailAddressOf(from: string): string {
  const m = /<([^>]+)>/.exec(from);
  return (m ? m[1] : from).trim().toLowerCase();
}

export function buildTruth(file: string, mail: MailSpec, docs: DocSpec[], orders: OrderSpec[], labelNotes: string[]) {
  const receivedAt = toIsoZ(mail.date);
  const truth = {
    source: {
      kind: 'email' as const,
      messageId: mail.messageId,
      from: emailAddressOf(mail.from),
      subject: mail.subject,
      receivedAt,
      file,
      documents: docs,
    },
    isPurchaseOrder: orders.length > 0,
    orders: orders.map((o) => {
      const u = urgencyOf(receivedAt, o.urgency);
      if (u.level !== o.level) throw new Error(`${file} ${o.poNumber}: intended urgency ${o.level} but the rules give ${u.level}`);
      const needsReview = o.reviewReasons.length > 0;
      return {
        poNumber: o.poNumber,
        orderDate: o.orderDate,
        requestedDeliveryDate: o.requestedDeliveryDate,
        buyer: { ...o.buyer, customerId: null },
        shipTo: o.shipTo,
        billTo: o.billTo,
        currency: o.currency,
        lines: o.lines.map((l, i) => ({
          lineNo: l.no === undefined ? i + 1 : l.no,
          sku: l.sku,
          catalogSku: null,
          description: l.desc,
          quantity: l.qty,
          unit: o.unitTruth ? o.unitTruth(l) : l.unit === null ? null : l.unit.toUpperCase(),
          unitPrice: l.price,
          amount: amountOf(l),
          confidence: 1,
        })),
        subtotal: o.subtotal,
        tax: o.tax,
        shipping: o.shipping,
        total: o.total,
        paymentTerms: o.paymentTerms,
        shippingMethod: o.shippingMethod,
        notes: o.notes,
        urgency: { level: u.level, reasons: u.reasons },
        confidence: needsReview ? 0.6 : 1,
        needsReview,
        reviewReasons: o.reviewReasons,
      };
    }),
    labelNotes,
  };
  extractionResultSchema.parse(truth);
  return truth;
}

/** arithmetic self-check: lines add up to the subtotal, subtotal + tax + shipping = total */
export function checkArithmetic(file: string, o: OrderSpec): void {
  const amounts = o.lines.map(amountOf);
  const problems: string[] = [];
  if (o.subtotal !== null && amounts.every((a) => a !== null)) {
    const s = sum(amounts as number[]);
    if (Math.abs(s - o.subtotal) > 0.005) problems.push(`lines ${s} != subtotal ${o.subtotal}`);
  }
  if (o.total !== null && o.subtotal !== null) {
    const t = r2(o.subtotal + (o.tax ?? 0) + (o.shipping ?? 0));
    if (Math.abs(t - o.total) > 0.005) problems.push(`subtotal+tax+shipping ${t} != total ${o.total}`);
  }
  if (o.wrongOnPurpose && problems.length === 0) throw new Error(`${file}: meant to be wrong but adds up`);
  if (!o.wrongOnPurpose && problems.length) throw new Error(`${file}: ${problems.join('; ')}`);
}

export const validate = (x: unknown) => extractionResultSchema.parse(x);
