// Validates every truth in samples/firstsight/d (or a given dir) against the contract schema and
// checks the arithmetic: node_modules/.bin/tsx samples/firstsight/d-gen/check.ts [dir]
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020Mod from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';

const Ajv2020 = (Ajv2020Mod as unknown as { default: typeof Ajv2020Mod }).default ?? Ajv2020Mod;
const addFormats = (addFormatsMod as unknown as { default: typeof addFormatsMod }).default ?? addFormatsMod;
const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = path.resolve(process.argv[2] ?? path.join(ROOT, 'samples/firstsight/d'));
const schema = JSON.parse(fs.readFileSync('/work/shared/contract/draft-order.schema.json', 'utf8'));
const ajv = new (Ajv2020 as never as new (o: object) => { compile: (s: object) => ((d: unknown) => boolean) & { errors?: unknown } })({ allErrors: true, strict: false });
addFormats(ajv as never);
const validate = ajv.compile(schema);

const ORDER_KEYS = ['poNumber', 'orderDate', 'requestedDeliveryDate', 'buyer', 'shipTo', 'billTo', 'currency', 'lines', 'subtotal', 'tax', 'shipping', 'total', 'paymentTerms', 'shippingMethod', 'notes', 'urgency', 'confidence', 'needsReview', 'reviewReasons'];
const LINE_KEYS = ['lineNo', 'sku', 'catalogSku', 'description', 'quantity', 'unit', 'unitPrice', 'amount'];
const BUYER_KEYS = ['company', 'contactName', 'email', 'phone', 'customerId'];
const ADDR_KEYS = ['name', 'street', 'city', 'region', 'postalCode', 'country'];
const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

let bad = 0;
const problems: string[] = [];
const files = fs.readdirSync(dir).sort();
const truths = files.filter((f) => f.endsWith('.truth.json'));
const inputs = files.filter((f) => !f.endsWith('.truth.json') && f !== 'MANIFEST.md');
const manifest = fs.readFileSync(path.join(dir, 'MANIFEST.md'), 'utf8');
for (const inp of inputs) {
  const base = inp.replace(/\.[^.]+$/, '');
  if (!truths.includes(`${base}.truth.json`)) problems.push(`${inp}: no truth`);
  if (!manifest.includes('`' + inp + '`')) problems.push(`${inp}: not in MANIFEST`);
  const size = fs.statSync(path.join(dir, inp)).size;
  if (/\.(pdf)$/.test(inp) && size > 300_000) problems.push(`${inp}: PDF over 300 KB`);
  if (/\.(jpg|png|tif)$/.test(inp) && size > 1_500_000) problems.push(`${inp}: image over 1.5 MB`);
}
let orders = 0, negatives = 0;
for (const t of truths) {
  const base = t.replace(/\.truth\.json$/, '');
  if (!inputs.some((i) => i.replace(/\.[^.]+$/, '') === base)) problems.push(`${t}: no input`);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, t), 'utf8'));
  if (!validate(truth)) {
    problems.push(`${t}: schema: ${JSON.stringify((validate as { errors?: unknown }).errors)}`);
    continue;
  }
  if (truth.source.file !== inputs.find((i) => i.replace(/\.[^.]+$/, '') === base)) problems.push(`${t}: source.file mismatch`);
  if (!truth.isPurchaseOrder) {
    negatives++;
    if (truth.orders.length) problems.push(`${t}: negative with orders`);
    continue;
  }
  if (!truth.orders.length) problems.push(`${t}: order without orders`);
  for (const o of truth.orders) {
    orders++;
    for (const k of ORDER_KEYS) if (!(k in o)) problems.push(`${t}: order lacks ${k}`);
    for (const k of BUYER_KEYS) if (!(k in o.buyer)) problems.push(`${t}: buyer lacks ${k}`);
    if (o.buyer.customerId !== null) problems.push(`${t}: customerId not null`);
    for (const a of ['shipTo', 'billTo']) if (o[a]) for (const k of ADDR_KEYS) if (!(k in o[a])) problems.push(`${t}: ${a} lacks ${k}`);
    if (o.needsReview !== o.reviewReasons.length > 0) problems.push(`${t}: needsReview/reviewReasons disagree`);
    let sum = 0;
    o.lines.forEach((l: Record<string, number | null>, i: number) => {
      for (const k of LINE_KEYS) if (!(k in l)) problems.push(`${t}: line ${i} lacks ${k}`);
      if (l.catalogSku !== null) problems.push(`${t}: catalogSku not null`);
      if (l.unitPrice != null && l.amount != null) {
        const gross = (l.quantity as number) * l.unitPrice;
        if (l.amount > gross + 0.005) problems.push(`${t}: line ${i} amount above qty x price`);
      }
      if (l.unitPrice == null && l.amount != null) problems.push(`${t}: line ${i} amount without price`);
      sum += l.amount ?? 0;
    });
    if (o.subtotal != null && !near(sum, o.subtotal)) problems.push(`${t}: lines ${sum.toFixed(2)} != subtotal ${o.subtotal}`);
    if (o.total != null) {
      const base = o.subtotal ?? sum;
      if (!near(base + (o.tax ?? 0) + (o.shipping ?? 0), o.total)) problems.push(`${t}: subtotal+tax+shipping != total ${o.total}`);
    }
    if (o.urgency.level !== 'normal' && !o.urgency.reasons.length) problems.push(`${t}: urgency without reason`);
  }
}
bad = problems.length;
for (const p of problems) console.log('PROBLEM', p);
console.log(`${inputs.length} inputs, ${truths.length} truths (${orders} orders, ${negatives} negatives); ${bad ? bad + ' problems' : 'all truths validate against draft-order.schema.json and add up'}`);
process.exit(bad ? 1 : 0);
