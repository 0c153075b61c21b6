// `npm run score [-- [--json] [--no-scans] DIR...]`: extraction quality against `X.truth.json`
// labels. Defaults to samples/corpus and, when present, ../shared/corpus/public.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadSettings } from '../src/cli/load-settings.ts';
import { muteConsole } from '../src/cli/mute-console.ts';
import { coerceError } from '../src/domain/errors.ts';
import { formatCorpusScore } from '../src/eval/format-scores.ts';
import { scoreCorpus, type CorpusScore } from '../src/eval/score-corpus.ts';

const DEFAULT_DIRS = ['samples/corpus', '../shared/corpus/public'];

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean' }, 'no-scans': { type: 'boolean' }, quiet: { type: 'boolean' } },
    allowPositionals: true,
  });
  const dirs = positionals.length > 0 ? positionals : DEFAULT_DIRS.filter((dir) => existsSync(dir));
  const missing = dirs.filter((dir) => !existsSync(dir));
  if (dirs.length === 0 || missing.length > 0) {
    process.stderr.write(`score: no corpus folder ${missing.length ? `(${missing.join(', ')} not found)` : 'found'}\n`);
    return 2;
  }
  const settings = loadSettings();
  const { extractInput } = await import('../src/pipeline/extract-input.ts');
  const extract = async (name: string, bytes: Uint8Array) => {
    const restore = muteConsole(settings.LOG_LEVEL === 'debug');
    try {
      return await extractInput(name, bytes, { sellerNames: settings.SELLER_NAME, ocrLangs: settings.OCR_LANGS });
    } finally {
      restore();
    }
  };
  const results: CorpusScore[] = [];
  for (const dir of dirs) {
    // Progress only for a person watching: OCR of a scan can take seconds.
    const onFile = process.stderr.isTTY && !values.quiet ? (file: { name: string }) => process.stderr.write(`scored ${file.name}\n`) : undefined;
    results.push(await scoreCorpus(dir, { includeScans: !values['no-scans'], extract, onFile }));
  }
  process.stdout.write(values.json ? `${JSON.stringify({ corpora: results }, null, 2)}\n` : results.map(formatCorpusScore).join('\n'));
  return 0;
}

main().then(
  // Exit only once stdout has drained: a large --json report into a pipe is written asynchronously.
  (code) => process.stdout.write('', () => process.exit(code)),
  (err) => {
    process.stderr.write(`score: ${coerceError(err).message}\n`);
    process.exit(1);
  },
);
