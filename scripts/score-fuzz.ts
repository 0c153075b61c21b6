// `npm run score:fuzz -- --seed N [--count 1000] [--out DIR] [--no-scans | --scans-share X] [--files] [--jobs N]`
// Generates N fuzzed purchase orders (samples/fuzz) into a temporary folder (or --out, kept), scores
// them with the extractor and scorer of `npm run score`, and prints the figures and a breakdown by
// axis value. A seed that was never run before gives the first-sight figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSettings } from '../src/cli/load-settings.ts';
import { muteConsole } from '../src/cli/mute-console.ts';
import { coerceError } from '../src/domain/errors.ts';
import { formatFileScore, formatSetSummary } from '../src/eval/format-scores.ts';
import { scoreCorpus } from '../src/eval/score-corpus.ts';
import type { FileScore } from '../src/eval/score-extraction.ts';
import { summarizeScores } from '../src/eval/summarize-scores.ts';
import { DEFAULT_MIX } from '../samples/fuzz/axes.ts';
import { axesOf, breakdown, formatBreakdown } from '../samples/fuzz/breakdown.ts';
import { writeFuzzSet } from '../samples/fuzz/generate.ts';

const USAGE = 'usage: npm run score:fuzz -- --seed N [--count 1000] [--out DIR] [--no-scans | --scans-share X] [--files] [--jobs N]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      'no-scans': { type: 'boolean' },
      'scans-share': { type: 'string' },
      'negative-share': { type: 'string' },
      files: { type: 'boolean' },
      jobs: { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  const seed = Number(values.seed);
  const count = Number(values.count);
  const scansShare = values['no-scans'] ? 0 : values['scans-share'] === undefined ? DEFAULT_MIX.scansShare : Number(values['scans-share']);
  const negativeShare = values['negative-share'] === undefined ? DEFAULT_MIX.negativeShare : Number(values['negative-share']);
  const jobs = Math.max(1, Number(values.jobs ?? availableParallelism()));
  if (
    values.seed === undefined ||
    !Number.isInteger(seed) ||
    !Number.isInteger(count) ||
    count < 1 ||
    !(scansShare >= 0 && scansShare <= 1) ||
    !(negativeShare >= 0 && negativeShare <= 1) ||
    !Number.isInteger(jobs)
  ) {
    process.stderr.write(`score:fuzz: ${USAGE}\n`);
    return 2;
  }
  const dir = values.out ? resolve(values.out) : mkdtempSync(join(tmpdir(), 'po-inbox-fuzz-'));
  const progress = process.stderr.isTTY && !values.quiet;
  try {
    // Generate: documents are spread over `jobs` folders so they can be scored side by side.
    const started = performance.now();
    const axesByName = new Map<string, Record<string, string>>();
    const shards = Array.from({ length: jobs }, (_, k) => join(dir, `part-${k + 1}`));
    for (let k = 0; k < jobs; k++) {
      const indexes = Array.from({ length: count }, (_, i) => i).filter((i) => i % jobs === k);
      await writeFuzzSet(shards[k], {
        seed,
        count,
        indexes,
        mix: { scansShare, negativeShare },
        onDoc: (doc) => axesByName.set(`part-${k + 1}/${doc.name}`, axesOf(doc.truth.labelNotes)),
      });
      if (progress) process.stderr.write(`generated ${axesByName.size}/${count}\n`);
    }
    const generatedMs = performance.now() - started;

    // Score with the extractor `npm run score` uses (rules alone, no master data).
    const settings = loadSettings();
    const { createExtractor } = await import('../src/main/create-extractor.ts');
    const extractor = createExtractor(settings, { model: false });
    const extract = async (name: string, bytes: Uint8Array) => {
      const restore = muteConsole(settings.LOG_LEVEL === 'debug');
      try {
        return await extractor.extract(name, bytes);
      } finally {
        restore();
      }
    };
    let scoredCount = 0;
    const onFile = progress ? () => process.stderr.write(`scored ${++scoredCount}/${count}\r`) : undefined;
    const scoreStarted = performance.now();
    const corpora = await Promise.all(shards.map((shard) => scoreCorpus(shard, { includeScans: scansShare > 0, extract, onFile })));
    const scoredMs = performance.now() - scoreStarted;
    const files: FileScore[] = corpora.flatMap((c, k) => c.sets.flatMap((s) => s.files.map((f) => ({ ...f, name: `part-${k + 1}/${f.name}` }))));
    const notScored = corpora.flatMap((c) => c.notScored);

    const out: string[] = [`== fuzz seed ${seed}: ${count} documents (scans share ${scansShare}, negatives ${negativeShare}) in ${values.out ? dir : '(temporary folder)'}`];
    if (values.files) out.push(...files.map(formatFileScore));
    for (const n of notScored) out.push(`skip  ${n.name}  ${n.reason}`);
    out.push('');
    for (const kind of ['text', 'scans'] as const) {
      const set = files.filter((f) => f.scan === (kind === 'scans'));
      if (set.length > 0) out.push(formatSetSummary(`fuzz seed ${seed} (${kind})`, summarizeScores(set)), '');
    }
    if (files.some((f) => f.scan)) out.push(formatSetSummary(`fuzz seed ${seed} (all)`, summarizeScores(files)), '');
    out.push(formatBreakdown(breakdown(files, axesByName)));
    out.push(`generated ${count} documents in ${(generatedMs / 1000).toFixed(1)} s; scored ${files.length} in ${(scoredMs / 1000).toFixed(1)} s (${jobs} side by side)`);
    process.stdout.write(out.join('\n') + '\n');
    return 0;
  } finally {
    if (!values.out) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.stdout.write('', () => process.exit(code)),
  (err) => {
    process.stderr.write(`score:fuzz: ${coerceError(err).message}\n`);
    process.exit(1);
  },
);
