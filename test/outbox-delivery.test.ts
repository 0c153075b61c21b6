import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { startOutboxDispatcher, type OutboxDispatcher, type OutboxSettings } from '../src/pipeline/deliver-outbox.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { freePort } from './support/free-port.ts';
import { makeOrder, makeOutboxDraft, ORIGINAL_ID, ROOT_ID } from './support/make-outbox-draft.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';
import { waitFor } from './support/wait-for.ts';

// The dispatcher end to end: a real SMTP server (smtp-server) and a real HTTP receiver on loopback.

let store: Store;
let dir: string;
let dispatcher: OutboxDispatcher | null = null;
let sink: SmtpSink | null = null;
const base: OutboxSettings = {
  ACK_FROM: 'Orders <orders@seller.example>',
  URGENT_ALERT_TO: ['desk@seller.example'],
  PUBLIC_URL: 'https://po.seller.example/',
  HOST: '127.0.0.1',
  PORT: 8787,
};
const fast = { pollMs: 40, baseDelayMs: 150, maxDelayMs: 1000, leaseMs: 30_000 };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-outbox-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
});
afterEach(async () => {
  await dispatcher?.stop();
  await sink?.close();
  dispatcher = null;
  sink = null;
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const row = (key: string) => store.db.selectFrom('outbox').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
const events = async (draftId: string) =>
  (await store.db.selectFrom('events').selectAll().where('draft_id', '=', draftId).orderBy('id').execute()).map((e) => ({
    kind: e.kind,
    detail: JSON.parse(e.detail_json ?? 'null'),
  }));
const settled = (key: string, statuses = ['sent', 'skipped', 'failed', 'unconfirmed']) => waitFor(async () => statuses.includes((await row(key)).status), `${key} to settle`);

describe('acknowledgement', () => {
  it('reaches the stored buyer once, threaded to the customer mail, with PO, lines and dates', async () => {
    sink = await startSmtpSink();
    const id = await makeOutboxDraft(store, 'ack1', makeOrder());
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, fast);
    await settled(`ack:${id}`);
    await settled(`webhook:${id}`);
    await dispatcher.runOnce();
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual(['buyer@northwind.example']);
    expect(mail?.from).toBe('orders@seller.example');
    expect(mail?.parsed.messageId).toBe(`<ack.${id}@seller.example>`);
    expect(mail?.parsed.inReplyTo).toBe(ORIGINAL_ID('ack1'));
    expect(mail?.parsed.references).toEqual([ROOT_ID, ORIGINAL_ID('ack1')]);
    expect(mail?.parsed.subject).toBe('Re: Order PO-4711');
    expect(mail?.parsed.text).toMatch(/PO number: PO-4711/);
    expect(mail?.parsed.text).toMatch(/A-100 +Widget <b>large<\/b> +12 EA/);
    expect(mail?.parsed.text).toMatch(/B-200 +Bracket +3 BOX/);
    expect(mail?.parsed.text).toMatch(/Requested delivery: 2026-03-20/);
    expect(mail?.parsed.html).toContain('Widget &lt;b&gt;large&lt;/b&gt;');
    expect(mail?.raw.toString()).not.toContain('attacker.example');
    expect(await row(`ack:${id}`)).toMatchObject({ status: 'sent', attempts: 1, message_id: `<ack.${id}@seller.example>` });
    expect(await row(`webhook:${id}`)).toMatchObject({ status: 'skipped', last_error: 'WEBHOOK_URL is not set' });
    expect((await events(id)).map((e) => e.kind)).toEqual(expect.arrayContaining(['outbox-sent', 'outbox-skipped']));
  });

  it('is skipped, visibly, without SMTP_URL, without a buyer address, or with a list where one address belongs', async () => {
    const none = await makeOutboxDraft(store, 'ack-nosmtp', makeOrder({ urgency: { level: 'urgent', reasons: ['ASAP'] } }));
    dispatcher = startOutboxDispatcher({ ...base }, store, silentLogger, fast);
    for (const key of [`ack:${none}`, `alert:${none}`]) await settled(key);
    expect(await row(`ack:${none}`)).toMatchObject({ status: 'skipped', last_error: 'SMTP_URL is not set' });
    expect(await row(`alert:${none}`)).toMatchObject({ status: 'skipped', last_error: 'SMTP_URL is not set' });
    await dispatcher.stop();
    const noBuyer = await makeOutboxDraft(store, 'ack-nobuyer', makeOrder({ buyer: { ...makeOrder().buyer, email: null } }));
    const list = await makeOutboxDraft(store, 'ack-list', makeOrder({ buyer: { ...makeOrder().buyer, email: 'a@b.example, evil@x.example' } }));
    sink = await startSmtpSink();
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, fast);
    await settled(`ack:${noBuyer}`);
    await settled(`ack:${list}`);
    expect(await row(`ack:${noBuyer}`)).toMatchObject({ status: 'skipped', last_error: 'no buyer address on the draft' });
    expect((await row(`ack:${list}`)).last_error).toMatch(/not a valid address/);
    expect(await events(noBuyer)).toEqual(expect.arrayContaining([{ kind: 'outbox-skipped', detail: expect.objectContaining({ reason: 'no buyer address on the draft' }) }]));
    expect(sink.received).toHaveLength(0);
  });

  it('is retried after a 451 on RCPT TO and after a 451 at the end of DATA, then received once', async () => {
    let refusedData = false;
    sink = await startSmtpSink({
      onRcpt: (_address, count) => (count === 1 ? 451 : undefined),
      onMessage: () => (refusedData ? undefined : ((refusedData = true), 451)),
    });
    const id = await makeOutboxDraft(store, 'ack-451', makeOrder());
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, fast);
    await settled(`ack:${id}`);
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]?.to).toEqual(['buyer@northwind.example']);
    expect(await row(`ack:${id}`)).toMatchObject({ status: 'sent', attempts: 3 });
    const retries = (await events(id)).filter((e) => e.kind === 'outbox-retry' && e.detail.key === `ack:${id}`);
    expect(retries.map((e) => e.detail.error)).toEqual([expect.stringMatching(/^451/), expect.stringMatching(/^451/)]);
  });

  it('gives up after maxAttempts with the error on the draft', async () => {
    sink = await startSmtpSink({ onRcpt: () => 451 });
    const id = await makeOutboxDraft(store, 'ack-giveup', makeOrder());
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, { ...fast, maxAttempts: 2 });
    await settled(`ack:${id}`);
    const final = await row(`ack:${id}`);
    expect(final).toMatchObject({ status: 'failed', attempts: 2 });
    expect(final.last_error).toMatch(/gave up after 2 attempts/);
    expect((await events(id)).some((e) => e.kind === 'outbox-failed' && /451/.test(e.detail.error))).toBe(true);
  });

  it('marks an ack unconfirmed, not retried, when the server goes silent after the whole body (an alert is retried)', async () => {
    let hang = true;
    sink = await startSmtpSink({ onMessage: () => (hang ? new Promise<undefined>(() => undefined) : undefined) });
    const id = await makeOutboxDraft(store, 'ack-silent', makeOrder({ urgency: { level: 'urgent', reasons: ['ASAP'] } }));
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, { ...fast, smtpTimeoutMs: 300 });
    await settled(`ack:${id}`);
    await waitFor(async () => (await row(`alert:${id}`)).attempts >= 1 && (await row(`alert:${id}`)).status === 'pending', 'the alert retry');
    hang = false;
    await settled(`alert:${id}`);
    const ack = await row(`ack:${id}`);
    expect(ack).toMatchObject({ status: 'unconfirmed', attempts: 1 });
    expect(ack.last_error).toMatch(/timeout/i);
    expect((await row(`alert:${id}`)).status).toBe('sent');
    expect(sink.received.map((m) => m.to)).toEqual([['desk@seller.example']]);
    expect((await events(id)).some((e) => e.kind === 'outbox-unconfirmed' && e.detail.key === `ack:${id}`)).toBe(true);
  });

  it('retries a refused connection (nothing was sent)', async () => {
    const port = await freePort();
    const id = await makeOutboxDraft(store, 'ack-refused', makeOrder());
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: `smtp://127.0.0.1:${port}` }, store, silentLogger, { ...fast, baseDelayMs: 60_000 });
    await waitFor(async () => (await row(`ack:${id}`)).attempts === 1 && (await row(`ack:${id}`)).status === 'pending', 'a retry to be planned');
    expect((await row(`ack:${id}`)).last_error).toMatch(/ECONNREFUSED|connect/i);
  });
});

describe('urgent alert', () => {
  it('sends one mail to URGENT_ALERT_TO with a link to the draft', async () => {
    sink = await startSmtpSink();
    const id = await makeOutboxDraft(store, 'alert1', makeOrder({ urgency: { level: 'urgent', reasons: ['needed by tomorrow'] } }), 'pending');
    dispatcher = startOutboxDispatcher({ ...base, SMTP_URL: sink.url }, store, silentLogger, fast);
    await settled(`alert:${id}`);
    await dispatcher.runOnce();
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail?.to).toEqual(['desk@seller.example']);
    expect(mail?.parsed.subject).toBe('Urgent order: PO-4711 from Northwind');
    expect(mail?.parsed.text).toContain(`https://po.seller.example/drafts/${id}`);
    expect(mail?.parsed.text).toContain('needed by tomorrow');
    expect(mail?.parsed.html).toContain(`href="https://po.seller.example/drafts/${id}"`);
    expect(await store.db.selectFrom('outbox').select('key').where('draft_id', '=', id).execute()).toEqual([{ key: `alert:${id}` }]);
  });
});

interface Hit {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

async function startReceiver(statuses: number[]): Promise<{ url: string; hits: Hit[]; close(): Promise<void> }> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      res.statusCode = statuses[hits.length - 1] ?? 200;
      res.end('ok');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/hooks/orders?token=abc`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What a receiver does: recompute the HMAC over `${timestamp}.${raw body}` and compare in constant time. */
function verify(hit: Hit, secret: string): boolean {
  const timestamp = String(hit.headers['x-po-inbox-timestamp']);
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${hit.body}`).digest('hex')}`);
  const given = Buffer.from(String(hit.headers['x-po-inbox-signature']));
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

describe('export webhook', () => {
  const secret = 'a-webhook-secret-of-some-length';

  it('POSTs a signed payload; a 500 is retried with back-off and both attempts are in the delivery log', async () => {
    const receiver = await startReceiver([500, 200]);
    try {
      const id = await makeOutboxDraft(store, 'hook1', makeOrder());
      dispatcher = startOutboxDispatcher({ ...base, WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: secret }, store, silentLogger, fast);
      await settled(`webhook:${id}`);
      expect(receiver.hits).toHaveLength(2);
      const [first, second] = receiver.hits as [Hit, Hit];
      expect(second.at - first.at).toBeGreaterThanOrEqual(70);
      for (const hit of receiver.hits) expect(verify(hit, secret)).toBe(true);
      expect(verify({ ...second, body: second.body.replace('PO-4711', 'PO-9999') }, secret)).toBe(false);
      expect(first.headers['x-po-inbox-delivery']).toBe(second.headers['x-po-inbox-delivery']);
      expect(first.headers['content-type']).toBe('application/json');
      const payload = JSON.parse(second.body);
      expect(payload).toMatchObject({ event: 'order.approved', draft: { id, status: 'approved', source: { messageId: ORIGINAL_ID('hook1') }, order: { poNumber: 'PO-4711' } } });
      expect(payload.draft.createdAt).toEqual(expect.any(String));
      const log = (await events(id)).filter((e) => e.detail?.key === `webhook:${id}`);
      expect(log.map((e) => [e.kind, e.detail.httpStatus, e.detail.attempt])).toEqual([
        ['outbox-retry', 500, 1],
        ['outbox-sent', 200, 2],
      ]);
      expect(log[0]?.detail.url).toBe(receiver.url.replace('?token=abc', ''));
      expect(await row(`webhook:${id}`)).toMatchObject({ status: 'sent', attempts: 2 });
    } finally {
      await receiver.close();
    }
  });

  it('gives up at once on a 4xx other than 408/429', async () => {
    const receiver = await startReceiver([400]);
    try {
      const id = await makeOutboxDraft(store, 'hook400', makeOrder());
      dispatcher = startOutboxDispatcher({ ...base, WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: secret }, store, silentLogger, fast);
      await settled(`webhook:${id}`);
      expect(await row(`webhook:${id}`)).toMatchObject({ status: 'failed', attempts: 1, last_error: 'HTTP 400' });
      expect(receiver.hits).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});
