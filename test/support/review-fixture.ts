import MailComposer from 'nodemailer/lib/mail-composer';
import type { Kysely } from 'kysely';
import { finding } from '../../src/domain/findings.ts';
import { silentLogger } from '../../src/domain/logger.ts';
import { withFindings } from '../../src/domain/review-draft.ts';
import { extractInput } from '../../src/pipeline/extract-input.ts';
import { processMessage } from '../../src/pipeline/process-message.ts';
import { createApiToken } from '../../src/store/api-tokens.ts';
import type { Database } from '../../src/store/schema.ts';
import { createUser } from '../../src/store/users.ts';
import { hashPassword } from '../../src/web/auth/hash-password.ts';
import { makePdfPoEmail } from '../fixtures/make-po-email.ts';
import { makePoPdf, samplePo } from '../fixtures/make-po-pdf.ts';

// A store with real extracted drafts for the review desk's tests: a normal PO, an urgent one,
// and one whose HTML body carries XSS payloads, plus a reviewer, an admin and an API token.

export const PASSWORD = 'correct horse battery staple';
/** Cheap scrypt for tests; production uses DEFAULT_COST (the cost is stored in the hash). */
export const TEST_COST = { N: 2 ** 10, r: 8, p: 1 };

/** Everything a hostile mail tries: scripts, handlers, SVG, javascript: links, remote images, forms. */
export const XSS_HTML = `<html><head><script>window.__xss = 'script'</script><style>body{background:url(http://127.0.0.1:1/style.png)}</style></head><body>
<p>Please see the attached purchase order.</p>
<img src="http://127.0.0.1:1/tracker.gif" alt="tracker">
<img src="x" onerror="window.parent.__xss = 'onerror'">
<svg onload="window.parent.__xss = 'svg'"><circle r="5"/></svg>
<a id="jslink" href="javascript:window.parent.__xss='link'">click me</a>
<form action="http://127.0.0.1:1/steal" method="post"><input name="password"><button>Send</button></form>
<iframe src="javascript:parent.__xss='iframe'"></iframe>
</body></html>`;

export interface Seeded {
  urgentId: string;
  normalIds: string[];
  xssId: string;
  apiToken: string;
}

export async function seedReviewStore(db: Kysely<Database>): Promise<Seeded> {
  const deps = { db, workerId: 'test', leaseMs: 60_000, maxAttempts: 3, logger: silentLogger, extract: holdForReview };
  const ids: string[] = [];
  const add = async (key: string, bytes: Uint8Array) => {
    const result = await processMessage({ sourceKey: key, sourceKind: 'folder', name: `${key}.eml`, bytes, isEmail: true }, deps);
    if (result.action !== 'processed' || result.draftIds.length === 0) throw new Error(`no draft from ${key}: ${JSON.stringify(result)}`);
    ids.push(...result.draftIds);
    return result.draftIds[0]!;
  };
  const normal1 = await add('normal-1', await makePdfPoEmail(samplePo(1), { messageId: '<n1@test>' }));
  const urgent = await add('urgent-4', await makePdfPoEmail(samplePo(4), { messageId: '<u4@test>' }));
  const normal2 = await add('normal-2', await makePdfPoEmail(samplePo(2), { messageId: '<n2@test>' }));
  const xss = await add('xss-3', await makeHtmlMail(XSS_HTML, samplePo(3)));
  await createUser(db, { email: 'rep@example.com', role: 'reviewer', passwordHash: await hashPassword(PASSWORD, TEST_COST) });
  await createUser(db, { email: 'admin@example.com', role: 'admin', passwordHash: await hashPassword(PASSWORD, TEST_COST) });
  const { token } = await createApiToken(db, 'test-script');
  return { urgentId: urgent, normalIds: [normal1, normal2], xssId: xss, apiToken: token };
}

/**
 * The real extraction, with every order held for review: these clean sample POs would otherwise
 * pass every check and be approved on arrival, and the desk's tests need them in the queue.
 */
export async function holdForReview(name: string, bytes: Uint8Array) {
  const result = await extractInput(name, bytes);
  const hold = finding('extract', 'test-fixture', 'held', 'warn', 'held for review by the test fixture');
  return { ...result, orders: result.orders.map((order) => withFindings(order, [hold])) };
}

async function makeHtmlMail(html: string, po: ReturnType<typeof samplePo>): Promise<Uint8Array> {
  const pdf = await makePoPdf(po);
  const composer = new MailComposer({
    from: 'Mallory <buyer@hostile.example>',
    to: 'orders@our-company.example',
    subject: `PO ${po.poNumber} <script>alert(1)</script>`,
    date: new Date('2026-03-03T10:00:00Z'),
    messageId: '<xss@test>',
    text: 'Please see the attached purchase order.',
    html,
    attachments: [{ filename: `${po.poNumber}.pdf`, content: Buffer.from(pdf), contentType: 'application/pdf' }],
  });
  const raw = await new Promise<Buffer>((resolve, reject) => composer.compile().build((err, message) => (err ? reject(err) : resolve(message))));
  return new Uint8Array(raw);
}
