// Shared helpers for the holdout3 corpus generator: mail building, PDF drawing,
// number formatting, urgency labelling and truth records. Deterministic: no
// clocks, no randomness (fixed MIME boundaries, PDF dates and zip timestamps).
import MailComposer from 'nodemailer/lib/mail-composer';
import PDFDocument from 'pdfkit';

export const NW_TO = '"Northwind Industrial Supply" <orders@northwind-supply.example>';
export const NW_ADDR = ['Northwind Industrial Supply', '2200 Commerce Park Dr', 'Columbus, OH 43219'];

// ---------------------------------------------------------------- numbers

export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/** Format with a thousands separator and decimal mark; d = decimals. */
export function fmt(n: number, d: number, thou: string, dec: string): string {
  const neg = n < 0;
  const s = Math.abs(n).toFixed(d);
  const [i, f] = s.split('.');
  const ig = i.replace(/\B(?=(\d{3})+(?!\d))/g, thou);
  return (neg ? '-' : '') + (f ? ig + dec + f : ig);
}
export const us = (n: number, d = 2) => fmt(n, d, ',', '.');
export const de = (n: number, d = 2) => fmt(n, d, '.', ',');
export const fr = (n: number, d = 2) => fmt(n, d, ' ', ',');

// ---------------------------------------------------------------- lines

export interface Line {
  lineNo: number | null;
  sku: string | null;
  catalogSku: null;
  description: string | null;
  quantity: number;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
  confidence: number;
}

/** Row = [sku, description, quantity, unit (as printed), unitPrice | null]. */
export type Row = [string | null, string, number, string | null, number | null];

export function mkLines(rows: Row[], opts: { start?: number; step?: number; numbered?: boolean } = {}): Line[] {
  const start = opts.start ?? 1;
  const step = opts.step ?? 1;
  return rows.map(([sku, description, quantity, unit, unitPrice], i) => ({
    lineNo: opts.numbered === false ? null : start + i * step,
    sku,
    catalogSku: null,
    description,
    quantity,
    unit: unit == null ? null : unit.toUpperCase(),
    unitPrice,
    amount: unitPrice == null ? null : round2(quantity * unitPrice),
    confidence: 1,
  }));
}
export const sumLines = (lines: Line[]) => round2(lines.reduce((s, l) => s + (l.amount ?? 0), 0));

// ---------------------------------------------------------------- dates / urgency

const MONTHS: Record<string, number> = { Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12 };
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The sender's local calendar date written in an RFC 5322 Date header. */
export function localDate(header: string): string {
  const m = /(\d{1,2}) (\w{3}) (\d{4})/.exec(header);
  if (!m) throw new Error(`bad date header ${header}`);
  return `${m[3]}-${String(MONTHS[m[2]]).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}
export function isoZ(header: string): string {
  return new Date(header).toISOString().replace('.000Z', 'Z');
}
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dow = (iso: string) => DOW[utc(iso).getUTCDay()];

export type Level = 'urgent' | 'high' | 'normal';
const RANK: Record<Level, number> = { normal: 0, high: 1, urgent: 2 };

export function dateRule(received: string, requested: string): { level: Level; reason: string } {
  const a = utc(received);
  const b = utc(requested);
  const cal = Math.round((b.getTime() - a.getTime()) / 86400000);
  let bus = 0;
  for (let t = a.getTime() + 86400000; t <= b.getTime(); t += 86400000) {
    const d = new Date(t).getUTCDay();
    if (d !== 0 && d !== 6) bus++;
  }
  const level: Level = bus <= 2 ? 'urgent' : cal <= 7 ? 'high' : 'normal';
  const why = level === 'urgent' ? 'at most 2 business days' : level === 'high' ? '3 to 7 calendar days' : 'more than 7 days';
  return {
    level,
    reason: `requested delivery ${requested} (${dow(requested)}) is ${cal} calendar / ${bus} business days after receipt on ${received} (${dow(received)}): ${why}`,
  };
}

export interface WordRule { level: Level; reason: string }

/** Builds urgency {level, reasons} from word rules and the date rule; throws if it is not `expect`. */
export function urgency(dateHeader: string, o: { words?: WordRule[]; requested?: string | null; expect: Level }) {
  const reasons: string[] = [];
  let level: Level = 'normal';
  const words = o.words ?? [];
  if (words.length === 0) reasons.push('no urgency words');
  for (const w of words) {
    reasons.push(w.reason);
    if (RANK[w.level] > RANK[level]) level = w.level;
  }
  if (o.requested) {
    const r = dateRule(localDate(dateHeader), o.requested);
    reasons.push(r.reason);
    if (RANK[r.level] > RANK[level]) level = r.level;
  } else {
    reasons.push('no requested delivery date written');
  }
  if (level !== o.expect) throw new Error(`urgency ${level} != expected ${o.expect}: ${reasons.join(' | ')}`);
  return { level, reasons };
}

// ---------------------------------------------------------------- truth

export interface Address { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null }
export const addr = (name: string | null, street: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Address => ({ name, street, city, region, postalCode, country });

export interface Buyer { company: string | null; contactName: string | null; email: string | null; phone: string | null; customerId: null }
export const buyer = (company: string | null, contactName: string | null, email: string | null, phone: string | null): Buyer => ({ company, contactName, email, phone, customerId: null });

export interface OrderIn {
  poNumber: string | null;
  orderDate?: string | null;
  requestedDeliveryDate?: string | null;
  buyer: Buyer;
  shipTo?: Address | null;
  billTo?: Address | null;
  currency?: string | null;
  lines: Line[];
  subtotal?: number | null;
  tax?: number | null;
  shipping?: number | null;
  total?: number | null;
  paymentTerms?: string | null;
  shippingMethod?: string | null;
  notes?: string | null;
  urgency: { level: Level; reasons: string[] };
  needsReview?: boolean;
  reviewReasons?: string[];
}

export function order(o: OrderIn) {
  const needsReview = o.needsReview ?? false;
  const reviewReasons = o.reviewReasons ?? [];
  if (needsReview !== reviewReasons.length > 0) throw new Error(`needsReview/reasons mismatch for ${o.poNumber}`);
  return {
    poNumber: o.poNumber,
    orderDate: o.orderDate ?? null,
    requestedDeliveryDate: o.requestedDeliveryDate ?? null,
    buyer: o.buyer,
    shipTo: o.shipTo ?? null,
    billTo: o.billTo ?? null,
    currency: o.currency ?? null,
    lines: o.lines,
    subtotal: o.subtotal ?? null,
    tax: o.tax ?? null,
    shipping: o.shipping ?? null,
    total: o.total ?? null,
    paymentTerms: o.paymentTerms ?? null,
    shippingMethod: o.shippingMethod ?? null,
    notes: o.notes ?? null,
    urgency: o.urgency,
    confidence: needsReview ? 0.6 : 1,
    needsReview,
    reviewReasons,
  };
}
export type Order = ReturnType<typeof order>;

export interface Doc { name: string; mediaType: string; method: 'text' | 'pdf-text' | 'ocr' | 'spreadsheet' | 'edi' | 'skipped'; pages: number | null }
export const bodyDoc = (mediaType: 'text/plain' | 'text/html' = 'text/plain'): Doc => ({ name: 'body', mediaType, method: 'text', pages: null });
export const pdfDoc = (name: string, pages: number): Doc => ({ name, mediaType: 'application/pdf', method: 'pdf-text', pages });
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface Mail {
  from: string;
  subject: string;
  date: string;
  messageId: string;
  text?: string;
  html?: string;
  attachments?: { filename: string; content: Buffer | string; contentType: string }[];
  headers?: Record<string, string>;
  inReplyTo?: string;
  references?: string;
  cc?: string;
}

export interface Case {
  file: string;
  mail: Mail;
  documents: Doc[];
  isPurchaseOrder: boolean;
  orders: Order[];
  labelNotes: string[];
}

export async function buildEml(mail: Mail, boundary: string): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.from,
    to: NW_TO,
    cc: mail.cc,
    subject: mail.subject,
    date: mail.date as unknown as Date,
    messageId: mail.messageId,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
    headers: mail.headers,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    baseBoundary: boundary,
  } as ConstructorParameters<typeof MailComposer>[0]);
  return await composer.compile().build();
}

export function truthOf(c: Case) {
  const m = /<([^>]+)>/.exec(c.mail.from);
  const from = (m ? m[1] : c.mail.from).trim().toLowerCase();
  return {
    source: {
      kind: 'email' as const,
      messageId: c.mail.messageId,
      from,
      subject: c.mail.subject,
      receivedAt: isoZ(c.mail.date),
      file: c.file,
      documents: c.documents,
    },
    isPurchaseOrder: c.isPurchaseOrder,
    orders: c.orders,
    labelNotes: c.labelNotes,
  };
}

// ---------------------------------------------------------------- PDF

export type PDF = PDFKit.PDFDocument;
const FIXED_PDF_DATE = new Date('2026-04-01T12:00:00Z');

/** Draws a PDF with bufferPages on; returns the bytes and the page count. */
export function makePdf(
  opts: { size?: 'A4' | 'LETTER'; title: string; author?: string; margin?: number },
  draw: (doc: PDF) => void,
): Promise<{ buf: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: opts.size ?? 'LETTER',
    margin: opts.margin ?? 40,
    bufferPages: true,
    info: { Title: opts.title, Author: opts.author ?? '', Producer: 'holdout3', Creator: 'holdout3', CreationDate: FIXED_PDF_DATE, ModDate: FIXED_PDF_DATE },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on('end', () => res(Buffer.concat(chunks))));
  draw(doc);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return done.then((buf) => ({ buf, pages }));
}

/** Writes text at an absolute position without ever triggering a page break. */
export function at(doc: PDF, s: string, x: number, y: number, o: { size?: number; bold?: boolean; font?: string; width?: number; align?: 'left' | 'right' | 'center'; color?: string } = {}) {
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc.font(o.font ?? (o.bold ? 'Helvetica-Bold' : 'Helvetica')).fontSize(o.size ?? 9).fillColor(o.color ?? 'black');
  doc.text(s, x, y, { width: o.width, align: o.align ?? 'left', lineBreak: o.width !== undefined });
  doc.page.margins.bottom = bottom;
  doc.fillColor('black');
}

/** Several lines at once, returns the y below the block. */
export function block(doc: PDF, lines: string[], x: number, y: number, o: { size?: number; boldFirst?: boolean; gap?: number; width?: number } = {}): number {
  const size = o.size ?? 9;
  const gap = o.gap ?? size + 2.5;
  lines.forEach((s, i) => at(doc, s, x, y + i * gap, { size, bold: o.boldFirst && i === 0, width: o.width }));
  return y + lines.length * gap;
}

export interface Col { header: string; w: number; align?: 'left' | 'right' | 'center' }

/** One table row; cells wrap within their column. rule: 'box' = full grid, 'under' = line below, 'none'. */
export function row(doc: PDF, x: number, y: number, cols: Col[], cells: string[], o: { size?: number; bold?: boolean; rule?: 'box' | 'under' | 'none'; pad?: number; fill?: string; minH?: number } = {}): number {
  const size = o.size ?? 8.5;
  const pad = o.pad ?? 3;
  doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size);
  let h = o.minH ?? 0;
  cols.forEach((c, i) => {
    h = Math.max(h, doc.heightOfString(cells[i] ?? '', { width: c.w - 2 * pad }) + 2 * pad);
  });
  const width = cols.reduce((s, c) => s + c.w, 0);
  if (o.fill) {
    doc.save().rect(x, y, width, h).fill(o.fill).restore();
  }
  let cx = x;
  cols.forEach((c, i) => {
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(o.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor('black');
    doc.text(cells[i] ?? '', cx + pad, y + pad, { width: c.w - 2 * pad, align: c.align ?? 'left' });
    doc.page.margins.bottom = bottom;
    cx += c.w;
  });
  doc.lineWidth(0.5).strokeColor('#333');
  if (o.rule === 'box') {
    doc.rect(x, y, width, h).stroke();
    let vx = x;
    for (const c of cols.slice(0, -1)) {
      vx += c.w;
      doc.moveTo(vx, y).lineTo(vx, y + h).stroke();
    }
  } else if (o.rule === 'under') {
    doc.moveTo(x, y + h).lineTo(x + width, y + h).stroke();
  }
  doc.strokeColor('black');
  return y + h;
}

export function hline(doc: PDF, x1: number, x2: number, y: number, w = 0.6) {
  doc.lineWidth(w).moveTo(x1, y).lineTo(x2, y).stroke();
}

// ---------------------------------------------------------------- zip (xlsx) determinism

/** Overwrites every entry's DOS time/date in a zip (local headers + central directory). */
export function fixZipTimes(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const time = 12 << 11; // 12:00:00
  const date = ((2026 - 1980) << 9) | (4 << 5) | 1; // 2026-04-01
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (out.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('no EOCD');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let e = 0; e < entries; e++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central dir');
    out.writeUInt16LE(time, p + 12);
    out.writeUInt16LE(date, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}

// ---------------------------------------------------------------- HTML (Outlook-ish)

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function outlookHtml(bodyInner: string): string {
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:11.0pt; font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}
span.EmailStyle17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}
.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:8.5in 11.0in; margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1 {page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${bodyInner}
</div>
</body>
</html>
`;
}

export const mso = (s: string) => `<p class="MsoNormal">${s === '' ? '<o:p>&nbsp;</o:p>' : s}<o:p></o:p></p>`;
