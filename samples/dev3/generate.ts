// Holdout set 3: 30 messy, realistic purchase-order mails (and negatives) with truth labels.
// `npx tsx samples/dev3/generate.ts` -> samples/dev3/corpus/X.eml + X.eml.truth.json (deterministic).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionResultSchema } from '../../src/domain/draft-order.ts';
import { bodyCases } from './body-orders.ts';
import { type Case, buildEml, truthOf } from './lib.ts';
import { negativeCases } from './negatives.ts';
import { pdfCases } from './pdf-orders.ts';
import { sheetCases } from './sheets.ts';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'corpus');

async function main() {
  const makers: (() => Case | Promise<Case>)[] = [...pdfCases, ...bodyCases, ...sheetCases, ...negativeCases];
  const cases: Case[] = [];
  for (const make of makers) cases.push(await make());
  const names = new Set(cases.map((c) => c.file));
  if (names.size !== cases.length) throw new Error('duplicate file names');

  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const manifest: string[] = ['# holdout3 corpus manifest', '', '| file | PO? | orders | urgency | needsReview | documents |', '|---|---|---|---|---|---|'];
  let i = 0;
  for (const c of cases) {
    i++;
    const eml = await buildEml(c.mail, `h3b${String(i).padStart(2, '0')}`);
    const truth = truthOf(c);
    const parsed = extractionResultSchema.safeParse(truth);
    if (!parsed.success) throw new Error(`${c.file}: truth does not validate: ${JSON.stringify(parsed.error.issues, null, 2)}`);
    if (!c.isPurchaseOrder && c.orders.length) throw new Error(`${c.file}: negative with orders`);
    writeFileSync(join(out, c.file), eml);
    writeFileSync(join(out, `${c.file}.truth.json`), `${JSON.stringify(truth, null, 2)}\n`);
    manifest.push(`| ${c.file} | ${c.isPurchaseOrder ? 'yes' : 'no'} | ${c.orders.map((o) => o.poNumber).join(', ') || '-'} | ${c.orders.map((o) => o.urgency.level).join(', ') || '-'} | ${c.orders.map((o) => o.needsReview).join(', ') || '-'} | ${c.documents.map((d) => `${d.name} (${d.method}${d.pages ? `, ${d.pages}p` : ''})`).join('; ')} |`);
  }
  writeFileSync(join(out, 'MANIFEST.md'), `${manifest.join('\n')}\n`);
  const n = readdirSync(out).filter((f) => f.endsWith('.eml')).length;
  process.stdout.write(`holdout3: wrote ${n} inputs (${cases.filter((c) => c.isPurchaseOrder).length} orders, ${cases.filter((c) => !c.isPurchaseOrder).length} negatives) to ${out}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
