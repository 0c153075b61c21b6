import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { editDraft } from '../src/store/edit-draft.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { createUser } from '../src/store/users.ts';
import { hashPassword } from '../src/web/auth/hash-password.ts';
import { requireService } from './fixtures/require-service.ts';
import { composeEmail, makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { freePort } from './support/free-port.ts';
import { PASSWORD, TEST_COST } from './support/review-fixture.ts';

// The queue and /mail in a real browser (Debian's chromium through playwright-core), over drafts
// the real pipeline made with no customer master: a clean PO from the drop folder waits for
// review (and says why), the queue shows the mail's own date, flags a requested date already
// past and says once that drop-folder mail carries no Authentication-Results. On /mail every row
// says why it has no draft; a rep makes a draft of one mail and splits another into three orders.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = requireService('browser-mail-queue', 'Chromium', existsSync(CHROMIUM), `no chromium at ${CHROMIUM}; npm test installs it`);

describe.skipIf(!available)('queue and /mail in a browser', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let browser: Browser;
  let page: Page;
  let poDraftId: string;
  let newsletterId: string;
  let twoPoId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-browser-mail-'));
    store = await openStore(`sqlite:${join(dir, 'po.db')}`);
    await createUser(store.db, { email: 'rep@example.com', role: 'reviewer', passwordHash: await hashPassword(PASSWORD, TEST_COST) });
    const deps: PipelineDeps = { db: store.db, workerId: 'w1', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: (name, bytes) => extractInput(name, bytes) };
    const drop = async (key: string, bytes: Uint8Array) =>
      processMessage({ sourceKey: key, sourceKind: 'folder', name: `${key}.eml`, bytes, isEmail: true, fileName: `${key}.eml` }, deps);
    const po = await drop('po-1', await makePdfPoEmail(samplePo(1), { messageId: '<po-1@northwind.example>', date: new Date('2026-03-02T09:15:00Z') }));
    if (po.action !== 'processed') throw new Error(JSON.stringify(po));
    poDraftId = po.draftIds[0]!;
    // The customer asked for a date that has gone by.
    await editDraft(store.db, poDraftId, { version: 1, patch: { requestedDeliveryDate: '2020-01-15' }, actor: 'test' });
    const news = await drop(
      'news',
      await composeEmail({
        subject: 'Spring newsletter',
        text: 'Our spring newsletter: new products, trade fair dates and a word from our CEO. Unsubscribe here.',
        messageId: '<news@northwind.example>',
      }),
    );
    const two = await drop(
      'two',
      await composeEmail({ subject: 'Two things', text: 'Hi Sam, as discussed on the phone, see you at the fair next week. Best, Dana', messageId: '<two@northwind.example>' }),
    );
    newsletterId = news.messageId;
    twoPoId = two.messageId;
    server = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', 'rep@example.com');
    await page.fill('input[name=password]', PASSWORD);
    await page.click('form.login button[type=submit]');
    await page.waitForURL(/\/queue$/);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('holds a clean PO without a customer master, shows the mail’s own date, flags a past requested date, and notes the drop folder once', async () => {
    const row = page.locator(`table.queue tbody tr[data-id="${poDraftId}"]`);
    expect(await row.count()).toBe(1);
    expect(await row.locator('.badge.reason').first().getAttribute('title')).toMatch(/^not approved automatically: no customer master is loaded/);
    expect(await row.locator('.date-past').textContent()).toBe('2020-01-15 · past');
    expect(await row.locator('time').getAttribute('datetime')).toMatch(/^2026-03-02T09:15/);
    expect(await row.locator('time').textContent()).toBe('2026-03-02 09:15');
    const notes = page.locator('.notice.drop-folder');
    expect(await notes.count()).toBe(1);
    expect(await notes.textContent()).toMatch(/1 draft here was read from mail put in the drop folder\. .*no Authentication-Results/s);
    // No draft carries a reason about it.
    const reasons = (await getDraft(store.db, poDraftId))!.order.reviewReasons;
    expect(reasons.some((r) => /Authentication-Results|authenticat/i.test(r))).toBe(false);
  });

  it('gives every row on /mail its reason, and makes a draft of a mail', async () => {
    await page.click('header.top nav a[href="/mail"]');
    await page.waitForURL(/\/mail$/);
    const rows = page.locator('table.mail-list tbody tr');
    expect(await rows.count()).toBe(2);
    for (let i = 0; i < 2; i += 1) expect(await rows.nth(i).locator('td').nth(4).textContent()).toMatch(/^not an order: \S/);
    const news = page.locator(`table.mail-list tr[data-id="${newsletterId}"]`);
    expect(await news.locator('td').nth(1).textContent()).toBe('Dana Whitfield <purchasing@northwind.example>');
    expect(await news.locator('td').nth(2).textContent()).toBe('Spring newsletter');
    await news.locator('form.make-draft button').click();
    await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const draft = (await getDraft(store.db, id))!;
    expect(draft.status).toBe('pending');
    expect(draft.order.buyer.email).toBe('purchasing@northwind.example');
    expect(draft.source.subject).toBe('Spring newsletter');
    expect(draft.order.lines).toEqual([]);
    await page.goto(`${server.url}/mail`);
    expect(await page.locator(`table.mail-list tr[data-id="${newsletterId}"]`).count()).toBe(0);
  });

  it('splits a mail into three orders', async () => {
    const row = page.locator(`table.mail-list tr[data-id="${twoPoId}"]`);
    await row.locator('form.split input[name=count]').fill('3');
    await row.locator('form.split button').click();
    await page.waitForURL(/\/drafts\/[0-9a-f-]{36}$/);
    const drafts = await store.db.selectFrom('drafts').select(['id', 'order_index']).where('message_id', '=', twoPoId).orderBy('order_index').execute();
    expect(drafts.map((d) => d.order_index)).toEqual([0, 1, 2]);
    expect(new URL(page.url()).pathname).toBe(`/drafts/${drafts[0]!.id}`);
    expect((await getDraft(store.db, drafts[2]!.id))!.order.notes).toBe('order 3 of 3 in this mail');
    await page.goto(`${server.url}/queue`);
    expect(await page.locator('table.queue tbody tr').count()).toBe(5);
  });
});
