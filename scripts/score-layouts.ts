// `npx tsx scripts/score-layouts.ts [DIR]`: the layout pairs (samples/layouts/pairs) read at first
// sight and after teaching: each `NAME-first` taught (its truth as the rep's approval), then
// `NAME-next` read without and with what was learned. Prints field accuracy, line F1 and silent
// errors of the next documents both ways, per layout and in all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { muteConsole } from '../src/cli/mute-console.ts';
import { extractionResultSchema, type ExtractionResult } from '../src/domain/draft-order.ts';
import type { LearnedLayout } from '../src/domain/learned-layout.ts';
import { readInput } from '../src/documents/read-input.ts';
import { learnLayout } from '../src/extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../src/extraction/layout-model/pick-source-reading.ts';
import { scoreExtraction, type FileScore } from '../src/eval/score-extraction.ts';
import { summarizeScores } from '../src/eval/summarize-scores.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { closeOcr } from '../src/documents/read-input.ts';

const dir = process.argv[2] ?? 'samples/layouts/pairs';
const truthOf = (file: string): ExtractionResult => extractionResultSchema.parse(JSON.parse(readFileSync(join(dir, `${file}.truth.json`), 'utf8')));
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(dir, file)));

async function teach(file: string, id: string): Promise<LearnedLayout> {
  const input = await readInput(file, bytesOf(file));
  const order = truthOf(file).orders[0]!;
  const reading = pickSourceReading(input, order);
  if (!reading) throw new Error(`${file}: no document prints the approved order`);
  return { id, sender: null, customerId: null, sourcePo: order.poNumber, approvedBy: 'score@layouts', approvedAt: '2026-03-03T10:00:00Z', model: learnLayout(reading, order) };
}

function line(label: string, files: FileScore[]): string {
  const s = summarizeScores(files);
  const f = (v: number | null) => (v === null ? '  -  ' : v.toFixed(3));
  return `${label.padEnd(22)} fields ${f(s.fieldAccuracy.value)} (${s.fieldAccuracy.hits}/${s.fieldAccuracy.total})  line F1 ${f(s.lines.f1)}  silent ${f(s.silentErrorRate.value)}`;
}

async function main(): Promise<void> {
  const restore = muteConsole(false);
  const names = readdirSync(dir)
    .filter((n) => n.includes('-first.') && !n.endsWith('.json'))
    .sort();
  const layouts: LearnedLayout[] = [];
  for (const first of names) layouts.push(await teach(first, first.replace(/-first\..*$/, '')));
  const before: FileScore[] = [];
  const after: FileScore[] = [];
  const rows: string[] = [];
  for (const first of names) {
    const next = first.replace('-first.', '-next.');
    const truth = truthOf(next);
    const plain = await extractInput(next, bytesOf(next));
    const taught = await extractInput(next, bytesOf(next), { layouts });
    const b = scoreExtraction({ name: next, scan: next.endsWith('.tif'), truth, output: plain });
    const a = scoreExtraction({ name: next, scan: next.endsWith('.tif'), truth, output: taught });
    before.push(b);
    after.push(a);
    const wrong = a.orders.flatMap((o) => o.fields.filter((x) => !x.correct).map((x) => `${x.field}=${JSON.stringify(x.output)} (truth ${JSON.stringify(x.truth)})`));
    rows.push(line(`${next} before`, [b]), line(`${' '.repeat(next.length)} after`, [a]) + `  layout: ${taught.orders[0]?.layout?.id ?? 'none'}`);
    if (process.env.WHY && wrong.length) rows.push(`    wrong after: ${wrong.join('; ')}`);
  }
  restore();
  console.log(rows.join('\n'));
  console.log(line('ALL next, first sight', before));
  console.log(line('ALL next, taught', after));
  await closeOcr();
}

await main();
