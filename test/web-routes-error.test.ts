import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editDraft } from '../src/store/edit-draft.ts';
import { cookiesOf, formToken, openReviewApp, ORIGIN, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// The review desk's refusals: wrong passwords and the sign-in limit, stale versions, blocking
// problems, bad numbers, unknown drafts; in the UI and the API.

let desk: ReviewApp;
let rep: Client;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
});
afterAll(() => desk.close());

const api = (path: string, init: RequestInit = {}) =>
  desk.app.request(`/api${path}`, { ...init, headers: { authorization: `Bearer ${desk.seeded.apiToken}`, 'content-type': 'application/json' } });

async function tryLogin(email: string, password: string) {
  const page = await desk.app.request('/login');
  return desk.app.request('/login', {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: formToken(await page.text()), email, password }).toString(),
  });
}

describe('sign-in', () => {
  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await tryLogin('admin@example.com', 'nope');
    const unknown = await tryLogin('nobody@example.com', 'nope');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.text()).toContain('Wrong e-mail address or password.');
  });

  it('slows failed attempts per account down (a short wait, not a quarter-hour lockout)', async () => {
    for (let i = 0; i < 3; i += 1) expect((await tryLogin('target@example.com', `guess-${i}`)).status).toBe(401);
    const limited = await tryLogin('target@example.com', 'guess-4');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(2);
    expect(await limited.text()).toMatch(/Try again in [12] seconds?\./);
  });
});

describe('draft changes', () => {
  it('refuses an edit made from an old version with 409 and says why', async () => {
    const id = desk.seeded.normalIds[0]!;
    await editDraft(desk.store.db, id, { version: 1, patch: { notes: 'changed elsewhere' }, actor: 'other@example.com' });
    const response = await rep.post(`/drafts/${id}`, { version: '1', poNumber: 'PO-X' });
    expect(response.status).toBe(409);
    expect(await response.text()).toContain('changed meanwhile');
  });

  it('refuses to approve while something blocks it (422), and a bad number', async () => {
    const id = desk.seeded.normalIds[1]!;
    const approve = await rep.post(`/drafts/${id}/approve`, { version: '1', 'lines.0.sku': 'X', 'lines.0.quantity': '0' });
    expect(approve.status).toBe(422);
    expect(await approve.text()).toContain('line 1: quantity is 0');
    const bad = await rep.post(`/drafts/${id}`, { version: '1', 'lines.0.sku': 'X', 'lines.0.quantity': 'twelve' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('is not a number');
  });

  it('refuses a rejection without a reason, a decided draft, and an unknown one', async () => {
    const id = desk.seeded.xssId;
    expect((await rep.post(`/drafts/${id}/reject`, { version: '1', reason: ' ' })).status).toBe(422);
    expect((await rep.post(`/drafts/${id}/reject`, { version: '1', reason: 'spam' })).status).toBe(303);
    const again = await rep.post(`/drafts/${id}/reject`, { version: '2', reason: 'spam' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('rejected by rep@example.com already');
    expect((await rep.get('/drafts/00000000-0000-0000-0000-000000000000')).status).toBe(404);
  });

  it('says so when re-extraction or originals are not available (Workers)', async () => {
    const id = desk.seeded.urgentId;
    expect((await rep.post(`/drafts/${id}/reextract`, {})).status).toBe(422);
    expect((await rep.get(`/drafts/${id}/documents/1/pages/1`)).status).toBe(404);
    expect(await (await rep.get(`/drafts/${id}`)).text()).toContain('not available on this server');
  });
});

describe('API errors', () => {
  it('answers 400, 404, 409 and 422 with a JSON reason', async () => {
    const id = desk.seeded.urgentId;
    expect((await api(`/drafts?status=bogus`)).status).toBe(400);
    expect((await api(`/drafts/nope`)).status).toBe(404);
    const badBody = await api(`/drafts/${id}`, { method: 'PATCH', body: '{not json' });
    expect(badBody.status).toBe(400);
    const unknownField = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version: 1, order: { status: 'approved' } }) });
    expect(unknownField.status).toBe(422);
    const stale = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version: 99, order: { notes: 'x' } }) });
    expect(stale.status).toBe(409);
    expect(await readJson(stale)).toMatchObject({ error: 'version' });
    const noReason = await api(`/drafts/${id}/reject`, { method: 'POST', body: JSON.stringify({}) });
    expect(noReason.status).toBe(422);
    const zero = await api(`/drafts/${id}`, { method: 'PATCH', body: JSON.stringify({ version: 1, order: { lines: [] } }) });
    expect(zero.status).toBe(200);
    const blocked = await api(`/drafts/${id}/approve`, { method: 'POST', body: JSON.stringify({}) });
    expect(blocked.status).toBe(422);
    expect((await readJson(blocked)).message).toContain('no order lines found');
  });
});

describe('failures nobody expected', () => {
  it('answers a damaged store row with 500 and one line naming it, JSON in the API and text on the page, and logs it once', async () => {
    const id = desk.seeded.normalIds[0];
    await desk.store.db.updateTable('drafts').set({ order_json: '{"poNumber": 12' }).where('id', '=', id).execute();
    const logged: string[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      const viaApi = await api(`/drafts/${id}`);
      expect(viaApi.status).toBe(500);
      const body = await readJson(viaApi);
      expect(body.error).toBe('corrupt-row');
      expect(body.message).toMatch(new RegExp(`^corrupt row in drafts \\(id ${id}\\): order_json`));
      expect(JSON.stringify(body)).not.toContain('    at ');
      const page = await desk.app.request(`/drafts/${id}`, { headers: { cookie: rep.cookie } });
      expect(page.status).toBe(500);
      expect((await page.text()).split('\n')).toHaveLength(1);
    } finally {
      console.error = error;
    }
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(new RegExp(`^po-inbox web: GET /api/drafts/${id}: corrupt row in drafts`));
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of the API, checked by the assertions
async function readJson(response: Response): Promise<any> {
  return response.json();
}
