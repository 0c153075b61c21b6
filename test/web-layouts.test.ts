import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { readInput } from '../src/documents/read-input.ts';
import { extractionResultSchema, type DraftOrder } from '../src/domain/draft-order.ts';
import { learnLayout } from '../src/extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../src/extraction/layout-model/pick-source-reading.ts';
import { createExtractor, storeLayouts } from '../src/main/create-extractor.ts';
import { countLayoutUse } from '../src/store/count-layout-use.ts';
import { fetchActiveLayouts, listLayouts, saveLesson } from '../src/store/layouts.ts';
import { openReviewApp, ORIGIN, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// The desk's layouts page (issue 17): the layouts learned from approvals with their first example,
// uses and corrections; deleting one (a rep may, as in /mappings) stops it reading the next PO.
// And the draft page says which layout read a draft, as the API's draft does.

const PAIRS = join(import.meta.dirname, '../samples/layouts/pairs');
const bytesOf = async (file: string) => new Uint8Array(await readFile(join(PAIRS, file)));

let desk: ReviewApp;
let rep: Client;
let layoutId: string;
let sourceDraft: string;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
  const first = 'kestrel-ref-pdf-first.pdf';
  const order = extractionResultSchema.parse(JSON.parse(await readFile(join(PAIRS, `${first}.truth.json`), 'utf8'))).orders[0]!;
  const reading = pickSourceReading(await readInput(first, await bytesOf(first)), order)!;
  sourceDraft = desk.seeded.normalIds[0]!;
  const outcome = await saveLesson(desk.store.db, {
    draftId: sourceDraft,
    readBy: null,
    corrected: [],
    model: learnLayout(reading, order),
    sender: 'ana@kestrel.example',
    customerId: 'C-7',
    buyerCompany: 'Kestrel Foods Ltd',
    poNumber: order.poNumber,
    actor: 'ana@seller.example',
    at: '2026-03-03T09:00:00.000Z',
  });
  layoutId = outcome.id;
  await countLayoutUse(desk.store.db, [{ layout: { id: layoutId, label: 'x', score: 1, read: {} } }, { layout: { id: layoutId, label: 'x', score: 1, read: {} } }]);
});
afterAll(() => desk.close());

describe('/layouts', () => {
  it('is linked from the navigation and lists the learned layout with its first example and uses', async () => {
    const queue = await (await rep.get('/queue')).text();
    expect(queue).toContain('<a href="/layouts">Layouts</a>');
    const html = await (await rep.get('/layouts')).text();
    expect(html).toContain(`data-layout="${layoutId}"`);
    expect(html).toContain('ana@kestrel.example');
    expect(html).toContain('Kestrel Foods Ltd, customer C-7');
    expect(html).toMatch(/layout learned from PO KF\d+, approved by ana@seller\.example on 3 March/);
    expect(html).toMatch(new RegExp(`<a href="/drafts/${sourceDraft}">PO KF\\d+</a></td><td>2</td><td>0</td><td>active</td>`));
    expect(html).toContain(`action="/layouts/${layoutId}/delete"`);
    expect(html).toContain('<th>Fields corrected since</th>');
  });

  it('shows the fields reps corrected since, counted on the approvals of drafts it read', async () => {
    await desk.store.db.updateTable('layouts').set({ times_corrected: 2, fields_corrected: 3 }).where('id', '=', layoutId).execute();
    const html = await (await rep.get('/layouts')).text();
    expect(html).toMatch(/<\/a><\/td><td>2<\/td><td>3 on 2 approvals<\/td><td>active<\/td>/);
    await desk.store.db.updateTable('layouts').set({ times_corrected: 0, fields_corrected: 0 }).where('id', '=', layoutId).execute();
  });

  it('refuses a delete without the form token, and a stranger', async () => {
    const forged = await desk.app.request(`/layouts/${layoutId}/delete`, {
      method: 'POST',
      headers: { cookie: rep.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(forged.status).toBe(403);
    const anonymous = await desk.app.request(`/layouts/${layoutId}/delete`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect([303, 401, 403]).toContain(anonymous.status);
    expect((await listLayouts(desk.store.db)).map((l) => l.id)).toEqual([layoutId]);
  });

  it('deletes a layout: the next extraction no longer reads with it', async () => {
    const extractor = createExtractor(parseSettings({ DATABASE_URL: 'sqlite::memory:' }), { model: false, layouts: storeLayouts(desk.store.db) });
    const next = 'kestrel-ref-pdf-next.pdf';
    expect((await extractor.extract(next, await bytesOf(next))).orders[0]!.layout?.id).toBe(layoutId);
    const response = await rep.post(`/layouts/${layoutId}/delete`, {});
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/layouts');
    expect(await fetchActiveLayouts(desk.store.db)).toEqual([]);
    expect(await (await rep.get('/layouts')).text()).toContain('No layout learned yet.');
    expect((await extractor.extract(next, await bytesOf(next))).orders[0]).not.toHaveProperty('layout');
    expect((await rep.post(`/layouts/${layoutId}/delete`, {})).status).toBe(404);
    // Who deleted it stands in the history of the draft it was learned from.
    const page = await (await rep.get(`/drafts/${sourceDraft}`)).text();
    expect(page).toMatch(/layout-deleted<\/td><td>layout learned from PO KF\d+ deleted/);
  }, 60_000);
});

describe('the draft read by a layout', () => {
  it('says which layout read it on the page and in the API, and keeps it through an edit', async () => {
    const id = desk.seeded.normalIds[1]!;
    const row = await desk.store.db.selectFrom('drafts').select('order_json').where('id', '=', id).executeTakeFirstOrThrow();
    const order = JSON.parse(row.order_json) as DraftOrder;
    const label = 'layout learned from PO 4500018832, approved by ana@seller.example on 3 March';
    order.layout = { id: 'L-1', label, score: 0.97, read: { poNumber: order.poNumber } };
    await desk.store.db
      .updateTable('drafts')
      .set({ order_json: JSON.stringify(order) })
      .where('id', '=', id)
      .execute();
    const html = await (await rep.get(`/drafts/${id}`)).text();
    expect(html).toContain(`Read with the ${label} (fit 97%)`);
    const api = (path: string, init: RequestInit = {}) =>
      desk.app.request(`/api${path}`, { ...init, headers: { authorization: `Bearer ${desk.seeded.apiToken}`, 'content-type': 'application/json' } });
    const before = (await (await api(`/drafts/${id}`)).json()) as { version: number; order: DraftOrder };
    expect(before.order.layout).toEqual(order.layout);
    const edited = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version: before.version, order: { notes: 'call first' } }) });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { order: DraftOrder }).order.layout?.label).toBe(label);
  });
});
