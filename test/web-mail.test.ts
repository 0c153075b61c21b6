import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../src/domain/logger.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage, type PipelineDeps } from '../src/pipeline/process-message.ts';
import { composeEmail } from './fixtures/make-po-email.ts';
import { openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';

// "Mail without a draft": what the worker read as not an order, or could not read, is listed for
// a person, with the original to download, so a purchase order the rules missed is not lost.

let desk: ReviewApp;
let rep: Client;
let newsletterId: string;
let brokenId: string;

beforeAll(async () => {
  desk = await openReviewApp();
  rep = await signIn(desk.app);
  const deps: PipelineDeps = { db: desk.store.db, workerId: 'w1', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: (name, bytes) => extractInput(name, bytes) };
  const newsletter = await composeEmail({
    subject: '=?UTF-8?Q?Neuigkeiten_aus_M=C3=BCnchen?=',
    text: 'Our spring newsletter: new products, trade fair dates and a word from our CEO. Unsubscribe here.',
    messageId: '<news-1@northwind.example>',
  });
  const first = await processMessage({ sourceKey: 'mail-test:news', sourceKind: 'folder', name: 'news.eml', bytes: newsletter, isEmail: true, fileName: 'news.eml' }, deps);
  const second = await processMessage(
    { sourceKey: 'mail-test:broken', sourceKind: 'folder', name: 'scan-0042.pdf', bytes: new TextEncoder().encode('%PDF-1.4 broken'), isEmail: false, fileName: 'scan-0042.pdf' },
    deps,
  );
  expect(first).toMatchObject({ action: 'processed', note: 'not-order' });
  expect(second).toMatchObject({ action: 'failed' });
  newsletterId = first.messageId;
  brokenId = second.messageId;
});
afterAll(() => desk.close());

describe('mail without a draft', () => {
  it('lists mail read as not an order and mail that failed, with decoded subjects and reasons', async () => {
    const html = await (await rep.get('/mail')).text();
    expect(html).toContain('Neuigkeiten aus München');
    expect(html).toContain('purchasing@northwind.example');
    expect(html).toContain('not an order');
    expect(html).toContain('scan-0042.pdf');
    expect(html).toMatch(/<td>failed<\/td><td>[^<]*PDF/i);
    // Mail that became drafts is in the queue, not here.
    expect(html).not.toContain('PO-4500101');
  });

  it('filters by state', async () => {
    const failed = await (await rep.get('/mail?show=failed')).text();
    expect(failed).toContain('scan-0042.pdf');
    expect(failed).not.toContain('Neuigkeiten');
    const notOrder = await (await rep.get('/mail?show=not-order')).text();
    expect(notOrder).toContain('Neuigkeiten');
    expect(notOrder).not.toContain('scan-0042.pdf');
  });

  it('serves the original as a download, never as a page', async () => {
    const raw = await rep.get(`/mail/${newsletterId}/raw`);
    expect(raw.headers.get('content-type')).toBe('application/octet-stream');
    expect(raw.headers.get('content-disposition')).toBe('attachment; filename="news.eml"');
    expect(await raw.text()).toContain('Message-ID: <news-1@northwind.example>');
    expect((await rep.get(`/mail/${brokenId}/raw`)).status).toBe(200);
  });

  it('is for signed-in users only', async () => {
    const anonymous = await desk.app.request('/mail');
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toMatch(/^\/login/);
    expect((await desk.app.request(`/mail/${newsletterId}/raw`)).status).toBe(303);
  });
});
