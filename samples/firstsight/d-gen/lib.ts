// Shared helpers for the first-sight set d generator: seeded randomness, number and date
// formatting per locale, a hand-rolled MIME writer, a small PDF layout engine on pdfkit,
// deterministic xlsx, scan degradation (pdfjs render + sharp), and truth builders.
import PDFDocument from 'pdfkit';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import sharp from 'sharp';
import libqp from 'libqp';
import libmime from 'libmime';
import path from 'node:path';

// ---------------------------------------------------------------- randomness
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- numbers
export const r2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
export type NumStyle = 'us' | 'eu' | 'fr' | 'ch' | 'plain' | 'euplain';
export function num(n: number, style: NumStyle = 'us', dec = 2): string {
  const neg = n < 0;
  const s = Math.abs(n).toFixed(dec);
  let [i, f] = s.split('.');
  const sep = { us: ',', eu: '.', fr: '\u00a0', ch: "'", plain: '', euplain: '' }[style];
  const dp = style === 'us' || style === 'ch' || style === 'plain' ? '.' : ',';
  if (sep) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? '-' : '') + i + (f !== undefined ? dp + f : '');
}
/** quantity: no decimals when whole */
export function qty(n: number, style: NumStyle = 'us'): string {
  return Number.isInteger(n) ? num(n, style, 0) : num(n, style, n * 100 === Math.round(n * 100) && (n * 10) % 1 !== 0 ? 2 : 1);
}

// ---------------------------------------------------------------- dates
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = {
  en: MON_EN,
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
const p2 = (n: number) => String(n).padStart(2, '0');
export function ymd(iso: string) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
/** format an ISO date (YYYY-MM-DD) in a pattern: DD MM YYYY YY MMM MMMM D M */
export function dfmt(iso: string, pattern: string, lang: keyof typeof MON = 'en'): string {
  const { y, m, d } = ymd(iso);
  return pattern.replace(/YYYY|YY|MMMM|MMM|MM|DD|D|M/g, (t) => {
    switch (t) {
      case 'YYYY': return String(y);
      case 'YY': return String(y).slice(2);
      case 'MMMM': return MON[lang][m - 1];
      case 'MMM': return MON[lang][m - 1].slice(0, 3);
      case 'MM': return p2(m);
      case 'DD': return p2(d);
      case 'D': return String(d);
      case 'M': return String(m);
    }
    return t;
  });
}
export function addDays(iso: string, n: number): string {
  const t = Date.UTC(ymd(iso).y, ymd(iso).m - 1, ymd(iso).d) + n * 86400000;
  const dt = new Date(t);
  return `${dt.getUTCFullYear()}-${p2(dt.getUTCMonth() + 1)}-${p2(dt.getUTCDate())}`;
}
function dow(iso: string) {
  const { y, m, d } = ymd(iso);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
/** business days strictly after `from` up to and including `to` */
export function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  let c = from;
  if (to <= from) return 0;
  while (c < to) {
    c = addDays(c, 1);
    const w = dow(c);
    if (w !== 0 && w !== 6) n++;
  }
  return n;
}
export function calendarDaysBetween(from: string, to: string): number {
  const a = ymd(from), b = ymd(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86400000);
}

/** An email timestamp: local wall time + offset, e.g. ('2026-11-30', '09:14:22', '-0500') */
export class MailDate {
  constructor(public date: string, public time: string, public offset: string) {}
  rfc2822(): string {
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const { y, m, d } = ymd(this.date);
    return `${days[dow(this.date)]}, ${d} ${MON_EN[m - 1].slice(0, 3)} ${y} ${this.time} ${this.offset}`;
  }
  iso(): string {
    const { y, m, d } = ymd(this.date);
    const [hh, mm, ss] = this.time.split(':').map(Number);
    const sign = this.offset[0] === '-' ? -1 : 1;
    const oh = Number(this.offset.slice(1, 3)), om = Number(this.offset.slice(3, 5));
    const t = Date.UTC(y, m - 1, d, hh, mm, ss) - sign * (oh * 60 + om) * 60000;
    return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  jsDate(): Date {
    return new Date(this.iso());
  }
}

// ---------------------------------------------------------------- MIME
export interface Attachment { filename: string; contentType: string; data: Buffer; inline?: boolean; cid?: string }
export interface MailSpec {
  id: string; // used for boundaries
  from: string; // display form: Name <addr>
  to: string;
  cc?: string;
  replyTo?: string;
  subject: string;
  date: MailDate;
  messageId: string;
  inReplyTo?: string;
  references?: string;
  text?: string;
  html?: string;
  textEncoding?: 'qp' | '8bit' | 'base64';
  charset?: string; // utf-8 default; 'iso-8859-1' supported for text
  attachments?: Attachment[];
  mailer?: string;
  extraHeaders?: [string, string][];
}
function encHeader(v: string): string {
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7e]/.test(v) ? libmime.encodeWords(v, 'Q', 52) : v;
}
function encAddress(v: string): string {
  // encode only the display-name part
  const m = v.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  if (!m) return v;
  const name = m[1];
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7e]/.test(name)) return `${libmime.encodeWord(name, 'Q', 52)} <${m[2]}>`;
  return /[,.;:@()]/.test(name) ? `"${name}" <${m[2]}>` : `${name} <${m[2]}>`;
}
function b64(data: Buffer): string {
  return data.toString('base64').replace(/.{76}/g, '$&\r\n');
}
function textPart(body: string, type: string, enc: 'qp' | '8bit' | 'base64', charset: string): string {
  const crlf = body.replace(/\r?\n/g, '\r\n');
  let data: string;
  if (charset.toLowerCase() === 'iso-8859-1') {
    const latin = Buffer.from(crlf, 'latin1');
    data = enc === 'base64' ? b64(latin) : libqp.wrap(libqp.encode(latin), 76);
    if (enc === '8bit') enc = 'qp';
  } else if (enc === 'qp') data = libqp.wrap(libqp.encode(Buffer.from(crlf, 'utf8')), 76);
  else if (enc === 'base64') data = b64(Buffer.from(crlf, 'utf8'));
  else data = crlf;
  const cte = enc === 'qp' ? 'quoted-printable' : enc;
  return `Content-Type: ${type}; charset=${charset}\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${data}\r\n`;
}
export function buildEml(m: MailSpec): Buffer {
  const enc = m.textEncoding ?? 'qp';
  const cs = m.charset ?? 'utf-8';
  const h: string[] = [];
  h.push(`From: ${encAddress(m.from)}`);
  h.push(`To: ${m.to.split(/,\s*/).map(encAddress).join(', ')}`);
  if (m.cc) h.push(`Cc: ${m.cc.split(/,\s*/).map(encAddress).join(', ')}`);
  if (m.replyTo) h.push(`Reply-To: ${encAddress(m.replyTo)}`);
  h.push(`Subject: ${encHeader(m.subject)}`);
  h.push(`Date: ${m.date.rfc2822()}`);
  h.push(`Message-ID: <${m.messageId}>`);
  if (m.inReplyTo) h.push(`In-Reply-To: <${m.inReplyTo}>`);
  if (m.references) h.push(`References: ${m.references}`);
  if (m.mailer) h.push(`X-Mailer: ${m.mailer}`);
  for (const [k, v] of m.extraHeaders ?? []) h.push(`${k}: ${v}`);
  h.push('MIME-Version: 1.0');
  const bAlt = `----=_Alt_${m.id}_001`;
  const bMix = `----=_Mix_${m.id}_000`;
  let bodyPart: string;
  if (m.html && m.text) {
    bodyPart =
      `Content-Type: multipart/alternative; boundary="${bAlt}"\r\n\r\n` +
      `--${bAlt}\r\n${textPart(m.text, 'text/plain', enc, cs)}` +
      `--${bAlt}\r\n${textPart(m.html, 'text/html', 'qp', cs)}` +
      `--${bAlt}--\r\n`;
  } else if (m.html) bodyPart = textPart(m.html, 'text/html', 'qp', cs);
  else bodyPart = textPart(m.text ?? '', 'text/plain', enc, cs);
  let out: string;
  if (m.attachments?.length) {
    out = h.join('\r\n') + `\r\nContent-Type: multipart/mixed; boundary="${bMix}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n`;
    out += `--${bMix}\r\n${bodyPart}`;
    for (const a of m.attachments) {
      const fn = /[^\x20-\x7e]/.test(a.filename) ? libmime.encodeWord(a.filename, 'Q', 52) : `"${a.filename}"`;
      out += `--${bMix}\r\nContent-Type: ${a.contentType}; name=${fn}\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename=${fn}\r\n`;
      if (a.cid) out += `Content-ID: <${a.cid}>\r\n`;
      out += `\r\n${b64(a.data)}\r\n`;
    }
    out += `--${bMix}--\r\n`;
  } else {
    out = h.join('\r\n') + '\r\n' + bodyPart;
  }
  return Buffer.from(out, 'utf8');
}

// ---------------------------------------------------------------- PDF
export type Doc = PDFKit.PDFDocument;
export interface PdfMeta { title: string; author?: string; creator?: string; producer?: string; date: string /* ISO date */ }
export function newPdf(meta: PdfMeta, size: 'LETTER' | 'A4' = 'LETTER', margin = 40): Doc {
  const dt = new Date(`${meta.date}T09:00:00Z`);
  return new PDFDocument({
    size,
    margin,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: meta.title,
      Author: meta.author ?? '',
      Creator: meta.creator ?? 'Microsoft Word',
      Producer: meta.producer ?? 'PDFKit',
      CreationDate: dt,
      ModDate: dt,
    },
  });
}
export function pdfBuffer(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((res) => {
    doc.on('end', () => res(Buffer.concat(chunks)));
    doc.end();
  });
}
export interface Fonts { reg: string; bold: string }
export const HELV: Fonts = { reg: 'Helvetica', bold: 'Helvetica-Bold' };
export const TIMES: Fonts = { reg: 'Times-Roman', bold: 'Times-Bold' };
export const COUR: Fonts = { reg: 'Courier', bold: 'Courier-Bold' };

export interface Col { h: string; w: number; a?: 'left' | 'right' | 'center' }
export interface Row { cells: string[]; note?: string; bold?: boolean }
export interface TableOpts {
  fonts: Fonts;
  size?: number;
  x?: number;
  grid?: boolean; // draw cell borders
  headFill?: string | null;
  headColor?: string;
  rule?: boolean; // lines under header and at end
  rowsFirstPage?: number; // force a page break after N rows on page 1
  rowsPerPage?: number; // and after N rows on later pages
  pageSubtotal?: (rowIdx: number[]) => [string, string]; // printed under the rows of each page except the last
  carryForward?: (rowIdx: number[]) => [string, string]; // printed on top of pages 2+
  repeatHead?: (doc: Doc, page: number) => number; // draws the header of continued pages, returns y
  bottom?: number; // bottom limit for rows
  zebra?: string | null;
  padY?: number;
}
/** Draws a table starting at y; returns the y after it (on the current, possibly new, page). */
export function table(doc: Doc, y: number, cols: Col[], rows: Row[], o: TableOpts): number {
  const size = o.size ?? 9;
  const x0 = o.x ?? doc.page.margins.left;
  const tw = cols.reduce((s, c) => s + c.w, 0);
  const bottom = o.bottom ?? doc.page.height - doc.page.margins.bottom - 40;
  const padY = o.padY ?? 3;
  let page = 1;
  const drawHead = (yy: number) => {
    doc.font(o.fonts.bold).fontSize(size);
    const hh = Math.max(...cols.map((c) => doc.heightOfString(c.h, { width: c.w - 6 }))) + padY * 2;
    if (o.headFill) doc.rect(x0, yy, tw, hh).fill(o.headFill);
    doc.fillColor(o.headColor ?? 'black');
    let x = x0;
    for (const c of cols) {
      doc.text(c.h, x + 3, yy + padY, { width: c.w - 6, align: c.a ?? 'left' });
      if (o.grid) doc.rect(x, yy, c.w, hh).lineWidth(0.5).stroke('black');
      x += c.w;
    }
    doc.fillColor('black');
    if (o.rule) doc.moveTo(x0, yy + hh).lineTo(x0 + tw, yy + hh).lineWidth(0.8).stroke('black');
    return yy + hh;
  };
  y = drawHead(y);
  let onPage: number[] = [];
  const onPageAll: number[] = [];
  let count = 0;
  rows.forEach((r, i) => {
    doc.font(r.bold ? o.fonts.bold : o.fonts.reg).fontSize(size);
    const h = Math.max(...r.cells.map((t, k) => doc.heightOfString(t || ' ', { width: cols[k].w - 6 }))) + padY * 2;
    const nh = r.note ? doc.font(o.fonts.reg).fontSize(size - 1).heightOfString(r.note, { width: tw - cols[0].w - 6 }) + 3 : 0;
    const limit = page === 1 ? o.rowsFirstPage : o.rowsPerPage;
    if ((limit !== undefined && count >= limit) || y + h + nh > bottom) {
      if (o.pageSubtotal) {
        const [l, v] = o.pageSubtotal(onPage);
        doc.font(o.fonts.bold).fontSize(size);
        if (o.rule || o.grid) doc.moveTo(x0, y).lineTo(x0 + tw, y).lineWidth(0.5).stroke('black');
        doc.text(l, x0, y + 4, { width: tw - cols[cols.length - 1].w - 6, align: 'right' });
        doc.text(v, x0 + tw - cols[cols.length - 1].w + 3, y + 4, { width: cols[cols.length - 1].w - 6, align: 'right' });
      }
      doc.addPage();
      page++;
      y = o.repeatHead ? o.repeatHead(doc, page) : doc.page.margins.top;
      if (o.carryForward) {
        const [l, v] = o.carryForward(onPageAll.slice());
        doc.font(o.fonts.bold).fontSize(size);
        doc.text(l, x0, y, { width: tw - cols[cols.length - 1].w - 6, align: 'right' });
        doc.text(v, x0 + tw - cols[cols.length - 1].w + 3, y, { width: cols[cols.length - 1].w - 6, align: 'right' });
        y += size + 8;
      }
      y = drawHead(y);
      onPage = [];
      count = 0;
    }
    doc.font(r.bold ? o.fonts.bold : o.fonts.reg).fontSize(size);
    if (o.zebra && i % 2 === 1) doc.rect(x0, y, tw, h + nh).fill(o.zebra).fillColor('black');
    let x = x0;
    r.cells.forEach((t, k) => {
      doc.text(t, x + 3, y + padY, { width: cols[k].w - 6, align: cols[k].a ?? 'left' });
      if (o.grid) doc.rect(x, y, cols[k].w, h + nh).lineWidth(0.5).stroke('black');
      x += cols[k].w;
    });
    if (r.note) {
      doc.font(o.fonts.reg).fontSize(size - 1).text(r.note, x0 + cols[0].w + 3, y + h - 1, { width: tw - cols[0].w - 6 });
    }
    y += h + nh;
    onPage.push(i);
    onPageAll.push(i);
    count++;
  });
  if (o.rule) doc.moveTo(x0, y).lineTo(x0 + tw, y).lineWidth(0.8).stroke('black');
  return y;
}

/** label/value pairs, right aligned block (totals) */
export function totalsBlock(doc: Doc, y: number, pairs: [string, string][], o: { fonts: Fonts; size?: number; right?: number; labelW?: number; valueW?: number; boldLast?: boolean; ruleAbove?: boolean }): number {
  const size = o.size ?? 9;
  const right = o.right ?? doc.page.width - doc.page.margins.right;
  const vw = o.valueW ?? 80;
  const lw = o.labelW ?? 140;
  if (y + pairs.length * (size + 5) > doc.page.height - doc.page.margins.bottom - 20) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  y += 6;
  pairs.forEach(([l, v], i) => {
    const bold = o.boldLast !== false && i === pairs.length - 1;
    if (bold && o.ruleAbove !== false) doc.moveTo(right - lw - vw, y - 2).lineTo(right, y - 2).lineWidth(0.5).stroke('black');
    doc.font(bold ? o.fonts.bold : o.fonts.reg).fontSize(size);
    doc.text(l, right - lw - vw, y, { width: lw - 6, align: 'right' });
    doc.text(v, right - vw, y, { width: vw, align: 'right' });
    y += size + 5;
  });
  return y;
}
/** lines of text at x,y; returns next y */
export function textLines(doc: Doc, x: number, y: number, lines: string[], o: { font: string; size?: number; width?: number; gap?: number; align?: 'left' | 'right' | 'center' }): number {
  doc.font(o.font).fontSize(o.size ?? 9);
  for (const l of lines) {
    doc.text(l, x, y, { width: o.width ?? 250, align: o.align ?? 'left' });
    y += doc.heightOfString(l || ' ', { width: o.width ?? 250 }) + (o.gap ?? 1);
  }
  return y;
}
/** label: value pairs stacked; returns next y */
export function kv(doc: Doc, x: number, y: number, pairs: [string, string][], o: { fonts: Fonts; size?: number; labelW?: number; valueW?: number; boldLabel?: boolean }): number {
  const size = o.size ?? 9;
  const lw = o.labelW ?? 80;
  const vw = o.valueW ?? 130;
  for (const [l, v] of pairs) {
    doc.font(o.boldLabel === false ? o.fonts.reg : o.fonts.bold).fontSize(size).text(l, x, y, { width: lw - 4 });
    doc.font(o.fonts.reg).fontSize(size).text(v, x + lw, y, { width: vw });
    y += Math.max(doc.heightOfString(v || ' ', { width: vw }), size + 1) + 3;
  }
  return y;
}
/** an address block with a heading; optional box */
export function addrBlock(doc: Doc, x: number, y: number, w: number, heading: string, lines: string[], o: { fonts: Fonts; size?: number; box?: boolean; headFill?: string }): number {
  const size = o.size ?? 9;
  const y0 = y;
  if (o.headFill) {
    doc.rect(x, y, w, size + 6).fill(o.headFill).fillColor('black');
  }
  doc.font(o.fonts.bold).fontSize(size).text(heading, x + 4, y + 3, { width: w - 8 });
  y += size + 8;
  y = textLines(doc, x + 4, y, lines, { font: o.fonts.reg, size, width: w - 8, gap: 0.5 });
  y += 4;
  if (o.box) doc.rect(x, y0, w, y - y0).lineWidth(0.7).stroke('black');
  return y;
}
/** footer "Page x of y" (and more) on all buffered pages */
export function footers(doc: Doc, f: (page: number, pages: number) => string, o: { font: string; size?: number; align?: 'left' | 'center' | 'right' }) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(o.font).fontSize(o.size ?? 7.5).fillColor('#333333');
    doc.text(f(i + 1, range.count), doc.page.margins.left, doc.page.height - 30, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: o.align ?? 'center',
      lineBreak: false,
    });
    doc.fillColor('black');
    doc.page.margins.bottom = bottomMargin;
  }
}

/** one page per image, image fills the page (a scanned PDF) */
export async function imagePdf(images: Buffer[], meta: PdfMeta, dpi: number): Promise<Buffer> {
  const dt = new Date(`${meta.date}T09:00:00Z`);
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: meta.title, Creator: meta.creator ?? 'Scanner', Producer: meta.producer ?? 'Scan2PDF', CreationDate: dt, ModDate: dt } });
  for (const img of images) {
    const md = await sharp(img).metadata();
    const w = (md.width! / dpi) * 72, h = (md.height! / dpi) * 72;
    doc.addPage({ size: [w, h], margin: 0 });
    doc.image(img, 0, 0, { width: w, height: h });
  }
  return pdfBuffer(doc);
}

// ---------------------------------------------------------------- xlsx
export async function xlsxBuffer(wb: ExcelJS.Workbook, date: string): Promise<Buffer> {
  const dt = new Date(`${date}T08:00:00Z`);
  wb.created = dt;
  wb.modified = dt;
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  for (const n of names) {
    const data = await src.files[n].async('nodebuffer');
    out.file(n, data, { date: dt, createFolders: false });
  }
  const buf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  return buf;
}

// ---------------------------------------------------------------- scans
const ROOT = path.resolve(import.meta.dirname, '../../..');
export async function renderPdf(buf: Buffer, scale: number): Promise<Buffer[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const { createCanvas } = await import('@napi-rs/canvas');
  const pdf = await pdfjs.getDocument({
    data: new Uint8Array(buf),
    standardFontDataUrl: path.join(ROOT, 'node_modules/pdfjs-dist/standard_fonts/'),
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
  const out: Buffer[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const vp = page.getViewport({ scale });
    const canvas = createCanvas(Math.round(vp.width), Math.round(vp.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx as never, viewport: vp, canvas: canvas as never }).promise;
    out.push(canvas.toBuffer('image/png'));
  }
  await pdf.destroy();
  return out;
}
function noise(w: number, h: number, seed: number, amp: number, speck = 0): Buffer {
  const r = rng(seed);
  const b = Buffer.alloc(w * h);
  for (let i = 0; i < b.length; i++) {
    let v = 255 - Math.floor(r() * amp);
    if (speck && r() < speck) v = Math.floor(r() * 90);
    b[i] = v;
  }
  return b;
}
/** fax: 1-bit CCITT G4 TIFF at ~204x196 dpi, slight skew, speckles, dropped dots */
async function greyRaw(input: Buffer, w: number, angle: number, bg: number): Promise<{ data: Buffer; width: number; height: number }> {
  const resized = await sharp(input).flatten({ background: '#ffffff' }).greyscale().resize({ width: w }).png().toBuffer();
  const rotated = await sharp(resized).rotate(angle, { background: { r: bg, g: bg, b: bg } }).png().toBuffer();
  const { data, info } = await sharp(rotated).greyscale().extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error('expected one channel');
  return { data, width: info.width, height: info.height };
}
/** fax: 1-bit CCITT G4 TIFF at ~204x196 dpi, slight skew, speckles, dropped dots */
export async function toFax(png: Buffer, seed: number, angle = 0.5): Promise<Buffer> {
  const { data, width, height } = await greyRaw(png, 1728, angle, 255);
  const n = noise(width, height, seed, 70, 0.0015);
  for (let i = 0; i < data.length; i++) data[i] = Math.round((data[i] * n[i]) / 255);
  // crop back to fax width (rotation grows the canvas)
  const left = Math.max(0, Math.floor((width - 1728) / 2));
  return sharp(data, { raw: { width, height, channels: 1 } })
    .extract({ left, top: 0, width: Math.min(1728, width), height })
    .threshold(165)
    .toColourspace('b-w')
    .tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 204 / 25.4, yres: 196 / 25.4 })
    .toBuffer();
}
/** flatbed/feeder scan: greyscale, small skew, grain, JPEG */
export async function toScan(png: Buffer, seed: number, angle = -0.8, widthPx = 1275): Promise<Buffer> {
  const { data, width, height } = await greyRaw(png, widthPx, angle, 244);
  const n = noise(width, height, seed, 40, 0.0006);
  for (let i = 0; i < data.length; i++) data[i] = Math.round((data[i] * n[i]) / 255);
  return sharp(data, { raw: { width, height, channels: 1 } })
    .blur(0.6)
    .linear(1.1, -12)
    .jpeg({ quality: 55 })
    .toBuffer();
}
/** phone photo: page on a desk, rotated and sheared, uneven light, colour cast, blur, JPEG or PNG */
export async function toPhoto(png: Buffer, seed: number, o: { angle: number; shear?: number; format: 'jpeg' | 'png'; width?: number; dark?: 'left' | 'right' | 'top' | 'bottom' }): Promise<Buffer> {
  const W = o.width ?? 1500;
  const desk = { r: 120, g: 98, b: 74 };
  const page = await sharp(png).flatten({ background: '#ffffff' }).resize({ width: Math.round(W * 0.84) }).removeAlpha().png().toBuffer();
  const sh = o.shear ?? 0.02;
  const sheared = await sharp(page).affine([[1, sh], [sh * 0.4, 1]], { background: desk }).removeAlpha().png().toBuffer();
  const tilted = await sharp(sheared).rotate(o.angle, { background: desk }).removeAlpha().png().toBuffer();
  const tm = await sharp(tilted).metadata();
  const width = Math.max(W, tm.width! + 20);
  const height = tm.height! + 60;
  const composed = await sharp({ create: { width, height, channels: 3, background: desk } })
    .composite([{ input: tilted, left: Math.round((width - tm.width!) / 2), top: 30 }])
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const ch = composed.info.channels;
  const data = composed.data;
  const r = rng(seed);
  const cx = width * (0.3 + r() * 0.4), cy = height * (0.25 + r() * 0.3);
  const maxd = Math.hypot(width, height);
  const tint = [1, 0.97, 0.89];
  for (let yy = 0; yy < height; yy++) {
    for (let xx = 0; xx < width; xx++) {
      const d = Math.hypot(xx - cx, yy - cy) / maxd;
      let f = 1 - 1.1 * d * d;
      if (o.dark === 'left') f *= 0.72 + 0.28 * (xx / width);
      if (o.dark === 'right') f *= 1 - 0.28 * (xx / width);
      if (o.dark === 'bottom') f *= 1 - 0.3 * (yy / height);
      if (o.dark === 'top') f *= 0.7 + 0.3 * (yy / height);
      f = Math.max(0.35, Math.min(1, f));
      const i = (yy * width + xx) * ch;
      const grain = 1 - r() * 0.06;
      for (let c = 0; c < 3; c++) data[i + c] = Math.round(data[i + c] * f * tint[c] * grain);
    }
  }
  const lit = sharp(data, { raw: { width, height, channels: ch } }).blur(0.9);
  return o.format === 'jpeg' ? lit.jpeg({ quality: 74 }).toBuffer() : lit.png({ compressionLevel: 9, palette: true, colors: 96 }).toBuffer();
}

// ---------------------------------------------------------------- truth
export interface Addr { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null }
export function addr(name: string | null, street: string | string[] | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Addr {
  return { name, street: Array.isArray(street) ? street.join('\n') : street, city, region, postalCode, country };
}
export interface L { lineNo?: number | null; sku?: string | null; description: string | null; quantity: number; unit?: string | null; unitPrice?: number | null; amount?: number | null; disc?: number }
export interface TLine { lineNo: number | null; sku: string | null; catalogSku: null; description: string | null; quantity: number; unit: string | null; unitPrice: number | null; amount: number | null }
export function tline(l: L): TLine {
  let amount = l.amount;
  if (amount === undefined) amount = l.unitPrice == null ? null : r2(l.quantity * l.unitPrice * (1 - (l.disc ?? 0) / 100));
  return { lineNo: l.lineNo ?? null, sku: l.sku ?? null, catalogSku: null, description: l.description, quantity: l.quantity, unit: l.unit ?? null, unitPrice: l.unitPrice ?? null, amount };
}
export const amt = (l: L) => tline(l).amount ?? 0;
export const sumLines = (ls: L[]) => r2(ls.reduce((s, l) => s + amt(l), 0));

export interface Urg { level: 'urgent' | 'high' | 'normal'; reasons: string[] }
/** urgency from a stated phrase and/or the requested date relative to receipt */
export function urgency(o: { received?: string | null; requested?: string | null; word?: { level: 'urgent' | 'high'; reason: string }; negated?: string; note?: string }): Urg {
  const reasons: string[] = [];
  let level: Urg['level'] = 'normal';
  const rank = { normal: 0, high: 1, urgent: 2 } as const;
  if (o.word) {
    level = o.word.level;
    reasons.push(o.word.reason);
  }
  if (o.received && o.requested && o.requested >= o.received) {
    const bd = businessDaysBetween(o.received, o.requested);
    const cd = calendarDaysBetween(o.received, o.requested);
    if (bd <= 2) {
      if (rank.urgent > rank[level]) level = 'urgent';
      reasons.push(`requested delivery ${o.requested} is ${bd} business day(s) after receipt on ${o.received}`);
    } else if (cd >= 3 && cd <= 7) {
      if (rank.high > rank[level]) level = 'high';
      reasons.push(`requested delivery ${o.requested} is ${cd} calendar days after receipt on ${o.received}`);
    }
  }
  if (o.negated) reasons.push(o.negated);
  if (o.note) reasons.push(o.note);
  return { level, reasons };
}

export interface Buyer { company: string | null; contactName: string | null; email: string | null; phone: string | null }
export interface OrderIn {
  poNumber: string | null;
  orderDate: string | null;
  requestedDeliveryDate: string | null;
  buyer: Buyer;
  shipTo: Addr | null;
  billTo: Addr | null;
  currency: string | null;
  lines: L[];
  subtotal: number | null;
  tax: number | null;
  shipping: number | null;
  total: number | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  notes: string | null;
  urgency: Urg;
  reviewReasons?: string[];
}
export function draftOrder(o: OrderIn) {
  const rr = o.reviewReasons ?? [];
  return {
    poNumber: o.poNumber,
    orderDate: o.orderDate,
    requestedDeliveryDate: o.requestedDeliveryDate,
    buyer: { ...o.buyer, customerId: null },
    shipTo: o.shipTo,
    billTo: o.billTo,
    currency: o.currency,
    lines: o.lines.map(tline),
    subtotal: o.subtotal,
    tax: o.tax,
    shipping: o.shipping,
    total: o.total,
    paymentTerms: o.paymentTerms,
    shippingMethod: o.shippingMethod,
    notes: o.notes,
    urgency: o.urgency,
    confidence: 1,
    needsReview: rr.length > 0,
    reviewReasons: rr,
  };
}
export interface DocInfo { name: string; mediaType: string; method: 'text' | 'pdf-text' | 'ocr' | 'spreadsheet' | 'edi' | 'skipped'; pages: number | null }
export function emailSource(m: MailSpec, file: string, documents: DocInfo[]) {
  const addrM = m.from.match(/<([^>]+)>/);
  return {
    kind: 'email' as const,
    messageId: `<${m.messageId}>`,
    from: (addrM ? addrM[1] : m.from).toLowerCase(),
    subject: m.subject,
    receivedAt: m.date.iso(),
    file,
    documents,
  };
}
export function fileSource(file: string, documents: DocInfo[]) {
  return { kind: 'file' as const, messageId: null, from: null, subject: null, receivedAt: null, file, documents };
}
