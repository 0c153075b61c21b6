import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSettings } from '../src/cli/load-settings.ts';
import { extractionResultSchema, type DraftOrder } from '../src/domain/draft-order.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { startWorker, type Worker } from '../src/main/start-worker.ts';
import { createApiToken } from '../src/store/api-tokens.ts';
import { listLayouts } from '../src/store/layouts.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { createUser } from '../src/store/users.ts';
import { hashPassword } from '../src/web/auth/hash-password.ts';
import { createApp } from '../src/web/create-app.ts';
import { PASSWORD, TEST_COST } from './support/review-fixture.ts';
import { signIn } from './support/review-app.ts';
import { waitForValue } from './support/wait-for.ts';

// Issue 17 end to end through the worker: the first PO of a layout dropped into the folder, a rep's
// corrections and approval through the API, the `learn` outbox row that approval queued run by
// the worker's own dispatcher, then the next PO in that layout dropped in and read with the layout
// learned, counted as a use; the desk's history names the learning instead of an outbox delivery.

const PAIRS = join(import.meta.dirname, '../samples/layouts/pairs');
const truthOf = async (file: string) => extractionResultSchema.parse(JSON.parse(await readFile(join(PAIRS, `${file}.truth.json`), 'utf8'))).orders[0]!;

let dir: string;
let inbox: string;
let store: Store;
let worker: Worker;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-learn-'));
  inbox = join(dir, 'inbox');
  const settings = parseSettings({ DATABASE_URL: `sqlite:${join(dir, 'po.db')}`, INBOX_DIR: inbox });
  store = await openStore(settings.DATABASE_URL);
  worker = await startWorker(settings, store, silentLogger, { folderPollMs: 100, folderQuietMs: 300 });
});

afterAll(async () => {
  await worker?.stop();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

async function dropAndRead(file: string): Promise<{ id: string; version: number; order: DraftOrder }> {
  await copyFile(join(PAIRS, file), join(inbox, file));
  const row = await waitForValue(
    `a draft of ${file}`,
    async () =>
      store.db
        .selectFrom('drafts')
        .innerJoin('messages', 'messages.id', 'drafts.message_id')
        .select(['drafts.id', 'drafts.version', 'drafts.order_json'])
        .where('messages.file_name', '=', file)
        .executeTakeFirst(),
    60_000,
  );
  return { id: row.id, version: row.version, order: JSON.parse(row.order_json) as DraftOrder };
}

describe('a worker learns the layout of a draft approved through the API', () => {
  it('reads the next PO of that layout with it', async () => {
    const { token } = await createApiToken(store.db, 'erp');
    const app = createApp({ db: store.db });
    const api = (path: string, body: unknown) =>
      app.request(`/api${path}`, {
        method: path.endsWith('approve') ? 'POST' : 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const first = await dropAndRead('kestrel-ref-pdf-first.pdf');
    expect(first.order.layout).toBeUndefined();
    const truth = await truthOf('kestrel-ref-pdf-first.pdf');
    const { poNumber, orderDate, requestedDeliveryDate, shipTo, billTo, currency, lines, subtotal, tax, shipping, total, paymentTerms, shippingMethod, buyer } = truth;
    const patched = await api(`/drafts/${first.id}`, {
      version: first.version,
      order: { poNumber, orderDate, requestedDeliveryDate, shipTo, billTo, currency, lines, subtotal, tax, shipping, total, paymentTerms, shippingMethod, buyer },
    });
    expect(patched.status, await patched.clone().text()).toBe(200);
    const approved = await api(`/drafts/${first.id}/approve`, {});
    expect(approved.status, await approved.clone().text()).toBe(200);

    // The worker's dispatcher takes the approval's learn row and learns the layout.
    const learned = await waitForValue(
      'the learn row done',
      async () => {
        const row = await store.db.selectFrom('outbox').selectAll().where('key', '=', `learn:${first.id}`).executeTakeFirst();
        return row?.status === 'sent' ? row : null;
      },
      30_000,
      async () => store.db.selectFrom('outbox').selectAll().execute(),
    );
    expect(learned.kind).toBe('learn');
    const [layout] = await listLayouts(store.db);
    expect(layout).toMatchObject({ sourceDraftId: first.id, sourcePo: truth.poNumber, approvedBy: 'token:erp', timesUsed: 0, retired: false });

    const next = await dropAndRead('kestrel-ref-pdf-next.pdf');
    const nextTruth = await truthOf('kestrel-ref-pdf-next.pdf');
    expect(next.order.layout?.id).toBe(layout!.id);
    expect(next.order.layout?.label).toMatch(new RegExp(`^layout learned from PO ${truth.poNumber}, approved by token:erp on `));
    expect(next.order.poNumber).toBe(nextTruth.poNumber);
    expect(next.order.lines.map((l) => [l.sku, l.quantity])).toEqual(nextTruth.lines.map((l) => [l.sku, l.quantity]));
    expect(next.order.needsReview).toBe(true);
    // Counted as a use when the worker stored the draft it read.
    expect((await listLayouts(store.db))[0]!.timesUsed).toBe(1);

    // The desk: the approved draft's history says the layout was learned, not an 'outbox-sent'.
    await createUser(store.db, { email: 'rep@example.com', role: 'reviewer', passwordHash: await hashPassword(PASSWORD, TEST_COST) });
    const rep = await signIn(app);
    const history = await (await rep.get(`/drafts/${first.id}`)).text();
    expect(history).toMatch(new RegExp(`<td>layout learned</td><td>learned a new layout ${layout!.id} from the order</td>`));
    expect(history).not.toMatch(/<td>outbox-sent<\/td><td>[^<]*"delivery":"learn"/);
    const page = await (await rep.get(`/drafts/${next.id}`)).text();
    expect(page).toContain(`Read with the ${next.order.layout!.label}`);
  }, 180_000);
});
