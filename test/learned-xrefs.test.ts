import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importMasterFile } from '../src/cli/load-master-files.ts';
import type { DraftOrder, OrderLine } from '../src/domain/draft-order.ts';
import { fetchXrefs } from '../src/store/customer-xrefs.ts';
import { approveDraft } from '../src/store/decide-draft.ts';
import { REPO_ROOT } from './fixtures/run-cli.ts';
import { openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// Issue 17, no junk learned: an approval's part-number mappings become cross-references only to
// SKUs the catalogue has, never with the line number in the customer's part number; and a
// mapping learned from an approval is deleted in /mappings, after which the next approval may
// learn it again.

let desk: ReviewApp;
let rep: Client;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
  await importMasterFile(desk.store.db, 'catalog', join(REPO_ROOT, 'samples/master/catalog.csv'));
});
afterAll(() => desk.close());

const line = (over: Partial<OrderLine>): OrderLine => ({
  lineNo: null,
  sku: null,
  catalogSku: null,
  description: 'item',
  quantity: 2,
  unit: null,
  unitPrice: 3,
  amount: 6,
  confidence: 1,
  ...over,
});

async function approveWith(id: string, customerId: string, lines: OrderLine[]): Promise<void> {
  const row = await desk.store.db.selectFrom('drafts').select('order_json').where('id', '=', id).executeTakeFirstOrThrow();
  const order = JSON.parse(row.order_json) as DraftOrder;
  order.buyer = { ...order.buyer, customerId };
  await desk.store.db
    .updateTable('drafts')
    .set({ order_json: JSON.stringify(order) })
    .where('id', '=', id)
    .execute();
  await approveDraft(desk.store.db, id, { actor: 'rep@example.com', version: null, patch: { lines } });
}

describe('cross-references learned on approval', () => {
  it('maps only to catalogue SKUs, and never keeps the line number in the part number', async () => {
    await approveWith(desk.seeded.normalIds[0]!, 'C-1005', [
      // The rules read line 10's number into its part number; the rep mapped it to our CT-200.
      line({ lineNo: 10, sku: '10 NW-88123', catalogSku: 'CT-200' }),
      // Line 20 mapped to a SKU the catalogue does not have: a typo, not learned.
      line({ lineNo: 20, sku: 'NW-55501', catalogSku: 'CT-2000' }),
      // A number that is not this line's number stays part of the part number.
      line({ lineNo: 30, sku: '12 NW-3', catalogSku: 'RLY-24DC-DP' }),
    ]);
    const xrefs = await fetchXrefs(desk.store.db, 'C-1005');
    expect(xrefs.map((x) => [x.customerSku, x.sku, x.origin, x.createdBy])).toEqual([
      ['12 NW-3', 'RLY-24DC-DP', 'learned', 'rep@example.com'],
      ['NW-88123', 'CT-200', 'learned', 'rep@example.com'],
    ]);
    const event = await desk.store.db.selectFrom('events').selectAll().where('kind', '=', 'xref-learned').executeTakeFirstOrThrow();
    expect(JSON.parse(event.detail_json ?? '{}')).toEqual({
      mappings: [
        { customerSku: 'NW-88123', sku: 'CT-200', outcome: 'added' },
        { customerSku: '12 NW-3', sku: 'RLY-24DC-DP', outcome: 'added' },
      ],
    });
  });

  it('a learned mapping is deleted in /mappings and learned again from the next approval', async () => {
    const html = await (await rep.get('/mappings')).text();
    expect(html).toContain('value="NW-88123"');
    const response = await rep.post('/mappings/delete', { customerId: 'C-1005', customerSku: 'NW-88123' });
    expect(response.status).toBe(303);
    expect((await fetchXrefs(desk.store.db, 'C-1005')).map((x) => x.customerSku)).toEqual(['12 NW-3']);
    const deleted = await desk.store.db.selectFrom('events').selectAll().where('kind', '=', 'xref-deleted').executeTakeFirstOrThrow();
    expect(deleted.actor).toBe('rep@example.com');
    expect(JSON.parse(deleted.detail_json ?? '{}')).toMatchObject({ customerSku: 'NW-88123', sku: 'CT-200', origin: 'learned' });
    await approveWith(desk.seeded.normalIds[1]!, 'C-1005', [line({ lineNo: 1, sku: 'NW-88123', catalogSku: 'ER70S6-035' })]);
    expect((await fetchXrefs(desk.store.db, 'C-1005')).find((x) => x.customerSku === 'NW-88123')).toMatchObject({ sku: 'ER70S6-035', origin: 'learned' });
  });
});
