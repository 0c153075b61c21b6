import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../src/documents/read-input.ts';
import { extractionResultSchema } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { learnLayout } from '../src/extraction/layout-model/learn-layout.ts';
import { pickSourceReading } from '../src/extraction/layout-model/pick-source-reading.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { listLayouts, saveLesson } from '../src/store/layouts.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { requireService } from './fixtures/require-service.ts';
import { freePort } from './support/free-port.ts';
import { PASSWORD, seedReviewStore, type Seeded } from './support/review-fixture.ts';

// The layouts page in a real browser (Debian's chromium through playwright-core) against the real
// server: a rep follows the navigation to the learned layouts, sees the one taught, opens its first
// example and deletes the layout with the page's own form (its CSRF token and all).

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = requireService('browser-layouts', 'Chromium', existsSync(CHROMIUM), `no chromium at ${CHROMIUM}; npm test installs it`);
const PAIRS = join(import.meta.dirname, '../samples/layouts/pairs');

describe.skipIf(!available)('layouts page in a browser', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let seeded: Seeded;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-browser-layouts-'));
    store = await openStore(`sqlite:${join(dir, 'po.db')}`);
    seeded = await seedReviewStore(store.db);
    const first = 'kestrel-ref-pdf-first.pdf';
    const order = extractionResultSchema.parse(JSON.parse(readFileSync(join(PAIRS, `${first}.truth.json`), 'utf8'))).orders[0]!;
    const reading = pickSourceReading(await readInput(first, new Uint8Array(readFileSync(join(PAIRS, first)))), order)!;
    await saveLesson(store.db, {
      draftId: seeded.normalIds[0]!,
      readBy: null,
      corrected: [],
      model: learnLayout(reading, order),
      sender: 'ana@kestrel.example',
      customerId: null,
      buyerCompany: 'Kestrel Foods Ltd',
      poNumber: order.poNumber,
      actor: 'ana@seller.example',
      at: '2026-03-03T09:00:00.000Z',
    });
    server = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the learned layout, links its first example, and deletes it', async () => {
    await page.goto(`${server.url}/login`);
    await page.fill('input[name="email"]', 'rep@example.com');
    await page.fill('input[name="password"]', PASSWORD);
    await page.click('button[type="submit"]');
    await page.waitForURL(/\/queue$/);
    await page.click('nav a[href="/layouts"]');
    await page.waitForURL(/\/layouts$/);
    const row = page.locator('tr[data-layout]');
    expect(await row.count()).toBe(1);
    expect(await row.innerText()).toMatch(/ana@kestrel\.example[\s\S]*layout learned from PO KF\d+, approved by ana@seller\.example on 3 March[\s\S]*active/);
    expect(await row.locator(`a[href="/drafts/${seeded.normalIds[0]}"]`).count()).toBe(1);
    await row.getByRole('button', { name: /^Delete the layout learned from PO/ }).click();
    await page.waitForURL(/\/layouts$/);
    expect(await page.locator('main').innerText()).toContain('No layout learned yet.');
    expect(await listLayouts(store.db)).toEqual([]);
  }, 60_000);
});
