// Checks set e: every input has a truth and every truth an input; each truth is valid against the
// contract schema (ajv 2020 + ajv-formats); line and total arithmetic holds as printed; mail headers
// agree with the truth's source block and fall in the week 2026-12-07..11.
// Run: node_modules/.bin/tsx samples/firstsight/e-gen/check.ts
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { simpleParser } from 'mailparser';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'e');
const schemaPath = '/work/shared/contract/draft-order.schema.json';
if (!existsSync(schemaPath)) { console.error(`schema not found at ${schemaPath}`); process.exit(2); }
const ajv = new (Ajv2020 as any)({ allErrors: true, strict: false });
(addFormats as any)(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));

// Amounts printed between subtotal and total that the contract has no field for (discounts).
const ADJUST: Record<string, Record<string, number>> = {
  'thu-03-van-der-berg-exact-nl': { '26-00918': -131.12 }, // "Korting 3%" row in the totals block
};

const cents = (n: number) => Math.round(n * 100);
const problems: string[] = [];
const files = readdirSync(dir).sort();
const truths = files.filter((f) => f.endsWith('.truth.json'));
const inputs = files.filter((f) => !f.endsWith('.truth.json'));
for (const f of inputs) if (!truths.includes(f.replace(/\.[^.]+$/, '') + '.truth.json')) problems.push(`${f}: no truth`);
for (const t of truths) if (!inputs.some((f) => f.replace(/\.[^.]+$/, '') + '.truth.json' === t)) problems.push(`${t}: no input`);

const ORDER_FIELDS = ['poNumber', 'orderDate', 'requestedDeliveryDate', 'buyer', 'shipTo', 'billTo', 'currency', 'lines', 'subtotal', 'tax', 'shipping', 'total', 'paymentTerms', 'shippingMethod', 'notes', 'urgency', 'confidence', 'needsReview', 'reviewReasons'];
const LINE_FIELDS = ['lineNo', 'sku', 'catalogSku', 'description', 'quantity', 'unit', 'unitPrice', 'amount', 'confidence'];
const ADDR_FIELDS = ['name', 'street', 'city', 'region', 'postalCode', 'country'];
const counts = { email: 0, file: 0, orders: 0, negatives: 0, lines: 0 };

for (const t of truths) {
  const base = t.replace(/\.truth\.json$/, '');
  const input = inputs.find((f) => f.replace(/\.[^.]+$/, '') === base);
  const truth = JSON.parse(readFileSync(join(dir, t), 'utf8'));
  const p = (m: string) => problems.push(`${t}: ${m}`);
  if (!validate(truth)) for (const e of validate.errors) p(`schema ${e.instancePath} ${e.message}`);
  if (truth.source.file !== input) p(`source.file ${truth.source.file} != ${input}`);
  if (truth.isPurchaseOrder !== truth.orders.length > 0) p('isPurchaseOrder disagrees with orders');
  if (truth.isPurchaseOrder) counts.orders += truth.orders.length; else counts.negatives++;
  counts[truth.source.kind as 'email' | 'file']++;
  for (const [oi, o] of truth.orders.entries()) {
    const q = (m: string) => p(`order ${oi} (${o.poNumber}): ${m}`);
    for (const k of ORDER_FIELDS) if (!(k in o)) q(`missing ${k}`);
    for (const k of ['company', 'contactName', 'email', 'phone', 'customerId']) if (!(k in o.buyer)) q(`buyer missing ${k}`);
    if (o.buyer.customerId !== null) q('buyer.customerId must be null');
    for (const a of ['shipTo', 'billTo']) if (o[a]) {
      for (const k of ADDR_FIELDS) if (!(k in o[a])) q(`${a} missing ${k}`);
      if (o[a].country !== null && !/^[A-Z]{2}$/.test(o[a].country)) q(`${a}.country not alpha-2`);
    }
    if (o.currency !== null && !/^[A-Z]{3}$/.test(o.currency)) q('currency not ISO 4217');
    if (o.needsReview !== false || o.confidence !== 1 || o.reviewReasons.length) q('review fields must be false/1/[]');
    if (!o.lines.length) q('no lines');
    counts.lines += o.lines.length;
    for (const [li, l] of o.lines.entries()) {
      for (const k of LINE_FIELDS) if (!(k in l)) q(`line ${li} missing ${k}`);
      if (l.catalogSku !== null) q(`line ${li} catalogSku must be null`);
      if (l.unit !== null && l.unit !== l.unit.toUpperCase()) q(`line ${li} unit not upper case`);
      if (/\n|\u2028/.test(l.description ?? '')) q(`line ${li} description has a line break`);
      if (l.unitPrice != null && l.amount != null && Math.abs(l.quantity * l.unitPrice - l.amount) > 0.005 + 1e-9) q(`line ${li}: ${l.quantity} x ${l.unitPrice} != ${l.amount}`);
    }
    const amounts = o.lines.map((l: any) => l.amount);
    const sum = amounts.every((a: any) => a != null) ? amounts.reduce((s: number, a: number) => s + cents(a), 0) : null;
    if (o.subtotal != null && sum != null && sum !== cents(o.subtotal)) q(`lines sum ${sum / 100} != subtotal ${o.subtotal}`);
    const adj = cents(ADJUST[base]?.[o.poNumber] ?? 0);
    const before = o.subtotal != null ? cents(o.subtotal) : sum;
    if (o.total != null && before != null) {
      const expect = before + adj + cents(o.tax ?? 0) + cents(o.shipping ?? 0);
      if (expect !== cents(o.total)) q(`subtotal ${before / 100} + adjustments ${adj / 100} + tax ${o.tax} + shipping ${o.shipping} != total ${o.total}`);
    }
    if (!['urgent', 'high', 'normal'].includes(o.urgency.level) || !o.urgency.reasons.length) q('urgency needs a level and reasons');
  }
  if (truth.source.kind === 'email') {
    const m = await simpleParser(readFileSync(join(dir, input!)));
    if (m.messageId !== truth.source.messageId) p(`Message-ID ${m.messageId} != ${truth.source.messageId}`);
    if (m.subject !== truth.source.subject) p(`Subject ${m.subject} != ${truth.source.subject}`);
    if (m.from?.value[0].address?.toLowerCase() !== truth.source.from) p(`From ${m.from?.value[0].address} != ${truth.source.from}`);
    const iso = m.date?.toISOString().replace('.000Z', 'Z');
    if (iso !== truth.source.receivedAt) p(`Date ${iso} != receivedAt ${truth.source.receivedAt}`);
    const day = (m.headers.get('date') as Date | undefined) && String(m.headerLines.find((h) => h.key === 'date')?.line).match(/(\d{2}) Dec 2026/)?.[1];
    if (!day || Number(day) < 7 || Number(day) > 11) p(`Date header not in the week 07..11 Dec 2026`);
    const names = m.attachments.map((a) => a.filename);
    for (const d of truth.source.documents) if (d.name !== 'body' && !names.includes(d.name)) p(`document ${d.name} is not an attachment`);
  }
}
console.log(`${truths.length} truths: ${counts.email} email, ${counts.file} file; ${counts.orders} orders, ${counts.negatives} not orders, ${counts.lines} lines`);
if (problems.length) { console.error(problems.join('\n')); console.error(`${problems.length} problem(s)`); process.exit(1); }
console.log('all truths valid and arithmetic holds');
