import { parseSettings } from '../src/cli/load-settings.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOriginals } from '../src/main/read-originals.ts';
import { createReextract } from '../src/main/reextract-draft.ts';
import { listOutboxForDraft } from '../src/store/outbox.ts';
import { draftOrderSchema } from '../src/domain/draft-order.ts';
import { draftForm, openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// The review desk's routes through app.request(), the happy paths: queue, draft page, edits with
// history, approve (with its outbox rows), reject, the API with a token, exports, admin.

let desk: ReviewApp;
let rep: Client;

beforeAll(async () => {
  desk = await openReviewApp();
  desk.app = (await import('../src/web/create-app.ts')).createApp({
    db: desk.store.db,
    originals: createOriginals(desk.store.db),
    reextract: createReextract(desk.store.db, parseSettings({})),
  });
  rep = await signIn(desk.app);
});
afterAll(() => desk.close());

const api = (path: string, init: RequestInit = {}) =>
  desk.app.request(`/api${path}`, { ...init, headers: { authorization: `Bearer ${desk.seeded.apiToken}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

describe('queue', () => {
  it('lists pending drafts urgent first, with badges and counts', async () => {
    const html = await (await rep.get('/queue')).text();
    const ids = [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe(desk.seeded.urgentId);
    expect(ids).toHaveLength(4);
    expect(html).toContain('pending (4)');
    expect(html).toMatch(/class="badge urgent" title="[^"]*URGENT/);
  });

  it('filters by urgency, customer and text, and pages', async () => {
    const urgent = await (await rep.get('/queue?urgency=urgent')).text();
    expect([...urgent.matchAll(/<tr data-id="/g)]).toHaveLength(1);
    const text = await (await rep.get('/queue?q=4500102')).text();
    expect(text).toContain('PO-4500102');
    expect(text).not.toContain('PO-4500101');
    const customer = await (await rep.get('/queue?customer=hostile')).text();
    expect([...customer.matchAll(/<tr data-id="/g)]).toHaveLength(1);
    const none = await (await rep.get('/queue?page=2')).text();
    expect(none).toContain('page 2 of 1');
  });
});

describe('draft page', () => {
  it('shows the original beside the fields, with rendered pages and downloads', async () => {
    const id = desk.seeded.normalIds[0]!;
    const html = await (await rep.get(`/drafts/${id}`)).text();
    expect(html).toContain('name="lines.0.quantity"');
    expect(html).toMatch(/<pre class="mail">[^<]*purchase order PO-4500101/);
    expect(html).toContain(`/drafts/${id}/documents/1/pages/1`);
    const page = await rep.get(`/drafts/${id}/documents/1/pages/1`);
    expect(page.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await page.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const pdf = await rep.get(`/drafts/${id}/documents/1`);
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="PO-4500101.pdf"/);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('saves an edit with who, before and after in the history, and bumps the version', async () => {
    const id = desk.seeded.normalIds[0]!;
    const form = await currentForm(id);
    const response = await rep.post(`/drafts/${id}`, { ...form, 'lines.0.quantity': '13', 'lines.0.amount': '286', subtotal: '392.95', total: '392.95' });
    expect(response.status).toBe(303);
    const html = await (await rep.get(`/drafts/${id}`)).text();
    expect(html).toContain('name="version" value="2"');
    expect(html).toMatch(/draft-edited[\s\S]*lines\[0\]\.quantity<\/code>: 12 → 13/);
    expect(html).toContain('rep@example.com');
  });

  it('adds, moves and removes lines with plain form buttons', async () => {
    const id = desk.seeded.normalIds[1]!;
    await rep.post(`/drafts/${id}`, { ...(await currentForm(id)), op: 'add-line' });
    let detail = await apiDraft(id);
    expect(detail.order.lines).toHaveLength(5);
    const skus = detail.order.lines.map((l: { sku: string | null }) => l.sku);
    await rep.post(`/drafts/${id}`, { ...(await currentForm(id)), op: 'down:0' });
    detail = await apiDraft(id);
    expect(detail.order.lines.map((l: { sku: string | null }) => l.sku).slice(0, 2)).toEqual([skus[1], skus[0]]);
    await rep.post(`/drafts/${id}`, { ...(await currentForm(id)), op: 'remove:4' });
    detail = await apiDraft(id);
    expect(detail.order.lines).toHaveLength(4);
  });

  it('re-extracts from the stored original, recording what changed', async () => {
    const id = desk.seeded.normalIds[0]!;
    // Asked first: the corrections it replaces stay in the history.
    const asked = await rep.post(`/drafts/${id}/reextract`, {});
    expect(asked.status).toBe(409);
    expect(await asked.text()).toContain('stays in the history');
    expect((await apiDraft(id)).history.at(-1).kind).not.toBe('draft-reextracted');
    const response = await rep.post(`/drafts/${id}/reextract`, { confirm: 'yes' });
    expect(response.headers.get('location')).toBe(`/drafts/${id}?done=reextracted`);
    const detail = await apiDraft(id);
    const last = detail.history.at(-1);
    expect(last).toMatchObject({ kind: 'draft-reextracted', actor: 'rep@example.com' });
    // The earlier edit of line 1 is undone by the fresh read of the PDF.
    expect(last.detail.changes).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'lines[0].quantity', before: 13, after: 12 })]));
  });

  it('approves (queueing the acknowledgement and the webhook) and goes on to the next draft', async () => {
    const id = desk.seeded.urgentId;
    // Open warnings (the fixture holds every draft for review) are listed and must be confirmed.
    const asked = await rep.post(`/drafts/${id}/approve`, await currentForm(id));
    expect(asked.status).toBe(409);
    expect(await asked.text()).toContain('held for review by the test fixture');
    expect((await apiDraft(id)).status).toBe('pending');
    const response = await rep.post(`/drafts/${id}/approve`, { ...(await currentForm(id)), confirmWarnings: 'yes' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/^\/drafts\/[0-9a-f-]{36}\?done=approved$/);
    expect((await apiDraft(id)).status).toBe('approved');
    const outbox = await listOutboxForDraft(desk.store.db, id);
    expect(outbox.map((row) => row.key)).toEqual(expect.arrayContaining([`ack:${id}`, `webhook:${id}`]));
  });

  it('rejects with a reason', async () => {
    const id = desk.seeded.xssId;
    const response = await rep.post(`/drafts/${id}/reject`, { version: '1', reason: 'not our customer' });
    expect(response.status).toBe(303);
    const detail = await apiDraft(id);
    expect(detail).toMatchObject({ status: 'rejected', decisionReason: 'not our customer', decidedBy: 'rep@example.com' });
  });
});

describe('API with a token', () => {
  it('lists drafts in the contract shape, queue order', async () => {
    const response = await api('/drafts?status=approved');
    expect(response.status).toBe(200);
    const drafts = await readJson(response);
    expect(drafts[0]).toMatchObject({ id: desk.seeded.urgentId, status: 'approved' });
    for (const draft of drafts) expect(draftOrderSchema.safeParse(draft.order).success).toBe(true);
  });

  it('edits, approves and rejects, recording the token as the actor', async () => {
    const id = desk.seeded.normalIds[1]!;
    const before = await apiDraft(id);
    const patched = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version: before.version, order: { notes: 'call before delivery' } }) });
    expect(patched.status).toBe(200);
    const after = await readJson(patched);
    expect(after.order.notes).toBe('call before delivery');
    expect(after.history.at(-1)).toMatchObject({
      kind: 'draft-edited',
      actor: 'token:test-script',
      detail: { changes: [{ path: 'notes', before: null, after: 'call before delivery' }] },
    });
    const approved = await api(`/drafts/${id}/approve`, { method: 'POST', body: JSON.stringify({ version: after.version }) });
    expect(approved.status, await approved.clone().text()).toBe(200);
    expect((await readJson(approved)).status).toBe('approved');
  });

  it('exports approved orders as CSV and JSON, in the API and the UI', async () => {
    const csv = await (await api('/exports/approved?format=csv')).text();
    expect(csv.split('\r\n')[0]).toMatch(/^draft_id,po_number,/);
    expect(csv).toContain('PO-4500104');
    const json = await await readJson(await rep.get('/exports/approved.json'));
    expect(json.map((d: { order: { poNumber: string } }) => d.order.poNumber)).toContain('PO-4500104');
    const uiCsv = await rep.get('/exports/approved.csv');
    expect(uiCsv.headers.get('content-disposition')).toMatch(/attachment/);
  });
});

describe('roles and health', () => {
  it('shows the admin page to admins only', async () => {
    expect((await rep.get('/admin')).status).toBe(403);
    const admin = await signIn(desk.app, 'admin@example.com');
    const html = await (await admin.get('/admin')).text();
    expect(html).toContain('rep@example.com');
    expect(html).toContain('test-script');
  });

  it('keeps /healthz open', async () => {
    expect((await desk.app.request('/healthz')).status).toBe(200);
  });
});

async function apiDraft(id: string) {
  return await readJson(await api(`/drafts/${id}`));
}

/** The draft form's current values, as a browser would post them. */
function currentForm(id: string): Promise<Record<string, string>> {
  return draftForm(rep, id);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of the API, checked by the assertions
async function readJson(response: Response): Promise<any> {
  return response.json();
}
