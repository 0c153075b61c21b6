import { describe, expect, it } from 'vitest';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { bodyShapes, nestedTables } from './fixtures/make-long-bodies.ts';
import { composeEmail } from './fixtures/make-po-email.ts';

// Hostile text: long runs that make naive regular expressions backtrack for minutes. Each must
// finish (the test timeout is the bound) and give no order rather than a crash.
const CASES: [string, string][] = [
  ['digits.txt', '1'.repeat(200_000)],
  ['dotted-digits.txt', '1.'.repeat(100_000)],
  ['at-free-word.txt', 'a.b'.repeat(100_000)],
  ['dashes.txt', '-'.repeat(200_000)],
  ['labels.txt', 'PO Number: '.repeat(20_000)],
  ['dates.txt', '01.02.2026 '.repeat(10_000)],
];

describe('hostile text', () => {
  for (const [name, text] of CASES) {
    it(`${name} (${text.length} chars) gives no order and no error`, async () => {
      const result = await extractInput(name, new TextEncoder().encode(text));
      expect(result.isPurchaseOrder).toBe(false);
      expect(result.orders).toEqual([]);
    });
  }

  it('an order of 2,000 repeated lines still reads every line', async () => {
    const text = `Qty  Item       Description     Unit Price  Amount\n${'2    AB-1234    Widget          3.50        7.00\n'.repeat(2_000)}`;
    const result = await extractInput('long.txt', new TextEncoder().encode(text));
    expect(result.orders[0].lines).toHaveLength(2_000);
    expect(result.orders[0].needsReview).toBe(true);
  });

  it('a 2 MB HTML order table in a mail body reads every row (the repeated item number once as a reason)', async () => {
    const html = bodyShapes()
      .find((shape) => shape.name === 'html-table')!
      .make(2 * 1024 * 1024);
    const result = await extractInput('big.eml', await composeEmail({ subject: 'Order', ...html }));
    const order = result.orders[0];
    expect(order.lines.length).toBeGreaterThan(25_000);
    expect(order.reviewReasons.filter((r) => r.startsWith('item number AB-1234 appears on lines 1, 2, 3'))).toHaveLength(1);
  }, 120_000);

  it('a mail whose HTML nests 10,000 tables gives a result, not a stack overflow', async () => {
    const result = await extractInput('nested.eml', await composeEmail({ subject: 'Order', text: '', html: nestedTables(10_000) }));
    expect(result.source.kind).toBe('email');
    expect(result.orders).toEqual([]);
  }, 60_000);
});
