import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { extractionResultSchema, type ExtractionResult } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { scoreExtraction } from '../src/eval/score-extraction.ts';
import { summarizeScores } from '../src/eval/summarize-scores.ts';
import { startWorker, type Worker } from '../src/main/start-worker.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { composeEmail } from './fixtures/make-po-email.ts';
import { runCli } from './fixtures/run-cli.ts';
import { CONTRACT_SCHEMA, hasContract, REPO_ROOT_SAMPLES } from './fixtures/shared-folder.ts';
import { waitFor } from './support/wait-for.ts';
import { createOriginals } from '../src/main/read-originals.ts';
import { createApp } from '../src/web/create-app.ts';
import { signIn } from './support/review-app.ts';
import { seedReviewStore } from './support/review-fixture.ts';

// Orders sent as data (issue 20), end to end: `po-inbox extract FILE --json` on every structured
// sample gives its truth exactly and follows the contract; broken envelopes and hostile XML are
// refused in one line; a mail from an EDI gateway with an X12 attachment becomes its draft in the
// store through the drop folder, the id in the envelope naming the customer.

const SAMPLES = join(REPO_ROOT_SAMPLES, 'structured');
let work: string;
let names: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'po-structured-'));
  names = (await readdir(SAMPLES)).filter((n) => !n.endsWith('.truth.json')).sort();
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const truthOf = async (name: string) => JSON.parse(await readFile(join(SAMPLES, `${name}.truth.json`), 'utf8')) as ExtractionResult | { error: string };

describe('po-inbox extract FILE --json on structured orders', () => {
  it("reads every order and non-order exactly as its truth says, in the contract's shape", async () => {
    const good = [];
    for (const n of names) if (!('error' in (await truthOf(n)))) good.push(n);
    expect(good.length).toBeGreaterThanOrEqual(9);
    const run = await runCli(['extract', ...good.map((n) => join(SAMPLES, n)), '--json'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const outputs = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as ExtractionResult);
    expect(outputs).toHaveLength(good.length);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = hasContract ? ajv.compile(JSON.parse(await readFile(CONTRACT_SCHEMA, 'utf8')) as object) : null;
    const scores = [];
    for (const [i, output] of outputs.entries()) {
      const name = good[i];
      expect(extractionResultSchema.safeParse(output).success, name).toBe(true);
      if (validate) expect(validate(output), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(
        output.source.documents.map((d) => d.method),
        name,
      ).toEqual(['edi']);
      const truth = (await truthOf(name)) as ExtractionResult;
      scores.push(scoreExtraction({ name, scan: false, truth, output }));
      for (const [k, order] of output.orders.entries()) {
        expect(order.needsReview, `${name}: ${order.reviewReasons.join('; ')}`).toBe(truth.orders[k].needsReview);
        expect(order.urgency.level, name).toBe(truth.orders[k].urgency.level);
      }
    }
    const summary = summarizeScores(scores);
    expect(summary.poDetection.value).toBe(1);
    expect(summary.fieldAccuracy.value).toBe(1);
    expect(summary.lines.f1).toBe(1);
  });

  it('holds an order whose header total contradicts its lines for review, saying so', async () => {
    const run = await runCli(['extract', join(SAMPLES, 'cxml-total-contradicts.xml'), '--json'], { cwd: work });
    const order = (JSON.parse(run.stdout) as ExtractionResult).orders[0];
    expect(order.needsReview).toBe(true);
    expect(order.reviewReasons).toContain('line amounts add up to 1096.50 but the subtotal is 1069.50');
  });

  it('refuses each broken envelope and hostile XML in one line on stderr (exit 1), and reads the rest', async () => {
    const broken = [];
    for (const n of names) if ('error' in (await truthOf(n))) broken.push(n);
    expect(broken.length).toBeGreaterThanOrEqual(9);
    const started = Date.now();
    const run = await runCli(['extract', ...broken.map((n) => join(SAMPLES, n)), join(SAMPLES, 'x12-850-4010.edi'), '--json'], { cwd: work });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(broken.length);
    for (const [i, n] of broken.entries()) expect(lines[i]).toBe(`po-inbox: ${join(SAMPLES, n)}: ${((await truthOf(n)) as { error: string }).error}`);
    expect((JSON.parse(run.stdout.trim()) as ExtractionResult).orders[0].poNumber).toBe('4500012345');
  });

  it('names the customer by the ids the order states (DUNS, GLN, EDI id), and reviews an id the master does not know', async () => {
    const customers = join(work, 'customers.csv');
    await writeFile(
      customers,
      'customer_id,name,email_domains,emails,party_ids\nLAKE-01,Lakeview Grocers Inc,,,duns:123456789\nBRENNER,Kaufhaus Brenner GmbH,,,gln:4012345000009\nOTHER,Someone Else,,,edi:NOBODY\n',
    );
    const run = await runCli(['extract', join(SAMPLES, 'x12-850-4010.edi'), join(SAMPLES, 'edifact-orders-d96a.edi'), join(SAMPLES, 'x12-850-5010.x12'), '--json'], {
      cwd: work,
      env: { CUSTOMERS_FILE: customers },
    });
    expect(run.stderr).toBe('');
    const [x12, edifact, unknown] = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as ExtractionResult).orders[0]);
    expect(x12.buyer.customerId).toBe('LAKE-01');
    expect(x12.matching?.customerReason).toContain('buyer id duns:123456789 is listed for LAKE-01');
    expect(edifact.buyer.customerId).toBe('BRENNER');
    expect(unknown.buyer.customerId).toBeNull();
    expect(unknown.needsReview).toBe(true);
    expect(unknown.reviewReasons.join('\n')).toContain('unknown buyer id: gln:0614141000012, x12:ZZ:PINECRESTHW not in the customer master');
  });
});

describe('an order sent as data in a mail body', () => {
  it("is read exactly from the body, the gateway's line above it left out", async () => {
    const edifact = await readFile(join(SAMPLES, 'edifact-orders-d96a.edi'), 'utf8');
    await writeFile(join(work, 'body.eml'), await composeEmail({ subject: 'EDI', text: `Interchange INT0042 follows.\n${edifact}` }));
    const run = await runCli(['extract', join(work, 'body.eml'), '--json'], { cwd: work });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as ExtractionResult;
    expect(result.source.documents.map((d) => [d.name, d.method])).toEqual([['body', 'edi']]);
    const truth = (await truthOf('edifact-orders-d96a.edi')) as ExtractionResult;
    expect(summarizeScores([scoreExtraction({ name: 'body.eml', scan: false, truth: { ...truth, source: result.source }, output: result })]).fieldAccuracy.value).toBe(1);
  });
});

describe('structured orders through the drop folder into the store', () => {
  let dir: string;
  let inbox: string;
  let store: Store;
  let worker: Worker;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'po-structured-drop-'));
    inbox = join(dir, 'inbox');
    const settings = parseSettings({ DATABASE_URL: `sqlite:${join(dir, 'po.db')}`, INBOX_DIR: inbox });
    store = await openStore(settings.DATABASE_URL);
    worker = await startWorker(settings, store, silentLogger, { folderPollMs: 100, folderQuietMs: 400 });
  });

  afterAll(async () => {
    await worker?.stop();
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const ledger = (file: string) => store.db.selectFrom('messages').selectAll().where('file_name', '=', file).executeTakeFirst();
  const drafts = (messageId: string) => store.db.selectFrom('drafts').select(['po_number', 'order_json']).where('message_id', '=', messageId).execute();

  it("stores the draft of a gateway mail's X12 attachment, the mail text not read as the order", async () => {
    const x12 = await readFile(join(SAMPLES, 'x12-850-4010.edi'));
    const mail = await composeEmail({
      subject: 'EDI delivery 000001021',
      text: 'This message was sent by the EDI gateway. Do not reply.\nDocuments: 1 (850)\n',
      attachments: [{ filename: 'LAKEVIEW_850_1021.dat', content: x12, contentType: 'application/EDI-X12' }],
    });
    await writeFile(join(inbox, 'gateway.eml'), mail);
    await copyFile(join(SAMPLES, 'edifact-orders-d01b.edi'), join(inbox, 'orders.txt'));
    await copyFile(join(SAMPLES, 'broken-edifact-unt-count.edi'), join(inbox, 'broken.edi'));
    await waitFor(async () => (await readdir(join(inbox, 'processed')).catch(() => [] as string[])).length === 2, 'two files processed', 30_000);
    const row = await ledger('gateway.eml');
    expect(row).toMatchObject({ status: 'done', outcome: 'drafts' });
    const [draft] = await drafts(row!.id);
    expect(draft.po_number).toBe('4500012345');
    const order = JSON.parse(draft.order_json) as ExtractionResult['orders'][number];
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unit, l.unitPrice])).toEqual([
      ['NW-CT200', 24, 'CS', 18.75],
      ['NW-TP48', 10, 'EA', 42.5],
      ['NW-GL-M', 5, 'BOX', 9.9],
    ]);
    expect(order.shipping).toBe(25);
    expect(order.total).toBe(949.5);
    const plain = await ledger('orders.txt');
    expect((await drafts(plain!.id)).map((d) => d.po_number)).toEqual(['77-4410']);
    await waitFor(async () => (await readdir(join(inbox, 'failed')).catch(() => [] as string[])).includes('broken.edi.error.txt'), 'broken.edi failed', 30_000);
    const reason = (await readFile(join(inbox, 'failed', 'broken.edi.error.txt'), 'utf8')).trim();
    expect(reason).toBe('EDIFACT: UNT says 31 segments, message 1 has 34');
    expect(basename(join(inbox, 'failed', 'broken.edi'))).toBe('broken.edi');
  });

  it('shows the X12 source on the desk as a table of its segments beside the draft', async () => {
    await seedReviewStore(store.db);
    const app = createApp({ db: store.db, originals: createOriginals(store.db) });
    const client = await signIn(app);
    const row = await ledger('gateway.eml');
    const [draft] = await store.db.selectFrom('drafts').select('id').where('message_id', '=', row!.id).execute();
    const page = await (await client.get(`/drafts/${draft!.id}`)).text();
    expect(page).toContain('<table class="segments">');
    expect(page).toContain('<tr><td><code>BEG</code></td><td><code>00*SA*4500012345**20260115</code></td></tr>');
    expect(page).toContain('<code>PO1</code>');
  });
});
