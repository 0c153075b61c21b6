// Holdout corpus: 36 purchase-order (and non-order) emails written independently of samples/gen and src/.
// Run: npx tsx samples/dev1/generate.ts   -> samples/dev1/corpus/X.eml + X.eml.truth.json
// Deterministic: seeded PRNG per sample, fixed dates, fixed MIME boundaries, fixed PDF dates, pinned zip times.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionResultSchema } from '../../src/domain/draft-order.ts';
import { buildEml, r2, type Sample } from './lib.ts';
import { pdfScenarios } from './pdf-orders.ts';
import { mailScenarios } from './mail-orders.ts';
import { negativeScenarios } from './negatives.ts';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'corpus');

function check(s: Sample): void {
  const all = [...s.texts, s.mail.subject, s.mail.from.name].join('\n');
  const fail = (m: string) => { throw new Error(`${s.file}: ${m}`); };
  for (const o of s.orders) {
    if (o.poNumber && !all.includes(o.poNumber)) fail(`PO number ${o.poNumber} not in the sample`);
    for (const l of o.lines) if (l.sku && !all.includes(l.sku)) fail(`sku ${l.sku} not in the sample`);
    if (o.buyer.contactName && !all.includes(o.buyer.contactName)) fail(`contact ${o.buyer.contactName} not in the sample`);
    const inconsistent = o.reviewReasons.some((r) => /does not add up|is printed/.test(r));
    const sum = r2(o.lines.reduce((a, l) => a + (l.amount ?? 0), 0));
    if (o.subtotal != null && sum !== o.subtotal && !inconsistent) fail(`lines ${sum} != subtotal ${o.subtotal}`);
    if (o.total != null && o.subtotal != null && r2(o.subtotal + (o.tax ?? 0) + (o.shipping ?? 0)) !== o.total && !inconsistent) fail('total does not add up');
    if (!inconsistent) for (const l of o.lines) if (l.amount != null && l.unitPrice != null && Math.abs(l.amount - l.quantity * l.unitPrice) > 0.011 && !/disc/i.test(s.notes.join(' '))) fail(`line ${l.sku} amount`);
    if (o.needsReview !== o.reviewReasons.length > 0) fail('needsReview vs reasons');
  }
  if (s.isPO !== s.orders.length > 0) fail('isPO vs orders');
  const multiPage = s.docs.filter((d) => (d.pages ?? 1) > 1).map((d) => d.name);
  if (s.file === 'hx-pdf-en-05.eml' ? multiPage.length !== 1 : multiPage.length !== 0) fail(`unexpected page counts ${JSON.stringify(s.docs)}`);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) rmSync(join(OUT, f));
  const samples: Sample[] = [];
  for (const make of [...pdfScenarios, ...mailScenarios, ...negativeScenarios]) samples.push(await make());
  if (samples.length !== 36) throw new Error(`expected 36 samples, got ${samples.length}`);
  if (new Set(samples.map((s) => s.file)).size !== samples.length) throw new Error('duplicate file names');
  const manifest: string[] = ['# Holdout corpus manifest', '', '| file | PO | orders | urgency | review | notes |', '|---|---|---|---|---|---|'];
  for (const s of samples) {
    check(s);
    const eml = await buildEml(s.mail, s.file);
    const truth = {
      source: {
        kind: 'email' as const,
        messageId: s.mail.messageId,
        from: s.mail.from.address.toLowerCase(),
        subject: s.mail.subject,
        receivedAt: s.mail.date.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        file: s.file,
        documents: s.docs,
      },
      isPurchaseOrder: s.isPO,
      orders: s.orders,
      labelNotes: s.notes,
    };
    const parsed = extractionResultSchema.safeParse(truth);
    if (!parsed.success) throw new Error(`${s.file}: truth fails extractionResultSchema: ${parsed.error.message}`);
    writeFileSync(join(OUT, s.file), eml);
    writeFileSync(join(OUT, `${s.file}.truth.json`), JSON.stringify(truth, null, 2) + '\n');
    manifest.push(`| ${s.file} | ${s.isPO ? 'yes' : 'no'} | ${s.orders.map((o) => o.poNumber ?? '(none)').join(', ') || '-'} | ${s.orders.map((o) => o.urgency.level).join(', ') || '-'} | ${s.orders.map((o) => (o.needsReview ? 'yes' : 'no')).join(', ') || '-'} | ${s.notes[0].replace(/\|/g, '/')} |`);
  }
  writeFileSync(join(OUT, 'MANIFEST.md'), manifest.join('\n') + '\n');
  process.stdout.write(`wrote ${samples.length} samples to ${OUT}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
