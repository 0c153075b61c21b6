import type { Rng } from './random.ts';
import type { Address, Charge, Company, Contact, Line, Po, Style } from './model.ts';
import { ITEMS, type Item } from './items.ts';
import { contactFor, copyAddress } from './fake.ts';
import { formatNumber, round2 } from './format.ts';
import { NOTES, PAYMENT_TERMS, SHIP_METHODS, labels } from './i18n.ts';

export interface PoOptions {
  company: Company;
  style: Style;
  /** null: no prices anywhere (currency, prices and totals all null). */
  currency: string | null;
  orderDate: string | null;
  deliveryDate?: string | null;
  lineCount: number;
  units?: boolean;
  skus?: boolean;
  lineNumbers?: 'none' | 'seq' | 'tens';
  taxRate?: number | null;
  freight?: { amount: number; inTable: boolean } | null;
  discountPct?: number;
  /** Index into company.sites for the ship-to, or null for none printed. */
  shipToSite?: number | null;
  billTo?: boolean;
  paymentTerms?: string | null;
  shippingMethod?: string | null;
  notes?: string | null;
  poNumber?: string | null;
  contact?: Contact | null;
  items?: Item[];
}

export function poNumberFor(rng: Rng): string {
  return rng.pick([
    () => `4500${rng.digits(6)}`,
    () => `PO-2026-${String(rng.int(100, 999)).padStart(4, '0')}`,
    () => rng.digits(5),
    () => `${rng.pick(['HF', 'MRO', 'P'])}-${rng.digits(5)}`,
    () => `26-${rng.digits(4)}`,
  ])();
}

function quantityFor(rng: Rng, item: Item): number {
  const q = item.step * rng.pick([1, 1, 2, 2, 3, 4, 5, 6, 8, 10, 12, 20]);
  return item.fractional && rng.chance(0.4) ? q + 0.5 : q;
}

/** A unit price in the item's range with no hidden rounding: qty x price has at most 2 decimals. */
function priceFor(rng: Rng, item: Item, qty: number): number {
  const [lo, hi] = item.price;
  const decimals = hi < 1 ? 3 : 2;
  const step = 10 ** -decimals;
  let price = Number((lo + rng.next() * (hi - lo)).toFixed(decimals));
  while (Math.abs(qty * price * 100 - Math.round(qty * price * 100)) > 1e-6) price = Number((price + step).toFixed(decimals));
  return price;
}

function makeLines(rng: Rng, o: PoOptions): Line[] {
  const pool = o.items ?? ITEMS[o.style.lang];
  return rng.sample(pool, o.lineCount).map((item, i) => {
    const quantity = quantityFor(rng, item);
    const unitPrice = o.currency ? priceFor(rng, item, quantity) : null;
    const n = o.lineNumbers ?? 'none';
    return {
      lineNo: n === 'none' ? null : n === 'seq' ? i + 1 : (i + 1) * 10,
      sku: o.skus === false ? null : item.sku,
      description: item.description,
      quantity,
      unit: o.units === false ? null : item.unit,
      unitPrice,
      amount: unitPrice === null ? null : round2(quantity * unitPrice),
    };
  });
}

function defaultTax(rng: Rng, style: Style): number | null {
  switch (style.locale) {
    case 'en-US': return rng.pick([null, 0.0825, 0.07, 0.06, null]);
    case 'en-GB': return 0.2;
    case 'de-DE': return 0.19;
    case 'fr-FR': return 0.2;
    case 'es-ES': return 0.21;
  }
}

function orDefault<T>(value: T | undefined, fallback: () => T): T {
  return value === undefined ? fallback() : value;
}

function addresses(rng: Rng, o: PoOptions): { shipTo: Address | null; billTo: Address | null } {
  const sites = o.company.sites;
  const site = orDefault(o.shipToSite, () => rng.int(0, sites.length - 1));
  const shipTo = site === null ? null : copyAddress(sites[site], { showCountry: o.company.country !== 'US' || rng.chance(0.5) });
  const billTo = o.billTo ? copyAddress(sites[0], { showCountry: shipTo?.showCountry ?? true }) : null;
  return { shipTo, billTo };
}

/** Totals as a correct document would print them; `applyCharges` fills subtotal/tax/total. */
function applyCharges(po: Po): void {
  if (!po.currency) return;
  const items = round2(po.lines.reduce((s, l) => s + (l.amount ?? 0), 0));
  const discount = po.discount?.amount ?? 0;
  chargesFrom(po, round2(items + discount));
}

/** Tax and total following from a (printed) subtotal. */
function chargesFrom(po: Po, subtotal: number): void {
  const freight = po.freight?.amount ?? 0;
  const taxBase = po.style.locale === 'en-US' ? subtotal : subtotal + freight;
  const tax = po.taxRate === null ? null : round2(taxBase * po.taxRate);
  po.subtotal = subtotal;
  po.tax = tax;
  po.total = round2(subtotal + (tax ?? 0) + freight);
}

function discountCharge(rng: Rng, o: PoOptions, lines: Line[]): Charge | null {
  if (!o.discountPct || !o.currency) return null;
  const items = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  const pct = formatNumber(o.discountPct * 100, o.style.locale, 0);
  return { label: `${labels(o.style).discount} ${pct}%`, amount: -round2(items * o.discountPct), inTable: true };
}

export function buildPo(rng: Rng, o: PoOptions): Po {
  const lines = makeLines(rng, o);
  const { shipTo, billTo } = addresses(rng, o);
  const po: Po = {
    style: o.style,
    poNumber: orDefault(o.poNumber, () => poNumberFor(rng)),
    orderDate: o.orderDate,
    deliveryDate: o.deliveryDate ?? null,
    company: o.company,
    contact: orDefault(o.contact, () => contactFor(rng, o.company)),
    shipTo,
    billTo,
    currency: o.currency,
    lines,
    discount: discountCharge(rng, o, lines),
    freight: o.freight && o.currency ? { label: labels(o.style).shipping, ...o.freight } : null,
    taxRate: o.currency ? orDefault(o.taxRate, () => defaultTax(rng, o.style)) : null,
    subtotal: null, tax: null, total: null,
    paymentTerms: orDefault(o.paymentTerms, () => rng.pick(PAYMENT_TERMS[o.style.locale])),
    shippingMethod: orDefault(o.shippingMethod, () => rng.pick(SHIP_METHODS[o.style.locale])),
    notes: orDefault(o.notes, () => (rng.chance(0.4) ? rng.pick(NOTES[o.style.lang]) : null)),
    reviewReasons: [],
    labelNotes: [],
  };
  applyCharges(po);
  if (po.discount) po.labelNotes.push('discount row in the item table is not a line; printed subtotal = lines + discount');
  if (po.freight?.inTable) po.labelNotes.push('freight row in the item table is not a line: shipping, not part of the subtotal');
  return po;
}

const en = (n: number) => formatNumber(n, 'en-US');

/** Make the printed figures deliberately not add up; the label keeps the printed values and asks for review. */
export function breakTotals(po: Po, kind: 'subtotal' | 'total', delta: number): void {
  if (po.subtotal === null || po.total === null) throw new Error('breakTotals needs prices');
  if (kind === 'subtotal') {
    const sum = po.subtotal;
    chargesFrom(po, round2(sum + delta));
    po.reviewReasons.push(`line amounts add up to ${en(sum)} but the printed subtotal is ${en(po.subtotal)}`);
  } else {
    const right = po.total;
    po.total = round2(right + delta);
    po.reviewReasons.push(`subtotal + tax + freight = ${en(right)} but the printed total is ${en(po.total)}`);
  }
  po.labelNotes.push(`printed ${kind} deliberately off by ${en(delta)}; label keeps the printed value`);
}
