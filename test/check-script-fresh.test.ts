import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCheckScript, GENERATED } from '../scripts/build-assets.ts';

// The desk's browser check is domain/check-order.ts bundled (scripts/build-assets.ts), checked in
// so the Node server and the Workers build serve it without a build step. A change to the check
// that was not bundled again would leave the browser deciding by older rules: this fails then.

describe('the browser copy of the order check', () => {
  it('is the bundle of the current sources (npm run build:assets)', async () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(await buildCheckScript());
  });

  it('runs on its own and finds what the server finds', async () => {
    const { CHECK_SCRIPT } = await import('../src/web/assets/check-script.generated.ts');
    const { checkOrder } = await import('../src/domain/check-order.ts');
    const scope: { poInbox?: { checkOrder: typeof checkOrder } } = {};
    new Function('globalThis', CHECK_SCRIPT)(scope);
    const order = {
      poNumber: null,
      orderDate: null,
      buyer: { company: 'X', contactName: null, email: null, phone: null, customerId: null },
      shipTo: null,
      billTo: null,
      currency: 'EUR',
      lines: [{ lineNo: 1, sku: 'A', catalogSku: null, description: null, quantity: 2, unit: null, unitPrice: 3, amount: 7, confidence: 1 }],
      subtotal: 7,
      tax: null,
      shipping: null,
      total: 7,
      charges: [],
    };
    expect(scope.poInbox!.checkOrder(order)).toEqual(checkOrder(order));
    expect(checkOrder(order).some((f) => f.severity === 'block')).toBe(true);
  });
});
