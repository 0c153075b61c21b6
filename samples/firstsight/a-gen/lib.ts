import { CATALOG, CUSTOMERS, type Addr, type Customer, type Item } from './data.ts';

export function rng(seedStr: string) {
  let h = 1779033703 ^ seedStr.length;
  for (let i = 0; i < seedStr.length; i++) { h = Math.imul(h ^ seedStr.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  let a = h >>> 0;
  const next = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(arr: T[]): T => arr[Math.floor(next() * arr.length)],
    shuffle: <T>(arr: T[]): T[] => { const c = arr.slice(); for (let i = c.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [c[i], c[j]] = [c[j], c[i]]; } return c; },
  };
}
export type Rng = ReturnType<typeof rng>;

export const r2 = (n: number) => Math.round(n * 100 + Number.EPSILON * 100) / 100;

// ---------- number / date formatting ----------
export type NumStyle = 'us' | 'eu' | 'fr' | 'ch' | 'plain';
export function fmtNum(n: number, style: NumStyle, dec = 2): string {
  const neg = n < 0; const abs = Math.abs(n);
  const [i, d] = abs.toFixed(dec).split('.');
  const sep = { us: ',', eu: '.', fr: ' ', ch: "'", plain: '' }[style];
  const dp = style === 'eu' || style === 'fr' ? ',' : '.';
  const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? '-' : '') + ii + (dec > 0 ? dp + d : '');
}
export const numStyleFor = (loc: string): NumStyle => ({ us: 'us', uk: 'us', ca: 'us', au: 'us', ie: 'us', de: 'eu', at: 'eu', es: 'eu', nl: 'eu', it: 'eu', fr: 'fr', cafr: 'fr' } as any)[loc] ?? 'us';
export function fmtQty(q: number, style: NumStyle, dec = 0) { return fmtNum(q, style, Number.isInteger(q) ? dec : Math.max(dec, 2)); }

const MON_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const MON_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MON_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MON_IT = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
export const DOW_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export type DateStyle = 'us' | 'us2' | 'uk' | 'de' | 'nl' | 'iso' | 'oracle' | 'long_en' | 'uk_long' | 'de_long' | 'fr_long' | 'es_long' | 'nl_long' | 'it_long' | 'ymd' | 'uk_short' | 'dotted2';
export function fmtDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  const p = (n: number) => String(n).padStart(2, '0');
  switch (style) {
    case 'us': return `${p(m)}/${p(d)}/${y}`;
    case 'us2': return `${p(m)}/${p(d)}/${String(y).slice(2)}`;
    case 'uk': return `${p(d)}/${p(m)}/${y}`;
    case 'uk_short': return `${d} ${MON_EN[m - 1].slice(0, 3)} ${y}`;
    case 'de': return `${p(d)}.${p(m)}.${y}`;
    case 'dotted2': return `${p(d)}.${p(m)}.${String(y).slice(2)}`;
    case 'nl': return `${p(d)}-${p(m)}-${y}`;
    case 'iso': return iso;
    case 'ymd': return `${y}${p(m)}${p(d)}`;
    case 'oracle': return `${p(d)}-${MON_EN[m - 1].slice(0, 3).toUpperCase()}-${y}`;
    case 'long_en': return `${MON_EN[m - 1]} ${d}, ${y}`;
    case 'uk_long': return `${d} ${MON_EN[m - 1]} ${y}`;
    case 'de_long': return `${d}. ${MON_DE[m - 1]} ${y}`;
    case 'fr_long': return `${d} ${MON_FR[m - 1]} ${y}`;
    case 'es_long': return `${d} de ${MON_ES[m - 1]} de ${y}`;
    case 'nl_long': return `${d} ${MON_NL[m - 1]} ${y}`;
    case 'it_long': return `${d} ${MON_IT[m - 1]} ${y}`;
  }
}
export const dateStyleFor = (loc: string): DateStyle => ({ us: 'us', uk: 'uk', ca: 'iso', cafr: 'iso', au: 'uk', ie: 'uk', de: 'de', at: 'de', fr: 'uk', es: 'uk', it: 'uk', nl: 'nl' } as any)[loc];

export function addDays(iso: string, n: number): string {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + n * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}
export const dow = (iso: string) => new Date(iso + 'T12:00:00Z').getUTCDay();
export function calDiff(a: string, b: string) { return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86400000); }
export function businessDaysAfter(from: string, to: string) { let n = 0; let d = from; while (d < to) { d = addDays(d, 1); if (dow(d) !== 0 && dow(d) !== 6) n++; } return n; }
/** add n business days */
export function addBiz(iso: string, n: number) { let d = iso; while (n > 0) { d = addDays(d, 1); if (dow(d) !== 0 && dow(d) !== 6) n--; } return d; }
/** next weekday at or after iso+n calendar days */
export function addCalWeekday(iso: string, n: number) { let d = addDays(iso, n); while (dow(d) === 0 || dow(d) === 6) d = addDays(d, 1); return d; }

// ---------- order model ----------
export type Line = {
  lineNo: number | null; lineLabel: string | null; sku: string | null; buyerPart: string | null; desc: string; qty: number; unit: string | null;
  price: number | null; discPct: number | null; amount: number | null; reqDate: string | null;
};
export type Order = {
  lang: string; loc: string; cust: Customer; poNumber: string | null; orderDate: string | null; reqDate: string | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  shipTo: Addr | null; billTo: Addr | null; currency: string; lines: Line[];
  goods: number | null; discount: number | null; discountLabel: string | null; subtotal: number | null; taxRate: number; tax: number | null; shipping: number | null; total: number | null;
  printSubtotal: boolean; terms: string | null; shipVia: string | null; notes: string | null;
  buyerCompany?: string | null;
  urgencyWords: string[]; // words the document/mail uses that raise urgency (for the truth reasons)
  highWords: string[];
};

export type OrderOpts = {
  custKey: string; n: number; poNumber: string; orderDate: string | null; reqDate: string | null; rnd: Rng;
  lineNumbering?: 'tens' | 'ones' | 'pad4' | 'pad5' | 'none';
  buyerParts?: boolean; // print buyer part numbers as well
  skuMode?: 'vendor' | 'buyer' | 'none';
  discPct?: boolean; orderDiscountPct?: number; shipping?: number | null; tax?: boolean; noPrices?: boolean;
  printSubtotal?: boolean; terms?: string | null; shipVia?: string | null; notes?: string | null; billTo?: boolean; lineDates?: boolean;
  contact?: Partial<Order['contact']>; lang?: string; currency?: string; qtyScale?: number;
};

export function makeOrder(o: OrderOpts): Order {
  const cust = CUSTOMERS.find((c) => c.key === o.custKey)!;
  if (!cust) throw new Error('no customer ' + o.custKey);
  const lang = o.lang ?? cust.lang;
  const cat = CATALOG[lang];
  const items: Item[] = o.rnd.shuffle(cat).slice(0, Math.min(o.n, cat.length));
  while (items.length < o.n) items.push(o.rnd.pick(cat));
  const numbering = o.lineNumbering ?? 'tens';
  const lines: Line[] = items.map((it, i) => {
    const qty = o.rnd.pick([1, 2, 4, 5, 6, 10, 12, 20, 24, 25, 50, 100]) * (o.qtyScale ?? 1);
    const disc = o.discPct && o.rnd.next() < 0.6 ? o.rnd.pick([5, 10, 12.5, 15]) : null;
    const price = o.noPrices ? null : it.price;
    const amount = price == null ? null : r2(qty * price * (1 - (disc ?? 0) / 100));
    const no = numbering === 'none' ? null : numbering === 'ones' ? i + 1 : (i + 1) * 10;
    const label = no == null ? null : numbering === 'pad4' ? String((i + 1)).padStart(4, '0') : numbering === 'pad5' ? String(no).padStart(5, '0') : String(no);
    const bp = cust.partPrefix + String(10000 + Math.floor(o.rnd.next() * 89999));
    const skuMode = o.skuMode ?? 'vendor';
    return {
      lineNo: numbering === 'pad4' ? i + 1 : no, lineLabel: label, sku: skuMode === 'vendor' ? it.sku : skuMode === 'buyer' ? bp : null, buyerPart: o.buyerParts ? bp : null,
      desc: it.desc, qty, unit: it.unit, price, discPct: disc, amount, reqDate: o.lineDates ? o.reqDate : null,
    };
  });
  const goods = o.noPrices ? null : r2(lines.reduce((s, l) => s + (l.amount ?? 0), 0));
  const discount = goods != null && o.orderDiscountPct ? r2(goods * o.orderDiscountPct / 100) : null;
  const subtotal = goods == null ? null : r2(goods - (discount ?? 0));
  const taxRate = o.tax ? cust.vatRate : 0;
  const tax = subtotal != null && o.tax ? r2(subtotal * taxRate / 100) : null;
  const shipping = o.shipping ?? null;
  const total = subtotal == null ? null : r2(subtotal + (tax ?? 0) + (shipping ?? 0));
  return {
    lang, loc: cust.loc, cust, poNumber: o.poNumber, orderDate: o.orderDate, reqDate: o.reqDate,
    contact: { name: cust.contact, email: cust.email, phone: cust.phone, ...(o.contact ?? {}) },
    shipTo: cust.ship, billTo: o.billTo ? (cust.bill ?? cust.ship) : null, currency: o.currency ?? cust.currency, lines,
    goods, discount, discountLabel: o.orderDiscountPct ? `${o.orderDiscountPct}%` : null, subtotal, taxRate, tax, shipping, total,
    printSubtotal: o.printSubtotal ?? true, terms: o.terms ?? null, shipVia: o.shipVia ?? null, notes: o.notes ?? null, urgencyWords: [], highWords: [],
  };
}

// ---------- urgency ----------
export function urgencyOf(orders: { reqDate: string | null }, receivedDate: string | null, urgentWords: string[], highWords: string[], where: string) {
  const reasons: string[] = [];
  if (urgentWords.length) { reasons.push(...urgentWords.map((w) => `urgent wording "${w}" in the ${where}`)); return { level: 'urgent' as const, reasons }; }
  if (receivedDate && orders.reqDate) {
    const bd = businessDaysAfter(receivedDate, orders.reqDate);
    if (orders.reqDate <= receivedDate || bd <= 2) return { level: 'urgent' as const, reasons: [`requested date ${orders.reqDate} is ${bd} business day(s) after receipt on ${receivedDate}`] };
  }
  if (highWords.length) return { level: 'high' as const, reasons: highWords.map((w) => `priority wording "${w}" in the ${where}`) };
  if (receivedDate && orders.reqDate) {
    const cd = calDiff(receivedDate, orders.reqDate);
    if (cd >= 3 && cd <= 7) return { level: 'high' as const, reasons: [`requested date ${orders.reqDate} is ${cd} calendar days after receipt on ${receivedDate}`] };
  }
  return { level: 'normal' as const, reasons: [] as string[] };
}

// ---------- truth ----------
export function addrTruth(a: Addr | null) {
  if (!a) return null;
  return { name: a.name, street: a.street.join('\n'), city: a.city, region: a.region, postalCode: a.postalCode, country: a.country };
}
export function orderTruth(o: Order, receivedDate: string | null, extraUrgent: string[] = [], extraHigh: string[] = []) {
  const urg = urgencyOf(o, receivedDate, [...o.urgencyWords, ...extraUrgent], [...o.highWords, ...extraHigh], 'message');
  const subtotal = o.subtotal == null ? null : o.printSubtotal ? o.subtotal : o.total;
  return {
    poNumber: o.poNumber, orderDate: o.orderDate, requestedDeliveryDate: o.reqDate,
    buyer: { company: o.buyerCompany !== undefined ? o.buyerCompany : o.cust.company, contactName: o.contact.name, email: o.contact.email, phone: o.contact.phone, customerId: null },
    shipTo: addrTruth(o.shipTo), billTo: addrTruth(o.billTo), currency: o.lines.every((l) => l.price == null) && o.total == null && o.subtotal == null ? null : o.currency,
    subtotal, tax: o.tax, shipping: o.shipping, total: o.total, paymentTerms: o.terms, shippingMethod: o.shipVia, notes: o.notes,
    urgency: urg,
    lines: o.lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, catalogSku: null, description: l.desc, quantity: l.qty, unit: l.unit, unitPrice: l.price, amount: l.amount, requestedDate: l.reqDate, confidence: 0.5 })),
    confidence: 0.5, needsReview: true, reviewReasons: [] as string[],
  };
}

export function addrLines(a: Addr, opts: { withName?: boolean; upper?: boolean } = {}): string[] {
  const out: string[] = [];
  if (opts.withName !== false && a.name) out.push(a.name);
  if (a.attn) out.push(a.attn);
  out.push(...a.street);
  switch (a.format) {
    case 'us': case 'ca': out.push(`${a.city}, ${a.region} ${a.postalCode}`); break;
    case 'au': out.push(`${a.city} ${a.region} ${a.postalCode}`); break;
    case 'uk': case 'ie': out.push(a.city); if (a.region) out.push(a.region); out.push(a.postalCode); break;
    case 'it': out.push(`${a.postalCode} ${a.city}${a.region ? ` (${a.region})` : ''}`); break;
    case 'eu': out.push(`${a.postalCode} ${a.city}`); if (a.region) out.push(a.region); break;
  }
  if (a.countryPrinted) out.push(a.countryPrinted);
  return opts.upper ? out.map((s) => s.toUpperCase()) : out;
}
