import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { createApp, type AppDeps } from '../../src/web/create-app.ts';
import { PASSWORD, seedReviewStore, type Seeded } from './review-fixture.ts';

// The review app over a temporary SQLite store with seeded drafts, driven through app.request(),
// and a signed-in client that carries its cookie and form token like a browser would.

export const ORIGIN = 'http://localhost';

export interface ReviewApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  seeded: Seeded;
  close(): Promise<void>;
}

export async function openReviewApp(extra: Partial<AppDeps> = {}): Promise<ReviewApp> {
  const dir = await mkdtemp(join(tmpdir(), 'po-review-'));
  const store = await openStore(`sqlite:${join(dir, 'po.db')}`);
  const seeded = await seedReviewStore(store.db);
  const app = createApp({ db: store.db, ...extra });
  return {
    app,
    store,
    seeded,
    async close() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export function formToken(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('no form token on the page');
  return match[1]!;
}

export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c) => !c.endsWith('='))
    .join('; ');
}

export interface Client {
  cookie: string;
  csrf: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, form: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
}

export async function signIn(app: ReviewApp['app'], email = 'rep@example.com', password = PASSWORD): Promise<Client> {
  const page = await app.request('/login');
  const loginCookie = cookiesOf(page);
  const csrf = formToken(await page.text());
  const response = await app.request('/login', {
    method: 'POST',
    headers: { origin: ORIGIN, cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password }).toString(),
  });
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = cookiesOf(response);
  const queue = await app.request('/queue', { headers: { cookie } });
  const client: Client = {
    cookie,
    csrf: formToken(await queue.text()),
    get: async (path, headers = {}) => app.request(path, { headers: { cookie, ...headers } }),
    post: async (path, form, headers = {}) =>
      app.request(path, {
        method: 'POST',
        headers: { cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: new URLSearchParams({ _csrf: client.csrf, ...form }).toString(),
      }),
  };
  return client;
}

/** The draft form's values as the page renders them (what a browser would post), without its token. */
export async function draftForm(client: Client, id: string): Promise<Record<string, string>> {
  const html = await (await client.get(`/drafts/${id}`)).text();
  const form = html.slice(html.indexOf('<form method="post" action="/drafts/'), html.indexOf('</form>', html.indexOf('id="draft-form"')));
  const values: Record<string, string> = {};
  for (const m of form.matchAll(/<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) values[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  delete values._csrf;
  return values;
}
