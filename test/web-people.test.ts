import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../src/store/users.ts';
import { hashPassword } from '../src/web/auth/hash-password.ts';
import { cookiesOf, formToken, openReviewApp, ORIGIN, signIn, type Client, type ReviewApp } from './support/review-app.ts';
import { PASSWORD, TEST_COST } from './support/review-fixture.ts';

// People and keys in the desk (issue 18): sign-in slowed by growing delays per address and per
// client, never for a browser the user signed in from; a password someone else set must be
// changed first; admins change roles, reset passwords, remove users and revoke tokens, with
// immediate effect. Through the app's own request handling over a real SQLite store.

let desk: ReviewApp;
let admin: Client;

beforeAll(async () => {
  desk = await openReviewApp({ clientIp: (c) => c.req.header('x-test-client') ?? 'unknown' });
  for (const email of ['ana@example.com', 'ben@example.com', 'cy@example.com']) {
    await createUser(desk.store.db, { email, role: 'reviewer', passwordHash: await hashPassword(PASSWORD, TEST_COST) });
  }
  admin = await signIn(desk.app, 'admin@example.com');
});
afterAll(() => desk.close());

/** One sign-in attempt from CLIENT, with the browser's cookies (a known-device cookie among them). */
async function login(email: string, password: string, client: string, cookie = '') {
  const page = await desk.app.request('/login', { headers: { cookie } });
  const jar = [cookie, cookiesOf(page)].filter(Boolean).join('; ');
  const response = await desk.app.request('/login', {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: jar, 'content-type': 'application/x-www-form-urlencoded', 'x-test-client': client },
    body: new URLSearchParams({ _csrf: formToken(await page.text()), email, password }).toString(),
  });
  return { response, cookie: [jar, cookiesOf(response)].filter(Boolean).join('; ') };
}

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 150));

describe('sign-in throttling', () => {
  it('slows guesses at an address with growing delays, but never the rep in their own browser', async () => {
    // Ana signed in from her browser yesterday: it is a known device for her.
    const first = await login('ana@example.com', PASSWORD, 'ana-laptop');
    expect(first.response.status).toBe(303);
    const device = first.cookie
      .split('; ')
      .filter((c) => c.startsWith('po_device='))
      .join('; ');
    expect(device).toMatch(/^po_device=\S+/);

    for (let i = 0; i < 3; i += 1) expect((await login('ana@example.com', `guess-${i}`, 'attacker')).response.status).toBe(401);
    const slowed = await login('ana@example.com', PASSWORD, 'attacker');
    // Even the right password waits: the attacker cannot tell, and gets few tries.
    expect(slowed.response.status).toBe(429);
    const firstWait = Number(slowed.response.headers.get('retry-after'));
    expect(firstWait).toBeGreaterThanOrEqual(1);
    expect(firstWait).toBeLessThanOrEqual(2);

    // Ana, from her own browser, is not slowed by it.
    const own = await login('ana@example.com', PASSWORD, 'ana-laptop', device);
    expect(own.response.status).toBe(303);

    // The wait grows with each further failure: 2 s, then 4 s.
    await wait(firstWait);
    expect((await login('ana@example.com', 'guess-4', 'attacker')).response.status).toBe(401);
    const longer = await login('ana@example.com', 'guess-5', 'attacker');
    expect(longer.response.status).toBe(429);
    expect(Number(longer.response.headers.get('retry-after'))).toBeGreaterThan(2);
    expect(Number(longer.response.headers.get('retry-after'))).toBeLessThanOrEqual(4);
    expect(await longer.response.text()).toMatch(/Try again in [34] seconds\./);
  }, 30_000);

  it('slows a client guessing at many addresses, and no one else', async () => {
    for (let i = 0; i < 10; i += 1) expect((await login(`someone-${i}@example.com`, 'guess', 'sprayer')).response.status).toBe(401);
    expect((await login('ben@example.com', 'guess', 'sprayer')).response.status).toBe(429);
    // Ben from elsewhere is not affected.
    expect((await login('ben@example.com', PASSWORD, 'ben-desk')).response.status).toBe(303);
  });

  it('has a known browser answer for its own failures, with delays too', async () => {
    const first = await login('cy@example.com', PASSWORD, 'cy-desk');
    const device = first.cookie
      .split('; ')
      .filter((c) => c.startsWith('po_device='))
      .join('; ');
    for (let i = 0; i < 3; i += 1) expect((await login('cy@example.com', `typo-${i}`, 'cy-desk', device)).response.status).toBe(401);
    expect((await login('cy@example.com', PASSWORD, 'cy-desk', device)).response.status).toBe(429);
  });
});

describe('admin: people and keys', () => {
  it('revokes an API token from the desk; it answers 401 at once', async () => {
    const api = () => desk.app.request('/api/drafts', { headers: { authorization: `Bearer ${desk.seeded.apiToken}` } });
    expect((await api()).status).toBe(200);
    const page = await (await admin.get('/admin')).text();
    const id = /action="\/admin\/tokens\/([\w-]+)\/revoke"/.exec(page)![1]!;
    const revoked = await admin.post(`/admin/tokens/${id}/revoke`, {});
    expect(revoked.status).toBe(303);
    expect((await api()).status).toBe(401);
    const after = await (await admin.get(revoked.headers.get('location')!)).text();
    expect(after).toContain('Revoked the token test-script.');
    expect(after).not.toContain(`/admin/tokens/${id}/revoke`);
  });

  it('resets a password: shown once, the old one and every session end, and the new one must be changed first', async () => {
    const ben = await signIn(desk.app, 'ben@example.com');
    const page = await (await admin.get('/admin')).text();
    const benId = new RegExp(`<tr data-email="ben@example.com">[\\s\\S]*?/admin/users/([\\w-]+)/reset-password`).exec(page)![1]!;
    const reset = await admin.post(`/admin/users/${benId}/reset-password`, {});
    expect(reset.status).toBe(200);
    const temporary = /<code class="secret-value">([\w-]+)<\/code>/.exec(await reset.text())![1]!;
    expect(temporary).toHaveLength(24);
    // Ben's open session has ended; the old password no longer works.
    expect((await ben.get('/queue')).status).toBe(303);
    expect((await login('ben@example.com', PASSWORD, 'ben-desk')).response.status).toBe(401);

    const signedIn = await login('ben@example.com', temporary, 'ben-desk');
    expect(signedIn.response.status).toBe(303);
    expect(signedIn.response.headers.get('location')).toBe('/account/password?next=%2Fqueue');
    const cookie = signedIn.cookie;
    // Nothing else opens until he has picked his own.
    const queue = await desk.app.request('/queue', { headers: { cookie } });
    expect(queue.status).toBe(303);
    expect(queue.headers.get('location')).toBe('/account/password?next=%2Fqueue');
    const form = await (await desk.app.request('/account/password', { headers: { cookie } })).text();
    const csrf = formToken(form);
    const post = (fields: Record<string, string>) =>
      desk.app.request('/account/password', {
        method: 'POST',
        headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf, next: '/queue', ...fields }).toString(),
      });
    const approve = await desk.app.request(`/drafts/${desk.seeded.normalIds[0]}/approve`, {
      method: 'POST',
      headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf }).toString(),
    });
    expect(approve.status).toBe(403);
    expect((await post({ password: 'short', again: 'short' })).status).toBe(422);
    expect(await (await post({ password: 'my own new password', again: 'my own new passw0rd' })).text()).toContain('The two new passwords differ.');
    expect(await (await post({ password: temporary, again: temporary })).text()).toContain('other than the one you were given');
    const saved = await post({ password: 'my own new password', again: 'my own new password' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/queue');
    expect((await desk.app.request('/queue', { headers: { cookie } })).status).toBe(200);
    expect((await login('ben@example.com', temporary, 'ben-desk')).response.status).toBe(401);
    expect((await login('ben@example.com', 'my own new password', 'ben-desk-2')).response.headers.get('location')).toBe('/queue');
  });

  it('changes roles and removes users; a removed user is signed out at once; an admin cannot remove or demote themselves', async () => {
    const cy = await signIn(desk.app, 'cy@example.com');
    expect((await cy.get('/admin')).status).toBe(403);
    const page = await (await admin.get('/admin')).text();
    const idOf = (email: string) => new RegExp(`<tr data-email="${email.replace('.', '\\.')}">[\\s\\S]*?/admin/users/([\\w-]+)/`).exec(page)?.[1];
    const cyId = idOf('cy@example.com')!;
    expect((await admin.post(`/admin/users/${cyId}/role`, { role: 'admin' })).status).toBe(303);
    expect((await cy.get('/admin')).status).toBe(200);
    expect((await admin.post(`/admin/users/${cyId}/role`, { role: 'owner' })).status).toBe(422);

    const confirm = await (await admin.get(`/admin/users/${cyId}/remove`)).text();
    expect(confirm).toContain('Remove cy@example.com?');
    const removed = await admin.post(`/admin/users/${cyId}/remove`, {});
    expect(removed.status).toBe(303);
    expect(await (await admin.get(removed.headers.get('location')!)).text()).toContain('Removed cy@example.com.');
    expect((await cy.get('/queue')).status).toBe(303);
    expect((await login('cy@example.com', PASSWORD, 'cy-desk')).response.status).toBe(401);

    const adminId = (await desk.store.db.selectFrom('users').select('id').where('email', '=', 'admin@example.com').executeTakeFirstOrThrow()).id;
    expect(await (await admin.post(`/admin/users/${adminId}/remove`, {})).text()).toContain('You cannot remove yourself');
    expect((await admin.post(`/admin/users/${adminId}/role`, { role: 'reviewer' })).status).toBe(422);
    expect((await admin.get('/admin')).status).toBe(200);
  });

  it('adds a user from the desk with a generated password that must be changed', async () => {
    const added = await admin.post('/admin/users', { email: 'New.Rep@Example.com', role: 'reviewer' });
    expect(added.status).toBe(201);
    const password = /<code class="secret-value">([\w-]+)<\/code>/.exec(await added.text())![1]!;
    const signedIn = await login('new.rep@example.com', password, 'new-desk');
    expect(signedIn.response.headers.get('location')).toMatch(/^\/account\/password/);
    expect((await admin.post('/admin/users', { email: 'new.rep@example.com', role: 'reviewer' })).status).toBe(422);
  });
});
