import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../src/cli/load-settings.ts';
import { closeOcr } from '../src/documents/read-input.ts';
import { formatCorpusScore } from '../src/eval/format-scores.ts';
import { scoreCorpus, type Extract } from '../src/eval/score-corpus.ts';
import { SAMPLES_CORPUS } from './fixtures/shared-folder.ts';

// One fax, one scanned PDF and one phone photo from samples/scans/corpus, scored through the real
// OCR path: a guard that each kind of degraded page still reads. The whole set (12 pages, about a
// minute of OCR on 2 cores) is scored by `npm run score -- samples/scans/corpus`.

const SCANS = path.join(SAMPLES_CORPUS, '../scans/corpus');
const PICKED = ['fax-fr-01.tif', 'scan-en-02.pdf', 'photo-fr-01.jpg'];
const FIELD_ACCURACY_MIN = 0.85;

const dir = mkdtempSync(path.join(tmpdir(), 'po-inbox-scans-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await closeOcr();
});

describe('OCR of degraded samples', () => {
  it('reads a fax, a scanned PDF and a photo well enough, and sends every draft to review', async () => {
    for (const name of PICKED) {
      copyFileSync(path.join(SCANS, name), path.join(dir, name));
      copyFileSync(path.join(SCANS, `${name}.truth.json`), path.join(dir, `${name}.truth.json`));
    }
    const { extractInput } = await import('../src/pipeline/extract-input.ts');
    const sellerNames = loadSettings().SELLER_NAME;
    const extract: Extract = (name, bytes) => extractInput(name, bytes, { sellerNames });
    const corpus = await scoreCorpus(dir, { extract });
    console.log(formatCorpusScore(corpus));
    const scans = corpus.sets.find((set) => set.kind === 'scans')!;
    expect(scans.summary.files).toBe(PICKED.length);
    expect.soft(scans.summary.poDetection.value, 'PO detection').toBe(1);
    expect.soft(scans.summary.fieldAccuracy.value ?? 0, 'field accuracy').toBeGreaterThanOrEqual(FIELD_ACCURACY_MIN);
    expect.soft(scans.summary.silentErrorRate.value ?? 1, 'silent error rate').toBe(0);
  }, 180_000);
});
