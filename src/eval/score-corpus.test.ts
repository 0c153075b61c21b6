import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from './score-corpus.ts';

describe('scoreCorpus', () => {
  it('scores a truth that leaves out what the contract does not require (a line confidence, a page count)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'score-'));
    const truth = JSON.parse(readFileSync('samples/corpus/email-pdf-en-01.eml.truth.json', 'utf8'));
    for (const order of truth.orders) for (const line of order.lines) delete line.confidence;
    for (const doc of truth.source.documents) delete doc.pages;
    copyFileSync('samples/corpus/email-pdf-en-01.eml', path.join(dir, 'po.eml'));
    writeFileSync(path.join(dir, 'po.eml.truth.json'), JSON.stringify(truth));
    const score = await scoreCorpus(dir, { extract: async () => JSON.parse(readFileSync('samples/corpus/email-pdf-en-01.eml.truth.json', 'utf8')) });
    expect(score.notScored).toEqual([]);
    expect(score.sets[0].summary.fieldAccuracy.value).toBe(1);
  });
});
