import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finding } from '../src/domain/findings.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { recheckDraft } from '../src/domain/review-draft.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { editDraft } from '../src/store/edit-draft.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { listDrafts } from '../src/store/list-drafts.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { makePdfPoEmail } from './fixtures/make-po-email.ts';
import { samplePo } from './fixtures/make-po-pdf.ts';
import { requireService } from './fixtures/require-service.ts';
import { freePort } from './support/free-port.ts';
import { holdForReview, PASSWORD, seedReviewStore, type Seeded } from './support/review-fixture.ts';

// The review desk a rep works in all day, in a real browser (Debian's chromium through
// playwright-core) against the real server: addresses shown and edited (form and API), findings
// in full at their field or line, reasons that follow the values, line matches kept, approving
// with open warnings confirmed by a second key, the keyboard (f, j/k/n, ?), no edit lost (a
// refused save, leaving, re-extract) and lines recomputed, added and removed with undo.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = requireService('browser-desk', 'Chromium', existsSync(CHROMIUM), `no chromium at ${CHROMIUM}; npm test installs it`);

const MATCH = (sku: string | null) => ({
  method: 'sku' as const,
  score: 1,
  reason: `matched ${sku} by its item number`,
  unitFactor: 1,
  catalogQuantity: null,
  catalogUnit: null,
  expectedUnitPrice: null,
  priceDifferencePercent: null,
  backorder: false,
  warnings: [],
});
/** The page's globals the tests read (the tests compile without the DOM library). */
type Win = { getComputedStyle(e: unknown): { position: string; overflowY: string; borderLeftColor: string } };

const PRICE_WARNING = 'line 2: unit price 20 % below the price list';
const UNSURE_PO = 'PO number uncertain (read from the file name "scan.pdf")';

/** A messy reading: no PO number (and a doubt about it), no ship-to, a price warning on line 2,
 * and every line matched to the catalogue. */
async function messyExtract(name: string, bytes: Uint8Array) {
  const result = await holdForReview(name, bytes);
  const orders = result.orders.map((o) =>
    recheckDraft({ ...o, poNumber: null, shipTo: null, lines: o.lines.map((l) => ({ ...l, match: MATCH(l.sku) })) }, [
      finding('extract', 'file-name', 'uncertain', 'warn', UNSURE_PO, 'poNumber', true),
      finding('match', 'price-stock', 'match', 'warn', PRICE_WARNING, 'lines.1'),
    ]),
  );
  return { ...result, orders };
}

describe.skipIf(!available)('the review desk, all day', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let seeded: Seeded;
  let messyId: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-desk-'));
    store = await openStore(`sqlite:${join(dir, 'po.db')}`);
    seeded = await seedReviewStore(store.db);
    const deps = { db: store.db, workerId: 'test', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: messyExtract };
    const result = await processMessage(
      { sourceKey: 'messy', sourceKind: 'folder', name: 'messy.eml', bytes: await makePdfPoEmail(samplePo(7), { messageId: '<messy@test>' }), isEmail: true },
      deps,
    );
    if (result.action !== 'processed') throw new Error('the messy draft was not made');
    messyId = result.draftIds[0]!;
    server = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    // Going from one test's page to the next leaves unsaved edits behind on purpose.
    page.on('dialog', (d) => void (d.type() === 'beforeunload' ? d.accept() : undefined));
    await page.goto(`${server.url}/login`);
    await page.fill('input[name="email"]', 'rep@example.com');
    await page.fill('input[name="password"]', PASSWORD);
    await page.press('input[name="password"]', 'Enter');
    await page.waitForURL(/\/queue$/);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const open = async (id: string) => {
    await page.goto(`${server.url}/drafts/${id}`);
    await expect.poll(() => page.evaluate('typeof window.poInbox && typeof window.poInbox.checkOrder')).toBe('function');
  };
  const active = () => page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("name")');
  const notes = (key: string) => page.locator(`.notes[data-notes="${key}"] .note`).allTextContents();

  it('walks the queue in order with j, n and k, without loops; ? lists the keys', async () => {
    const queue = (await listDrafts(store.db, { status: 'pending' })).map((d) => d.id);
    expect(queue.length).toBeGreaterThanOrEqual(4);
    await open(queue[0]!);
    expect(await page.locator('#previous-draft').count()).toBe(0);
    const visited = [queue[0]!];
    for (let i = 1; i < queue.length; i++) {
      await page.keyboard.press(i % 2 === 0 ? 'n' : 'j');
      await page.waitForURL(new RegExp(`/drafts/${queue[i]}$`));
      visited.push(queue[i]!);
    }
    expect(visited).toEqual(queue);
    // The last draft has no next: j stays.
    expect(await page.locator('#next-draft').count()).toBe(0);
    await page.keyboard.press('j');
    await page.waitForTimeout(300);
    expect(page.url()).toContain(queue[queue.length - 1]!);
    await page.keyboard.press('k');
    await page.waitForURL(new RegExp(`/drafts/${queue[queue.length - 2]}$`));

    expect(await page.locator('#shortcuts').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(false);
    await page.keyboard.press('?');
    await expect.poll(() => page.locator('#shortcuts').evaluate((d) => (d as unknown as { open: boolean }).open)).toBe(true);
    const keys = await page.locator('#shortcuts').textContent();
    for (const words of ['next / previous flagged field', 'previous draft', 'add a line below', 'undo']) expect(keys).toContain(words);
  });

  it('shows every finding in full at its field or line, with a sureness colour per header field', async () => {
    await open(messyId);
    expect(await notes('poNumber')).toEqual(expect.arrayContaining(['no purchase order number', UNSURE_PO]));
    expect(await page.locator('.notes[data-notes="poNumber"]').isVisible()).toBe(true);
    expect(await notes('shipTo')).toContain('no ship-to address found');
    const line2 = page.locator('tr.line-notes').nth(1).locator('.note');
    expect(await line2.allTextContents()).toContain(PRICE_WARNING);
    expect(await line2.first().isVisible()).toBe(true);
    expect(await page.locator('input[name="lines.1.sku"]').getAttribute('data-flag')).toBe('warning');
    expect(await page.locator('.field[data-field="poNumber"]').getAttribute('data-sure')).toBe('low');
    expect(await page.locator('.field[data-field="poNumber"] .sure').textContent()).toBe('check');
    expect(['high', 'mid']).toContain(await page.locator('.field[data-field="buyer.company"]').getAttribute('data-sure'));
    // The colour is on the field itself, not a tooltip.
    const border = await page.locator('.field[data-field="poNumber"]').evaluate((e) => (globalThis as unknown as Win).getComputedStyle(e).borderLeftColor);
    expect(border).toBe('rgb(198, 40, 40)');
  });

  it('f moves to the next flagged field each time and never types', async () => {
    await open(messyId);
    const flagged = await page.locator('#draft-form [data-flag]:is(input, textarea)').evaluateAll((els) => els.map((e) => e.getAttribute('name')));
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    const values = async () =>
      page.locator('#draft-form').evaluate((f) =>
        Array.from((f as unknown as { elements: ArrayLike<{ value: string }> }).elements)
          .map((e) => e.value)
          .join('|'),
      );
    const before = await values();
    const seen: Array<string | null> = [];
    for (let i = 0; i < flagged.length; i++) {
      await page.keyboard.press('f');
      seen.push(await active());
    }
    expect(seen).toEqual(flagged);
    expect(await values()).toBe(before);
    // After the first flagged field is fixed, f goes on from where the rep is, not back to the top.
    await page.keyboard.press('f');
    expect(await active()).toBe(flagged[0]);
    await page.keyboard.type('PO-7781');
    await expect.poll(() => page.locator('input[name="poNumber"]').getAttribute('data-flag')).toBeNull();
    await page.keyboard.press('Escape');
    await page.keyboard.press('f');
    expect(await active()).toBe(flagged[1]);
  });

  it('recomputes the reasons on saving: a typed-in PO number and ship-to clear theirs, line matches stay', async () => {
    await open(messyId);
    await page.fill('input[name="poNumber"]', 'PO-7781');
    // Live: the order check's reason and the doubt the rep's value settles are gone at once.
    await expect.poll(() => notes('poNumber')).toEqual([]);
    await page.fill('input[name="shipTo.name"]', 'Northwind Traders Inc.');
    await page.fill('textarea[name="shipTo.street"]', '1200 Harbor Way\nDock 4');
    await page.fill('input[name="shipTo.city"]', 'Tacoma');
    await page.fill('input[name="shipTo.postalCode"]', '98402');
    await expect.poll(() => notes('shipTo')).toEqual([]);
    await page.fill('input[name="notes"]', 'deliver to dock 4');
    await page.press('input[name="notes"]', 'Enter');
    await page.waitForURL(/done=saved/);

    const draft = (await getDraft(store.db, messyId))!;
    expect(draft.order.poNumber).toBe('PO-7781');
    expect(draft.order.shipTo).toMatchObject({ name: 'Northwind Traders Inc.', street: '1200 Harbor Way\nDock 4', city: 'Tacoma', postalCode: '98402' });
    expect(draft.order.reviewReasons).not.toContain('no purchase order number');
    expect(draft.order.reviewReasons).not.toContain(UNSURE_PO);
    expect(draft.order.reviewReasons).not.toContain('no ship-to address found');
    expect(draft.order.reviewReasons).toContain(PRICE_WARNING);
    for (const line of draft.order.lines) expect(line.match?.reason).toBe(`matched ${line.sku} by its item number`);
    expect(await notes('poNumber')).toEqual([]);
    expect(await page.locator('.field[data-field="poNumber"]').getAttribute('data-sure')).toBe('high');
    expect(await page.locator('textarea[name="shipTo.street"]').inputValue()).toBe('1200 Harbor Way\nDock 4');
  });

  it('edits addresses through the API in parts, shown on the page', async () => {
    const id = seeded.normalIds[0]!;
    const before = (await getDraft(store.db, id))!;
    const patch = async (order: unknown, version: number) =>
      fetch(`${server.url}/api/drafts/${id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${seeded.apiToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ version, order }),
      });
    const ok = await patch({ shipTo: { postalCode: '98499' }, billTo: { name: 'Northwind Accounts', city: 'Seattle', country: 'US' } }, before.version);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { order: { shipTo: Record<string, unknown>; billTo: Record<string, unknown> } };
    expect(body.order.shipTo.postalCode).toBe('98499');
    if (before.order.shipTo) expect(body.order.shipTo.name).toBe(before.order.shipTo.name);
    expect(body.order.billTo).toMatchObject({ name: 'Northwind Accounts', city: 'Seattle', country: 'US', street: null });
    const bad = await patch({ shipTo: { zip: '1' } }, before.version + 1);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { message: string }).message).toMatch(/shipTo/);

    await open(id);
    expect(await page.locator('input[name="shipTo.postalCode"]').inputValue()).toBe('98499');
    expect(await page.locator('input[name="billTo.name"]').inputValue()).toBe('Northwind Accounts');
    await page.fill('input[name="billTo.postalCode"]', '98101');
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.waitForURL(/done=saved/);
    expect((await getDraft(store.db, id))!.order.billTo).toMatchObject({ name: 'Northwind Accounts', city: 'Seattle', postalCode: '98101' });
  });

  it('checks numbers before saving, keeps every edit of a refused save, asks before leaving with unsaved changes', async () => {
    const id = seeded.normalIds[1]!;
    await open(id);
    await page.fill('input[name="notes"]', 'call before delivery');
    await page.fill('input[name="buyer.contactName"]', 'Dana Reyes');
    await page.fill('input[name="lines.0.quantity"]', '2 boxes');
    await page.press('input[name="lines.0.quantity"]', 'Enter');
    // Checked in the browser: nothing sent, the cell named.
    await expect.poll(() => page.locator('#number-notice').textContent()).toMatch(/"2 boxes" in line 1 quantity is not a number/);
    expect(await active()).toBe('lines.0.quantity');
    await page.keyboard.type('4');

    // Another rep saves meanwhile: this save is refused, and every edit of this rep stays on the form.
    const now = (await getDraft(store.db, id))!;
    await editDraft(store.db, id, { version: now.version, patch: { paymentTerms: 'Net 45' }, actor: 'ana@example.com' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#notice').textContent()).toMatch(/changed meanwhile.*Your edits are kept below/);
    expect(await page.locator('input[name="notes"]').inputValue()).toBe('call before delivery');
    expect(await page.locator('input[name="buyer.contactName"]').inputValue()).toBe('Dana Reyes');
    expect(await page.locator('input[name="lines.0.quantity"]').inputValue()).toBe('4');
    expect((await getDraft(store.db, id))!.order.notes).not.toBe('call before delivery');

    // Not saved yet, so leaving asks, even before another key is typed.
    await page.locator('h1').click();
    const dialogs: string[] = [];
    page.once('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.keyboard.press('q');
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toMatch(/unsaved changes/);
    expect(page.url()).toContain(id);
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('q');
    await page.waitForURL(/\/queue$/);
  });

  it('asks before re-extracting and keeps the corrected version in the history', async () => {
    const id = seeded.normalIds[1]!;
    await open(id);
    await page.fill('input[name="poNumber"]', 'PO-CORRECTED-1');
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.waitForURL(/done=saved/);
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#reextract');
    await page.waitForTimeout(300);
    expect((await getDraft(store.db, id))!.order.poNumber).toBe('PO-CORRECTED-1');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.click('#reextract');
    await page.waitForURL(/done=reextracted/);
    expect(asked[0]).toMatch(/history/);
    const draft = (await getDraft(store.db, id))!;
    expect(draft.order.poNumber).not.toBe('PO-CORRECTED-1');
    const event = draft.history.find((h) => h.kind === 'draft-reextracted')!;
    expect((event.detail as { replaced: { order: { poNumber: string } } }).replaced.order.poNumber).toBe('PO-CORRECTED-1');
  });

  it('recomputes amounts live, adds a line below the current one, removes one with undo', async () => {
    const id = seeded.normalIds[1]!;
    await open(id);
    const rows = page.locator('tr.line');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const price = Number(await page.locator('input[name="lines.0.unitPrice"]').inputValue());
    await page.fill('input[name="lines.0.amount"]', '');
    await page.fill('input[name="lines.0.quantity"]', '10');
    const amount = page.locator('input[name="lines.0.amount"]');
    await expect.poll(() => amount.inputValue()).toBe((Math.round(10 * price * 100) / 100).toFixed(2));
    expect(await amount.getAttribute('class')).toContain('computed');
    const amounts = await page.locator('input[name$=".amount"]').evaluateAll((els) => els.map((e) => Number((e as unknown as { value: string }).value)));
    expect(await page.locator('#computed-subtotal').textContent()).toBe(`computed: ${amounts.reduce((s, a) => s + a, 0).toFixed(2)}`);

    // Add a line below line 1.
    await page.focus('input[name="lines.0.description"]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('i');
    await expect.poll(() => rows.count()).toBe(count + 1);
    expect(await active()).toBe('lines.1.sku');
    await page.keyboard.type('NEW-1');
    await page.fill('input[name="lines.1.description"]', 'Added by the rep');
    await page.fill('input[name="lines.1.unitPrice"]', '4.25');
    await page.fill('input[name="lines.1.quantity"]', '2');
    await expect.poll(() => page.locator('input[name="lines.1.amount"]').inputValue()).toBe('8.50');
    const third = await page.locator('input[name="lines.2.sku"]').inputValue();

    // Remove line 3, undo it.
    await page.focus('input[name="lines.2.quantity"]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await expect.poll(() => rows.count()).toBe(count);
    expect(await page.locator('#undo-bar').textContent()).toContain(`Line 3 (${third}) removed`);
    await page.keyboard.press('u');
    await expect.poll(() => rows.count()).toBe(count + 1);
    expect(await page.locator('input[name="lines.2.sku"]').inputValue()).toBe(third);
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.waitForURL(/done=saved/);

    const lines = (await getDraft(store.db, id))!.order.lines;
    expect(lines).toHaveLength(count + 1);
    expect(lines[0]).toMatchObject({ quantity: 10, amount: Math.round(10 * price * 100) / 100 });
    expect(lines[1]).toMatchObject({ sku: 'NEW-1', description: 'Added by the rep', quantity: 2, unitPrice: 4.25, amount: 8.5 });
    expect(lines[2]!.sku).toBe(third);
  });

  it('pins the original beside the form with its own scroll, zoom and rotate; a field in focus never scrolls the page', async () => {
    await open(seeded.urgentId);
    const viewer = page.locator('#original');
    expect(await viewer.evaluate((e) => [(globalThis as unknown as Win).getComputedStyle(e).position, (globalThis as unknown as Win).getComputedStyle(e).overflowY])).toEqual([
      'sticky',
      'auto',
    ]);
    await page.evaluate('window.scrollTo(0, 600)');
    await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(0);
    // Scrolled down the form, the original is still on screen.
    const top = await viewer.evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(50);
    const frame = page.locator('.original .page-frame').first();
    await page.locator('h1').click();
    const width = await frame.evaluate((e) => (e as unknown as { offsetWidth: number }).offsetWidth);
    await page.keyboard.press('+');
    await expect.poll(() => frame.evaluate((e) => (e as unknown as { offsetWidth: number }).offsetWidth)).toBeGreaterThan(width);
    expect(await page.locator('#viewer-zoom').textContent()).toBe('125%');
    await page.click('#viewer-tools button[data-view="rotate"]');
    expect(await frame.getAttribute('class')).toContain('rot-90');
    await page.keyboard.press('0');
    await expect.poll(() => frame.evaluate((e) => (e as unknown as { offsetWidth: number }).offsetWidth)).toBe(width);
    // Focusing a field whose place is outlined scrolls the viewer, not the page.
    await page.locator('input[name="lines.0.quantity"]').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate<number>('window.scrollY');
    await page.focus('input[name="lines.0.quantity"]');
    await page.waitForTimeout(200);
    expect(await page.evaluate<number>('window.scrollY')).toBe(scrolled);
    expect(await page.locator('.evidence-layer rect[data-field="lines.0.quantity"]').first().isVisible()).toBe(true);
  });

  it('approving a draft with open warnings lists them and needs a second a', async () => {
    await open(messyId);
    await page.keyboard.press('a');
    const panel = page.locator('#approve-warnings');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.textContent()).toContain(PRICE_WARNING);
    await page.waitForTimeout(300);
    expect((await getDraft(store.db, messyId))!.status).toBe('pending');
    await page.keyboard.press('a');
    await page.waitForURL(/done=approved/);
    expect((await getDraft(store.db, messyId))!.status).toBe('approved');
  });

  it('asks again on the server when the page had no script: the warnings listed, the posted edits kept', async () => {
    const id = seeded.xssId;
    await open(id);
    // The post as a page without the script sends it: no confirmation field.
    await page.fill('input[name="notes"]', 'checked by phone');
    await page.evaluate("(() => { const form = document.getElementById('draft-form'); form.action = form.action + '/approve'; HTMLFormElement.prototype.submit.call(form); })()");
    await page.waitForLoadState('load');
    await expect.poll(() => page.locator('#notice').textContent()).toMatch(/still open; approve again/);
    expect(await page.locator('#approve-warnings').textContent()).toContain('held for review by the test fixture');
    expect(await page.locator('input[name="notes"]').inputValue()).toBe('checked by phone');
    expect((await getDraft(store.db, id))!.status).toBe('pending');
    await page.keyboard.press('a');
    await page.waitForURL(/done=approved|\/queue/);
    const draft = (await getDraft(store.db, id))!;
    expect(draft.status).toBe('approved');
    expect(draft.order.notes).toBe('checked by phone');
  });
});
