// Shared helpers for the first-sight set c generator: numbers, dates, layout, PDF, images, MIME, truth.
import PDFDocument from 'pdfkit';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import JSZip from 'jszip';

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

// ---------- numbers ----------
export const r2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
export const r4 = (n: number) => Math.round((n + Number.EPSILON) * 10000) / 10000;

export type NumStyle = 'us' | 'eu' | 'fr' | 'in' | 'plain' | 'ch';
export function fmt(n: number, style: NumStyle = 'us', dec = 2): string {
  const neg = n < 0;
  const s = Math.abs(n).toFixed(dec);
  let [int, frac] = s.split('.');
  let grouped: string;
  if (style === 'in') {
    if (int.length > 3) {
      const last3 = int.slice(-3);
      let rest = int.slice(0, -3);
      const parts: string[] = [];
      while (rest.length > 2) { parts.unshift(rest.slice(-2)); rest = rest.slice(0, -2); }
      if (rest) parts.unshift(rest);
      grouped = parts.join(',') + ',' + last3;
    } else grouped = int;
  } else if (style === 'plain') grouped = int;
  else {
    const sep = style === 'us' ? ',' : style === 'eu' ? '.' : style === 'ch' ? "'" : '\u00a0';
    grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }
  const dp = style === 'eu' || style === 'fr' ? ',' : '.';
  return (neg ? '-' : '') + grouped + (dec > 0 ? dp + frac : '');
}
// quantity: integers without decimals
export const q = (n: number, style: NumStyle = 'us', dec?: number) =>
  fmt(n, style, dec ?? (Number.isInteger(n) ? 0 : 2));

// ---------- dates ----------
const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const MONS: Record<string, string[]> = { en: MON_EN, es: MON_ES, fr: MON_FR, de: MON_DE, nl: MON_NL, it: MON_IT };
const p2 = (n: number) => String(n).padStart(2, '0');
export function df(iso: string, f: string, lang = 'en'): string {
  const [Y, M, D] = iso.split('-').map(Number);
  const mons = MONS[lang];
  return f.replace(/YYYY|YY|MMMM|MMM|MM|M|DD|D|Do/g, (t) => {
    switch (t) {
      case 'YYYY': return String(Y);
      case 'YY': return String(Y).slice(2);
      case 'MMMM': return mons[M - 1];
      case 'MMM': return mons[M - 1].slice(0, 3).replace(/^./, (c) => c.toUpperCase());
      case 'MM': return p2(M);
      case 'M': return String(M);
      case 'DD': return p2(D);
      case 'D': return String(D);
      default: return t;
    }
  });
}
const DOW = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MSHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// local: '2026-03-10T09:14:22-05:00'
export function mailDate(local: string): string {
  const m = local.match(/^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)([+-])(\d\d):(\d\d)$/)!;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${DOW[d.getUTCDay()]}, ${+m[3]} ${MSHORT[+m[2] - 1]} ${m[1]} ${m[4]} ${m[5]}${m[6]}${m[7]}`;
}
export function isoUtc(local: string): string {
  return new Date(local).toISOString().replace('.000Z', 'Z');
}
export function addDays(iso: string, n: number): string {
  const d = new Date(iso + 'T12:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function dow(iso: string): number { return new Date(iso + 'T12:00:00Z').getUTCDay(); }
export function addBusinessDays(iso: string, n: number): string {
  let d = iso;
  while (n > 0) { d = addDays(d, 1); if (dow(d) !== 0 && dow(d) !== 6) n--; }
  return d;
}
export function businessDaysBetween(a: string, b: string): number {
  let n = 0; let d = a;
  while (d < b) { d = addDays(d, 1); if (dow(d) !== 0 && dow(d) !== 6) n++; }
  return n;
}
export function calendarDaysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

// ---------- orders & truth ----------
export type Addr = { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null };
export type Line = { lineNo: number | null; sku: string | null; description: string | null; quantity: number; unit: string | null; unitPrice: number | null; amount: number | null };
export type Order = {
  poNumber: string | null; orderDate: string | null; requestedDeliveryDate: string | null;
  buyer: { company: string | null; contactName: string | null; email: string | null; phone: string | null };
  shipTo: Addr | null; billTo: Addr | null; currency: string | null; lines: Line[];
  subtotal: number | null; tax: number | null; shipping: number | null; total: number | null;
  paymentTerms: string | null; shippingMethod: string | null; notes: string | null;
  urgency: { level: 'urgent' | 'high' | 'normal'; reasons: string[] };
};
export const addr = (name: string | null, street: string | null, city: string | null, region: string | null, postalCode: string | null, country: string | null): Addr =>
  ({ name, street, city, region, postalCode, country });

// line tuple: [sku, description, qty, unit, unitPrice, (amount override)]
export type LT = [string | null, string, number, string | null, number | null, number?];
export function mkLines(ts: LT[], numbered: boolean | number[] = true): Line[] {
  return ts.map((t, i) => ({
    lineNo: Array.isArray(numbered) ? numbered[i] : numbered ? i + 1 : null,
    sku: t[0], description: t[1], quantity: t[2], unit: t[3], unitPrice: t[4],
    amount: t[5] !== undefined ? t[5] : t[4] === null ? null : r2(t[2] * t[4]),
  }));
}
export const sumLines = (ls: Line[]) => r2(ls.reduce((s, l) => s + (l.amount ?? 0), 0));

export function truthOf(source: any, orders: Order[] | null) {
  return {
    source,
    isPurchaseOrder: !!orders && orders.length > 0,
    orders: (orders ?? []).map((o) => ({
      poNumber: o.poNumber,
      orderDate: o.orderDate,
      requestedDeliveryDate: o.requestedDeliveryDate,
      buyer: { company: o.buyer.company, contactName: o.buyer.contactName, email: o.buyer.email, phone: o.buyer.phone, customerId: null },
      shipTo: o.shipTo,
      billTo: o.billTo,
      currency: o.currency,
      lines: o.lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, catalogSku: null, description: l.description, quantity: l.quantity, unit: l.unit ? l.unit.toUpperCase() : null, unitPrice: l.unitPrice, amount: l.amount, confidence: 1 })),
      subtotal: o.subtotal, tax: o.tax, shipping: o.shipping, total: o.total,
      paymentTerms: o.paymentTerms, shippingMethod: o.shippingMethod, notes: o.notes,
      urgency: o.urgency,
      confidence: 1,
      needsReview: true,
      reviewReasons: ['customer not matched to a customer account (no customer master in this set)', 'items not matched to the catalogue (no catalogue in this set)'],
    })),
  };
}

// ---------- layout ----------
export type Font = 'sans' | 'sansB' | 'mono' | 'monoB' | 'serif' | 'serifB' | 'dv' | 'dvB' | 'narrow' | 'narrowB';
const PDFFONT: Record<Font, string> = { sans: 'Helvetica', sansB: 'Helvetica-Bold', mono: 'Courier', monoB: 'Courier-Bold', serif: 'Times-Roman', serifB: 'Times-Bold', dv: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', dvB: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', narrow: '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf', narrowB: '/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf' };
const CANVASFONT: Record<Font, string> = { sans: 'LibSans', sansB: 'bold LibSans', mono: 'LibMono', monoB: 'bold LibMono', serif: 'LibSerif', serifB: 'bold LibSerif', dv: 'DVSans', dvB: 'bold DVSans', narrow: 'LibNarrow', narrowB: 'bold LibNarrow' };
const LIB = '/usr/share/fonts/truetype/liberation/';
GlobalFonts.registerFromPath(LIB + 'LiberationSans-Regular.ttf', 'LibSans');
GlobalFonts.registerFromPath(LIB + 'LiberationSans-Bold.ttf', 'LibSans');
GlobalFonts.registerFromPath(LIB + 'LiberationMono-Regular.ttf', 'LibMono');
GlobalFonts.registerFromPath(LIB + 'LiberationMono-Bold.ttf', 'LibMono');
GlobalFonts.registerFromPath(LIB + 'LiberationSerif-Regular.ttf', 'LibSerif');
GlobalFonts.registerFromPath(LIB + 'LiberationSerif-Bold.ttf', 'LibSerif');
GlobalFonts.registerFromPath(LIB + 'LiberationSansNarrow-Regular.ttf', 'LibNarrow');
GlobalFonts.registerFromPath(LIB + 'LiberationSansNarrow-Bold.ttf', 'LibNarrow');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'DVSans');
GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', 'DVSans');

const measurer = new PDFDocument({ autoFirstPage: true, margin: 0 });
export function measure(s: string, font: Font, size: number): number {
  return measurer.font(PDFFONT[font]).fontSize(size).widthOfString(s);
}
export function wrap(s: string, width: number, font: Font, size: number): string[] {
  const out: string[] = [];
  for (const para of s.split('\n')) {
    let cur = '';
    for (const w of para.split(/ +/)) {
      const t = cur ? cur + ' ' + w : w;
      if (measure(t, font, size) > width && cur) { out.push(cur); cur = w; } else cur = t;
    }
    out.push(cur);
  }
  return out;
}

export type TOpt = { size?: number; font?: Font; align?: 'left' | 'right' | 'center'; color?: string };
export type Op =
  | { t: 'text'; x: number; y: number; s: string; size: number; font: Font; align: 'left' | 'right' | 'center'; color: string }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; w: number; color: string }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string };

export class Layout {
  pages: Op[][] = [[]];
  constructor(public W = 612, public H = 792) {}
  static A4() { return new Layout(595.28, 841.89); }
  get cur() { return this.pages[this.pages.length - 1]; }
  text(x: number, y: number, s: string, o: TOpt = {}) {
    this.cur.push({ t: 'text', x, y, s, size: o.size ?? 9, font: o.font ?? 'sans', align: o.align ?? 'left', color: o.color ?? '#000000' });
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color = '#000000') { this.cur.push({ t: 'line', x1, y1, x2, y2, w, color }); }
  rect(x: number, y: number, w: number, h: number, fill?: string, stroke?: string) { this.cur.push({ t: 'rect', x, y, w, h, fill, stroke }); }
  newPage() { this.pages.push([]); }
}

export async function toPdf(L: Layout, meta: { title: string; author: string; creator: string; producer?: string; date: string }): Promise<Buffer> {
  const d = new Date(meta.date + 'T10:00:00Z');
  const doc = new PDFDocument({ size: [L.W, L.H], margin: 0, autoFirstPage: false, info: { Title: meta.title, Author: meta.author, Creator: meta.creator, Producer: meta.producer ?? meta.creator, CreationDate: d, ModDate: d } as any });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on('end', () => res()));
  for (const page of L.pages) {
    doc.addPage({ size: [L.W, L.H], margin: 0 });
    for (const op of page) {
      if (op.t === 'rect') {
        if (op.fill && op.stroke) doc.rect(op.x, op.y, op.w, op.h).lineWidth(0.6).fillAndStroke(op.fill, op.stroke);
        else if (op.fill) doc.rect(op.x, op.y, op.w, op.h).fill(op.fill);
        else doc.rect(op.x, op.y, op.w, op.h).lineWidth(0.6).stroke(op.stroke ?? '#000000');
      } else if (op.t === 'line') {
        doc.moveTo(op.x1, op.y1).lineTo(op.x2, op.y2).lineWidth(op.w).stroke(op.color);
      } else {
        doc.font(PDFFONT[op.font]).fontSize(op.size).fillColor(op.color);
        const w = doc.widthOfString(op.s);
        const x = op.align === 'right' ? op.x - w : op.align === 'center' ? op.x - w / 2 : op.x;
        doc.text(op.s, x, op.y, { lineBreak: false });
      }
    }
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function imagePdf(images: Buffer[], W: number, H: number, meta: { title: string; creator: string; date: string }): Promise<Buffer> {
  const d = new Date(meta.date + 'T10:00:00Z');
  const doc = new PDFDocument({ size: [W, H], margin: 0, autoFirstPage: false, info: { Title: meta.title, Creator: meta.creator, Producer: meta.creator, CreationDate: d, ModDate: d } as any });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((res) => doc.on('end', () => res()));
  for (const img of images) { doc.addPage({ size: [W, H], margin: 0 }); doc.image(img, 0, 0, { width: W, height: H }); }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

// paint a layout page onto a canvas context (scale = px per pt)
export function paintPage(ctx: any, ops: Op[], scale: number, ink = 1) {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  for (const op of ops) {
    if (op.t === 'rect') {
      if (op.fill) { ctx.fillStyle = op.fill; ctx.fillRect(op.x, op.y, op.w, op.h); }
      if (op.stroke || !op.fill) { ctx.strokeStyle = op.stroke ?? '#000'; ctx.lineWidth = 0.6 * ink; ctx.strokeRect(op.x, op.y, op.w, op.h); }
    } else if (op.t === 'line') {
      ctx.strokeStyle = op.color; ctx.lineWidth = op.w * ink; ctx.beginPath(); ctx.moveTo(op.x1, op.y1); ctx.lineTo(op.x2, op.y2); ctx.stroke();
    } else {
      const f = CANVASFONT[op.font];
      const bold = f.startsWith('bold ');
      ctx.font = `${bold ? 'bold ' : ''}${op.size}px ${bold ? f.slice(5) : f}`;
      ctx.fillStyle = op.color;
      const w = ctx.measureText(op.s).width;
      const x = op.align === 'right' ? op.x - w : op.align === 'center' ? op.x - w / 2 : op.x;
      // pdfkit's y is the top of the line box; ascent ~ 0.8 em
      ctx.fillText(op.s, x, op.y + op.size * 0.8);
    }
  }
  ctx.restore();
}

// render a page to a grayscale raw buffer, optionally rotated (degrees)
export function rasterPage(L: Layout, page: number, dpi: number, angle = 0, ink = 1) {
  const s = dpi / 72;
  const w = Math.round(L.W * s), h = Math.round(L.H * s);
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, w, h);
  ctx.translate(w / 2, h / 2); ctx.rotate((angle * Math.PI) / 180); ctx.translate(-w / 2, -h / 2);
  paintPage(ctx, L.pages[page], s, ink);
  return { canvas: c, w, h };
}

function grayOf(canvas: any, w: number, h: number): Uint8Array {
  const rgba = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  const g = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) g[i] = Math.round(0.299 * rgba[i * 4] + 0.587 * rgba[i * 4 + 1] + 0.114 * rgba[i * 4 + 2]);
  return g;
}

// fax: 1-bit with speckle, slight skew, 204x196-ish (we use square 200 dpi then squash)
export async function faxTiff(L: Layout, o: { seed: number; angle: number; header?: string; dpi?: number; speckle?: number; pages?: number[] }): Promise<Buffer> {
  const rand = rng(o.seed);
  const pages = o.pages ?? L.pages.map((_, i) => i);
  const bufs: Buffer[] = [];
  for (const p of pages) {
    const { canvas, w, h } = rasterPage(L, p, o.dpi ?? 200, o.angle, 1.3);
    if (o.header) {
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#000'; ctx.font = `${Math.round((o.dpi ?? 200) / 9)}px LibMono`;
      ctx.fillText(o.header.replace('{p}', String(p + 1)).replace('{n}', String(pages.length)), 40, 38);
    }
    const g = grayOf(canvas, w, h);
    // blur a touch, then threshold with noise
    const blurred = await sharp(Buffer.from(g), { raw: { width: w, height: h, channels: 1 } }).blur(0.7).extractChannel(0).raw().toBuffer();
    if (blurred.length !== w * h) throw new Error('fax raw size');
    const out = Buffer.alloc(w * h);
    const sp = o.speckle ?? 0.002;
    for (let i = 0; i < w * h; i++) {
      const v = blurred[i] + (rand() - 0.5) * 60;
      let b = v < 150 ? 0 : 255;
      if (rand() < sp) b = 0;
      out[i] = b;
    }
    // horizontal streak lines typical of fax
    for (let k = 0; k < 2; k++) {
      const y = Math.floor(rand() * h);
      for (let x = 0; x < w; x++) if (rand() < 0.6) out[y * w + x] = 0;
    }
    bufs.push(await sharp(out, { raw: { width: w, height: h, channels: 1 } }).resize(Math.round(w * 1.02), h).threshold(128).toColourspace('b-w').tiff({ compression: 'ccittfax4', bitdepth: 1, xres: 8, yres: 7.7 }).toBuffer());
  }
  if (bufs.length === 1) return bufs[0];
  throw new Error('multi-page tiff not supported');
}

// scanner: grayscale, slight skew, noise, blur, jpeg
export async function scanJpeg(L: Layout, page: number, o: { seed: number; angle: number; dpi: number; quality: number; noise?: number; blur?: number }): Promise<Buffer> {
  const rand = rng(o.seed);
  const { canvas, w, h } = rasterPage(L, page, o.dpi, o.angle, 1.0);
  const g = grayOf(canvas, w, h);
  const n = o.noise ?? 14;
  for (let i = 0; i < g.length; i++) {
    let v = g[i] * 0.9 + 18 + (rand() - 0.5) * n; // dull the whites, lift the blacks
    g[i] = Math.max(0, Math.min(255, Math.round(v)));
  }
  let img = sharp(Buffer.from(g), { raw: { width: w, height: h, channels: 1 } });
  if (o.blur) img = img.blur(o.blur);
  return img.jpeg({ quality: o.quality, mozjpeg: false }).toBuffer();
}

// phone photo: page on a desk, rotated and skewed, uneven light, blur, jpeg
export async function phonePhoto(L: Layout, page: number, o: { seed: number; angle: number; skew: number; quality: number; W?: number; H?: number }): Promise<Buffer> {
  const rand = rng(o.seed);
  const pageImg = rasterPage(L, page, 150, 0, 1.0);
  const W = o.W ?? 1500, H = o.H ?? 2000;
  const c = createCanvas(W, H);
  const ctx = c.getContext('2d');
  const bg = ctx.createLinearGradient(0, 0, W, H);
  bg.addColorStop(0, '#5b4634'); bg.addColorStop(1, '#3a2c20');
  ctx.fillStyle = bg; ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((o.angle * Math.PI) / 180);
  ctx.transform(1, 0, o.skew, 1, 0, 0);
  const sc = Math.min((W * 0.86) / pageImg.w, (H * 0.86) / pageImg.h);
  ctx.shadowColor = 'rgba(0,0,0,0.5)'; ctx.shadowBlur = 25;
  ctx.drawImage(pageImg.canvas, (-pageImg.w * sc) / 2, (-pageImg.h * sc) / 2, pageImg.w * sc, pageImg.h * sc);
  ctx.restore();
  // light falloff
  const lg = ctx.createRadialGradient(W * 0.35, H * 0.3, 100, W * 0.5, H * 0.5, H * 0.8);
  lg.addColorStop(0, 'rgba(255,250,235,0.10)'); lg.addColorStop(1, 'rgba(0,0,20,0.35)');
  ctx.fillStyle = lg; ctx.fillRect(0, 0, W, H);
  const rgba = ctx.getImageData(0, 0, W, H).data;
  const rgb = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) {
    const nz = (rand() - 0.5) * 10;
    rgb[i * 3] = Math.max(0, Math.min(255, rgba[i * 4] + nz + 4));
    rgb[i * 3 + 1] = Math.max(0, Math.min(255, rgba[i * 4 + 1] + nz));
    rgb[i * 3 + 2] = Math.max(0, Math.min(255, rgba[i * 4 + 2] + nz - 6));
  }
  return sharp(rgb, { raw: { width: W, height: H, channels: 3 } }).blur(0.9).jpeg({ quality: o.quality }).toBuffer();
}

// ---------- xlsx determinism ----------
export async function fixZip(buf: Buffer, date: string): Promise<Buffer> {
  const z = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const d = new Date(date + 'T10:00:00Z');
  const names = Object.keys(z.files).sort();
  for (const n of names) {
    const f = z.files[n];
    if (f.dir) continue;
    out.file(n, await f.async('uint8array'), { date: d, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

// ---------- MIME ----------
function qpEncode(s: string): string {
  const bytes = Buffer.from(s.replace(/\r?\n/g, '\n'), 'utf8');
  const lines: string[] = [];
  let cur = '';
  const push = (tok: string) => { if (cur.length + tok.length > 75) { lines.push(cur + '='); cur = ''; } cur += tok; };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      // encode trailing whitespace
      if (cur.endsWith(' ')) cur = cur.slice(0, -1) + '=20';
      lines.push(cur); cur = ''; continue;
    }
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) push(String.fromCharCode(b));
    else push('=' + b.toString(16).toUpperCase().padStart(2, '0'));
  }
  lines.push(cur);
  return lines.join('\r\n');
}
function b64(buf: Buffer): string { return buf.toString('base64').replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, ''); }
export function encWord(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}
export function mailbox(name: string | null, email: string) { return name ? `${/[^\x20-\x7e]/.test(name) ? encWord(name) : /[,.;:"()]/.test(name) ? JSON.stringify(name) : name} <${email}>` : email; }

export type Att = { name: string; type: string; data: Buffer; inline?: boolean };
export type Mail = {
  from: string; fromName: string | null; to?: string; toName?: string | null; cc?: string; subject: string; date: string; messageId: string;
  inReplyTo?: string; text?: string; html?: string; attachments?: Att[]; mailer?: string; extraHeaders?: [string, string][]; textEnc?: 'qp' | 'b64' | '8bit';
};
export const SELLER = { name: 'Harborline Industrial Supply', email: 'orders@harborline-supply.com', domain: 'harborline-supply.com' };

export function buildEml(m: Mail, seed: number): Buffer {
  const rand = rng(seed);
  const bnd = (tag: string) => `----=_Part_${tag}_${Math.floor(rand() * 1e9).toString(16)}.${Math.floor(rand() * 1e12)}`;
  const H: string[] = [];
  H.push(`Return-Path: <${m.from}>`);
  H.push(`Received: from mail.${m.from.split('@')[1]} by mx1.${SELLER.domain} with ESMTPS id ${Math.floor(rand() * 1e10).toString(36)}; ${mailDate(m.date)}`);
  H.push(`From: ${mailbox(m.fromName, m.from)}`);
  H.push(`To: ${mailbox(m.toName === undefined ? 'Harborline Orders' : m.toName, m.to ?? SELLER.email)}`);
  if (m.cc) H.push(`Cc: ${m.cc}`);
  H.push(`Subject: ${encWord(m.subject)}`);
  H.push(`Date: ${mailDate(m.date)}`);
  H.push(`Message-ID: ${m.messageId}`);
  if (m.inReplyTo) { H.push(`In-Reply-To: ${m.inReplyTo}`); H.push(`References: ${m.inReplyTo}`); }
  if (m.mailer) H.push(`X-Mailer: ${m.mailer}`);
  for (const [k, v] of m.extraHeaders ?? []) H.push(`${k}: ${v}`);
  H.push('MIME-Version: 1.0');
  const textPart = (s: string, sub: 'plain' | 'html') => {
    if (m.textEnc === 'b64') return `Content-Type: text/${sub}; charset="utf-8"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'utf8'))}\r\n`;
    if (m.textEnc === '8bit') return `Content-Type: text/${sub}; charset="utf-8"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${s.replace(/\r?\n/g, '\r\n')}\r\n`;
    return `Content-Type: text/${sub}; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpEncode(s)}\r\n`;
  };
  let body: string;
  if (m.text !== undefined && m.html !== undefined) {
    const b = bnd('alt');
    body = `Content-Type: multipart/alternative; boundary="${b}"\r\n\r\n--${b}\r\n${textPart(m.text, 'plain')}--${b}\r\n${textPart(m.html, 'html')}--${b}--\r\n`;
  } else if (m.html !== undefined) body = textPart(m.html, 'html');
  else body = textPart(m.text ?? '', 'plain');
  if (m.attachments && m.attachments.length) {
    const b = bnd('mix');
    let s = `Content-Type: multipart/mixed; boundary="${b}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--${b}\r\n${body}`;
    for (const a of m.attachments) {
      s += `--${b}\r\nContent-Type: ${a.type}; name="${a.name}"\r\nContent-Disposition: ${a.inline ? 'inline' : 'attachment'}; filename="${a.name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.data)}\r\n`;
    }
    s += `--${b}--\r\n`;
    body = s;
  }
  return Buffer.from(H.join('\r\n') + '\r\n' + body, 'utf8');
}

export function emailSource(m: Mail, file: string, docs: { name: string; mediaType: string; method: string; pages: number | null }[]) {
  return { kind: 'email', messageId: m.messageId, from: m.from.toLowerCase(), subject: m.subject, receivedAt: isoUtc(m.date), file, documents: docs };
}
export function fileSource(file: string, mediaType: string, method: string, pages: number | null) {
  return { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file, documents: [{ name: file, mediaType, method, pages }] };
}
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
