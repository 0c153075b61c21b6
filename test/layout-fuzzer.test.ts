import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractionResultSchema } from '../src/domain/draft-order.ts';
import { AXIS_VALUES } from '../samples/fuzz/axes.ts';
import { axesOf } from '../samples/fuzz/breakdown.ts';
import { fuzzDoc, type FuzzDoc } from '../samples/fuzz/generate.ts';

// The layout fuzzer (samples/fuzz): deterministic per seed, truths that follow the contract and
// add up, every axis value produced, and the score:fuzz CLI printing its figures. No accuracy floors.

const REPO_ROOT = join(import.meta.dirname, '..');
const NO_SCANS = { scansShare: 0, negativeShare: 0.1 };
const digest = (d: FuzzDoc) => createHash('sha256').update(d.bytes).update(JSON.stringify(d.truth)).digest('hex');

async function docs(seed: number, count: number, mix = NO_SCANS): Promise<FuzzDoc[]> {
  const out: FuzzDoc[] = [];
  for (let i = 0; i < count; i++) out.push(await fuzzDoc(seed, i, mix));
  return out;
}

describe('layout fuzzer', () => {
  it('gives the same bytes for the same seed and different documents for another seed', async () => {
    const [a, b, c] = [await docs(11, 25), await docs(11, 25), await docs(12, 25)];
    expect(a.map(digest)).toEqual(b.map(digest));
    expect(a.map((d) => d.name)).toEqual(b.map((d) => d.name));
    const same = a.filter((d, i) => digest(d) === digest(c[i])).length;
    expect(same).toBe(0);
  });

  it('writes degraded images deterministically too', async () => {
    const mix = { scansShare: 1, negativeShare: 0 };
    const [a, b] = [await fuzzDoc(5, 0, mix), await fuzzDoc(5, 0, mix)];
    expect(a.truth.source.documents[0].method).toBe('ocr');
    expect(digest(a)).toBe(digest(b));
  });

  it('labels every document with a truth that follows the contract and adds up, and produces every axis value', async () => {
    // More images than the default mix, so all three kinds show up in 240 documents.
    const set = await docs(3, 240, { scansShare: 0.1, negativeShare: 0.1 });
    const seen: Record<string, Set<string>> = {};
    for (const d of set) {
      const parsed = extractionResultSchema.parse(d.truth);
      expect(parsed.isPurchaseOrder).toBe(parsed.orders.length > 0);
      for (const o of parsed.orders) {
        expect(o.lines.length).toBeGreaterThan(0);
        for (const l of o.lines) if (l.unitPrice !== null) expect(l.amount).toBeCloseTo(l.quantity * l.unitPrice, 2);
        if (o.total !== null) {
          const lines = o.lines.reduce((s, l) => s + (l.amount ?? 0), 0);
          expect(o.subtotal).toBeCloseTo(lines, 2);
          expect(o.total).toBeCloseTo(o.subtotal! + (o.tax ?? 0) + (o.shipping ?? 0), 2);
        } else {
          expect(o.lines.every((l) => l.unitPrice === null)).toBe(true);
        }
        expect(['urgent', 'high', 'normal']).toContain(o.urgency.level);
      }
      for (const [axis, value] of Object.entries(axesOf(d.truth.labelNotes))) (seen[axis] ??= new Set()).add(value);
    }
    for (const [axis, values] of Object.entries(AXIS_VALUES)) {
      expect(
        [...values].filter((v) => !seen[axis]?.has(v)),
        `values of ${axis} never produced`,
      ).toEqual([]);
    }
    // Mostly normal urgency, and a share of negatives.
    const levels = set.flatMap((d) => d.truth.orders.map((o) => o.urgency.level));
    expect(levels.filter((l) => l === 'normal').length / levels.length).toBeGreaterThan(0.7);
    expect(set.filter((d) => !d.truth.isPurchaseOrder).length).toBeGreaterThan(5);
  }, 180_000);

  it('score:fuzz runs end to end and prints the figures and the breakdown', async () => {
    const run = await promisify(execFile)('npx', ['--no-install', 'tsx', 'scripts/score-fuzz.ts', '--seed', '9', '--count', '20', '--no-scans', '--quiet'], {
      cwd: REPO_ROOT,
      maxBuffer: 16 << 20,
    });
    expect(run.stdout).toMatch(/field accuracy\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/line F1\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/PO detection\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/silent error rate/);
    expect(run.stdout).toContain('by axis value (weakest first):');
    expect(run.stdout).toMatch(/generated 20 documents in/);
  }, 180_000);

  it('score:fuzz refuses a run without a seed', async () => {
    const err = await promisify(execFile)('npx', ['--no-install', 'tsx', 'scripts/score-fuzz.ts', '--count', '5'], { cwd: REPO_ROOT }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(String(err.stderr)).toContain('--seed');
  });
});
