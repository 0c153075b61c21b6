// Validates every truth in samples/firstsight/f against the contract schema and re-adds the sums.
// Run: node_modules/.bin/tsx samples/firstsight/f-gen/check.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PDFParse } from 'pdf-parse';
import { simpleParser } from 'mailparser';
import ExcelJS from 'exceljs';

const DIR = join(import.meta.dirname, '..', 'f');
const schema = JSON.parse(readFileSync('/work/shared/contract/draft-order.schema.json', 'utf8'));
const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ allErrors: true, strict: false });
(addFormats as unknown as typeof addFormats.default)(ajv);
const validate = ajv.compile(schema);
const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
let bad = 0;
const fail = (f: string, m: string) => { bad++; console.log(`FAIL ${f}: ${m}`); };

async function xlsxText(b: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(b as never);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => { out.push(String(c.text)); })));
  return out.join(' ');
}

async function textOf(name: string): Promise<string> {
  const buf = readFileSync(join(DIR, name));
  const pdfText = async (b: Buffer) => { const p = new PDFParse({ data: new Uint8Array(b) }); try { return (await p.getText()).text; } finally { await p.destroy(); } };
  if (name.endsWith('.pdf')) return pdfText(buf);
  if (!name.endsWith('.eml')) return '';
  const m = await simpleParser(buf);
  let t = `${m.subject}\n${m.text ?? ''}\n${m.html || ''}`;
  for (const a of m.attachments) t += a.contentType === 'application/pdf' ? await pdfText(a.content) : a.contentType.startsWith('text/') ? a.content.toString('latin1') : a.filename?.endsWith('.xlsx') ? await xlsxText(a.content) : '';
  return t;
}

const truths = readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).sort();
const inputs = readdirSync(DIR).filter((f) => !f.endsWith('.truth.json'));
for (const i of inputs) if (!truths.includes(`${i}.truth.json`)) fail(i, 'no truth');
for (const f of truths) {
  const t = JSON.parse(readFileSync(join(DIR, f), 'utf8'));
  if (!validate(t)) fail(f, ajv.errorsText(validate.errors));
  if (t.isPurchaseOrder !== t.orders.length > 0) fail(f, 'isPurchaseOrder vs orders');
  const name = f.replace(/\.truth\.json$/, '');
  const text = name.startsWith('s') ? '' : (await textOf(name)).replace(/\s+/g, ' ');
  for (const o of t.orders) {
    for (const l of o.lines) {
      if (l.unitPrice !== null && l.amount !== null && l.amount > l.quantity * l.unitPrice + 0.005) fail(f, `line ${l.sku} amount > qty*price`);
      if (l.unitPrice !== null && l.amount === null) fail(f, 'price without amount');
    }
    const sum = o.lines.reduce((s: number, l: { amount: number | null }) => s + (l.amount ?? NaN), 0);
    if (o.subtotal !== null && !near(sum, o.subtotal)) fail(f, `subtotal ${o.subtotal} != sum ${sum}`);
    if (o.total !== null && !near((o.subtotal ?? sum) + (o.shipping ?? 0) + (o.tax ?? 0), o.total)) fail(f, `total ${o.total} does not add up`);
    if (text && o.poNumber && !text.includes(o.poNumber) && !text.toUpperCase().includes(o.poNumber.toUpperCase())) fail(f, `PO number ${o.poNumber} not in text`);
    if (text && o.lines.some((l: { sku: string | null }) => l.sku && !text.includes(l.sku))) fail(f, 'a SKU is not in the text');
  }
}
console.log(`${truths.length} truths checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
