import { muteConsole } from '../../src/cli/mute-console.ts';
import { extractInput } from '../../src/pipeline/extract-input.ts';
import { makePdfPoEmail } from '../fixtures/make-po-email.ts';
import { samplePo } from '../fixtures/make-po-pdf.ts';

/**
 * For tests that time an in-process worker: mutes the console as the CLI does (pdf.js writes its
 * warnings there) and loads pdf.js with one extraction (~2 s), so timed parts measure the worker.
 * Returns what restores the console.
 */
export async function warmUpExtraction(): Promise<() => void> {
  const restore = muteConsole(false);
  await extractInput('warm.eml', await makePdfPoEmail(samplePo(0)));
  return restore;
}
