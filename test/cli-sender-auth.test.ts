import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionResult } from '../src/domain/draft-order.ts';
import { mail, OUR_MX, PASS_FOR_NORTHWIND, po, TRICKS } from './fixtures/make-forged-mail.ts';
import { REPO_ROOT, runCli } from './fixtures/run-cli.ts';

// `po-inbox extract` with the master files and AUTHSERV_ID, as the product owner runs it: every
// header trick on a mail from a customer set to auto-approve goes to review; only our own border
// server's pass lets the same mail through; without AUTHSERV_ID nothing is trusted.

const MASTER = join(REPO_ROOT, 'samples/master');
const ENV = { CATALOG_FILE: join(MASTER, 'catalog.csv'), CUSTOMERS_FILE: join(MASTER, 'customers.csv'), AUTHSERV_ID: OUR_MX };
const LINES = [{ sku: 'MM4-4010', description: 'Micro-Motor #4', quantity: 5, unitPrice: 62 }];

let dir: string;
const files: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-auth-'));
  for (const [i, trick] of TRICKS.entries()) {
    const file = join(dir, `trick-${i}.eml`);
    await writeFile(file, await mail(po(`PO-88${i}`, LINES), `<t${i}@x.example>`, trick.authResults, trick));
    files.push(file);
  }
  await writeFile(join(dir, 'genuine.eml'), await mail(po('PO-8899', LINES), '<ok@northwind.example>', PASS_FOR_NORTHWIND));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The first order of each result: JSON Lines for several files, one pretty object for one. */
const orders = (stdout: string, many = true) => (many ? stdout.trim().split('\n') : [stdout]).map((text) => (JSON.parse(text) as ExtractionResult).orders[0]);

describe('po-inbox extract and forged sender authentication', () => {
  it('sends every header trick to review, with its reason', async () => {
    const run = await runCli(['extract', '--json', ...files], { cwd: dir, env: ENV });
    expect(run.code, run.stderr).toBe(0);
    const read = orders(run.stdout);
    expect(read).toHaveLength(TRICKS.length);
    for (const [i, trick] of TRICKS.entries()) {
      expect(read[i].buyer.customerId, trick.name).toBe('C-1005');
      expect(read[i].needsReview, trick.name).toBe(true);
      for (const reason of trick.reasons) expect(read[i].reviewReasons.join('\n'), trick.name).toMatch(reason);
    }
  }, 60_000);

  it('passes the genuine mail straight through only when AUTHSERV_ID names our server', async () => {
    const genuine = join(dir, 'genuine.eml');
    const trusted = orders((await runCli(['extract', '--json', genuine], { cwd: dir, env: ENV })).stdout, false)[0];
    expect(trusted.reviewReasons).toEqual([]);
    expect(trusted.needsReview).toBe(false);
    const unset = orders((await runCli(['extract', '--json', genuine], { cwd: dir, env: { ...ENV, AUTHSERV_ID: '' } })).stdout, false)[0];
    expect(unset.needsReview).toBe(true);
    expect(unset.reviewReasons.join('\n')).toMatch(/sender authentication unknown: AUTHSERV_ID \(our border mail server\) is not set/);
  }, 60_000);

  it('refuses a malformed AUTHSERV_ID with the setting named', async () => {
    const run = await runCli(['extract', '--json', join(dir, 'genuine.eml')], { cwd: dir, env: { ...ENV, AUTHSERV_ID: 'mx; dmarc=pass' } });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(/^po-inbox: bad setting AUTHSERV_ID: expected host names/);
  });
});
