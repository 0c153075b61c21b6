/**
 * Re-checks the generated corpus from disk: every truth parses with the zod contract, e-mail headers
 * and attachments match source.*, PDF page counts match (if poppler's pdfinfo is installed), and the
 * arithmetic adds up except where the label asks for review. Run: npx tsx samples/verify.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { simpleParser } from 'mailparser';
import { extractionResultSchema, type ExtractionResult } from '../src/domain/draft-order.ts';

const DIR = new URL('./corpus/', import.meta.url).pathname;
const r2 = (n: number) => Math.round(n * 100) / 100;
type Truth = ExtractionResult & { labelNotes: string[] };

function pdfPages(path: string): number | null {
  try {
    return Number(/Pages:\s+(\d+)/.exec(execSync(`pdfinfo "${path}"`, { stdio: ['ignore', 'pipe', 'ignore'] }).toString())![1]);
  } catch {
    return null;
  }
}

async function checkEmail(bytes: Buffer, t: Truth): Promise<string[]> {
  const m = await simpleParser(bytes);
  const p: string[] = [];
  if (m.subject !== t.source.subject) p.push('subject');
  if (m.from?.value[0].address?.toLowerCase() !== t.source.from) p.push('from');
  if (m.messageId !== t.source.messageId) p.push('messageId');
  if (m.date?.toISOString().replace('.000Z', 'Z') !== t.source.receivedAt) p.push('receivedAt');
  const docs = t.source.documents.slice(1);
  if (m.attachments.map((a) => a.filename).join('|') !== docs.map((d) => d.name).join('|')) p.push('attachments');
  for (const a of m.attachments.filter((x) => x.contentType === 'application/pdf')) {
    writeFileSync('/tmp/po-inbox-verify.pdf', a.content);
    const pages = pdfPages('/tmp/po-inbox-verify.pdf');
    if (pages !== null && pages !== docs.find((d) => d.name === a.filename)?.pages) p.push(`pages of ${a.filename}`);
  }
  return p;
}

function checkArithmetic(t: Truth): string[] {
  const p: string[] = [];
  for (const o of t.orders) {
    for (const l of o.lines) if (l.unitPrice !== null && r2(l.quantity * l.unitPrice) !== l.amount) p.push(`line ${l.sku}: qty x price != amount`);
    if (o.total === null || o.subtotal === null) continue;
    const lines = r2(o.lines.reduce((s, l) => s + (l.amount ?? 0), 0));
    const discounted = t.labelNotes.some((n) => n.includes('discount row'));
    const ok = r2(o.subtotal + (o.tax ?? 0) + (o.shipping ?? 0)) === o.total && (discounted || lines === o.subtotal);
    const flagged = o.reviewReasons.some((r) => /printed|add up/.test(r));
    if (ok === flagged) p.push(ok ? 'consistent totals flagged for review' : 'totals do not add up but not flagged');
  }
  return p;
}

async function main(): Promise<void> {
  let bad = 0;
  const truths = readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).sort();
  for (const f of truths) {
    const t = JSON.parse(readFileSync(DIR + f, 'utf8')) as Truth;
    extractionResultSchema.parse(t);
    const input = f.slice(0, -'.truth.json'.length);
    const problems = checkArithmetic(t);
    if (input.endsWith('.eml')) problems.push(...(await checkEmail(readFileSync(DIR + input), t)));
    const pages = input.endsWith('.pdf') ? pdfPages(DIR + input) : null;
    if (pages !== null && pages !== t.source.documents[0].pages) problems.push('pages');
    if (problems.length) console.log(`FAIL ${input}: ${problems.join(', ')}`);
    bad += problems.length ? 1 : 0;
  }
  console.log(`${truths.length} truths checked, ${bad} with problems`);
  process.exitCode = bad ? 1 : 0;
}

await main();
