import { randomBytes } from 'node:crypto';
import { composeEmail, makePdfPoEmail } from '../test/fixtures/make-po-email.ts';
import { samplePo } from '../test/fixtures/make-po-pdf.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
const t0 = Date.now();
const good = await makePdfPoEmail(samplePo(1));
let r = await extractInput('1.eml', good);
console.log('good', Date.now()-t0, r.orders.length, r.orders.map(o=>[o.poNumber,o.needsReview]));
const notpo = await composeEmail({ subject: 'Lunch on Friday?', text: 'Hi, are we still on for lunch on Friday?\nCheers' });
r = await extractInput('2.eml', notpo);
console.log('notpo', r.orders.length);
for (const [label, bytes] of [['random', randomBytes(5000)], ['pdfheader', Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)])]] as const) {
  const bad = await composeEmail({ subject: 'Purchase Order PO-999', text: 'please find attached our PO', attachments: [{ filename: 'PO-999.pdf', content: bytes, contentType: 'application/pdf' }] });
  try { r = await extractInput('3.eml', bad); console.log(label, 'orders', r.orders.length, JSON.stringify(r.orders.map(o=>({po:o.poNumber,review:o.needsReview, reasons: (o as any).reviewReasons})))); console.log(JSON.stringify(r.source).slice(0,600)); }
  catch (e) { console.log(label, 'threw', e.constructor.name, (e as any).code, e.message); }
}
const t1 = Date.now();
for (let i=0;i<20;i++) await extractInput('x.eml', await makePdfPoEmail(samplePo(i)));
console.log('20 extractions ms', Date.now()-t1);
process.exit(0);
