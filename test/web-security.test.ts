import { editDraft } from '../src/store/edit-draft.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/web/create-app.ts';
import type { Originals } from '../src/web/originals.ts';
import { cookiesOf, formToken, openReviewApp, ORIGIN, signIn, type Client, type ReviewApp } from './support/review-app.ts';
import { XSS_HTML } from './support/review-fixture.ts';

// Security of the review desk through app.request(): no access without a session or token, no
// cross-site posts (with or without a Content-Type), hostile mail shown inert, headers and cookies.

let desk: ReviewApp;
let rep: Client;

const hostileOriginals: Originals = {
  readMail: async () => ({ text: 'plain', html: XSS_HTML }),
  readAttachment: async () => ({ name: 'evil.html', mediaType: 'text/html', bytes: new TextEncoder().encode('<script>alert(1)</script>') }),
  renderPage: async () => null,
};

beforeAll(async () => {
  desk = await openReviewApp({ originals: hostileOriginals });
  rep = await signIn(desk.app);
});
afterAll(() => desk.close());

describe('without a session or token', () => {
  it('redirects pages to the login page, refuses posts, and the API answers 401', async () => {
    const page = await desk.app.request(`/drafts/${desk.seeded.urgentId}`);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/drafts/${desk.seeded.urgentId}`)}`);
    expect((await desk.app.request('/queue')).status).toBe(303);
    expect((await desk.app.request('/exports/approved.csv')).status).toBe(303);
    const post = await desk.app.request(`/drafts/${desk.seeded.urgentId}/approve`, { method: 'POST', headers: { origin: ORIGIN } });
    expect([401, 403]).toContain(post.status);
    expect((await desk.app.request('/api/drafts')).status).toBe(401);
    expect((await desk.app.request('/api/drafts', { headers: { authorization: 'Bearer poi_forged' } })).status).toBe(401);
  });

  it('does not let the session cookie stand in for an API token', async () => {
    const response = await desk.app.request(`/api/drafts/${desk.seeded.urgentId}/approve`, { method: 'POST', headers: { cookie: rep.cookie, origin: 'https://evil.example' } });
    expect(response.status).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  const approve = () => `/drafts/${desk.seeded.urgentId}/approve`;

  it('refuses a post from a foreign origin, even with the right token', async () => {
    expect((await rep.post(approve(), { version: '1' }, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await rep.post(approve(), { version: '1' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await rep.post(approve(), { version: '1' }, { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('refuses a foreign post with no Content-Type, and any post without the form token', async () => {
    const noType = await desk.app.request(approve(), { method: 'POST', headers: { cookie: rep.cookie, origin: 'https://evil.example' }, body: 'version=1' });
    expect(noType.status).toBe(403);
    const noTypeNoOrigin = await desk.app.request(approve(), { method: 'POST', headers: { cookie: rep.cookie }, body: `version=1&_csrf=${rep.csrf}` });
    expect(noTypeNoOrigin.status).toBe(403);
    const textPlain = await desk.app.request(approve(), { method: 'POST', headers: { cookie: rep.cookie, 'content-type': 'text/plain' }, body: `_csrf=${rep.csrf}` });
    expect(textPlain.status).toBe(403);
    const noToken = await desk.app.request(approve(), {
      method: 'POST',
      headers: { cookie: rep.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'version=1',
    });
    expect(noToken.status).toBe(403);
    const detail = await desk.app.request(`/api/drafts/${desk.seeded.urgentId}`, { headers: { authorization: `Bearer ${desk.seeded.apiToken}` } });
    expect((await readJson(detail)).status).toBe('pending');
  });

  it('refuses a sign-in posted from another site (login CSRF)', async () => {
    const page = await desk.app.request('/login');
    const response = await desk.app.request('/login', {
      method: 'POST',
      headers: { origin: 'https://evil.example', cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: formToken(await page.text()), email: 'rep@example.com', password: 'x' }).toString(),
    });
    expect(response.status).toBe(403);
  });
});

describe('hostile mail', () => {
  it('shows HTML mail sanitised inside a sandboxed frame, and escapes the subject', async () => {
    // A value that tries to end the draft's JSON data block and open a script of its own.
    await editDraft(desk.store.db, desk.seeded.xssId, { version: 1, patch: { notes: '</script><script>window.__xss = 1</script>' }, actor: 'test' });
    const html = await (await rep.get(`/drafts/${desk.seeded.xssId}`)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    // Our script, and the draft as a JSON data block (never run) for its live order check, in which
    // the mail's own "<script>" stays escaped so it cannot end the block.
    expect(scripts).toEqual(['<script src="/assets/review.js" defer="">', '<script type="application/json" id="draft-data">']);
    const data = /<script type="application\/json" id="draft-data">([^]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).order.notes).toBe('</script><script>window.__xss = 1</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const frame = /<iframe class="mail"[^>]*>/.exec(html)?.[0] ?? '';
    expect(frame).toMatch(/ sandbox=""/);
    const srcdoc = decodeEntities(/srcdoc="([^"]*)"/.exec(frame)?.[1] ?? '');
    expect(srcdoc).toContain('Please see the attached purchase order.');
    for (const bad of ['<script', 'onerror', 'onload', 'javascript:', 'http://127.0.0.1:1', '<form', '<svg', '<iframe', '<style']) expect(srcdoc.toLowerCase()).not.toContain(bad);
    expect(srcdoc).toContain(`Content-Security-Policy" content="default-src 'none'; img-src data:`);
  });

  it('serves attachments as downloads only, never as a page of our origin', async () => {
    const response = await rep.get(`/drafts/${desk.seeded.xssId}/documents/1`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('headers and cookies', () => {
  it('sends a strict CSP and the usual security headers', async () => {
    const response = await rep.get('/queue');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sets the session cookie HttpOnly and SameSite, and Secure with __Host- over HTTPS', async () => {
    const plain = await loginResponse(desk.app, 'http://localhost');
    expect(plain.headers.getSetCookie().find((c) => c.startsWith('po_session='))).toMatch(/HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly/);
    const secureApp = createApp({ db: desk.store.db, publicUrl: 'https://desk.example.com' });
    const secure = await loginResponse(secureApp, 'https://desk.example.com');
    const cookie = secure.headers.getSetCookie().find((c) => c.startsWith('__Host-po_session=')) ?? '';
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\//);
  });

  it('never redirects off-site after sign-in', async () => {
    const response = await loginResponse(desk.app, 'http://localhost', '//evil.example/x');
    expect(response.headers.get('location')).toBe('/queue');
  });
});

async function loginResponse(app: ReviewApp['app'], origin: string, next = '/queue'): Promise<Response> {
  const page = await app.request(`${origin}/login`);
  return app.request(`${origin}/login`, {
    method: 'POST',
    headers: { origin, cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: formToken(await page.text()), email: 'rep@example.com', password: 'correct horse battery staple', next }).toString(),
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of the API, checked by the assertions
async function readJson(response: Response): Promise<any> {
  return response.json();
}
