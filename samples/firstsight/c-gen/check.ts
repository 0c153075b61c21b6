// Checks every truth in samples/firstsight/c against the contract's JSON Schema (ajv + ajv-formats),
// that the properties the scorer needs are present, the arithmetic, and the date-based urgency rules.
//   node_modules/.bin/tsx samples/firstsight/c-gen/check.ts
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { businessDaysBetween, calendarDaysBetween, r2 } from './lib.ts';

const here = dirname(fileURLToPath(import.meta.url));
const dir = join(here, '..', 'c');
const schema = JSON.parse(readFileSync('/work/shared/contract/draft-order.schema.json', 'utf8'));
const ajv = new (Ajv2020 as any)({ allErrors: true, strict: false });
(addFormats as any)(ajv);
const validate = ajv.compile(schema);

const ORDER_KEYS = ['poNumber', 'orderDate', 'requestedDeliveryDate', 'buyer', 'shipTo', 'billTo', 'currency', 'lines', 'subtotal', 'tax', 'shipping', 'total', 'paymentTerms', 'shippingMethod', 'notes', 'urgency', 'confidence', 'needsReview'];
const BUYER_KEYS = ['company', 'contactName', 'email', 'phone', 'customerId'];
const LINE_KEYS = ['lineNo', 'sku', 'catalogSku', 'description', 'quantity', 'unit', 'unitPrice', 'amount'];
const ADDR_KEYS = ['name', 'street', 'city', 'region', 'postalCode', 'country'];

let bad = 0, n = 0, neg = 0, orders = 0;
const fail = (f: string, m: string) => { bad++; console.log(`FAIL ${f}: ${m}`); };
const truths = readdirSync(dir).filter((f) => f.endsWith('.truth.json')).sort();
for (const tf of truths) {
  n++;
  const t = JSON.parse(readFileSync(join(dir, tf), 'utf8'));
  if (!validate(t)) fail(tf, ajv.errorsText(validate.errors));
  const input = t.source.file;
  if (!input || !existsSync(join(dir, input))) fail(tf, 'input file missing: ' + input);
  if (input.replace(/\.[^.]+$/, '') + '.truth.json' !== tf) fail(tf, 'truth name does not match input');
  if (t.isPurchaseOrder !== t.orders.length > 0) fail(tf, 'isPurchaseOrder vs orders');
  if (!t.isPurchaseOrder) neg++;
  if (t.source.kind === 'email') {
    const eml = readFileSync(join(dir, input), 'latin1');
    if (!eml.includes(`Message-ID: ${t.source.messageId}`)) fail(tf, 'messageId not in the mail');
    if (t.source.from !== t.source.from.toLowerCase()) fail(tf, 'from not lower case');
  }
  for (const o of t.orders) {
    orders++;
    for (const k of ORDER_KEYS) if (!(k in o)) fail(tf, 'order lacks ' + k);
    for (const k of BUYER_KEYS) if (!(k in o.buyer)) fail(tf, 'buyer lacks ' + k);
    for (const a of [o.shipTo, o.billTo]) if (a) for (const k of ADDR_KEYS) if (!(k in a)) fail(tf, 'address lacks ' + k);
    if (o.buyer.customerId !== null) fail(tf, 'customerId must be null');
    if (!o.lines.length) fail(tf, 'order without lines');
    for (const l of o.lines) {
      for (const k of LINE_KEYS) if (!(k in l)) fail(tf, 'line lacks ' + k);
      if (l.catalogSku !== null) fail(tf, 'catalogSku must be null');
      if (l.unit !== null && l.unit !== l.unit.toUpperCase()) fail(tf, 'unit not upper case ' + l.unit);
      if (l.unitPrice !== null && l.amount !== null) {
        const exp = r2(l.quantity * l.unitPrice);
        // discounted lines (amount below qty x price) are allowed where the document prints a discount column
        if (Math.abs(exp - l.amount) > 0.005 && !(l.amount < exp)) fail(tf, `line ${l.lineNo ?? l.sku}: ${l.quantity} x ${l.unitPrice} = ${exp} != ${l.amount}`);
      }
    }
    const sum = r2(o.lines.reduce((s: number, l: any) => s + (l.amount ?? 0), 0));
    if (o.subtotal !== null && Math.abs(o.subtotal - sum) > 0.005) fail(tf, `subtotal ${o.subtotal} != sum of lines ${sum}`);
    if (o.total !== null) {
      const base = o.subtotal ?? sum;
      const exp = r2(base + (o.tax ?? 0) + (o.shipping ?? 0));
      if (Math.abs(exp - o.total) > 0.005) fail(tf, `total ${o.total} != ${exp}`);
    }
    // date rules from the contract
    const rec = t.source.receivedAt;
    if (rec && o.requestedDeliveryDate) {
      const local = readFileSync(join(dir, input), 'latin1').match(/^Date: \w+, (\d+) (\w+) (\d{4})/m)!;
      const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].indexOf(local[2]) + 1;
      const rday = `${local[3]}-${String(mon).padStart(2, '0')}-${local[1].padStart(2, '0')}`;
      const bd = businessDaysBetween(rday, o.requestedDeliveryDate);
      const cd = calendarDaysBetween(rday, o.requestedDeliveryDate);
      const byDate = bd <= 2 ? 'urgent' : cd <= 7 ? 'high' : 'normal';
      const rank = { normal: 0, high: 1, urgent: 2 } as any;
      if (rank[o.urgency.level] < rank[byDate]) fail(tf, `urgency ${o.urgency.level} but delivery ${o.requestedDeliveryDate} is ${bd} business / ${cd} calendar days after ${rday} (${byDate})`);
      if (cd < 0) fail(tf, 'delivery before receipt');
    }
    if (!o.urgency.reasons.length) fail(tf, 'no urgency reasons');
  }
}
console.log(`${n} truths, ${orders} orders, ${neg} negatives, ${bad} problems`);
process.exit(bad ? 1 : 0);
