import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { startServer, type Server } from '../src/main/start-server.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { findUserForLogin } from '../src/store/users.ts';
import { requireService } from './fixtures/require-service.ts';
import { freePort } from './support/free-port.ts';
import { PASSWORD, seedReviewStore, type Seeded } from './support/review-fixture.ts';

// People and keys in a real browser (Debian's chromium through playwright-core) against the real
// server: an admin revokes a script's token and resets a rep's password on /admin; the rep signs
// in with the password shown, must choose their own first, and then reaches the queue.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = requireService('browser-people', 'Chromium', existsSync(CHROMIUM), `no chromium at ${CHROMIUM}; npm test installs it`);

describe.skipIf(!available)('people and keys in a browser', () => {
  let dir: string;
  let store: Store;
  let server: Server;
  let seeded: Seeded;
  let browser: Browser;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-browser-people-'));
    store = await openStore(`sqlite:${join(dir, 'po.db')}`);
    seeded = await seedReviewStore(store.db);
    server = await startServer(store, '127.0.0.1', await freePort(), silentLogger);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto(`${server.url}/login`);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
  }

  it('an admin revokes a token and resets a password; the rep must choose their own before anything else', async () => {
    const adminContext = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@example.com', PASSWORD);
    await admin.waitForURL(/\/queue$/);
    await admin.click('header.top nav a[href="/admin"]');
    await admin.waitForURL(/\/admin$/);

    const api = () => fetch(`${server.url}/api/drafts`, { headers: { authorization: `Bearer ${seeded.apiToken}` } }).then((r) => r.status);
    expect(await api()).toBe(200);
    await admin.locator('table.tokens tr[data-name="test-script"] button.revoke').click();
    await admin.waitForURL(/done=revoked/);
    expect(await admin.getByRole('status').textContent()).toContain('Revoked the token test-script.');
    expect(await admin.locator('table.tokens tr[data-name="test-script"] td').nth(3).textContent()).toMatch(/^revoked /);
    expect(await api()).toBe(401);

    await admin.locator('table.users tr[data-email="rep@example.com"] button.reset-password').click();
    const secret = admin.locator('code.secret-value');
    await expect.poll(() => secret.count()).toBe(1);
    const temporary = (await secret.textContent())!;
    expect(temporary).toMatch(/^[\w-]{24}$/);
    expect(await admin.locator('table.users tr[data-email="rep@example.com"]').textContent()).toContain('to be changed at next sign-in');

    // The role of another user, changed with the row's own control.
    await admin.locator('table.users tr[data-email="rep@example.com"] select[name=role]').selectOption('admin');
    await admin.locator('table.users tr[data-email="rep@example.com"] button.change-role').click();
    await admin.waitForURL(/done=role/);
    expect((await findUserForLogin(store.db, 'rep@example.com'))!.role).toBe('admin');
    await admin.locator('table.users tr[data-email="rep@example.com"] select[name=role]').selectOption('reviewer');
    await admin.locator('table.users tr[data-email="rep@example.com"] button.change-role').click();
    await admin.waitForURL(/done=role/);
    expect((await findUserForLogin(store.db, 'rep@example.com'))!.role).toBe('reviewer');

    const repContext = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const rep = await repContext.newPage();
    await rep.goto(`${server.url}/drafts/${seeded.normalIds[0]}`);
    await rep.waitForURL(/\/login\?next=/);
    await rep.fill('input[name=email]', 'rep@example.com');
    await rep.fill('input[name=password]', temporary);
    await rep.click('button[type=submit]');
    await rep.waitForURL(/\/account\/password\?next=/);
    expect(await rep.locator('h1').textContent()).toBe('Choose your own password');
    // The queue does not open yet.
    await rep.goto(`${server.url}/queue`);
    await rep.waitForURL(/\/account\/password\?next=%2Fqueue/);
    await rep.fill('input[name=password]', 'a password of my own');
    await rep.fill('input[name=again]', 'a password of my own!');
    await rep.click('form.password-change button[type=submit]');
    expect(await rep.getByRole('alert').textContent()).toBe('The two new passwords differ.');
    await rep.fill('input[name=password]', 'a password of my own');
    await rep.fill('input[name=again]', 'a password of my own');
    await rep.click('form.password-change button[type=submit]');
    await rep.waitForURL(/\/queue$/);
    expect(await rep.locator('table.queue tbody tr').count()).toBeGreaterThan(0);
    expect((await findUserForLogin(store.db, 'rep@example.com'))!.mustChangePassword).toBe(false);

    // Removed by the admin: the rep's next page goes to the sign-in form.
    await admin.goto(`${server.url}/admin`);
    await admin.locator('table.users tr[data-email="rep@example.com"] a.remove-user').click();
    await admin.locator('form.confirm button.danger').click();
    await admin.waitForURL(/done=removed/);
    await rep.reload();
    await rep.waitForURL(/\/login/);
    await adminContext.close();
    await repContext.close();
  }, 120_000);

  it('slows someone guessing at the admin’s address with a growing wait, while the admin signs in from their own browser at once', async () => {
    const own = await browser.newContext();
    const mine = await own.newPage();
    await signIn(mine, 'admin@example.com', PASSWORD);
    await mine.waitForURL(/\/queue$/);
    await mine.click('header.top form.inline button[type=submit]');
    await mine.waitForURL(/\/login$/);

    const other = await browser.newContext();
    const guesser = await other.newPage();
    for (let i = 0; i < 3; i += 1) {
      await signIn(guesser, 'admin@example.com', `guess number ${i}`);
      expect(await guesser.getByRole('alert').textContent()).toBe('Wrong e-mail address or password.');
    }
    await signIn(guesser, 'admin@example.com', PASSWORD);
    expect(await guesser.getByRole('alert').textContent()).toMatch(/^Too many failed sign-ins\. Try again in [12] seconds?\.$/);
    expect(new URL(guesser.url()).pathname).toBe('/login');

    await signIn(mine, 'admin@example.com', PASSWORD);
    await mine.waitForURL(/\/queue$/);
    await own.close();
    await other.close();
  }, 60_000);
});
