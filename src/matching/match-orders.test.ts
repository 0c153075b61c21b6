import { describe, expect, it } from 'vitest';
import type { SenderEnvelope } from '../domain/layout.ts';
import type { MatchPolicy } from '../domain/master-data.ts';
import { matchOrders } from './match-orders.ts';
import { DMARC_FAIL, DMARC_PASS, envelope, line, master, order, POLICY, result } from './testing/master-fixture.ts';

const run = (o: ReturnType<typeof order>, envelope: SenderEnvelope | undefined = DMARC_PASS, from?: string) =>
  matchOrders(result(o, from), { master, policy: POLICY, envelope, texts: [] }).orders[0];

describe('matchOrders', () => {
  it('passes a clean order of an auto-approving, authenticated customer straight through', () => {
    const o = run(order([line({ sku: '6204-2RS', quantity: 10, unitPrice: 6.82 })]));
    expect(o.buyer.customerId).toBe('C-1');
    expect(o.lines[0].catalogSku).toBe('6204-2RS');
    expect(o.lines[0].match?.method).toBe('sku');
    expect(o.reviewReasons).toEqual([]);
    expect(o.needsReview).toBe(false);
  });

  it('does not trust a spoofed sender and says so', () => {
    const o = run(
      order([line({ sku: '6204-2RS', unitPrice: 6.82 })], { buyer: { company: null, contactName: null, email: null, phone: null, customerId: null }, shipTo: null }),
      DMARC_FAIL,
    );
    expect(o.buyer.customerId).toBeNull();
    expect(o.needsReview).toBe(true);
    expect(o.reviewReasons.join('\n')).toMatch(/sender failed authentication \(dmarc=fail\)/);
    expect(o.reviewReasons.join('\n')).toMatch(/unknown customer/);
  });

  it('names an unauthenticated sender as a review reason', () => {
    const o = run(order([line({ sku: '6204-2RS', unitPrice: 6.82 })]), envelope([]));
    expect(o.reviewReasons.join('\n')).toMatch(/could not be authenticated/);
    expect(o.needsReview).toBe(true);
  });

  it('matches a near-miss SKU by description only, never the neighbour, and asks to confirm', () => {
    const o = run(order([line({ sku: '6204-2RZ', description: 'Deep groove ball bearing 6204-2RS 20 x 47 x 14 mm', unitPrice: 6.82 })]));
    expect(o.lines[0].catalogSku).toBe('6204-2RS');
    expect(o.lines[0].match?.method).toBe('description');
    expect(o.reviewReasons.join('\n')).toMatch(/line 1 \(6204-2RZ\): matched 6204-2RS by description only/);
  });

  it('converts a case through the customer cross-reference and checks the price per case', () => {
    const o = run(order([line({ sku: 'NW-LUBE-CS', unit: 'CS', quantity: 2, unitPrice: 77.4 })]));
    expect(o.lines[0].catalogSku).toBe('WD-40-11');
    expect(o.lines[0].match).toMatchObject({ method: 'xref', unitFactor: 12, catalogQuantity: 24, catalogUnit: 'EA', expectedUnitPrice: 77.4 });
    expect(o.needsReview).toBe(false);
  });

  it('flags a unit it cannot convert', () => {
    const o = run(order([line({ sku: 'WD-40-11', unit: 'CS', quantity: 1, unitPrice: 77.4 })]));
    expect(o.reviewReasons.join('\n')).toMatch(/ordered in CS but WD-40-11 is sold per EA/);
  });

  it('matches by GTIN', () => {
    const o = run(order([line({ sku: '4000000015838', quantity: 1, unitPrice: 6.45 })]));
    expect(o.lines[0]).toMatchObject({ catalogSku: 'WD-40-11', match: { method: 'gtin' } });
  });

  it('reports price differences beyond the tolerance, and backorders', () => {
    const o = run(order([line({ sku: '6204-2RS', unitPrice: 7.3 }), line({ lineNo: 2, sku: 'NLN-M10', unit: 'BOX', quantity: 5, unitPrice: 12.36 })]));
    expect(o.reviewReasons).toContain('line 1: unit price 7.30 differs from price list gold 6.82 by +7.0% (tolerance 2%)');
    expect(o.reviewReasons).toContain('line 2: backorder, 5 BOX of NLN-M10 ordered, 3 on hand');
    expect(o.lines[1].match?.backorder).toBe(true);
  });

  it('names an unmatched line', () => {
    const o = run(order([line({ sku: 'XYZ-9', description: 'Hydraulic pump', unitPrice: 1 })]));
    expect(o.lines[0].catalogSku).toBeNull();
    expect(o.reviewReasons.join('\n')).toMatch(/line 1 \(XYZ-9\): item not in the catalogue/);
  });

  it('sends a customer without auto approval to review with that reason', () => {
    const o = run(
      order([line({ sku: '6204-2RS', unitPrice: 7.3 })], {
        buyer: { company: 'Bluegill Marine Services', contactName: null, email: null, phone: null, customerId: null },
        shipTo: null,
      }),
      envelope(['mx.our-company.example; dmarc=pass header.from=bluegill.example'], 'a@bluegill.example'),
      'a@bluegill.example',
    );
    expect(o.buyer.customerId).toBe('C-2');
    expect(o.reviewReasons).toContain('customer C-2 is not set up for automatic approval');
  });

  it('applies the confidence thresholds', () => {
    const o = run(order([line({ sku: '6204-2RS', unitPrice: 6.82, confidence: 0.7 })], { confidence: 0.5 }));
    expect(o.reviewReasons).toContain('line 1: read with 70% confidence, below 90%');
    expect(o.reviewReasons).toContain('draft confidence 50%, below 60%');
  });

  it('lets no emailed order through without an authenticated sender, even when the document names the customer', () => {
    // Name, ship-to and lines all match C-1 (auto-approve); only the sender is not vouched for.
    const cases: [string, SenderEnvelope, MatchPolicy][] = [
      ['AUTHSERV_ID not set', DMARC_PASS, { ...POLICY, authservIds: [] }],
      ['no header of ours', envelope([]), POLICY],
      ['pass for a stranger', envelope(['mx.our-company.example; dmarc=pass header.from=gmail.example'], 'x@gmail.example'), POLICY],
    ];
    for (const [label, env, policy] of cases) {
      const from = env.senders[0].address;
      const o = matchOrders(result(order([line({ sku: '6204-2RS', quantity: 10, unitPrice: 6.82 })]), from), { master, policy, envelope: env, texts: [] }).orders[0];
      expect(o.buyer.customerId, label).toBe('C-1');
      expect(o.needsReview, label).toBe(true);
      expect(o.reviewReasons.join('\n'), label).toMatch(/emailed order skips review only from an authenticated address of the customer/);
    }
  });

  it('does not match a customer by an unauthenticated sender address alone', () => {
    const anonymous = order([line({ sku: '6204-2RS', unitPrice: 6.82 })], {
      buyer: { company: null, contactName: null, email: null, phone: null, customerId: null },
      shipTo: null,
    });
    const o = matchOrders(result(anonymous), { master, policy: { ...POLICY, authservIds: [] }, envelope: DMARC_PASS, texts: [] }).orders[0];
    expect(o.buyer.customerId).toBeNull();
    expect(o.reviewReasons.join('\n')).toMatch(
      /sender dana@northwind\.example is listed for C-1 but could not be authenticated \(sender authentication unknown: AUTHSERV_ID .*\): no customer is matched by the sender address alone/,
    );
    expect(o.reviewReasons.join('\n')).toMatch(/ignored Authentication-Results by "mx\.our-company\.example" claiming spf=pass, dkim=pass, dmarc=pass: AUTHSERV_ID is not set/);
  });
});
