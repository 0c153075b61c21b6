import { randomBytes } from 'node:crypto';
import { composeEmail, makePdfPoEmail } from '../test/fixtures/make-po-email.ts';
import { samplePo } from '../test/fixtures/make-po-pdf.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
const bad = await composeEmail({ subject: 'see attached', text: 'hello', attachments: [{ filename: 'order.pdf', content: Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)]), contentType: 'application/pdf' }] });
try { const r = await extractInput('3.eml', bad); console.log('orders', JSON.stringify(r.orders.map(o=>({po:o.poNumber,review:o.needsReview, reasons: (o as any).reviewReasons})))); } catch (e) { console.log('threw', (e as any).code, e.message); }
const good = Buffer.from(await makePdfPoEmail(samplePo(3)));
const cut = good.subarray(0, Math.floor(good.length * 0.6));
try { const r = await extractInput('4.eml', cut); console.log('cut orders', r.orders.length); } catch (e) { console.log('cut threw', e.constructor.name, (e as any).code, e.message); }
process.exit(0);
