import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server as HttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { editDraft } from '../src/store/edit-draft.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { freePort } from './support/free-port.ts';
import { REPO_ROOT } from './fixtures/run-cli.ts';
import { holdForReview, PASSWORD, seedReviewStore, type Seeded } from './support/review-fixture.ts';
import { requireService } from './fixtures/require-service.ts';

// The review desk in a real browser (Debian's chromium through playwright-core) against the real
// server over a store of extracted drafts: a rep signs in and takes the urgent draft from the
// queue to approved with the keyboard alone; hostile mail stays inert; a cross-site post fails.
// Screenshots of the queue and the draft page go to docs/screenshots/ for the README.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = requireService('browser-review', 'Chromium', existsSync(CHROMIUM), `no chromium at ${CHROMIUM}; npm test installs it`);

const SHOTS = join(REPO_ROOT, 'docs', 'screenshots');

describe.skipIf(!available)('review desk in a browser', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let seeded: Seeded;
  let context: BrowserContext;
  let page: Page;
  let evil: HttpServer;
  let evilUrl: string;
  const remoteRequests: string[] = [];
  let rightQuantity = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-browser-'));
    store = await openStore(`sqlite:${join(dir, 'po.db')}`);
    seeded = await seedReviewStore(store.db);
    // The extraction misread a quantity on the urgent order (a 3 read as an 8): the rep fixes it.
    const urgent = (await getDraft(store.db, seeded.urgentId))!;
    rightQuantity = urgent.order.lines[0]!.quantity;
    const lines = urgent.order.lines.map((l, i) => (i === 0 ? { ...l, quantity: Number(String(l.quantity).replace(/3/g, '8')) + (String(l.quantity).includes('3') ? 0 : 1) } : l));
    await editDraft(store.db, seeded.urgentId, { version: 1, patch: { lines }, actor: 'extraction-test' });
    server = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
    ({ server: evil, url: evilUrl } = await startEvilSite(`${server.url}/drafts/${seeded.normalIds[0]}/approve`));
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    context.on('request', (request) => {
      if (request.url().startsWith('http://127.0.0.1:1')) remoteRequests.push(request.url());
    });
    await mkdir(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await new Promise((resolve) => evil?.close(resolve));
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('signs in, sees the urgent draft first, fixes a quantity and approves, all by keyboard', async () => {
    await page.goto(`${server.url}/queue`);
    expect(new URL(page.url()).pathname).toBe('/login');
    // The e-mail field has autofocus (waited for: on a loaded machine keys typed before it applies are lost).
    await expect.poll(() => page.evaluate("document.activeElement && document.activeElement.getAttribute('name')")).toBe('email');
    await page.keyboard.type('rep@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/queue$/);
    const firstRow = page.locator('table.queue tbody tr').first();
    expect(await firstRow.getAttribute('data-id')).toBe(seeded.urgentId);
    expect(await firstRow.locator('.badge.urgent').getAttribute('title')).toMatch(/URGENT/);
    await page.screenshot({ path: join(SHOTS, 'queue.png'), fullPage: true });

    // The first row is selected on load; Enter opens it.
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.className')).toBe('open');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/drafts/${seeded.urgentId}$`));
    expect(await page.locator('#approve').isDisabled()).toBe(true);
    const outline = page.locator('.evidence-layer rect[data-field="lines.0.quantity"]');
    expect(await outline.count()).toBe(1);
    expect(await outline.isVisible()).toBe(false);

    await page.keyboard.press('f');
    expect(await page.evaluate('document.activeElement.name')).toBe('lines.0.quantity');
    // The field in focus is outlined where the extraction read it on the page image.
    await expect.poll(() => outline.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'draft.png'), fullPage: true });
    await page.keyboard.type(String(rightQuantity));
    await expect.poll(() => page.locator('#approve').isDisabled()).toBe(false);
    await page.keyboard.press('Escape');
    // The draft still has a warning (the fixture holds it for review): the first a lists it, the second approves.
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('#approve-warnings').textContent()).toContain('held for review by the test fixture');
    expect((await getDraft(store.db, seeded.urgentId))!.status).toBe('pending');
    await page.keyboard.press('a');
    await page.waitForURL(/done=approved/);

    const draft = (await getDraft(store.db, seeded.urgentId))!;
    expect(draft.status).toBe('approved');
    expect(draft.decidedBy).toBe('rep@example.com');
    expect(draft.order.lines[0]!.quantity).toBe(rightQuantity);
    expect(draft.history.find((h) => h.kind === 'draft-edited' && h.actor === 'rep@example.com')).toBeTruthy();
  });

  it('shows hostile mail without running or loading anything from it', async () => {
    await page.goto(`${server.url}/drafts/${seeded.xssId}`);
    const frame = page.frameLocator('iframe.mail');
    await expect.poll(() => frame.locator('body').textContent()).toContain('Please see the attached purchase order.');
    await frame
      .getByText('click me')
      .click({ timeout: 5000 })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__xss ?? null')).toBeNull();
    const inner = page.frames().find((f) => f !== page.mainFrame());
    expect(await inner?.evaluate('window.__xss ?? null').catch(() => null)).toBeNull();
    expect(remoteRequests).toEqual([]);
    expect(await page.title()).toMatch(/^Draft/);
  });

  it("checks the order live with the server's own check: a discount row counts, a broken sum blocks", async () => {
    const text = readFileSync(join(REPO_ROOT, 'samples/corpus/email-pdf-en-09.eml'), 'latin1').replace(/^Message-ID:.*$/im, 'Message-ID: <discount@browser-test>');
    const deps = { db: store.db, workerId: 'test', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: holdForReview };
    const result = await processMessage(
      { sourceKey: 'discount', sourceKind: 'folder', name: 'discount.eml', bytes: new Uint8Array(Buffer.from(text, 'latin1')), isEmail: true },
      deps,
    );
    const id = result.action === 'processed' ? result.draftIds[0]! : '';
    await page.goto(`${server.url}/drafts/${id}`);
    // The script has run (the held-for-review reason is listed by it too) and blocks nothing.
    await expect.poll(() => page.evaluate('typeof window.poInbox && typeof window.poInbox.checkOrder')).toBe('function');
    expect(await page.locator('#approve').isDisabled()).toBe(false);
    expect(await page.locator('#findings li.error').count()).toBe(0);
    const subtotal = page.locator('input[name="subtotal"]');
    const printed = await subtotal.inputValue();
    await subtotal.fill(String(Number(printed) + 10));
    await expect.poll(() => page.locator('#approve').isDisabled()).toBe(true);
    expect(await page.locator('#findings li.error').first().textContent()).toMatch(/with the discount and charge rows\) but the subtotal is/);
    expect(await subtotal.getAttribute('data-flag')).toBe('error');
    await subtotal.fill(printed);
    await expect.poll(() => page.locator('#approve').isDisabled()).toBe(false);
  });

  it('refuses a form posted from another site', async () => {
    await page.goto(evilUrl);
    await page.waitForURL(/\/approve$/);
    expect(await page.textContent('body')).toContain('cross-site request refused');
    expect((await getDraft(store.db, seeded.normalIds[0]!))!.status).toBe('pending');
  });
});

/** A page on another origin that posts a form to the desk as soon as it loads. */
async function startEvilSite(target: string): Promise<{ server: HttpServer; url: string }> {
  const port = await freePort();
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<form id=f method=post action="${target}"><input name=version value=1></form><script>document.getElementById('f').submit()</script>`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${port}/` };
}
