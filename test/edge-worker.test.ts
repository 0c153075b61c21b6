import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { createOriginals, prerenderPages } from '../src/main/read-originals.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { listOutboxForDraft } from '../src/store/outbox.ts';
import { createUser } from '../src/store/users.ts';
import { DEFAULT_COST, hashPassword } from '../src/web/auth/hash-password.ts';
import { runCli } from './fixtures/run-cli.ts';
import { freePort } from './support/free-port.ts';
import { createTestDatabase, type TestDatabase } from './support/postgres.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { PASSWORD, seedReviewStore, type Seeded } from './support/review-fixture.ts';
import { cookiesOf, formToken } from './support/review-app.ts';
import { waitFor } from './support/wait-for.ts';
import { wranglerEnv } from './support/wrangler-env.ts';

const postgresUp = await requirePostgres('edge-worker');

// The review desk as a real Worker: `npm run edge:dev` (wrangler dev --local, workerd) on
// loopback, over PostgreSQL as Hyperdrive's local connection, next to `po-inbox serve` (Node) on
// the same database the Node side migrated and filled. Both must give the same JSON; a reviewer
// signs in, lists the queue, edits and approves on the Worker; stopping leaves no workerd behind.

const ROOT = resolve(import.meta.dirname, '..');

let database: TestDatabase;
let store: Store;
let seeded: Seeded;
let node: Server;
let edge: ChildProcess;
let edgeUrl: string;
let edgeLog = '';
let wranglerDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  store = await openStore(database.url);
  seeded = await seedReviewStore(store.db);
  // At the production scrypt cost, to see what a sign-in costs on workerd.
  await createUser(store.db, { email: 'lead@example.com', role: 'admin', passwordHash: await hashPassword(PASSWORD, DEFAULT_COST) });
  node = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
  const [port, inspector] = [await freePort(), await freePort()];
  const { dir, env } = await wranglerEnv();
  wranglerDir = dir;
  const started = Date.now();
  edge = spawn(process.execPath, [join(ROOT, 'scripts/edge-dev.mjs')], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: database.url, PORT: String(port), INSPECTOR_PORT: String(inspector) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  edge.stdout!.on('data', (d) => (edgeLog += d));
  edge.stderr!.on('data', (d) => (edgeLog += d));
  edgeUrl = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${edgeUrl}/healthz`)).status === 200, `the Worker at ${edgeUrl}\n${edgeLog}`, 40_000, 100);
  console.log(`wrangler dev answered after ${Date.now() - started} ms`);
}, 90_000);

afterAll(async () => {
  if (edge && edge.exitCode === null) {
    edge.kill('SIGTERM');
    await new Promise((r) => edge.once('exit', r));
  }
  await node?.stop();
  await store?.close();
  await database?.drop();
  if (wranglerDir) await rm(wranglerDir, { recursive: true, force: true });
});

const api = (base: string, path: string, init: RequestInit = {}, token = seeded.apiToken) =>
  fetch(`${base}/api${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

/** A browser-like session on the Worker: its cookie, its form token, same-origin posts. */
async function signIn(base: string, email = 'rep@example.com') {
  const page = await fetch(`${base}/login`);
  const csrf = formToken(await page.text());
  const response = await fetch(`${base}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, cookie: cookiesOf(page), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email, password: PASSWORD }).toString(),
  });
  expect(response.status).toBe(303);
  const cookie = cookiesOf(response);
  const queue = await fetch(`${base}/queue`, { headers: { cookie } });
  const token = formToken(await queue.clone().text());
  return {
    queue,
    get: (path: string) => fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' }),
    post: (path: string, form: Record<string, string>) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, origin: base, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, _csrf: token }).toString(),
      }),
  };
}

function formValues(html: string): Record<string, string> {
  const form = html.slice(html.indexOf('<form method="post" action="/drafts/'), html.indexOf('</form>', html.indexOf('id="draft-form"')));
  const values: Record<string, string> = {};
  for (const m of form.matchAll(/<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) values[m[1]!] = m[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
  delete values._csrf;
  return values;
}

describe.skipIf(!postgresUp)('the review desk on workerd (wrangler dev) over PostgreSQL', () => {
  it('lists the same pending drafts, in the same order, with the same JSON as po-inbox serve (token from po-inbox tokens add)', async () => {
    const cli = await runCli(['tokens', 'add', 'edge-check'], { cwd: wranglerDir, env: { DATABASE_URL: database.url } });
    expect(cli.code, cli.stderr).toBe(0);
    const token = cli.stdout.trim();
    const [fromNode, fromEdge] = await Promise.all([api(node.url, '/drafts?status=pending', {}, token), api(edgeUrl, '/drafts?status=pending', {}, token)]);
    expect(fromEdge.status).toBe(200);
    const [nodeJson, edgeJson] = [await fromNode.json(), await fromEdge.json()];
    expect(edgeJson).toHaveLength(4);
    expect(edgeJson).toEqual(nodeJson);
    for (const id of [seeded.urgentId, ...seeded.normalIds, seeded.xssId]) {
      const [a, b] = await Promise.all([api(node.url, `/drafts/${id}`), api(edgeUrl, `/drafts/${id}`)]);
      expect(await b.json()).toEqual(await a.json());
    }
  });

  it('refuses a bad token the same way', async () => {
    const bad = { headers: { authorization: 'Bearer nope' } };
    const [a, b] = await Promise.all([api(node.url, '/drafts', bad), api(edgeUrl, '/drafts', bad)]);
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(await b.json()).toEqual(await a.json());
  });

  it('signs a reviewer in, lists the queue urgent first, shows the original mail text and serves the attachment', async () => {
    const rep = await signIn(edgeUrl);
    const html = await rep.queue.text();
    const ids = [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids[0]).toBe(seeded.urgentId);
    expect(ids).toHaveLength(4);
    const id = seeded.normalIds[0]!;
    const page = await (await rep.get(`/drafts/${id}`)).text();
    // postal-mime on the Worker reads the stored raw message; page images come from the store.
    expect(page).toMatch(/<pre class="mail">[^<]*purchase order PO-4500101/);
    expect(page).toContain(`/drafts/${id}/documents/1/pages/1`);
    expect((await rep.get(`/drafts/${id}/documents/1/pages/1`)).status).toBe(404);
    // The Node worker renders the pages of drafts waiting for review into the store.
    const { message_id: messageId } = await store.db.selectFrom('drafts').select('message_id').where('id', '=', id).executeTakeFirstOrThrow();
    expect(await prerenderPages(store.db, createOriginals(store.db), messageId)).toBe(1);
    const image = await rep.get(`/drafts/${id}/documents/1/pages/1`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await image.arrayBuffer())
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
    const xss = await (await rep.get(`/drafts/${seeded.xssId}`)).text();
    expect(xss).toContain('<iframe class="mail"');
    expect(xss).not.toContain('<script>window.__xss');
  });

  it('signs in with a password hashed at the production scrypt cost (timed: Workers bill it as CPU time)', async () => {
    const started = Date.now();
    const lead = await signIn(edgeUrl, 'lead@example.com');
    const ms = Date.now() - started;
    console.log(`sign-in at N=2^15, r=8, p=3 on workerd: ${ms} ms (login page, scrypt, queue)`);
    expect(lead.queue.status).toBe(200);
  });

  it('edits and approves a draft the Node side stored; the Node side sees the result', async () => {
    const rep = await signIn(edgeUrl);
    const id = seeded.normalIds[1]!;
    const form = formValues(await (await rep.get(`/drafts/${id}`)).text());
    const saved = await rep.post(`/drafts/${id}`, { ...form, notes: 'checked on the Worker' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe(`/drafts/${id}?done=saved`);
    // The fixture's drafts carry a warning: the approval confirms it (the first post only lists it).
    const approved = await rep.post(`/drafts/${id}/approve`, { ...formValues(await (await rep.get(`/drafts/${id}`)).text()), confirmWarnings: 'yes' });
    expect(approved.status).toBe(303);
    expect(approved.headers.get('location')).toMatch(/\?done=approved$/);
    const onNode = (await (await api(node.url, `/drafts/${id}`)).json()) as { status: string; history: { actor: string }[] };
    expect(onNode).toMatchObject({ status: 'approved', decidedBy: 'rep@example.com', order: { notes: 'checked on the Worker' } });
    expect(onNode.history.map((e) => e.actor)).toContain('rep@example.com');
    // The Worker sends no mail: the acknowledgement and webhook wait in the outbox for the Node side.
    expect((await listOutboxForDraft(store.db, id)).length).toBeGreaterThan(0);
    expect(await (await api(edgeUrl, `/drafts/${id}`)).json()).toEqual(onNode);
  });

  it('stops on SIGTERM with its whole process group (no workerd left behind)', async () => {
    const pid = edge.pid!;
    const group = () =>
      execFileSync('ps', ['-eo', 'pgid=,stat=,comm='])
        .toString()
        .split('\n')
        .map((l) => l.trim().split(/\s+/))
        .filter(([pgid, stat]) => pgid !== undefined && stat !== undefined && !stat.startsWith('Z'));
    const groupId = (pgidOf: number) =>
      execFileSync('ps', ['-o', 'pgid=', '--ppid', String(pgidOf)])
        .toString()
        .trim()
        .split('\n')[0]!
        .trim();
    const wranglerGroup = groupId(pid);
    expect(
      group()
        .filter(([pgid]) => pgid === wranglerGroup)
        .map(([, , comm]) => comm),
    ).toContain('workerd');
    const exited = new Promise<number | null>((r) => edge.once('exit', (code) => r(code)));
    edge.kill('SIGTERM');
    expect(await exited).toBe(0);
    await waitFor(() => group().every(([pgid]) => pgid !== wranglerGroup), 'the wrangler process group to end', 10_000);
    await expect(fetch(`${edgeUrl}/healthz`)).rejects.toThrow();
  });
});
