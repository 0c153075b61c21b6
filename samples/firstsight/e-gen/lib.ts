// Building blocks for the first-sight set e generator: seeded numbers, money and
// date formatting per locale, hand-built MIME (so boundaries are fixed), pdfkit
// purchase-order layouts, exceljs sheets, and SVG-rendered pages degraded into scans.
import PDFDocument from 'pdfkit';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { createHash } from 'node:crypto';

// ---------- fixed clock: exceljs/jszip stamp zip entries with new Date() ----------
const FIXED = Date.UTC(2026, 11, 7, 6, 0, 0);
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: any[]) {
    if (args.length === 0) super(FIXED);
    else super(...(args as [any]));
  }
  static now() { return FIXED; }
}
(globalThis as any).Date = FixedDate;

// ---------- seeded randomness ----------
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

export const r2 = (n: number) => Math.round(n * 100 + Number.EPSILON * 100) / 100;

// ---------- the order model (truth shape plus what only rendering needs) ----------
export interface Addr { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null }
export interface Line {
  no?: number | null; sku: string | null; bp?: string; desc: string; qty: number; unit: string | null;
  price: number | null; amount?: number | null; date?: string; list?: number; disc?: number;
}
export interface Order {
  po: string | null; date: string | null; req: string | null;
  buyer: { company: string | null; contactName: string | null; email: string | null; phone: string | null };
  shipTo: Addr | null; billTo: Addr | null; currency: string | null;
  lines: Line[];
  taxRate?: number; tax?: number | null; taxOnShipping?: boolean; taxes?: { label: string; rate: number }[];
  shipping?: number | null; adjust?: { label: string; amount: number }[];
  noSubtotal?: boolean; noTotal?: boolean; noAmounts?: boolean; printLineNo?: boolean;
  terms: string | null; via: string | null; notes: string | null;
  urgency: { level: 'urgent' | 'high' | 'normal'; reasons: string[] };
}

export function addr(name: string | null, street: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Addr {
  return { name, street, city, region, postalCode, country };
}

/** Fills amounts, taxes and totals so the document and the truth print the same numbers. */
export function settle(o: Order) {
  for (const l of o.lines) {
    if (l.price != null && l.amount === undefined) l.amount = r2(l.qty * l.price);
  }
  const sub = r2(o.lines.reduce((s, l) => s + (l.amount ?? 0), 0));
  const adj = r2((o.adjust ?? []).reduce((s, a) => s + a.amount, 0));
  const ship = o.shipping ?? 0;
  if (o.taxes) {
    const base = sub + adj + (o.taxOnShipping ? ship : 0);
    o.tax = r2(o.taxes.reduce((s, t) => s + r2(base * t.rate), 0));
  } else if (o.taxRate != null && o.tax === undefined) {
    o.tax = r2((sub + adj + (o.taxOnShipping ? ship : 0)) * o.taxRate);
  }
  return { sub, adj, ship, tax: o.tax ?? 0, total: r2(sub + adj + ship + (o.tax ?? 0)) };
}
export function taxParts(o: Order) {
  const t = settle(o);
  const base = t.sub + t.adj + (o.taxOnShipping ? t.ship : 0);
  return (o.taxes ?? []).map((x) => ({ label: x.label, amount: r2(base * x.rate) }));
}

export function truthOrder(o: Order) {
  const t = settle(o);
  const priced = o.lines.some((l) => l.price != null);
  return {
    poNumber: o.po,
    orderDate: o.date,
    requestedDeliveryDate: o.req,
    buyer: { ...o.buyer, customerId: null },
    shipTo: o.shipTo,
    billTo: o.billTo,
    currency: o.currency,
    lines: o.lines.map((l) => ({
      lineNo: o.printLineNo ? (l.no ?? null) : null,
      sku: l.sku, catalogSku: null, description: l.desc.replace(/\u2028/g, ' '), quantity: l.qty, unit: l.unit,
      unitPrice: l.price, amount: o.noAmounts ? null : (l.amount ?? null), confidence: 1,
    })),
    subtotal: priced && !o.noSubtotal ? t.sub : null,
    tax: o.tax ?? null,
    shipping: o.shipping ?? null,
    total: priced && !o.noTotal ? t.total : null,
    paymentTerms: o.terms, shippingMethod: o.via, notes: o.notes,
    urgency: o.urgency, confidence: 1, needsReview: false, reviewReasons: [],
  };
}

// ---------- formatting ----------
export type Loc = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl' | 'plain';
export function money(n: number, loc: Loc, dp = 2): string {
  const neg = n < 0; const abs = Math.abs(n);
  const [i, f] = abs.toFixed(dp).split('.');
  const group = (s: string, sep: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  let out: string;
  switch (loc) {
    case 'en': out = group(i, ',') + (dp ? '.' + f : ''); break;
    case 'plain': out = i + (dp ? '.' + f : ''); break;
    case 'fr': case 'pl': out = group(i, ' ') + (dp ? ',' + f : ''); break;
    default: out = group(i, '.') + (dp ? ',' + f : '');
  }
  return (neg ? '-' : '') + out;
}
export function qtyFmt(n: number, loc: Loc): string {
  return Number.isInteger(n) ? money(n, loc, 0) : money(n, loc, 2);
}
const MON: Record<string, string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  enl: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pl: ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'],
};
export type DFmt = 'us' | 'usl' | 'iso' | 'dmy.' | 'dmy/' | 'dmy-' | 'dMon' | 'frl' | 'esl' | 'del' | 'itl' | 'nll' | 'pll' | 'ymd/' | 'dd-Mon-yy' | 'mdy2';
export function dfmt(iso: string, f: DFmt): string {
  const [y, m, d] = iso.split('-').map(Number);
  const p = (n: number) => String(n).padStart(2, '0');
  switch (f) {
    case 'us': return `${p(m)}/${p(d)}/${y}`;
    case 'mdy2': return `${m}/${d}/${String(y).slice(2)}`;
    case 'usl': return `${MON.enl[m - 1]} ${d}, ${y}`;
    case 'iso': return iso;
    case 'dmy.': return `${p(d)}.${p(m)}.${y}`;
    case 'dmy/': return `${p(d)}/${p(m)}/${y}`;
    case 'dmy-': return `${d}-${m}-${y}`;
    case 'dMon': return `${d} ${MON.en[m - 1]} ${y}`;
    case 'dd-Mon-yy': return `${p(d)}-${MON.en[m - 1].toUpperCase()}-${String(y).slice(2)}`;
    case 'ymd/': return `${y}/${p(m)}/${p(d)}`;
    case 'frl': return `${d} ${MON.fr[m - 1]} ${y}`;
    case 'esl': return `${d} de ${MON.es[m - 1]} de ${y}`;
    case 'del': return `${d}. ${MON.de[m - 1]} ${y}`;
    case 'itl': return `${d} ${MON.it[m - 1]} ${y}`;
    case 'nll': return `${d} ${MON.nl[m - 1]} ${y}`;
    case 'pll': return `${d} ${MON.pl[m - 1]} ${y}`;
  }
}

// ---------- MIME ----------
function b64lines(buf: Buffer): string {
  return buf.toString('base64').replace(/.{1,76}/g, '$&\r\n');
}
export function qp(text: string): string {
  const out: string[] = [];
  for (const rawLine of text.replace(/\r\n/g, '\n').split('\n')) {
    let enc = '';
    const bytes = Buffer.from(rawLine, 'utf8');
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last)) enc += String.fromCharCode(b);
      else enc += '=' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    // soft line breaks at 76, never inside an =XX escape
    let line = enc;
    while (line.length > 76) {
      let cut = 75;
      const esc = line.lastIndexOf('=', cut - 1);
      if (esc > cut - 3) cut = esc;
      out.push(line.slice(0, cut) + '=');
      line = line.slice(cut);
    }
    out.push(line);
  }
  return out.join('\r\n');
}
export function encWord(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}
export function mbox(name: string | null, email: string): string {
  if (!name) return email;
  const n = /^[\x20-\x7e]*$/.test(name) ? (/[",.;:@<>()]/.test(name) ? `"${name.replace(/"/g, '\\"')}"` : name) : encWord(name);
  return `${n} <${email}>`;
}
export interface Att { filename?: string; type: string; content: Buffer; inline?: boolean; cid?: string }
export interface Mail {
  from: string; to: string; cc?: string; replyTo?: string; subject: string; date: string; // RFC 2822 date
  messageId: string; inReplyTo?: string; references?: string; headers?: [string, string][];
  text?: string; html?: string; attachments?: Att[];
}
export function buildMail(m: Mail): Buffer {
  const seed = createHash('sha1').update(m.messageId).digest('hex').slice(0, 12);
  let n = 0;
  const boundary = () => `----=_Part_${seed}_${++n}`;
  const textPart = (body: string, sub: string) =>
    `Content-Type: text/${sub}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(body)}\r\n`;
  const attPart = (a: Att) => {
    if (a.type === 'message/rfc822') {
      return `Content-Type: message/rfc822${a.filename ? `; name="${a.filename}"` : ''}\r\nContent-Disposition: attachment${a.filename ? `; filename="${a.filename}"` : ''}\r\n\r\n${a.content.toString('utf8')}\r\n`;
    }
    const fn = a.filename ? encWord(a.filename) : undefined;
    return `Content-Type: ${a.type}${fn ? `; name="${fn}"` : ''}\r\nContent-Transfer-Encoding: base64\r\n` +
      (a.cid ? `Content-ID: <${a.cid}>\r\n` : '') +
      `Content-Disposition: ${a.inline ? 'inline' : 'attachment'}${fn ? `; filename="${fn}"` : ''}\r\n\r\n${b64lines(a.content)}`;
  };
  const multipart = (sub: string, parts: string[]) => {
    const b = boundary();
    return `Content-Type: multipart/${sub}; boundary="${b}"\r\n\r\n` + parts.map((p) => `--${b}\r\n${p}`).join('\r\n') + `\r\n--${b}--\r\n`;
  };
  let body: string;
  const alts: string[] = [];
  if (m.text != null) alts.push(textPart(m.text, 'plain'));
  if (m.html != null) alts.push(textPart(m.html, 'html'));
  body = alts.length > 1 ? multipart('alternative', alts) : alts[0];
  const atts = m.attachments ?? [];
  if (atts.length) body = multipart('mixed', [body, ...atts.map(attPart)]);
  const h: string[] = [
    `From: ${m.from}`, `To: ${m.to}`, ...(m.cc ? [`Cc: ${m.cc}`] : []), ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encWord(m.subject)}`, `Date: ${m.date}`, `Message-ID: <${m.messageId}>`,
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`] : []), ...(m.references ? [`References: ${m.references}`] : []),
    ...(m.headers ?? []).map(([k, v]) => `${k}: ${v}`), 'MIME-Version: 1.0',
  ];
  return Buffer.from(h.join('\r\n') + '\r\n' + body, 'utf8');
}

// ---------- PDF ----------
const DJ = '/usr/share/fonts/truetype/dejavu/';
export const FONTS = {
  helv: ['Helvetica', 'Helvetica-Bold'], times: ['Times-Roman', 'Times-Bold'], courier: ['Courier', 'Courier-Bold'],
  dejavu: [DJ + 'DejaVuSans.ttf', DJ + 'DejaVuSans-Bold.ttf'], dejavuc: [DJ + 'DejaVuSansCondensed.ttf', DJ + 'DejaVuSansCondensed-Bold.ttf'],
  serif: [DJ + 'DejaVuSerif.ttf', DJ + 'DejaVuSerif-Bold.ttf'], mono: [DJ + 'DejaVuSansMono.ttf', DJ + 'DejaVuSansMono-Bold.ttf'],
} as const;
export type FontKey = keyof typeof FONTS;

export function pdfDoc(title: string, size: 'A4' | 'LETTER', draw: (d: PDFKit.PDFDocument) => void): Promise<Buffer> {
  return new Promise((res) => {
    const d = new PDFDocument({ size, margin: 40, autoFirstPage: true, bufferPages: true,
      info: { Title: title, Producer: 'po-print', Creator: 'po-print', CreationDate: new RealDate(FIXED), ModDate: new RealDate(FIXED) } as any });
    const bufs: Buffer[] = [];
    d.on('data', (x: Buffer) => bufs.push(x));
    d.on('end', () => res(Buffer.concat(bufs)));
    draw(d);
    d.end();
  });
}

export type ColKey = 'no' | 'sku' | 'bp' | 'desc' | 'qty' | 'unit' | 'price' | 'amount' | 'date' | 'qtyunit' | 'list' | 'disc';
export interface Col { key: ColKey; label: string; w: number; align?: 'left' | 'right' | 'center' }
export interface PdfPo {
  size?: 'A4' | 'LETTER'; font: FontKey; fs?: number; loc: Loc; df: DFmt; cur?: string; // currency suffix/prefix for amounts in totals
  title: string; letterhead: string[]; letterheadRight?: boolean; accent?: string; band?: boolean;
  meta: [string, string][]; // label/value pairs in the PO box
  blocks: { label: string; lines: string[] }[]; // vendor / ship-to / bill-to blocks, laid out side by side
  blocksFirst?: boolean; // blocks above meta
  intro?: string[]; cols: Col[]; table: 'ruled' | 'borderless' | 'zebra' | 'grid';
  totals: [string, number][]; totalsBold?: number; after?: string[]; footer?: string; rowsPerPage?: number;
  pageLabel?: (i: number, n: number) => string; headerEachPage?: string;
}

export function priceDp(p: number): number {
  const c = p * 100;
  if (Math.abs(c - Math.round(c)) < 1e-7) return 2;
  return Math.abs(c * 10 - Math.round(c * 10)) < 1e-6 ? 3 : 4;
}
export function cell(l: Line, k: ColKey, loc: Loc, df: DFmt): string {
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
    case 'list': return l.list != null ? money(l.list, loc) : '';
    case 'disc': return l.disc != null ? `${qtyFmt(l.disc, loc)}%` : '';
  }
}

export function renderPdfPo(o: Order, s: PdfPo): Promise<Buffer> {
  return pdfDoc(s.title, s.size ?? 'LETTER', (d) => {
    const [reg, bold] = FONTS[s.font];
    const fs = s.fs ?? 9;
    const W = d.page.width, L = 40, R = W - 40;
    const accent = s.accent ?? '#000000';
    const pageTop = () => {
      if (s.band) { d.rect(0, 0, W, 28).fill(accent); d.fillColor('#ffffff').font(bold).fontSize(10).text(s.headerEachPage ?? '', L, 9, { width: R - L, lineBreak: false }); d.fillColor('#000'); return 44; }
      if (s.headerEachPage) { d.font(reg).fontSize(7).fillColor('#555').text(s.headerEachPage, L, 22, { width: R - L, align: 'right', lineBreak: false }); d.fillColor('#000'); }
      return 40;
    };
    let y = pageTop();
    // letterhead
    d.font(bold).fontSize(14).fillColor(accent).text(s.letterhead[0], L, y, { width: R - L - 270 });
    d.fillColor('#000').font(reg).fontSize(fs - 1);
    let ly = y + 18;
    for (const t of s.letterhead.slice(1)) { d.text(t, L, ly, { width: 260 }); ly += fs + 1.5; }
    // title + meta box on the right
    d.font(bold).fontSize(16).text(s.title, R - 230, y, { width: 230, align: 'right' });
    let my = y + 24;
    d.fontSize(fs);
    for (const [k, v] of s.meta) {
      d.font(bold).text(k, R - 260, my, { width: 100 });
      d.font(reg).text(v, R - 165, my, { width: 165, align: 'right', lineBreak: false });
      my += fs + 4;
    }
    y = Math.max(ly, my) + 14;
    // address blocks side by side
    const bw = (R - L) / Math.max(1, s.blocks.length);
    let by = y;
    s.blocks.forEach((b, i) => {
      const x = L + i * bw;
      d.font(bold).fontSize(fs).text(b.label, x, y, { width: bw - 10 });
      let yy = y + fs + 4;
      d.font(reg);
      for (const t of b.lines) { d.text(t, x, yy, { width: bw - 10 }); yy += fs + 2; }
      by = Math.max(by, yy);
    });
    y = by + 10;
    if (s.intro) { d.font(reg).fontSize(fs); for (const t of s.intro) { d.text(t, L, y, { width: R - L }); y = d.y + 2; } y += 8; }
    // table
    const totalW = s.cols.reduce((a, c) => a + c.w, 0);
    const scale = (R - L) / totalW;
    const xs: number[] = []; let acc = L;
    for (const c of s.cols) { xs.push(acc); acc += c.w * scale; }
    const header = () => {
      d.font(bold).fontSize(fs);
      const h = Math.max(...s.cols.map((c, i) => d.heightOfString(c.label || ' ', { width: c.w * scale - 6 }))) + 8;
      if (s.table === 'zebra' || s.band) { d.rect(L, y, R - L, h).fill(accent); d.fillColor('#ffffff'); }
      else if (s.table === 'grid' || s.table === 'ruled') { d.rect(L, y, R - L, h).fill('#e6e6e6'); d.fillColor('#000'); }
      d.font(bold).fontSize(fs);
      s.cols.forEach((c, i) => d.text(c.label, xs[i] + 3, y + 4, { width: c.w * scale - 6, align: c.align ?? 'left' }));
      d.fillColor('#000');
      if (s.table === 'borderless') d.moveTo(L, y + h).lineTo(R, y + h).lineWidth(0.8).stroke();
      y += h;
    };
    header();
    const bottom = d.page.height - 70;
    let rowsOnPage = 0;
    o.lines.forEach((l, li) => {
      d.font(reg).fontSize(fs);
      // item numbers never wrap (a wrapped number is a different number): shrink the font to fit instead
      const noWrap = (k: ColKey) => k === 'sku' || k === 'bp' || k === 'amount' || k === 'price' || k === 'qty' || k === 'date';
      const fit = (t: string, w: number) => { let z = fs; d.fontSize(z); while (z > 5 && d.widthOfString(t) > w) d.fontSize((z -= 0.5)); const r = z; d.fontSize(fs); return r; };
      const hs = s.cols.map((c, i) => noWrap(c.key) ? fs + 2 : d.heightOfString(cell(l, c.key, s.loc, s.df) || ' ', { width: c.w * scale - 6 }));
      const h = Math.max(...hs) + 6;
      if (y + h > bottom || (s.rowsPerPage && rowsOnPage >= s.rowsPerPage)) {
        d.addPage(); y = pageTop() + 10; header(); rowsOnPage = 0;
      }
      if (s.table === 'zebra' && li % 2 === 1) { d.rect(L, y, R - L, h).fill('#eef3f8'); d.fillColor('#000'); }
      s.cols.forEach((c, i) => {
        const t = cell(l, c.key, s.loc, s.df);
        if (noWrap(c.key)) { d.fontSize(fit(t, c.w * scale - 6)); d.text(t, xs[i] + 3, y + 3, { width: c.w * scale - 6, align: c.align ?? 'left', lineBreak: false }); d.fontSize(fs); }
        else d.text(t, xs[i] + 3, y + 3, { width: c.w * scale - 6, align: c.align ?? 'left' });
      });
      if (s.table === 'ruled' || s.table === 'grid') { d.moveTo(L, y + h).lineTo(R, y + h).lineWidth(0.4).strokeColor('#888').stroke().strokeColor('#000'); }
      if (s.table === 'grid') for (const x of [...xs, R]) d.moveTo(x, y).lineTo(x, y + h).lineWidth(0.4).stroke();
      y += h; rowsOnPage++;
    });
    y += 8;
    if (y + s.totals.length * (fs + 5) + 20 > bottom) { d.addPage(); y = pageTop() + 10; }
    s.totals.forEach(([k, v], i) => {
      const b = s.totalsBold === undefined ? i === s.totals.length - 1 : i === s.totalsBold;
      d.font(b ? bold : reg).fontSize(fs);
      d.text(k, R - 250, y, { width: 150, align: 'right' });
      d.text(money(v, s.loc) + (s.cur ? ' ' + s.cur : ''), R - 95, y, { width: 92, align: 'right' });
      y += fs + 5;
    });
    y += 12;
    d.font(reg).fontSize(fs);
    for (const t of s.after ?? []) {
      if (y > bottom - 20) { d.addPage(); y = pageTop() + 10; }
      d.text(t, L, y, { width: R - L }); y = d.y + 3;
    }
    const range = d.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      d.switchToPage(i);
      const t = [s.footer, s.pageLabel ? s.pageLabel(i + 1, range.count) : null].filter(Boolean).join('    ');
      if (t) {
        const m = d.page.margins.bottom; d.page.margins.bottom = 0;
        d.font(reg).fontSize(7).fillColor('#555').text(t, L, d.page.height - 32, { width: R - L, align: 'center', lineBreak: false });
        d.fillColor('#000'); d.page.margins.bottom = m;
      }
    }
  });
}

/** A monospace print (AS/400 green-bar, dot-matrix style): caller lays out text lines. */
export function renderMonoPdf(pages: string[][], opts: { greenbar?: boolean; fs?: number; landscape?: boolean; title: string }): Promise<Buffer> {
  return new Promise((res) => {
    const d = new PDFDocument({ size: 'LETTER', layout: opts.landscape ? 'landscape' : 'portrait', margin: 30,
      info: { Title: opts.title, Producer: 'IBM i Spool to PDF', CreationDate: new RealDate(FIXED), ModDate: new RealDate(FIXED) } as any });
    const bufs: Buffer[] = [];
    d.on('data', (x: Buffer) => bufs.push(x));
    d.on('end', () => res(Buffer.concat(bufs)));
    const fs = opts.fs ?? 8.5; const lh = fs * 1.45;
    pages.forEach((lines, pi) => {
      if (pi) d.addPage();
      if (opts.greenbar) {
        for (let y = 30, k = 0; y < d.page.height - 30; y += lh * 3, k++) if (k % 2 === 0) d.rect(20, y - 2, d.page.width - 40, lh * 3).fill('#dcefdc');
        d.fillColor('#000');
      }
      d.font('Courier').fontSize(fs);
      lines.forEach((t, i) => d.text(t, 36, 32 + i * lh, { lineBreak: false }));
    });
    d.end();
  });
}

// ---------- spreadsheets ----------
export async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kestrel first-sight e'; wb.created = new RealDate(FIXED); wb.modified = new RealDate(FIXED);
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------- scans ----------
export interface SvgText { x: number; y: number; t: string; size?: number; bold?: boolean; mono?: boolean; anchor?: 'start' | 'end' | 'middle'; italic?: boolean; font?: string }
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function svgPage(w: number, h: number, texts: SvgText[], lines: [number, number, number, number, number?][] = [], rects: [number, number, number, number, string][] = []): Buffer {
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#ffffff"/>`];
  for (const [x, y, rw, rh, fill] of rects) parts.push(`<rect x="${x}" y="${y}" width="${rw}" height="${rh}" fill="${fill}"/>`);
  for (const [x1, y1, x2, y2, sw] of lines) parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#000" stroke-width="${sw ?? 1.5}"/>`);
  for (const t of texts) {
    const fam = t.font ?? (t.mono ? 'DejaVu Sans Mono' : 'DejaVu Sans');
    parts.push(`<text x="${t.x}" y="${t.y}" font-family="${fam}" font-size="${t.size ?? 22}"${t.bold ? ' font-weight="bold"' : ''}${t.italic ? ' font-style="italic"' : ''}${t.anchor ? ` text-anchor="${t.anchor}"` : ''} xml:space="preserve">${esc(t.t)}</text>`);
  }
  parts.push('</svg>');
  return Buffer.from(parts.join(''));
}

async function grayRaw(svg: Buffer) {
  const { data, info } = await sharp(svg).flatten({ background: '#ffffff' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  return { data, w: info.width, h: info.height };
}
function addNoise(data: Buffer, amount: number, rand: () => number, speckle = 0) {
  for (let i = 0; i < data.length; i++) {
    let v = data[i] + (rand() - 0.5) * 2 * amount;
    if (speckle && rand() < speckle) v = rand() < 0.5 ? 0 : 255;
    data[i] = Math.max(0, Math.min(255, v));
  }
}
const rawImg = (data: Buffer, w: number, h: number) => sharp(data, { raw: { width: w, height: h, channels: 1 } });

/** Fax: low vertical resolution, slight skew, speckle, 1-bit CCITT G4 TIFF. */
export async function toFax(svg: Buffer, seed: number, angle: number): Promise<Buffer> {
  const rand = rng(seed);
  const g = await grayRaw(svg);
  const low = await rawImg(g.data, g.w, g.h).resize(1728, Math.round(g.h * 1728 / g.w / 2), { fit: 'fill' }).blur(0.6).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  const rot = await rawImg(low.data, low.info.width, low.info.height).rotate(angle, { background: '#ffffff' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  addNoise(rot.data, 30, rand, 0.002);
  const png = await rawImg(rot.data, rot.info.width, rot.info.height).png().toBuffer();
  return sharp(png).extractChannel(0).threshold(150).tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 8.03, yres: 3.85 }).toBuffer();
}

/** Office scanner: grayscale, blur, noise, skew; returned as JPEG, or wrapped into an image-only PDF. */
export async function toScanJpeg(svg: Buffer, seed: number, angle: number, quality = 70): Promise<Buffer> {
  const rand = rng(seed);
  const g = await grayRaw(svg);
  const rot = await rawImg(g.data, g.w, g.h).blur(0.9).rotate(angle, { background: '#f4f4f4' }).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
  addNoise(rot.data, 22, rand, 0.0008);
  return rawImg(rot.data, rot.info.width, rot.info.height).toColourspace('b-w').jpeg({ quality }).toBuffer();
}
export async function imagePdf(jpegs: Buffer[], size: 'A4' | 'LETTER' = 'A4'): Promise<Buffer> {
  return pdfDoc('Scan', size, (d) => {
    jpegs.forEach((j, i) => { if (i) d.addPage(); d.image(j, 0, 0, { width: d.page.width, height: d.page.height }); });
  });
}

/** Phone photo: page on a desk, perspective, uneven light, blur, JPEG; optional 90° turn. */
export async function toPhoto(svg: Buffer, seed: number, opts: { angle: number; turn?: 90 | 270; quad?: number[] }): Promise<Buffer> {
  const rand = rng(seed);
  const g = await grayRaw(svg);
  const OW = Math.round(g.w * 1.12), OH = Math.round(g.h * 1.1);
  // destination corners (tl, tr, br, bl) of the page inside the photo
  const q = opts.quad ?? [0.06, 0.05, 0.95, 0.03, 0.97, 0.96, 0.04, 0.94];
  const dst = [[q[0] * OW, q[1] * OH], [q[2] * OW, q[3] * OH], [q[4] * OW, q[5] * OH], [q[6] * OW, q[7] * OH]];
  const H = homography(dst, [[0, 0], [g.w, 0], [g.w, g.h], [0, g.h]]);
  const out = Buffer.alloc(OW * OH);
  const cx = OW * (0.3 + rand() * 0.4), cy = OH * (0.2 + rand() * 0.3);
  for (let y = 0; y < OH; y++) for (let x = 0; x < OW; x++) {
    const den = H[6] * x + H[7] * y + H[8];
    const u = (H[0] * x + H[1] * y + H[2]) / den, v = (H[3] * x + H[4] * y + H[5]) / den;
    let val: number;
    if (u >= 0 && v >= 0 && u < g.w - 1 && v < g.h - 1) {
      const x0 = Math.floor(u), y0 = Math.floor(v), fx = u - x0, fy = v - y0, i = y0 * g.w + x0;
      val = (g.data[i] * (1 - fx) + g.data[i + 1] * fx) * (1 - fy) + (g.data[i + g.w] * (1 - fx) + g.data[i + g.w + 1] * fx) * fy;
      val = 40 + val * 0.78; // paper is never white in a photo
    } else val = 70 + 15 * Math.sin(x / 37) * Math.cos(y / 53); // desk
    const dist = Math.hypot(x - cx, y - cy) / Math.hypot(OW, OH);
    out[y * OW + x] = Math.max(0, Math.min(255, val * (1.12 - dist * 0.75)));
  }
  addNoise(out, 14, rand);
  let img = rawImg(out, OW, OH).blur(1.1).rotate(opts.angle, { background: '#464646' });
  if (opts.turn) {
    const b = await img.extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    img = rawImg(b.data, b.info.width, b.info.height).rotate(opts.turn);
  }
  return img.toColourspace('b-w').jpeg({ quality: 78 }).toBuffer();
}

function homography(src: number[][], dst: number[][]): number[] {
  // solves for H mapping src -> dst (8 unknowns, h8 = 1)
  const A: number[][] = []; const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i], [u, v] = dst[i];
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]); b.push(v);
  }
  for (let c = 0; c < 8; c++) {
    let p = c; for (let r = c + 1; r < 8; r++) if (Math.abs(A[r][c]) > Math.abs(A[p][c])) p = r;
    [A[c], A[p]] = [A[p], A[c]]; [b[c], b[p]] = [b[p], b[c]];
    for (let r = 0; r < 8; r++) if (r !== c) {
      const f = A[r][c] / A[c][c];
      for (let k = c; k < 8; k++) A[r][k] -= f * A[c][k];
      b[r] -= f * b[c];
    }
  }
  return [...b.map((v, i) => v / A[i][i]), 1];
}

export function usLines(a: Addr, country = false): string[] {
  return [...(a.name ? [a.name] : []), ...(a.street ? a.street.split('\n') : []), `${a.city}, ${a.region} ${a.postalCode}`, ...(country ? [a.country === 'CA' ? 'Canada' : 'USA'] : [])];
}
export function euLines(a: Addr, country?: string): string[] {
  return [...(a.name ? [a.name] : []), ...(a.street ? a.street.split('\n') : []), `${a.postalCode} ${a.city}`, ...(country ? [country] : [])];
}
