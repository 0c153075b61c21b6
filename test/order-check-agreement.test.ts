import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { muteConsole } from '../src/cli/mute-console.ts';
import { blockingProblems } from '../src/domain/check-order.ts';
import { blockingMessages } from '../src/domain/findings.ts';
import { currentFindings } from '../src/domain/review-draft.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { PUBLIC_CORPUS, REPO_ROOT_SAMPLES, hasPublicCorpus } from './fixtures/shared-folder.ts';
import { draftForm, openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';
import { holdForReview } from './support/review-fixture.ts';

// One order check (domain/check-order.ts) for extraction, the desk and the API: every sample read
// by the extractor gets the verdict the approval gate gives it, and the reasons the desk shows.
// The sample with a 5 % discount row, which the desk's old check of its own refused, is approved
// through the desk's form and through the API.

const SETS = ['corpus', 'dev1/corpus', 'dev2/corpus', 'dev3/corpus', 'dev4/corpus', 'scans/corpus', 'scans/dev'].map((d) => join(REPO_ROOT_SAMPLES, d));
if (hasPublicCorpus) SETS.push(PUBLIC_CORPUS);
else console.warn('skipped: ../shared/corpus/public not present; only the samples are run through the approval gate');

const inputs = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile() && !/\.(json|md)$/.test(e.name))
        .map((e) => e.name)
        .sort()
    : [];

describe('every sample: extraction and the approval gate agree', () => {
  for (const dir of SETS) {
    it(`${dir.split('/').slice(-2).join('/')}: the gate blocks what extraction blocked, and the desk shows the reasons extraction gave`, async () => {
      const restore = muteConsole(false);
      let orders = 0;
      try {
        for (const name of inputs(dir)) {
          const result = await extractInput(name, new Uint8Array(readFileSync(join(dir, name)))).catch(() => null);
          for (const order of result?.orders ?? []) {
            orders += 1;
            const at = `${name} PO ${order.poNumber}`;
            expect(blockingProblems(order), at).toEqual(blockingMessages(order.findings ?? []));
            if (!order.needsReview) expect(blockingProblems(order), at).toEqual([]);
            const shown = [...new Set(currentFindings(order).map((f) => f.message))];
            expect(new Set(shown), at).toEqual(new Set(order.reviewReasons));
          }
        }
      } finally {
        restore();
      }
      expect(orders).toBeGreaterThan(0);
    }, 600_000);
  }
});

/** The discount sample as a message of its own (a new Message-ID), so the ledger takes it as new mail. */
function discountMail(key: string): Uint8Array {
  const text = readFileSync(join(REPO_ROOT_SAMPLES, 'corpus/email-pdf-en-09.eml'), 'latin1');
  return new Uint8Array(Buffer.from(text.replace(/^Message-ID:.*$/im, `Message-ID: <${key}@test>`), 'latin1'));
}

describe('a discount row in the item table', () => {
  let desk: ReviewApp;
  let rep: Client;
  const ids: string[] = [];

  beforeAll(async () => {
    desk = await openReviewApp();
    rep = await signIn(desk.app);
    const deps = { db: desk.store.db, workerId: 'test', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: holdForReview };
    for (const key of ['discount-desk', 'discount-api']) {
      const result = await processMessage({ sourceKey: key, sourceKind: 'folder', name: `${key}.eml`, bytes: discountMail(key), isEmail: true }, deps);
      if (result.action !== 'processed') throw new Error(`no draft from ${key}`);
      ids.push(result.draftIds[0]!);
    }
  }, 120_000);
  afterAll(() => desk?.close());

  it('is read with its discount as a charge, and the lines with it make the subtotal', async () => {
    const { order } = (await getDraft(desk.store.db, ids[0]!))!;
    expect(order.charges?.map((c) => [c.kind, c.applies])).toEqual([['discount', 'lines']]);
    const lines = order.lines.reduce((s, l) => s + (l.amount ?? 0), 0);
    expect(Math.abs(lines + order.charges![0]!.amount - order.subtotal!)).toBeLessThan(0.011);
    expect(blockingProblems(order)).toEqual([]);
  });

  it('is approved through the desk form, with the approve button enabled', async () => {
    const html = await (await rep.get(`/drafts/${ids[0]}`)).text();
    expect(html).not.toMatch(/<button[^>]*id="approve"[^>]*disabled/);
    // Held for review by the fixture: its warning is listed first, and approving again confirms it.
    const asked = await rep.post(`/drafts/${ids[0]}/approve`, await draftForm(rep, ids[0]!));
    expect(asked.status).toBe(409);
    expect(await asked.text()).toContain('held for review by the test fixture');
    const response = await rep.post(`/drafts/${ids[0]}/approve`, { ...(await draftForm(rep, ids[0]!)), confirmWarnings: 'yes' });
    expect(response.status, await response.clone().text()).toBe(303);
    expect((await getDraft(desk.store.db, ids[0]!))!.status).toBe('approved');
  });

  it('is approved through the API', async () => {
    const response = await desk.app.request(`/api/drafts/${ids[1]}/approve`, {
      method: 'POST',
      headers: { authorization: `Bearer ${desk.seeded.apiToken}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await getDraft(desk.store.db, ids[1]!))!.status).toBe('approved');
  });

  it('still refuses an approval once an edit breaks the sum', async () => {
    const desk2 = desk;
    const result = await processMessage(
      { sourceKey: 'discount-broken', sourceKind: 'folder', name: 'broken.eml', bytes: discountMail('discount-broken'), isEmail: true },
      { db: desk2.store.db, workerId: 'test', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: holdForReview },
    );
    const id = result.action === 'processed' ? result.draftIds[0]! : '';
    const form = await draftForm(rep, id);
    const response = await rep.post(`/drafts/${id}/approve`, { ...form, subtotal: String(Number(form.subtotal) + 10) });
    expect(response.status).toBe(422);
    expect(await response.text()).toMatch(/cannot approve: line amounts add up to [\d.]+ \([\d.]+ with the discount and charge rows\) but the subtotal is/);
    expect((await getDraft(desk.store.db, id))!.status).toBe('pending');
  }, 60_000);
});
