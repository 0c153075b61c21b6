// Model of one printed purchase order, number/date formatting per locale, and the truth it implies.
export type Loc = 'en-GB' | 'en-US' | 'de-DE' | 'de-CH' | 'fr-FR' | 'es-ES' | 'nl-NL' | 'it-IT' | 'pt-PT' | 'sv-SE';

export interface Address {
  name: string | null;
  street: string[];
  city: string;
  region?: string | null;
  postalCode: string | null;
  country: string; // ISO alpha-2
}

export interface Contact { name: string | null; email: string | null; phone: string | null }

export interface Line {
  lineNo: number | null;
  sku: string | null;
  description: string;
  quantity: number;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
  discountPct?: number; // printed discount column; amount is net
  date?: string; // per-line delivery date (printed)
}

export interface Order {
  poNumber: string | null;
  orderDate: string | null;
  deliveryDate: string | null; // requested delivery date as printed (header or every line)
  company: string;
  contact: Contact;
  shipTo: Address | null;
  billTo: Address | null;
  currency: string | null;
  lines: Line[];
  subtotal: number | null;
  tax: number | null;
  taxRate?: number;
  shipping: number | null;
  total: number | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  notes: string | null;
  /** The buyer's urgency phrase, where one is written (anywhere in the input). */
  phrase?: { level: 'urgent' | 'high' | 'normal'; text: string };
}

export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Fill amount/subtotal/tax/total from lines; the printed values then are these. */
export function priced(o: Omit<Order, 'subtotal' | 'tax' | 'total'> & { taxRate?: number }, opts: { tax?: boolean; subtotal?: boolean } = {}): Order {
  const lines = o.lines.map((l) => ({
    ...l,
    amount: l.unitPrice === null ? null : round2(l.quantity * l.unitPrice * (1 - (l.discountPct ?? 0) / 100)),
  }));
  if (lines.some((l) => l.amount === null)) return { ...o, lines, subtotal: null, tax: null, total: null };
  const subtotal = round2(lines.reduce((s, l) => s + (l.amount ?? 0), 0));
  const tax = o.taxRate !== undefined && opts.tax !== false ? round2((subtotal + (o.shipping ?? 0)) * o.taxRate / 100) : null;
  const total = round2(subtotal + (o.shipping ?? 0) + (tax ?? 0));
  return { ...o, lines, subtotal: opts.subtotal === false ? null : subtotal, tax, total };
}

// ---------- formatting ----------
const SEP: Record<Loc, [thousands: string, decimal: string]> = {
  'en-GB': [',', '.'], 'en-US': [',', '.'], 'de-DE': ['.', ','], 'de-CH': ["'", '.'], 'fr-FR': [' ', ','],
  'es-ES': ['.', ','], 'nl-NL': ['.', ','], 'it-IT': ['.', ','], 'pt-PT': [' ', ','], 'sv-SE': [' ', ','],
};

export function num(n: number, loc: Loc, decimals = 2, grouping = true): string {
  const [t, d] = SEP[loc];
  const neg = n < 0;
  const fixed = Math.abs(n).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, t) : int;
  return (neg ? '-' : '') + grouped + (frac ? d + frac : '');
}

/** Quantities: integers bare, fractions with the locale decimal. */
export function qty(n: number, loc: Loc, decimals?: number): string {
  if (decimals !== undefined) return num(n, loc, decimals);
  return Number.isInteger(n) ? num(n, loc, 0) : num(n, loc, String(n).split('.')[1].length);
}

export function money(n: number, loc: Loc, cur: string, style: 'symbol' | 'code' | 'none' = 'symbol'): string {
  const v = num(n, loc);
  if (style === 'none') return v;
  if (style === 'code') return loc.startsWith('en') ? `${cur} ${v}` : `${v} ${cur}`;
  const sym: Record<string, string> = { EUR: '€', GBP: '£', USD: '$', CHF: 'CHF', SEK: 'kr' };
  const s = sym[cur] ?? cur;
  if (loc.startsWith('en')) return `${s}${v}`;
  if (loc === 'de-CH') return `${s} ${v}`;
  return `${v} ${s}`;
}

const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
};

export type DateStyle = 'dmy.' | 'dmy/' | 'dmy-' | 'mdy/' | 'iso' | 'dmy.yy' | 'long-en' | 'long-de' | 'long-fr' | 'long-es' | 'long-it' | 'us-long' | 'dd-mon-yy';

export function date(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-');
  const mi = Number(m) - 1;
  switch (style) {
    case 'dmy.': return `${d}.${m}.${y}`;
    case 'dmy.yy': return `${d}.${m}.${y.slice(2)}`;
    case 'dmy/': return `${d}/${m}/${y}`;
    case 'dmy-': return `${d}-${m}-${y}`;
    case 'mdy/': return `${m}/${d}/${y}`;
    case 'iso': return iso;
    case 'long-en': return `${Number(d)} ${MONTHS.en[mi]} ${y}`;
    case 'us-long': return `${MONTHS.en[mi]} ${Number(d)}, ${y}`;
    case 'long-de': return `${Number(d)}. ${MONTHS.de[mi]} ${y}`;
    case 'long-fr': return `${Number(d)} ${MONTHS.fr[mi]} ${y}`;
    case 'long-es': return `${Number(d)} de ${MONTHS.es[mi]} de ${y}`;
    case 'long-it': return `${Number(d)} ${MONTHS.it[mi]} ${y}`;
    case 'dd-mon-yy': return `${d}-${MONTHS.en[mi].slice(0, 3).toUpperCase()}-${y.slice(2)}`;
  }
}

// ---------- urgency ----------
function addDays(iso: string, n: number): string {
  const t = new Date(`${iso}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
function businessDaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d < to; ) {
    d = addDays(d, 1);
    const wd = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}
function calendarDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86400000);
}

export interface Urgency { level: 'urgent' | 'high' | 'normal'; reasons: string[] }
const RANK = { normal: 0, high: 1, urgent: 2 } as const;

/** receivedDay: local date the mail arrived (null for a bare file). */
export function urgencyOf(o: Order, receivedDay: string | null): Urgency {
  let level: Urgency['level'] = 'normal';
  const reasons: string[] = [];
  if (o.phrase && o.phrase.level !== 'normal') {
    level = o.phrase.level;
    reasons.push(`buyer writes "${o.phrase.text}"`);
  } else if (o.phrase) reasons.push(`negated phrase "${o.phrase.text}" is not urgency`);
  if (receivedDay && o.deliveryDate) {
    const bd = businessDaysBetween(receivedDay, o.deliveryDate);
    const cd = calendarDays(receivedDay, o.deliveryDate);
    let dl: Urgency['level'] = 'normal';
    if (o.deliveryDate >= receivedDay && bd <= 2) dl = 'urgent';
    else if (cd >= 3 && cd <= 7) dl = 'high';
    if (dl !== 'normal') reasons.push(`requested delivery ${o.deliveryDate} is ${bd} business / ${cd} calendar days after receipt ${receivedDay}`);
    if (RANK[dl] > RANK[level]) level = dl;
  }
  return { level, reasons };
}

// ---------- truth ----------
function addr(a: Address | null) {
  if (!a) return null;
  return { name: a.name, street: a.street.join('\n'), city: a.city, region: a.region ?? null, postalCode: a.postalCode, country: a.country };
}

export function truthOrder(o: Order, receivedDay: string | null) {
  const u = urgencyOf(o, receivedDay);
  return {
    poNumber: o.poNumber,
    orderDate: o.orderDate,
    requestedDeliveryDate: o.deliveryDate,
    buyer: { company: o.company, contactName: o.contact.name, email: o.contact.email?.toLowerCase() ?? null, phone: o.contact.phone, customerId: null },
    shipTo: addr(o.shipTo),
    billTo: addr(o.billTo),
    currency: o.currency,
    lines: o.lines.map((l) => ({
      lineNo: l.lineNo, sku: l.sku, catalogSku: null, description: l.description, quantity: l.quantity,
      unit: l.unit ? l.unit.toUpperCase() : null, unitPrice: l.unitPrice, amount: l.amount,
    })),
    subtotal: o.subtotal, tax: o.tax, shipping: o.shipping, total: o.total,
    paymentTerms: o.paymentTerms, shippingMethod: o.shippingMethod, notes: o.notes,
    urgency: u,
    confidence: 1,
    needsReview: false,
    reviewReasons: [] as string[],
  };
}

export interface Source { kind: 'email' | 'file'; messageId: string | null; from: string | null; subject: string | null; receivedAt: string | null; file: string | null }

export function truth(source: Source, orders: Order[], receivedDay: string | null) {
  return { source, isPurchaseOrder: orders.length > 0, orders: orders.map((o) => truthOrder(o, receivedDay)) };
}
