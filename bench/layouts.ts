// `npx tsx bench/layouts.ts [-- --seconds 10 --layouts 100]`: extraction throughput of the
// samples/corpus emails with no learned layout and with N learned layouts (learned from the
// layout pairs and from corpus PDFs, so most are real fingerprints none of these mails match),
// one warm process, one core, the two measured in alternating passes. Prints both and the ratio
// (issue 17: at most 1.2); asserts nothing.
import { readdir, readFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
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
    if (reading)
      out.push({ id: name, sender: null, customerId: null, sourcePo: order.poNumber, approvedBy: 'bench', approvedAt: '2026-03-03T00:00:00Z', model: learnLayout(reading, order) });
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

interface Figures {
  perSecond: number;
  p50: number;
  /** CPU of this process per document, in ms: the assembly, where layouts are matched and read
   * (PDFs, scans and workbooks are decoded in the reading sandbox's children, alike for both). */
  cpu: number;
}

/** Both conditions in alternating passes over the documents (after a warm-up pass of each), so
 * the machine's other load and the JIT's warming fall on both alike; each gets `seconds`. */
async function measure(docs: Array<{ name: string; bytes: Uint8Array }>, conditions: LearnedLayout[][], seconds: number): Promise<Figures[]> {
  for (const layouts of conditions) for (const d of docs) await extractInput(d.name, d.bytes, { layouts }).catch(() => undefined);
  const durations = conditions.map(() => [] as number[]);
  const spent = conditions.map(() => 0);
  const cpu = conditions.map(() => 0);
  while (spent.some((s) => s < seconds * 1000)) {
    for (const [c, layouts] of conditions.entries()) {
      for (const d of docs) {
        const [t0, c0] = [performance.now(), process.cpuUsage()];
        await extractInput(d.name, d.bytes, { layouts }).catch(() => undefined);
        const ms = performance.now() - t0;
        const used = process.cpuUsage(c0);
        cpu[c]! += (used.user + used.system) / 1000;
        durations[c]!.push(ms);
        spent[c]! += ms;
      }
    }
  }
  return durations.map((list, c) => {
    const sorted = [...list].sort((a, b) => a - b);
    return { perSecond: (list.length / spent[c]!) * 1000, p50: sorted[Math.floor(sorted.length / 2)] ?? NaN, cpu: cpu[c]! / list.length };
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, layouts: { type: 'string', default: '100' } } });
  const seconds = Number(values.seconds);
  const restore = muteConsole(false);
  const corpus = (await readdir(CORPUS)).filter((n) => /\.(eml|pdf)$/.test(n)).sort();
  const pairs = (await readdir(PAIRS)).filter((n) => /\.(pdf|xlsx)$/.test(n)).sort();
  const real = [
    ...(await learnedFrom(PAIRS, pairs)),
    ...(await learnedFrom(
      CORPUS,
      corpus.filter((n) => n.endsWith('.pdf') || n.includes('-pdf-')),
    )),
  ];
  const layouts = toCount(real, Number(values.layouts));
  const docs = await Promise.all(
    corpus
      .filter((n) => n.endsWith('.eml'))
      .slice(0, 40)
      .map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(CORPUS, name))) })),
  );
  const [none, many] = (await measure(docs, [[], layouts], seconds)) as [Figures, Figures];
  restore();
  console.log(
    `bench:layouts  node ${process.version}  ${docs.length} corpus emails  ${seconds}s each  (${real.length} layouts learned from real documents, ${layouts.length} in all)`,
  );
  const line = (name: string, f: Figures) => `${name.padEnd(14)} ${f.perSecond.toFixed(1).padStart(7)} docs/s  p50 ${f.p50.toFixed(1)} ms  cpu ${f.cpu.toFixed(1)} ms/doc`;
  console.log(line('no layouts', none));
  console.log(line(`${layouts.length} layouts`, many));
  console.log(
    `ratio (time with / without): ${(none.perSecond / many.perSecond).toFixed(3)}  (cpu of this process: ${(many.cpu / none.cpu).toFixed(3)}; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`,
  );
}

await main();
