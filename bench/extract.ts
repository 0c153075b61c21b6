// `npm run bench:extract [-- --seconds 10 --docs 20 --synthetic]`: extraction throughput in one warm
// process on one core. Uses the .eml files of samples/corpus when it has both kinds (PDF attached,
// body only), else builds synthetic ones in memory. Prints figures; asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { muteConsole } from '../src/cli/mute-console.ts';
import { makeBodyPoEmail, makePdfPoEmail } from '../test/fixtures/make-po-email.ts';
import { samplePo } from '../test/fixtures/make-po-pdf.ts';

interface Doc {
  name: string;
  bytes: Uint8Array;
}

interface Group {
  label: string;
  docs: Doc[];
}

const SAMPLES = 'samples/corpus';

type ExtractInput = typeof import('../src/pipeline/extract-input.ts').extractInput;
let extractInput: ExtractInput;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, docs: { type: 'string', default: '20' }, synthetic: { type: 'boolean' } } });
  const seconds = Number(values.seconds);
  const count = Number(values.docs);
  ({ extractInput } = await import('../src/pipeline/extract-input.ts'));
  const groups = (values.synthetic ? null : await loadSampleGroups(count)) ?? (await buildGroups(count));
  console.log(`bench:extract  node ${process.version}  ${seconds}s per group  source: ${groups.source}`);
  for (const group of groups.groups) report(group, await measure(group.docs, seconds));
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

async function buildGroups(count: number): Promise<{ source: string; groups: Group[] }> {
  const pos = Array.from({ length: count }, (_, i) => samplePo(i));
  const pdfEmails = await Promise.all(pos.map(async (po) => ({ name: `${po.poNumber}.eml`, bytes: await makePdfPoEmail(po) })));
  const bodyEmails = await Promise.all(pos.map(async (po) => ({ name: `${po.poNumber}-body.eml`, bytes: await makeBodyPoEmail(po) })));
  return {
    source: `synthetic (${count} of each, pdfkit + MailComposer)`,
    groups: [
      { label: 'text-PDF emails', docs: pdfEmails },
      { label: 'body emails', docs: bodyEmails },
    ],
  };
}

/** The samples' emails split by whether a PDF is attached; null when either kind is missing. */
async function loadSampleGroups(most: number): Promise<{ source: string; groups: Group[] } | null> {
  const names = (await readdir(SAMPLES).catch(() => [] as string[])).filter((n) => n.toLowerCase().endsWith('.eml')).sort();
  const docs = await Promise.all(names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(SAMPLES, name))) })));
  const raw = (doc: Doc) => Buffer.from(doc.bytes).toString('latin1');
  const hasPdf = (doc: Doc) => /content-type:\s*application\/pdf/i.test(raw(doc));
  const hasAttachment = (doc: Doc) => /content-disposition:\s*attachment|filename\*?=/i.test(raw(doc));
  const pdfEmails = docs.filter(hasPdf).slice(0, most);
  const bodyEmails = docs.filter((doc) => !hasAttachment(doc)).slice(0, most);
  if (pdfEmails.length === 0 || bodyEmails.length === 0) return null;
  return {
    source: `${SAMPLES} (${pdfEmails.length} with a PDF, ${bodyEmails.length} body only)`,
    groups: [
      { label: 'text-PDF emails', docs: pdfEmails },
      { label: 'body emails', docs: bodyEmails },
    ],
  };
}

interface Measurement {
  runs: number;
  errors: number;
  elapsedMs: number;
  durations: number[];
}

async function measure(docs: Doc[], seconds: number): Promise<Measurement> {
  for (const doc of docs) await extractQuietly(doc).catch(() => undefined);
  const durations: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const doc = docs[i % docs.length];
    const t0 = performance.now();
    await extractQuietly(doc).catch(() => (errors += 1));
    durations.push(performance.now() - t0);
  }
  return { runs: durations.length, errors, elapsedMs: performance.now() - started, durations };
}

async function extractQuietly(doc: Doc) {
  const restore = muteConsole(false);
  try {
    return await extractInput(doc.name, doc.bytes);
  } finally {
    restore();
  }
}

function report(group: Group, m: Measurement): void {
  const sorted = [...m.durations].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const perSecond = (m.runs / m.elapsedMs) * 1000;
  const errors = m.errors > 0 ? `  (${m.errors} runs threw)` : '';
  console.log(
    `${group.label.padEnd(16)} ${perSecond.toFixed(1).padStart(8)} docs/s  p50 ${at(0.5).toFixed(1)} ms  p95 ${at(0.95).toFixed(1)} ms  ${m.runs} runs of ${group.docs.length} docs${errors}`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench:extract: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exit(1);
});
