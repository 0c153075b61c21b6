// One purchase order as meant: built from the axes, printed by the renderers, labelled by truth.ts.
import type { Rng } from '../gen/random.ts';
import { addBusinessDays, addDays, businessDaysBetween, isWeekend } from '../gen/dates.ts';
import type { Axes, ColumnOrder, Presence } from './axes.ts';
import { DOC_LABELS, headerWords, type Lang, type Role } from './lexicon.ts';
import {
  CARRIERS, FIRMS, LOCALE_INFO, NOTES, TERMS, fmtDate, fmtMoney, fmtNumber, fmtPrice, fmtQty, itemsFor, personFor, round2,
  type Addr, type Firm, type LocaleId, type Person,
} from './locale.ts';

export interface Line { lineNo: number | null; printedLineNo: string; sku: string | null; desc: string; qty: number; unit: string | null; price: number | null; amount: number | null }

/** The labels one document uses (one variant of each). */
export interface Labels { [key: string]: string }

export interface Order {
  axes: Axes;
  locale: LocaleId;
  lang: Lang;
  firm: Firm;
  contact: Person;
  poNumber: string;
  orderDate: string;
  deliveryDate: string | null;
  /** Whether the header fields print the delivery date (else only the due column does). */
  deliveryInHeader: boolean;
  shipTo: Addr | null;
  billTo: Addr | null;
  showCountry: boolean;
  currency: string | null;
  lines: Line[];
  taxRate: number | null;
  freight: number | null;
  subtotal: number | null;
  tax: number | null;
  total: number | null;
  terms: string | null;
  carrier: string | null;
  notes: string | null;
  /** Table columns in print order, with their header words. */
  columns: Array<{ role: Role; header: string }>;
  labels: Labels;
}

const ORDERS: Record<ColumnOrder, Role[]> = {
  std: ['line', 'sku', 'desc', 'qty', 'unit', 'price', 'amount', 'due'],
  'qty-first': ['line', 'qty', 'unit', 'sku', 'desc', 'price', 'amount', 'due'],
  'desc-first': ['line', 'desc', 'sku', 'qty', 'unit', 'price', 'amount', 'due'],
  'price-before-qty': ['line', 'sku', 'desc', 'price', 'qty', 'unit', 'amount', 'due'],
  'due-mid': ['line', 'sku', 'desc', 'due', 'qty', 'unit', 'price', 'amount'],
};

const PRESENT: Record<Presence, Role[]> = {
  all: ['line', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'],
  'no-line': ['sku', 'desc', 'qty', 'unit', 'price', 'amount'],
  'no-unit': ['line', 'sku', 'desc', 'qty', 'price', 'amount'],
  'no-sku': ['line', 'desc', 'qty', 'unit', 'price', 'amount'],
  'with-due': ['line', 'sku', 'desc', 'qty', 'unit', 'price', 'amount', 'due'],
  minimal: ['desc', 'qty', 'price', 'amount'],
  'no-prices': ['line', 'sku', 'desc', 'qty', 'unit'],
};

export function rolesOf(axes: Axes): Role[] {
  const present = new Set(PRESENT[axes.presence]);
  return ORDERS[axes.columns].filter((r) => present.has(r));
}

export function poNumberFor(rng: Rng, locale: LocaleId): string {
  return rng.pick([
    () => `4500${rng.digits(6)}`,
    () => `PO-2026-${rng.digits(4)}`,
    () => rng.digits(6),
    () => `${rng.pick(['P', 'MRO', 'BE', 'OA'])}${rng.pick(['-', ''])}${rng.digits(5)}`,
    () => (locale === 'en-US' ? `${rng.digits(2)}-${rng.digits(5)}` : `26/${rng.digits(4)}`),
  ])();
}

/** A weekday in the window 2 Feb - 13 Mar 2026. */
export function receivedDay(rng: Rng): string {
  for (;;) {
    const d = addDays('2026-02-02', rng.int(0, 39));
    if (!isWeekend(d)) return d;
  }
}

/** A unit price in range with qty x price exact to the cent. */
function priceFor(rng: Rng, [lo, hi]: [number, number], qty: number): number {
  const decimals = hi < 1 ? 3 : 2;
  const step = 10 ** -decimals;
  let price = Number((lo + rng.next() * (hi - lo)).toFixed(decimals));
  while (Math.abs(qty * price * 100 - Math.round(qty * price * 100)) > 1e-6) price = Number((price + step).toFixed(decimals));
  return price;
}

function lineCount(rng: Rng, axes: Axes): number {
  return axes.length === 'short' ? rng.int(1, 5) : axes.length === 'medium' ? rng.int(6, 14) : rng.int(26, 45);
}

/** The delivery date the urgency axis asks for (the date rules need a received day). */
function deliveryFor(rng: Rng, axes: Axes, received: string): string {
  if (axes.urgency === 'date-urgent') return addBusinessDays(received, rng.int(1, 2));
  if (axes.urgency === 'date-high') {
    // 3-7 calendar days and more than 2 business days.
    for (;;) {
      const d = addDays(received, rng.int(4, 7));
      if (!isWeekend(d) && businessDaysBetween(received, d) > 2) return d;
    }
  }
  return addDays(received, rng.int(10, 45));
}

export const URGENT_TEXT: Record<Lang, string[]> = {
  en: ['URGENT - line down, please ship today.', 'Rush order: machine down.', 'Please ship ASAP.'],
  de: ['Eilauftrag - Maschinenstillstand!', 'Dringend: bitte sofort liefern.'],
  fr: ['URGENT : ligne arrêtée, merci de livrer au plus vite.', 'Commande urgente.'],
  es: ['Pedido urgente, línea parada.', 'URGENTE: máquina parada.'],
  nl: ['URGENT: machine staat stil, graag vandaag verzenden.', 'Spoedorder - URGENT.'],
  it: ['Ordine urgente: linea ferma.', 'URGENTE - macchina ferma.'],
};
export const HIGH_TEXT: Record<Lang, string[]> = {
  en: ['Please expedite if possible.', 'Priority order, as soon as you can please.'],
  de: ['Bitte mit Priorität bearbeiten.', 'Lieferung bitte bis Ende der Woche.'],
  fr: ['Commande prioritaire, merci.', 'Livraison en priorité si possible.'],
  es: ['Pedido con prioridad, por favor.', 'Tramitar con prioridad.'],
  nl: ['Graag met priority behandelen (expedite).'],
  it: ['Ordine con priority, expedite se possibile.'],
};
export const NEGATED_TEXT: Record<Lang, string[]> = {
  en: ['No rush on this one.', 'Not urgent - normal lead time is fine.'],
  de: ['Nicht eilig, normale Lieferzeit genügt.', 'Keine Eile.'],
  fr: ["Ce n'est pas urgent.", 'Pas urgent, délai normal.'],
  es: ['Sin prisa, plazo normal.', 'No es urgente.'],
  nl: ['No rush - normale levertijd is prima.'],
  it: ['No rush, tempi normali.'],
};

function pickLabels(rng: Rng, lang: Lang): Labels {
  const L = DOC_LABELS[lang];
  const out: Labels = {};
  for (const [k, v] of Object.entries(L)) out[k] = Array.isArray(v) ? rng.pick(v) : v;
  return out;
}

export function firmsOf(locale: LocaleId): Firm[] {
  return FIRMS.filter((f) => f.locale === locale);
}

export function buildOrder(rng: Rng, axes: Axes, received: string, firm?: Firm, contact?: Person): Order {
  const info = LOCALE_INFO[axes.locale];
  const lang = info.lang;
  firm ??= rng.pick(firmsOf(axes.locale));
  contact ??= personFor(rng, firm);
  const roles = rolesOf(axes);
  const priced = roles.includes('price');
  const words = headerWords(axes.headers, lang);
  const columns = roles.map((role) => ({ role, header: axes.headerCase === 'upper' ? words[role].toLocaleUpperCase(lang) : words[role] }));
  const n = lineCount(rng, axes);
  const lines: Line[] = itemsFor(rng, lang, n, axes.longDesc).map((item, i) => {
    const mult = rng.pick([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 20]);
    const qty = item.fractional && rng.chance(0.4) ? item.step * mult + 0.5 : item.step * mult;
    const price = priced ? priceFor(rng, item.price, qty) : null;
    const lineNo = axes.lineNumbers === 'seq' ? i + 1 : (i + 1) * 10;
    return {
      lineNo: roles.includes('line') ? lineNo : null,
      printedLineNo: axes.lineNumbers === 'sap' ? String(lineNo).padStart(5, '0') : String(lineNo),
      sku: roles.includes('sku') ? item.sku : null,
      desc: item.desc,
      qty,
      unit: roles.includes('unit') ? item.unit : null,
      price,
      amount: price === null ? null : round2(qty * price),
    };
  });
  const orderDate = rng.chance(0.6) ? received : addDays(received, -rng.int(1, 3));
  const deliveryDate = roles.includes('due') || axes.urgency.startsWith('date-') || rng.chance(0.8) ? deliveryFor(rng, axes, received) : null;
  const shipSite = rng.int(0, firm.sites.length - 1);
  const taxRate = priced ? rng.pick(info.tax) : null;
  const freight = priced && rng.chance(0.3) ? rng.pick([15, 24.5, 39, 65, 120]) : null;
  const order: Order = {
    axes, locale: axes.locale, lang, firm, contact,
    poNumber: poNumberFor(rng, axes.locale),
    orderDate,
    deliveryDate,
    deliveryInHeader: deliveryDate !== null && (!roles.includes('due') || rng.chance(0.5)),
    shipTo: rng.chance(0.9) ? firm.sites[shipSite] : null,
    billTo: rng.chance(0.45) ? firm.sites[0] : null,
    showCountry: info.country !== 'US' || rng.chance(0.5),
    currency: priced ? info.currency : null,
    lines,
    taxRate: taxRate === 0 ? null : taxRate,
    freight,
    subtotal: null, tax: null, total: null,
    terms: rng.chance(0.85) ? rng.pick(TERMS[axes.locale]) : null,
    carrier: rng.chance(0.75) ? rng.pick(CARRIERS[axes.locale]) : null,
    notes: notesFor(rng, axes, lang),
    columns,
    labels: pickLabels(rng, lang),
  };
  if (priced) {
    const subtotal = round2(lines.reduce((s, l) => s + (l.amount ?? 0), 0));
    const base = axes.locale === 'en-US' ? subtotal : subtotal + (freight ?? 0);
    order.subtotal = subtotal;
    order.tax = order.taxRate === null ? null : round2(base * order.taxRate);
    order.total = round2(subtotal + (order.tax ?? 0) + (freight ?? 0));
  }
  return order;
}

function notesFor(rng: Rng, axes: Axes, lang: Lang): string | null {
  if (axes.urgency === 'urgent-word') return rng.pick(URGENT_TEXT[lang]);
  if (axes.urgency === 'high-word') return rng.pick(HIGH_TEXT[lang]);
  if (axes.urgency === 'negated') return rng.pick(NEGATED_TEXT[lang]);
  return rng.chance(0.3) ? rng.pick(NOTES[lang]) : null;
}

// ---- how the order's values print

export const date = (o: Order, iso: string) => fmtDate(iso, o.axes.dates, o.locale);
export const num = (o: Order, n: number) => fmtNumber(n, o.axes.numbers, 2);
export const money = (o: Order, n: number) => fmtMoney(n, o.axes.numbers, o.currency!, o.axes.money, o.lang);

/** The cell text of one line for a role. */
export function cell(o: Order, l: Line, role: Role): string {
  switch (role) {
    case 'line': return l.printedLineNo;
    case 'sku': return l.sku ?? '';
    case 'desc': return l.desc;
    case 'qty': return fmtQty(l.qty, o.axes.numbers);
    case 'unit': return l.unit ?? '';
    case 'price': return l.price === null ? '' : fmtPrice(l.price, o.axes.numbers);
    case 'amount': return l.amount === null ? '' : num(o, l.amount);
    case 'due': return o.deliveryDate ? date(o, o.deliveryDate) : '';
  }
}

export const NUMERIC: ReadonlySet<Role> = new Set(['line', 'qty', 'price', 'amount']);

/** Header fields as label/value pairs, in print order. */
export function headerPairs(o: Order, withContact = true): Array<[string, string]> {
  const L = o.labels;
  const pairs: Array<[string, string | null]> = [
    [L.po, o.poNumber],
    [L.date, date(o, o.orderDate)],
    [L.delivery, o.deliveryInHeader && o.deliveryDate ? date(o, o.deliveryDate) : null],
    [L.terms, o.terms],
    [L.shipVia, o.carrier],
    [L.currency, o.currency && o.axes.money === 'none' ? o.currency : null],
  ];
  if (withContact) pairs.push([L.buyer, o.contact.name], [L.phone, o.contact.phone], [L.email, o.contact.email]);
  return pairs.filter((p): p is [string, string] => p[1] !== null);
}

/** Totals as printed: only a total when nothing is added to the lines. */
export function totalPairs(o: Order): Array<[string, string]> {
  if (o.total === null) return [];
  const L = o.labels;
  if (o.tax === null && o.freight === null) return [[L.total, money(o, o.total)]];
  const pairs: Array<[string, string]> = [[L.subtotal, money(o, o.subtotal!)]];
  if (o.freight !== null) pairs.push([L.freight, money(o, o.freight)]);
  if (o.tax !== null) pairs.push([`${L.tax} ${fmtNumber(o.taxRate! * 100, o.axes.numbers, Number.isInteger(o.taxRate! * 100) ? 0 : 2)}%`, money(o, o.tax)]);
  pairs.push([L.total, money(o, o.total)]);
  return pairs;
}
