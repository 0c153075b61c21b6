import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// Exports for an ERP (issue 18): ship-to and bill-to, terms, shipping method, notes, who approved
// and when, in CSV and JSON; incremental pulls with since= or a cursor, in the API and the desk.

let desk: ReviewApp;
let rep: Client;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
});
afterAll(() => desk.close());

const api = (path: string, init: RequestInit = {}) =>
  desk.app.request(`/api${path}`, { ...init, headers: { authorization: `Bearer ${desk.seeded.apiToken}`, 'content-type': 'application/json' } });

interface Exported {
  id: string;
  approvedBy: string;
  approvedAt: string;
  order: { poNumber: string; shipTo: { postalCode: string } | null; paymentTerms: string | null };
}

async function approve(id: string, order: Record<string, unknown> = {}) {
  const before = (await (await api(`/drafts/${id}`)).json()) as { version: number };
  let version = before.version;
  if (Object.keys(order).length > 0) {
    const patched = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version, order }) });
    expect(patched.status, await patched.clone().text()).toBe(200);
    version = ((await patched.json()) as { version: number }).version;
  }
  const approved = await api(`/drafts/${id}/approve`, { method: 'POST', body: JSON.stringify({ version }) });
  expect(approved.status, await approved.clone().text()).toBe(200);
}

describe('approved orders for an ERP', () => {
  it('pulls only what is new, by cursor and by since=, with the addresses, terms and approval in CSV and JSON', async () => {
    const [first, second] = desk.seeded.normalIds as [string, string];
    const before = new Date().toISOString();
    await approve(first, {
      shipTo: { name: 'Northwind Plant 2', street: 'Dock 4\n12 Mill Road', city: 'Tacoma', region: 'WA', postalCode: '98421', country: 'US' },
      billTo: { name: 'Northwind Accounts', street: 'PO Box 7', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
      paymentTerms: 'Net 30',
      shippingMethod: 'UPS Ground',
      notes: 'gate 3',
    });

    const all = await api('/exports/approved');
    expect(all.status).toBe(200);
    const orders = (await all.json()) as Exported[];
    expect(orders.map((o) => o.id)).toEqual([first]);
    expect(orders[0]).toMatchObject({ approvedBy: 'token:test-script', order: { shipTo: { postalCode: '98421' }, paymentTerms: 'Net 30' } });
    expect(Date.parse(orders[0]!.approvedAt)).toBeGreaterThanOrEqual(Date.parse(before));
    const cursor = all.headers.get('x-next-cursor')!;
    expect(cursor).toMatch(/^[\w-]+$/);
    expect(all.headers.get('link')).toBe(`</api/exports/approved?cursor=${cursor}>; rel="next"`);

    // Nothing new yet: an empty pull, and the same cursor to come back with.
    const none = await api(`/exports/approved?cursor=${cursor}`);
    expect(await none.json()).toEqual([]);
    expect(none.headers.get('x-next-cursor')).toBe(cursor);

    await approve(second, { shipTo: { name: 'Northwind', street: '1200 Harbor Way', city: 'Tacoma', region: 'WA', postalCode: '98402-1234', country: 'US' } });
    const csv = await api(`/exports/approved?format=csv&cursor=${cursor}`);
    const [header, ...rows] = (await csv.text()).trim().split('\r\n');
    const column = (name: string) => header!.split(',').indexOf(name);
    expect(column('ship_to_postal_code')).toBeGreaterThan(0);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row.split(',');
      expect(cells[0]).toBe(second);
      expect(cells[column('ship_to_postal_code')]).toBe('98402-1234');
      expect(cells[column('approved_by')]).toBe('token:test-script');
      expect(cells[column('approved_at')]).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    const next = csv.headers.get('x-next-cursor')!;
    expect(next).not.toBe(cursor);
    expect(await (await api(`/exports/approved?cursor=${next}`)).json()).toEqual([]);

    // since= an instant: everything approved after it, oldest approval first.
    const since = (await (await api(`/exports/approved?since=${encodeURIComponent(before)}`)).json()) as Exported[];
    expect(since.map((o) => o.id)).toEqual([first, second]);
    const firstCsv = await (await api(`/exports/approved?format=csv`)).text();
    expect(firstCsv).toContain('Northwind Plant 2,"Dock 4\n12 Mill Road",Tacoma,WA,98421,US,Northwind Accounts,PO Box 7,Seattle,WA,98101,US,Net 30,UPS Ground,gate 3');
  });

  it('refuses a bad since= or cursor with a one-line reason', async () => {
    const badSince = await api('/exports/approved?since=yesterday');
    expect(badSince.status).toBe(400);
    expect(await badSince.json()).toEqual({ error: 'bad-request', message: "since must be an ISO-8601 date or instant, not 'yesterday'" });
    const badCursor = await api('/exports/approved?cursor=not-a-cursor');
    expect(badCursor.status).toBe(400);
    expect(((await badCursor.json()) as { message: string }).message).toBe('cursor is not one this server gave out');
  });

  it('gives the desk the same downloads, incremental too', async () => {
    const csv = await rep.get('/exports/approved.csv');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="approved-orders.csv"');
    expect((await csv.text()).split('\r\n')[0]).toContain('ship_to_name');
    const cursor = csv.headers.get('x-next-cursor')!;
    const json = await rep.get(`/exports/approved.json?cursor=${cursor}`);
    expect(JSON.parse(await json.text())).toEqual([]);
    expect((await rep.get('/exports/approved.json?since=nope')).status).toBe(400);
  });
});
