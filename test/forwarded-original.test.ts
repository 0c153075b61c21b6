import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEdgeOriginals } from '../src/edge/read-edge-originals.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { createOriginals } from '../src/main/read-originals.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { createApp } from '../src/web/create-app.ts';
import { composeEmail } from './fixtures/make-po-email.ts';
import { makePoPdf, samplePo } from './fixtures/make-po-pdf.ts';
import { openReviewApp, signIn, type Client, type ReviewApp } from './support/review-app.ts';
import { holdForReview } from './support/review-fixture.ts';

// A PO forwarded as an attached message (message/rfc822): the PDF inside it is read, and the desk
// and the API find it again by its part id (the SHA-256 of its bytes), on the Node originals and
// on the Workers ones alike. Before, attachments were found by name among the top-level parts only.

let desk: ReviewApp;
let rep: Client;
let draftId: string;
let pdf: Uint8Array;

beforeAll(async () => {
  desk = await openReviewApp();
  const po = samplePo(2);
  pdf = await makePoPdf(po);
  const inner = await composeEmail({
    subject: `PO ${po.poNumber}`,
    text: 'Please find our purchase order attached.',
    messageId: '<inner@test>',
    attachments: [{ filename: `${po.poNumber}.pdf`, content: Buffer.from(pdf), contentType: 'application/pdf' }],
  });
  const outer = await composeEmail({
    subject: 'Fwd: purchase order',
    text: 'Forwarding the PO below.',
    messageId: '<outer@test>',
    attachments: [{ filename: 'original.eml', content: Buffer.from(inner), contentType: 'message/rfc822' }],
  });
  const result = await processMessage(
    { sourceKey: 'fwd', sourceKind: 'folder', name: 'fwd.eml', bytes: outer, isEmail: true },
    { db: desk.store.db, workerId: 't', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: holdForReview },
  );
  if (result.action !== 'processed' || !result.draftIds[0]) throw new Error('no draft');
  draftId = result.draftIds[0];
  desk.app = createApp({ db: desk.store.db, originals: createOriginals(desk.store.db) });
  rep = await signIn(desk.app);
}, 120_000);
afterAll(() => desk?.close());

const pdfPosition = async () => (await getDraft(desk.store.db, draftId))!.documents.find((d) => d.mediaType === 'application/pdf')!.position;

describe('the PDF inside a forwarded message', () => {
  it('is read, and the draft page links it and shows its first page', async () => {
    const draft = (await getDraft(desk.store.db, draftId))!;
    expect(draft.order.poNumber).toBe(samplePo(2).poNumber);
    const position = await pdfPosition();
    const html = await (await rep.get(`/drafts/${draftId}`)).text();
    expect(html).toContain(`/drafts/${draftId}/documents/${position}`);
    const page = await rep.get(`/drafts/${draftId}/documents/${position}/pages/1`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('image/png');
  });

  it('downloads from the desk as the bytes that were attached', async () => {
    const response = await rep.get(`/drafts/${draftId}/documents/${await pdfPosition()}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
  });

  it('comes from GET /api/drafts/:id/documents/:n with its media type', async () => {
    const response = await desk.app.request(`/api/drafts/${draftId}/documents/${await pdfPosition()}`, { headers: { authorization: `Bearer ${desk.seeded.apiToken}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="PO-4500102.pdf"/);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);
    const missing = await desk.app.request(`/api/drafts/${draftId}/documents/99`, { headers: { authorization: `Bearer ${desk.seeded.apiToken}` } });
    expect(missing.status).toBe(404);
    const anonymous = await desk.app.request(`/api/drafts/${draftId}/documents/0`);
    expect(anonymous.status).toBe(401);
  });

  it('is found the same way by the Workers originals', async () => {
    const edge = createEdgeOriginals(desk.store.db);
    const message = (await desk.store.db.selectFrom('drafts').select('message_id').where('id', '=', draftId).executeTakeFirstOrThrow()).message_id;
    const found = await edge.readAttachment(message, await pdfPosition());
    expect(found?.bytes).toEqual(pdf);
    expect(found?.mediaType).toBe('application/pdf');
  });
});
