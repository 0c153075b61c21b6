import { describe, expect, it } from 'vitest';
import { checkDuplicate } from './check-duplicate.ts';
import { hashOrderContent } from './hash-order-content.ts';
import { line, order } from './testing/master-fixture.ts';

const first = order([line({ sku: 'A', catalogSku: 'A', quantity: 10, unitPrice: 2 })], { buyer: { company: 'N', contactName: null, email: null, phone: null, customerId: 'C-1' } });
const earlier = [{ id: 'd1', status: 'approved', createdAt: '2026-03-02T10:00:00Z', order: first, contentHash: hashOrderContent(first) }];

describe('checkDuplicate', () => {
  it('calls the same PO with the same content a duplicate of the earlier draft', () => {
    const check = checkDuplicate(first, hashOrderContent(first), earlier);
    expect(check.duplicateOf).toBe('d1');
    expect(check.reasons[0]).toMatch(/^duplicate PO: PO-1 from C-1 is already draft d1 \(approved/);
  });

  it('calls a changed re-send a revision, with what changed', () => {
    const revised = { ...first, lines: [{ ...first.lines[0], quantity: 12 }, line({ lineNo: 2, sku: 'B', quantity: 1 })] };
    const check = checkDuplicate(revised, hashOrderContent(revised), earlier);
    expect(check.revisionOf).toBe('d1');
    expect(check.changes).toEqual(['A: quantity 10 → 12', 'added B: 1 EA']);
  });

  it('finds the same content under another PO number', () => {
    const again = { ...first, poNumber: 'PO-2' };
    expect(checkDuplicate(again, hashOrderContent(again), earlier).reasons[0]).toMatch(/^possible duplicate: same customer and lines as draft d1/);
  });

  it('ignores rejected drafts and other customers', () => {
    expect(checkDuplicate(first, hashOrderContent(first), [{ ...earlier[0], status: 'rejected' }]).reasons).toEqual([]);
    const other = { ...first, buyer: { ...first.buyer, customerId: 'C-9' } };
    expect(checkDuplicate(other, hashOrderContent(other), earlier).reasons).toEqual([]);
  });
});
