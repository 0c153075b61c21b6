// `npm run score [-- [--json] [--no-scans] [--llm off|on|compare] DIR...]`: extraction quality
// against `X.truth.json` labels. Defaults to samples/corpus and, when present, ../shared/corpus/public.
// --llm compare scores the rules alone and rules+LLM (OPENAI_* settings) side by side.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSettings } from '../src/cli/load-settings.ts';
import { muteConsole } from '../src/cli/mute-console.ts';
import { coerceError } from '../src/domain/errors.ts';
import { isLlmConfigured } from '../src/cli/build-order-reader.ts';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { formatScoreComparison, type ModelSpend } from '../src/eval/format-score-comparison.ts';
import { formatCorpusScore } from '../src/eval/format-scores.ts';
import { scoreCorpus, type CorpusScore } from '../src/eval/score-corpus.ts';

const DEFAULT_DIRS = ['samples/corpus', '../shared/corpus/public'];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, 'no-scans': { type: 'boolean' }, quiet: { type: 'boolean' }, llm: { type: 'string', default: 'off' } },
    allowPositionals: true,
  });
  const dirs = positionals.length > 0 ? positionals : DEFAULT_DIRS.filter((dir) => existsSync(dir));
  const missing = dirs.filter((dir) => !existsSync(dir));
  if (dirs.length === 0 || missing.length > 0) {
    process.stderr.write(`score: no corpus folder ${missing.length ? `(${missing.join(', ')} not found)` : 'found'}\n`);
    return 2;
  }
  const settings = loadSettings();
  const mode = values.llm;
  if (!['off', 'on', 'compare'].includes(mode)) {
    process.stderr.write('score: --llm takes off, on or compare\n');
    return 2;
  }
  if (mode !== 'off' && !isLlmConfigured(settings)) {
    process.stderr.write('score: --llm needs OPENAI_MODEL and OPENAI_BASE_URL or OPENAI_API_KEY (and LLM_MODE not off)\n');
    return 2;
  }
  // The extractor the worker uses (src/main/create-extractor.ts), without master data: the labels
  // score reading, not matching.
  const { createExtractor } = await import('../src/main/create-extractor.ts');
  const spend: ModelSpend = { drafts: 0, tokens: 0, costUsd: null, unavailable: 0 };
  const extractors = { rules: createExtractor(settings, { model: false }), model: createExtractor(settings) };
  const makeExtract = (llm: boolean) => async (name: string, bytes: Uint8Array) => {
    const restore = muteConsole(settings.LOG_LEVEL === 'debug');
    try {
      const result = await (llm ? extractors.model : extractors.rules).extract(name, bytes);
      if (llm) addSpend(spend, result);
      return result;
    } finally {
      restore();
    }
  };
  const runAll = async (llm: boolean) => {
    const results: CorpusScore[] = [];
    for (const dir of dirs) {
      // Progress only for a person watching: OCR of a scan can take seconds.
      const onFile = process.stderr.isTTY && !values.quiet ? (file: { name: string }) => process.stderr.write(`scored ${file.name}\n`) : undefined;
      results.push(await scoreCorpus(dir, { includeScans: !values['no-scans'], extract: makeExtract(llm), onFile }));
    }
    return results;
  };
  const llm = mode !== 'off';
  if (mode === 'compare') {
    const rules = await runAll(false);
    const withModel = await runAll(true);
    process.stdout.write(values.json ? `${JSON.stringify({ rules, llm: withModel, spend }, null, 2)}\n` : formatScoreComparison(rules, withModel, spend));
    return 0;
  }
  const results = await runAll(llm);
  process.stdout.write(values.json ? `${JSON.stringify({ corpora: results }, null, 2)}\n` : results.map(formatCorpusScore).join('\n'));
  return 0;
}

function addSpend(spend: ModelSpend, result: ExtractionResult): void {
  for (const order of result.orders) {
    if (order.reviewReasons.some((r) => r.startsWith('model not used:'))) spend.unavailable += 1;
    const x = order.extraction;
    if (!x || x.method !== 'rules+llm') continue;
    spend.drafts += 1;
    spend.tokens += (x.tokens?.prompt ?? 0) + (x.tokens?.completion ?? 0);
    if (x.costUsd !== null) spend.costUsd = (spend.costUsd ?? 0) + x.costUsd;
  }
}

main().then(
  // Exit only once stdout has drained: a large --json report into a pipe is written asynchronously.
  (code) => process.stdout.write('', () => process.exit(code)),
  (err) => {
    process.stderr.write(`score: ${coerceError(err).message}\n`);
    process.exit(1);
  },
);
