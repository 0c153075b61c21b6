// The order model: the single source both rendered and labelled from.
import { CATALOG, UNITS, Item, rng, round2, NumFmt, DateFmt, addBusinessDays, diffDays, Rng } from './lib.ts';

export interface Addr { name: string | null; street: string | null; city: string | null; region: string | null; postalCode: string | null; country: string | null }
export interface Line {
  lineNo: number | null; pos: string | null; sku: string | null; custMat: string | null; description: string;
  quantity: number; unit: string | null; unitPrice: number | null; discPct: number | null; amount: number | null; requestedDate: string | null;
}
export type Col = 'pos' | 'custMat' | 'sku' | 'desc' | 'qty' | 'unit' | 'price' | 'disc' | 'amount' | 'date';
export interface UrgWord { level: 'urgent' | 'high' | 'neg'; phrase: string; where: string }
export interface Order {
  id: string; lang: string; numFmt: NumFmt; dateFmt: DateFmt; currency: string | null; curPrinted: string;
  poNumber: string | null; orderDate: string | null; reqDate: string | null;
  company: string; contactName: string | null; email: string | null; phone: string | null;
  letterAddr: Addr; registry: string; web: string | null;
  shipTo: Addr | null; billTo: Addr | null; shipToMode: 'block' | 'asLetter' | 'none'; billToMode: 'block' | 'asLetter' | 'none';
  cols: Col[]; lines: Line[];
  goodsSum: number; discountPct: number | null; discountAmt: number | null; shipping: number | null; freightInTable: boolean;
  taxRate: number | null; tax: number | null; total: number; showSubtotal: boolean;
  paymentTerms: string | null; shippingMethod: string | null; incoterms: string | null;
  urg: UrgWord[]; notes: string[]; finePrint: string[]; quoteRef: string | null; supplierNo: string | null; costCenter: string | null;
  sap3: boolean; phoneLabelled: boolean; noTotals?: boolean; skuInDesc?: boolean;
}

export interface ItemSpec { item?: number | string; qty?: number; price?: number; disc?: number; date?: string; desc?: string; unit?: string }
export interface OrderSpec extends Partial<Omit<Order, 'lines'>> {
  id: string; lang: string; items: number | ItemSpec[]; lineNoStyle?: 'sap' | '10' | '1' | 'none';
  unitVariant?: number; custMatPrefix?: string; lineDates?: boolean; lineDisc?: boolean; itemPool?: string[];
  skuOverride?: (it: Item, i: number) => string;
}
const QTY: Record<string, number[]> = {
  pc: [2, 4, 5, 6, 8, 10, 12, 20, 24, 25, 30, 40, 50, 100, 150, 200], box: [1, 2, 3, 4, 5, 6, 10], roll: [6, 12, 18, 24, 36, 48], m: [25, 50, 100, 12.5, 37.5, 150],
  pair: [10, 12, 24, 36, 50], kg: [2, 5, 10, 2.5], set: [1, 2, 3, 5], spray: [6, 12, 24], canister: [1, 2, 3, 4],
};
export function mkOrder(s: OrderSpec): Order {
  const r = rng('order:' + s.id);
  const cols: Col[] = s.cols ?? ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'];
  const uv = s.unitVariant ?? 0;
  let specs: ItemSpec[];
  const pool = s.itemPool ? CATALOG.filter(c => s.itemPool!.some(p => c.sku.includes(p))) : CATALOG;
  if (typeof s.items === 'number') specs = r.shuffle(pool).slice(0, s.items).map(it => ({ item: it.sku }));
  else specs = s.items;
  const lines: Line[] = specs.map((sp, i) => {
    const it = typeof sp.item === 'number' ? CATALOG[sp.item] : CATALOG.find(c => c.sku === sp.item) ?? r.pick(pool);
    const units = UNITS[it.kind][s.lang];
    const unit = sp.unit ?? units[Math.min(uv, units.length - 1)];
    const qty = sp.qty ?? r.pick(QTY[it.kind]);
    const price = sp.price ?? round2(it.price * (0.88 + 0.24 * r.next()));
    const disc = sp.disc ?? (s.lineDisc ? r.pick([0, 5, 10, 12.5, 15]) : null);
    const amount = round2(qty * price * (1 - (disc ?? 0) / 100));
    const style = s.lineNoStyle ?? 'sap';
    const n = style === 'sap' || style === '10' ? (i + 1) * 10 : style === '1' ? i + 1 : null;
    const pos = n === null ? null : style === 'sap' ? String(n).padStart(5, '0') : String(n);
    const custMat = s.custMatPrefix ? s.custMatPrefix + String(10000 + hashish(it.sku) % 89999) : null;
    return {
      lineNo: n, pos, sku: s.skuOverride ? s.skuOverride(it, i) : it.sku, custMat, description: sp.desc ?? it.d[s.lang], quantity: qty, unit, unitPrice: price,
      discPct: disc, amount, requestedDate: sp.date ?? (s.lineDates ? s.reqDate ?? null : null),
    };
  });
  const goodsSum = round2(lines.reduce((a, l) => a + (l.amount ?? 0), 0));
  const discountAmt = s.discountPct ? round2(goodsSum * s.discountPct / 100) : null;
  const shipping = s.shipping ?? null;
  const base = round2(goodsSum - (discountAmt ?? 0) + (shipping ?? 0));
  const tax = s.taxRate != null ? round2(base * s.taxRate / 100) : null;
  const total = round2(base + (tax ?? 0));
  const o: Order = {
    numFmt: 'de', dateFmt: 'dot', currency: 'EUR', curPrinted: 'EUR', poNumber: null, orderDate: null, reqDate: null,
    company: '', contactName: null, email: null, phone: null, letterAddr: null as any, registry: '', web: null,
    shipTo: null, billTo: null, shipToMode: 'block', billToMode: 'block', goodsSum, discountPct: null, discountAmt, shipping, freightInTable: false,
    taxRate: null, tax, total, showSubtotal: true, paymentTerms: null, shippingMethod: null, incoterms: null, urg: [], notes: [], finePrint: [],
    quoteRef: null, supplierNo: null, costCenter: null, sap3: false, phoneLabelled: true,
    ...(s as any), cols, lines, goodsSum, discountAmt, shipping, tax, total,
  };
  if (o.shipToMode === 'asLetter') o.shipTo = o.letterAddr;
  if (o.billToMode === 'asLetter') o.billTo = o.letterAddr;
  if (o.shipToMode === 'none') o.shipTo = null;
  if (o.billToMode === 'none') o.billTo = null;
  if (!o.showSubtotal && (o.tax != null || o.shipping != null || o.discountAmt != null)) throw new Error(o.id + ': subtotal must be printed when tax/shipping/discount rows exist');
  return o;
}
function hashish(s: string) { let h = 7; for (const c of s) h = (h * 31 + c.charCodeAt(0)) % 1000003; return h; }

// ---------- truth ----------
const LVL = { normal: 0, high: 1, urgent: 2 } as const;
export function urgencyOf(o: Order, received: string | null, extra: UrgWord[] = []): { level: 'urgent' | 'high' | 'normal'; reasons: string[] } {
  let level: 'urgent' | 'high' | 'normal' = 'normal'; const reasons: string[] = [];
  const bump = (l: 'urgent' | 'high') => { if (LVL[l] > LVL[level]) level = l; };
  for (const w of [...o.urg, ...extra]) {
    if (w.level === 'neg') reasons.push(`negated phrase "${w.phrase}" (${w.where}): no urgency from words`);
    else { bump(w.level); reasons.push(`${w.level === 'urgent' ? 'urgent' : 'priority'} wording "${w.phrase}" in ${w.where}`); }
  }
  const req = o.reqDate ?? (o.cols.includes('date') ? o.lines.map(l => l.requestedDate).filter(Boolean).sort()[0] ?? null : null);
  if (received && req) {
    const lim = addBusinessDays(received, 2); const dd = diffDays(received, req);
    if (req <= lim) { bump('urgent'); reasons.push(`requested date ${req} is within 2 business days of receipt ${received}`); }
    else if (dd >= 3 && dd <= 7) { bump('high'); reasons.push(`requested date ${req} is ${dd} calendar days after receipt ${received}`); }
  }
  if (!reasons.length) reasons.push(received ? 'no urgency wording; requested date more than 7 days after receipt or none' : 'no urgency wording (no receipt date for a bare file)');
  return { level, reasons };
}
export function truthOrder(o: Order, received: string | null, extra: UrgWord[] = []) {
  const has = (c: Col) => o.cols.includes(c);
  const subtotal = o.noTotals ? null : o.showSubtotal ? o.goodsSum : o.total;
  return {
    poNumber: o.poNumber, orderDate: o.orderDate, requestedDeliveryDate: o.reqDate,
    buyer: { company: o.company, contactName: o.contactName, email: o.email, phone: o.phone },
    shipTo: o.shipTo, billTo: o.billTo, currency: o.currency,
    subtotal, tax: o.noTotals ? null : o.tax, shipping: o.noTotals ? null : o.shipping, total: o.noTotals ? null : o.total,
    paymentTerms: o.paymentTerms, shippingMethod: o.shippingMethod,
    urgency: urgencyOf(o, received, extra),
    lines: o.lines.map(l => ({
      lineNo: has('pos') ? l.lineNo : null,
      sku: has('sku') || o.skuInDesc ? l.sku : has('custMat') ? l.custMat : null,
      description: l.description, quantity: l.quantity,
      unit: has('unit') && l.unit ? l.unit.toUpperCase() : null,
      unitPrice: has('price') ? l.unitPrice : null,
      amount: has('amount') ? l.amount : null,
      requestedDate: has('date') ? l.requestedDate : null,
      confidence: 0.5,
    })),
    confidence: 0.5, needsReview: true, reviewReasons: [] as string[],
  };
}
export type Rn = Rng;
