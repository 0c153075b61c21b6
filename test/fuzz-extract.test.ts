import { afterAll, describe, expect, it } from 'vitest';
import { CASES_DIR, crashReason, ExtractChild, fuzzExtract, fuzzSeconds, fuzzSeed, loadCases, loadSamples, makeInput } from './fuzz/fuzz-extract.ts';

// The fuzz run of `extract`: mutated samples/corpus inputs for FUZZ_SECONDS (default 60) with a
// seed from FUZZ_SEED or today's date, printed so a failing run can be repeated. Each crash is
// written to test/fuzz/cases/ (commit it once fixed); the replay test reads every committed case.

const SECONDS = fuzzSeconds();
const SEED = fuzzSeed();

describe('fuzz run of extract', () => {
  it('makes the same inputs from the same seed, from the samples alone (no truth files)', () => {
    const samples = loadSamples();
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.every((s) => !s.name.endsWith('.json'))).toBe(true);
    const again = makeInput(samples, 42, 7);
    expect(makeInput(samples, 42, 7)).toEqual(again);
    expect(makeInput(samples, 43, 7).bytes.equals(again.bytes) && makeInput(samples, 43, 7).source === again.source).toBe(false);
  });

  it('tells crashes from a result and a one-line InputError', () => {
    expect(crashReason({ kind: 'result', orders: 0 })).toBeNull();
    expect(crashReason({ kind: 'input-error', code: 'corrupt-input', message: 'not a readable PDF: bad XRef' })).toBeNull();
    expect(crashReason({ kind: 'input-error', code: 'corrupt-input', message: 'two\nlines' })).toMatch(/without a one-line message/);
    expect(crashReason({ kind: 'error', name: 'TypeError', message: "Cannot read properties of undefined (reading 'x')", stack: '' })).toMatch(/^TypeError: /);
    expect(crashReason({ kind: 'timeout', ms: 60_000 })).toBe('took over 60 s');
  });

  it(
    `runs extractInput on mutated samples for ${SECONDS} s (seed ${SEED}) without a crash`,
    async () => {
      console.log(`fuzz: seed ${SEED} (FUZZ_SEED=${SEED} repeats it), ${SECONDS} s (FUZZ_SECONDS)`);
      const report = await fuzzExtract({ seed: SEED, seconds: SECONDS, log: (line) => console.log(line) });
      console.log(
        `fuzz: ${report.tried} inputs in ${SECONDS} s (${Math.round((report.tried / Math.max(SECONDS, 1)) * 60)} a minute): ${JSON.stringify(report.outcomes)}; ${report.crashes.length} crashes`,
      );
      if (SECONDS > 0) expect(report.tried).toBeGreaterThan(0);
      const named = report.crashes.map((c) => `test/fuzz/cases/${c.name}.bin (${c.source}: ${c.mutations.join(', ')}): ${c.message}`);
      expect(named, `new crash cases written to ${CASES_DIR}`).toEqual([]);
    },
    SECONDS * 1000 + 180_000,
  );
});

describe('fuzz regression cases (test/fuzz/cases)', () => {
  const child = new ExtractChild();
  afterAll(() => child.close());
  const cases = loadCases();

  it('has its folder', () => {
    expect(Array.isArray(cases)).toBe(true);
  });

  for (const fuzzCase of cases) {
    it(`${fuzzCase.name}: a result or one InputError line`, async () => {
      const outcome = await child.extract(fuzzCase.file, fuzzCase.bytes);
      expect(crashReason(outcome), JSON.stringify(outcome).slice(0, 2000)).toBeNull();
    }, 120_000);
  }
});
