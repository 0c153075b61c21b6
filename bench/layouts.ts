// `npx tsx bench/layouts.ts [-- --seconds 10 --layouts 100]`: extraction throughput of the
// samples/corpus emails with no learned layout and with N learned layouts (learned from the
// layout pairs and from corpus PDFs, so most are real fingerprints none of these mails match),
// one warm process, one core. Prints both and the ratio; asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { muteConsole } from '../src/cli/mute-console.ts';
import { extractionResultSchema } from '../src/domain/draft-order.ts';
import type { LearnedLayout } from '../src/domain/learned-layout.ts';
import { readInput } from '../src/documents/read-input.ts';
import { learnLayout } from '../src/extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../src/extraction/layout-model/pick-source-reading.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';

const CORPUS = 'samples/corpus';
const PAIRS = 'samples/layouts/pairs';

async function learnedFrom(dir: string, names: string[]): Promise<LearnedLayout[]> {
  const out: LearnedLayout[] = [];
  for (const name of names) {
    const truth = extractionResultSchema.safeParse(JSON.parse(await readFile(join(dir, `${name}.truth.json`), 'utf8')));
    const order = truth.success ? truth.data.orders[0] : undefined;
    if (!order) continue;
    const input = await readInput(name, new Uint8Array(await readFile(join(dir, name))));
    const reading = pickSourceReading(input, order);
    if (reading) out.push({ id: name, sender: null, customerId: null, sourcePo: order.poNumber, approvedBy: 'bench', approvedAt: '2026-03-03T00:00:00Z', model: learnLayout(reading, order) });
  }
  return out;
}

/** N layouts: the real ones, then copies of them with their words shifted, so none is a duplicate. */
function toCount(real: LearnedLayout[], n: number): LearnedLayout[] {
  return Array.from({ length: n }, (_, i) => {
    const base = real[i % real.length]!;
    if (i < real.length) return base;
    const tokens = base.model.tokens.map((t) => ({ ...t, word: `${t.word}${i}` }));
    return { ...base, id: `${base.id}#${i}`, model: { ...base.model, tokens } };
  });
}

async function measure(docs: Array<{ name: string; bytes: Uint8Array }>, layouts: LearnedLayout[], seconds: number): Promise<{ perSecond: number; p50: number }> {
  for (const d of docs) await extractInput(d.name, d.bytes, { layouts }).catch(() => undefined);
  const durations: number[] = [];
  const started = performance.now();
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const d = docs[i % docs.length]!;
    const t0 = performance.now();
    await extractInput(d.name, d.bytes, { layouts }).catch(() => undefined);
    durations.push(performance.now() - t0);
  }
  durations.sort((a, b) => a - b);
  return { perSecond: (durations.length / (performance.now() - started)) * 1000, p50: durations[Math.floor(durations.length / 2)] ?? NaN };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, layouts: { type: 'string', default: '100' } } });
  const seconds = Number(values.seconds);
  const restore = muteConsole(false);
  const corpus = (await readdir(CORPUS)).filter((n) => /\.(eml|pdf)$/.test(n)).sort();
  const pairs = (await readdir(PAIRS)).filter((n) => /\.(pdf|xlsx)$/.test(n)).sort();
  const real = [...(await learnedFrom(PAIRS, pairs)), ...(await learnedFrom(CORPUS, corpus.filter((n) => n.endsWith('.pdf') || n.includes('-pdf-'))))];
  const layouts = toCount(real, Number(values.layouts));
  const docs = await Promise.all(corpus.filter((n) => n.endsWith('.eml')).slice(0, 40).map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(CORPUS, name))) })));
  const none = await measure(docs, [], seconds);
  const many = await measure(docs, layouts, seconds);
  restore();
  console.log(`bench:layouts  node ${process.version}  ${docs.length} corpus emails  ${seconds}s each  (${real.length} layouts learned from real documents, ${layouts.length} in all)`);
  console.log(`no layouts     ${none.perSecond.toFixed(1).padStart(7)} docs/s  p50 ${none.p50.toFixed(1)} ms`);
  console.log(`${String(layouts.length).padStart(3)} layouts    ${many.perSecond.toFixed(1).padStart(7)} docs/s  p50 ${many.p50.toFixed(1)} ms`);
  console.log(`ratio (time with / without): ${(none.perSecond / many.perSecond).toFixed(3)}`);
}

await main();
