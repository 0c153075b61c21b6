import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftOrder } from '../src/domain/draft-order.ts';
import { fetchXrefs, saveXrefs } from '../src/store/customer-xrefs.ts';
import { masterDataVersion } from '../src/store/master-data.ts';
import { openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// The part-number page: mappings with who and when, a conflict shown beside the mapping, edits.

let desk: ReviewApp;
let rep: Client;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
  await saveXrefs(desk.store.db, [{ customerId: 'C-1', customerSku: 'nw-1', sku: 'A-1', unitFactor: 12, origin: 'import', createdBy: null, createdAt: null }]);
  await desk.store.db.updateTable('customer_xrefs').set({ proposed_sku: 'B-2', proposed_by: 'rep2@example.com', proposed_at: '2026-03-02T10:00:00Z' }).execute();
});
afterAll(() => desk.close());

describe('/mappings', () => {
  it('lists mappings and shows a conflicting proposal', async () => {
    const html = await (await rep.get('/mappings')).text();
    expect(html).toContain('NW-1');
    expect(html).toContain('value="A-1"');
    expect(html).toContain('conflict: rep2@example.com approved B-2 on 2026-03-02');
  });

  it("saves a rep's choice with who, clearing the conflict", async () => {
    const response = await rep.post('/mappings', { customerId: 'C-1', customerSku: 'NW-1', sku: 'B-2', unitFactor: '6' });
    expect(response.status).toBe(303);
    expect((await fetchXrefs(desk.store.db))[0]).toMatchObject({ sku: 'B-2', unitFactor: 6, origin: 'learned', createdBy: 'rep@example.com', proposedSku: null });
  });

  it('refuses a bad pack factor and a post without the form token', async () => {
    expect((await rep.post('/mappings', { customerId: 'C-1', customerSku: 'NW-1', sku: 'B-2', unitFactor: '0' })).status).toBe(400);
    const forged = await desk.app.request('/mappings', {
      method: 'POST',
      headers: { cookie: rep.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'customerId=C-1&customerSku=NW-1&sku=X&unitFactor=1',
    });
    expect(forged.status).toBe(403);
  });

  it('deletes a mapping learned wrong, with who in the log; the master data version moves, so extractors read it again', async () => {
    await saveXrefs(desk.store.db, [{ customerId: 'C-1', customerSku: 'nw-9', sku: 'A-9', unitFactor: 1, origin: 'import', createdBy: null, createdAt: null }]);
    const html = await (await rep.get('/mappings')).text();
    expect(html).toMatch(
      /<form method="post" action="\/mappings\/delete" class="inline"><input type="hidden" name="_csrf" value="[^"]+"\/><input type="hidden" name="customerId" value="C-1"\/><input type="hidden" name="customerSku" value="NW-9"\/>/,
    );
    const version = await masterDataVersion(desk.store.db);
    const forged = await desk.app.request('/mappings/delete', {
      method: 'POST',
      headers: { cookie: rep.cookie, origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'customerId=C-1&customerSku=NW-9',
    });
    expect(forged.status).toBe(403);
    const response = await rep.post('/mappings/delete', { customerId: 'C-1', customerSku: 'nw-9' });
    expect(response.status).toBe(303);
    expect((await fetchXrefs(desk.store.db)).map((x) => x.customerSku)).toEqual(['NW-1']);
    expect(await masterDataVersion(desk.store.db)).not.toBe(version);
    const event = await desk.store.db.selectFrom('events').selectAll().where('kind', '=', 'xref-deleted').executeTakeFirstOrThrow();
    expect(event.actor).toBe('rep@example.com');
    expect((await rep.post('/mappings/delete', { customerId: 'C-1', customerSku: 'NW-9' })).status).toBe(404);
    expect((await rep.post('/mappings/delete', { customerId: '', customerSku: 'NW-9' })).status).toBe(400);
  });
});

describe('the draft page with matching', () => {
  it("shows the customer, the earlier draft it revises with the changes, and each line's match", async () => {
    const [id, earlier] = desk.seeded.normalIds;
    const row = await desk.store.db.selectFrom('drafts').select('order_json').where('id', '=', id!).executeTakeFirstOrThrow();
    const order = JSON.parse(row.order_json) as DraftOrder;
    order.buyer.customerId = 'C-1';
    order.matching = {
      customerConfidence: 0.95,
      customerReason: 'sender domain northwind.example belongs to C-1',
      contentHash: 'x',
      duplicateOf: null,
      revisionOf: earlier!,
      changes: ['A: quantity 5 → 8'],
    };
    order.lines[0]!.match = {
      method: 'xref',
      score: 0.97,
      reason: 'customer part number NW-1 is our A-1',
      unitFactor: 12,
      catalogQuantity: 24,
      catalogUnit: 'EA',
      expectedUnitPrice: 1,
      priceDifferencePercent: 0,
      backorder: true,
      warnings: [],
    };
    await desk.store.db
      .updateTable('drafts')
      .set({ order_json: JSON.stringify(order) })
      .where('id', '=', id!)
      .execute();
    const html = await (await rep.get(`/drafts/${id}`)).text();
    expect(html).toContain('sender domain northwind.example belongs to C-1');
    expect(html).toContain(`Revises <a href="/drafts/${earlier}">the earlier draft</a>: A: quantity 5 → 8`);
    expect(html).toMatch(/\(xref, 97%\) customer part number NW-1 is our A-1 · backorder/);
  });
});
