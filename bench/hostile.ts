// `npm run bench:hostile [-- --only bomb,paths] [-- --memory-mb 768]`: hostile inputs through the real path
// (extractInput, default settings: the reading sandbox with its 1 GB / 30 s limits), each with
// its wall time, the peak RSS of the whole process tree (this process and the sandbox's
// children, their VmRSS from /proc summed every 50 ms) and the one-line result. The goal is
// each within 30 s and 1 GB. Asserts nothing: a benchmark, not a test.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadMasterData, toPolicy } from '../src/cli/load-master-files.ts';
import { parseSettings } from '../src/cli/load-settings.ts';
import { muteConsole } from '../src/cli/mute-console.ts';
import { closeOcr } from '../src/documents/read-input.ts';
import { DEFAULT_MEMORY_LIMIT_BYTES, configureReadingSandbox } from '../src/documents/sandbox/reading-sandbox.ts';
import { readTreeRss } from '../src/documents/sandbox/watch-rss.ts';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { coerceError } from '../src/domain/errors.ts';
import type { ExtractOptions } from '../src/pipeline/extract-input.ts';
import { HOSTILE_SET, OUR_MX, type Case } from '../test/fixtures/hostile-set.ts';
import { LINES_FOR_GENUINE } from '../test/fixtures/genuine-mail.ts';
import { po } from '../test/fixtures/make-forged-mail.ts';
import { HOSTILE_MAILS } from '../test/fixtures/make-hostile-inputs.ts';
import { makePoPdf } from '../test/fixtures/make-po-pdf.ts';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, 'memory-mb': { type: 'string' } } });
  const wanted = values.only?.split(',');
  const memoryMb = Number(values['memory-mb'] ?? DEFAULT_MEMORY_LIMIT_BYTES / MB);
  configureReadingSandbox({ memoryLimitBytes: memoryMb * MB });
  muteConsole(false);
  const { extractInput } = await import('../src/pipeline/extract-input.ts');
  const masterDir = join(import.meta.dirname, '../samples/master');
  const settings = parseSettings({ CATALOG_FILE: join(masterDir, 'catalog.csv'), CUSTOMERS_FILE: join(masterDir, 'customers.csv'), AUTHSERV_ID: OUR_MX });
  const master: ExtractOptions = { master: await loadMasterData(settings), policy: toPolicy(settings) };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`bench:hostile  node ${process.version}  sandbox memory limit ${memoryMb} MB per child; goal: each within 30 s and 1024 MB (peak RSS of this process and its children)`);
  out(`${'input'.padEnd(24)} ${'size'.padStart(9)} ${'wall s'.padStart(7)} ${'peak MB'.padStart(8)}  result`);
  const idle = readTreeRss(process.pid);
  // Beside the product owner's set: the mail bombs that are trimmed to read the genuine PO in them.
  const genuine = { poNumber: 'PO-7001', pdf: await makePoPdf(po('PO-7001', LINES_FOR_GENUINE)) };
  const bombs = HOSTILE_MAILS.filter((m) => m.trimmed).map((m): Case => ({ name: m.file.replace(/\.eml$/, ''), file: m.file, make: () => m.make(genuine) }));
  for (const c of [...HOSTILE_SET, ...bombs].filter((c) => !wanted || wanted.includes(c.name))) {
    const bytes = await c.make();
    let peak = readTreeRss(process.pid);
    const sampler = setInterval(() => (peak = Math.max(peak, readTreeRss(process.pid))), 50);
    const started = performance.now();
    const result = await extractInput(c.file, bytes, c.withMaster ? master : {}).then(describe, (err: unknown) => `error: ${coerceError(err).message}`);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, readTreeRss(process.pid));
    out(`${c.file.padEnd(24)} ${formatSize(bytes.length).padStart(9)} ${seconds.toFixed(2).padStart(7)} ${(peak / MB).toFixed(0).padStart(8)}  ${result}`);
  }
  out(`idle tree RSS before the first input: ${(idle / MB).toFixed(0)} MB`);
  await closeOcr();
}

/** One line: the orders found, or what was skipped and why. */
function describe(result: ExtractionResult): string {
  const skipped = result.source.documents.filter((d) => d.method === 'skipped').map((d) => `${d.name} skipped`);
  const orders = result.orders.map((o) => `order ${o.poNumber ?? '?'} (${o.lines.length} lines${o.needsReview ? `, review: ${o.reviewReasons[0] ?? ''}` : ', no review'})`);
  const parts = [...orders, ...skipped];
  const line = parts.length > 0 ? parts.join('; ') : 'no order';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
}

await main();
