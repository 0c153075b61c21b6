// The orders of the layout pairs: for each customer a first and a next PO with other data (PO
// number, dates, items, quantities, number of lines), drawn from a seeded stream so the pairs are
// the same bytes on every run.
import type { Rng } from '../../gen/random.ts';

export interface Address {
  name: string | null;
  street: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface PairLine {
  lineNo: number | null;
  sku: string;
  description: string;
  quantity: number;
  unit: string | null;
  unitPrice: number;
  amount: number;
}

export interface PairOrder {
  poNumber: string;
  orderDate: string;
  requestedDeliveryDate: string;
  company: string;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  billTo: Address | null;
  shipTo: Address | null;
  currency: string;
  lines: PairLine[];
  subtotal: number;
  tax: number | null;
  total: number;
  paymentTerms: string | null;
}

export interface Customer {
  company: string;
  billTo: Address;
  shipTo: Address | null;
  email: string | null;
  phone: string | null;
  contacts: string[];
  currency: string;
  taxRate: number | null;
  paymentTerms: string | null;
  poPrefix: string;
  lineNumbers: boolean;
  units: string[] | null;
}

const ITEMS: Array<[string, string, number]> = [
  ['BRG-6204-2RS', 'Deep groove ball bearing 6204 2RS', 4.85],
  ['VB-A42', 'V-belt A42 13 x 1067 mm', 7.2],
  ['HC-M10-50', 'Hex cap screw M10 x 50 zinc', 0.31],
  ['OR-NBR-32', 'O-ring NBR 32 x 3 mm', 0.18],
  ['GR-LIT-400', 'Lithium grease cartridge 400 g', 6.4],
  ['CPL-L095', 'Jaw coupling L095 complete', 23.9],
  ['CH-08B-1', 'Roller chain 08B-1 5 m', 31.5],
  ['SEAL-35-52', 'Shaft seal 35 x 52 x 7', 2.75],
  ['FLT-HY-10', 'Hydraulic filter element 10 micron', 18.6],
  ['PB-UCP205', 'Pillow block bearing UCP205', 12.3],
];

function iso(day: number): string {
  return new Date(Date.UTC(2026, 2, 2) + day * 86_400_000).toISOString().slice(0, 10);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** One order of the customer: `which` 0 is the first, 1 the next. */
export function makeOrder(rng: Rng, c: Customer, which: number): PairOrder {
  const count = which === 0 ? 3 : rng.int(4, 5);
  const picked = rng.shuffle(ITEMS).slice(0, count);
  const lines = picked.map(([sku, description, price], i): PairLine => {
    const quantity = rng.pick([2, 4, 5, 6, 10, 12, 20, 25, 40, 50]);
    return { lineNo: c.lineNumbers ? (i + 1) * 10 : null, sku, description, quantity, unit: c.units ? rng.pick(c.units) : null, unitPrice: price, amount: round(quantity * price) };
  });
  const subtotal = round(lines.reduce((s, l) => s + l.amount, 0));
  const tax = c.taxRate === null ? null : round(subtotal * c.taxRate);
  const orderDay = which * 9 + rng.int(0, 3);
  return {
    poNumber: `${c.poPrefix}${rng.int(100000, 999999)}`,
    orderDate: iso(orderDay),
    requestedDeliveryDate: iso(orderDay + rng.int(10, 20)),
    company: c.company,
    contactName: rng.pick(c.contacts),
    email: c.email,
    phone: c.phone,
    billTo: c.billTo,
    shipTo: c.shipTo,
    currency: c.currency,
    lines,
    subtotal,
    tax,
    total: round(subtotal + (tax ?? 0)),
    paymentTerms: c.paymentTerms,
  };
}

/** The contract's extraction result a perfect reader would print for the order. */
export function truthOf(file: string, o: PairOrder): object {
  return {
    source: { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file, documents: [] },
    isPurchaseOrder: true,
    orders: [
      {
        poNumber: o.poNumber,
        orderDate: o.orderDate,
        requestedDeliveryDate: o.requestedDeliveryDate,
        buyer: { company: o.company, contactName: o.contactName, email: o.email, phone: o.phone, customerId: null },
        shipTo: o.shipTo ?? o.billTo,
        billTo: o.billTo,
        currency: o.currency,
        lines: o.lines.map((l) => ({ ...l, catalogSku: null, confidence: 1 })),
        subtotal: o.subtotal,
        tax: o.tax,
        shipping: null,
        total: o.total,
        paymentTerms: o.paymentTerms,
        shippingMethod: null,
        notes: null,
        urgency: { level: 'normal', reasons: [] },
        confidence: 1,
        needsReview: false,
        reviewReasons: [],
      },
    ],
  };
}
