import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, findApiToken } from '../src/store/api-tokens.ts';
import { approveDraft, rejectDraft, replaceDraftOrder } from '../src/store/decide-draft.ts';
import { DraftError } from '../src/store/draft-error.ts';
import { editDraft } from '../src/store/edit-draft.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { clearLoginFailures, countLoginFailures, recordLoginFailure } from '../src/store/login-failures.ts';
import type { Store } from '../src/store/open-store.ts';
import { listOutboxForDraft } from '../src/store/outbox.ts';
import { queryQueue } from '../src/store/query-queue.ts';
import { createSession, deleteSession, findSession } from '../src/store/sessions.ts';
import { createUser, findUserForLogin, UserExistsError } from '../src/store/users.ts';
import { seedReviewStore, type Seeded } from './support/review-fixture.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { openTestStore } from './support/test-store.ts';

// The review desk's queries on both stores, SQLite and PostgreSQL, over real extracted drafts.

const postgresUp = await requirePostgres('store-review');

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('review store on %s', (dialect, available) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let seeded: Seeded;

  beforeAll(async () => {
    if (!available) return;
    const opened = await openTestStore(dialect);
    store = opened.store;
    cleanup = opened.drop;
    seeded = await seedReviewStore(store.db);
  });
  afterAll(async () => {
    if (!available) return;
    await cleanup();
  });

  it.skipIf(!available)('users: unique by address (any case), sessions expire and end, tokens are found by value only', async () => {
    await expect(createUser(store.db, { email: 'REP@example.com', role: 'admin', passwordHash: 'x' })).rejects.toBeInstanceOf(UserExistsError);
    const user = await findUserForLogin(store.db, ' Rep@Example.com ');
    expect(user).toMatchObject({ email: 'rep@example.com', role: 'reviewer' });
    const { token } = await createSession(store.db, user!.id, 60_000);
    const session = await findSession(store.db, token);
    expect(session?.user.email).toBe('rep@example.com');
    expect(await findSession(store.db, token, new Date(Date.now() + 120_000))).toBeNull();
    await deleteSession(store.db, session!.id);
    expect(await findSession(store.db, token)).toBeNull();
    const api = await createApiToken(store.db, 'erp');
    expect(await findApiToken(store.db, api.token)).toMatchObject({ name: 'erp' });
    expect(await findApiToken(store.db, `${api.token}x`)).toBeNull();
    const stored = await store.db.selectFrom('api_tokens').select('token_hash').where('id', '=', api.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(api.token);
  });

  it.skipIf(!available)('counts failed sign-ins in a window and clears them', async () => {
    await recordLoginFailure(store.db, ['email:a@b', 'ip:1.2.3.4']);
    await recordLoginFailure(store.db, ['email:a@b']);
    expect(await countLoginFailures(store.db, 'email:a@b', new Date(Date.now() - 60_000))).toBe(2);
    expect(await countLoginFailures(store.db, 'email:a@b', new Date(Date.now() + 1000))).toBe(0);
    await clearLoginFailures(store.db, 'email:a@b');
    expect(await countLoginFailures(store.db, 'email:a@b', new Date(0))).toBe(0);
  });

  it.skipIf(!available)('queue: urgent first, filters by urgency, customer and text, counts per status', async () => {
    const page = await queryQueue(store.db, { status: 'pending' });
    expect(page.rows[0]!.id).toBe(seeded.urgentId);
    expect(page.byStatus.pending).toBe(4);
    expect(page.byUrgency).toMatchObject({ urgent: 1, normal: 3 });
    expect((await queryQueue(store.db, { status: 'pending', urgency: 'urgent' })).rows).toHaveLength(1);
    expect((await queryQueue(store.db, { status: 'pending', customer: 'HOSTILE' })).rows.map((r) => r.id)).toEqual([seeded.xssId]);
    expect((await queryQueue(store.db, { status: 'pending', text: '4500102' })).matching).toBe(1);
    expect((await queryQueue(store.db, { status: 'pending', text: '100%_' })).matching).toBe(0);
    expect((await queryQueue(store.db, { status: 'pending', pageSize: 2, page: 2 })).rows).toHaveLength(2);
  });

  it.skipIf(!available)('edits with an optimistic version and records who, when, before and after', async () => {
    const id = seeded.normalIds[0]!;
    const before = (await getDraft(store.db, id))!;
    const lines = before.order.lines.map((l, i) => (i === 0 ? { ...l, quantity: l.quantity + 1 } : l));
    const result = await editDraft(store.db, id, { version: 1, patch: { lines, poNumber: 'PO-EDITED' }, actor: 'rep@example.com' });
    expect(result.version).toBe(2);
    expect(result.changes).toEqual([
      { path: 'poNumber', before: before.order.poNumber, after: 'PO-EDITED' },
      { path: 'lines[0].quantity', before: before.order.lines[0]!.quantity, after: before.order.lines[0]!.quantity + 1 },
    ]);
    await expect(editDraft(store.db, id, { version: 1, patch: { notes: 'late' }, actor: 'other' })).rejects.toMatchObject({ code: 'version' });
    await expect(editDraft(store.db, id, { version: 2, patch: { orderDate: 'soon' }, actor: 'other' })).rejects.toBeInstanceOf(DraftError);
    const after = (await getDraft(store.db, id))!;
    expect(after.order.poNumber).toBe('PO-EDITED');
    const row = await store.db.selectFrom('drafts').select('po_number').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.po_number).toBe('PO-EDITED');
    expect(after.history.at(-1)).toMatchObject({ kind: 'draft-edited', actor: 'rep@example.com', detail: { version: 2 } });
    expect(after.history.at(-1)!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it.skipIf(!available)('approves once, with the acknowledgement and webhook queued in the same transaction', async () => {
    const id = seeded.urgentId;
    await expect(approveDraft(store.db, id, { actor: 'rep', version: 1, check: () => ['no lines'] })).rejects.toMatchObject({ code: 'invalid' });
    expect((await listOutboxForDraft(store.db, id)).filter((r) => r.kind !== 'alert')).toHaveLength(0);
    await approveDraft(store.db, id, { actor: 'rep', version: 1, patch: { notes: 'rush' } });
    const draft = (await getDraft(store.db, id))!;
    expect(draft).toMatchObject({ status: 'approved', decidedBy: 'rep', version: 3 });
    expect(draft.order.notes).toBe('rush');
    const keys = (await listOutboxForDraft(store.db, id)).map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining([`ack:${id}`, `webhook:${id}`]));
    await expect(approveDraft(store.db, id, { actor: 'rep2', version: null })).rejects.toMatchObject({ code: 'decided' });
  });

  it.skipIf(!available)('rejects with a reason, and re-extraction replaces the order with its changes recorded', async () => {
    await expect(rejectDraft(store.db, seeded.xssId, { actor: 'rep', version: null, reason: '' })).rejects.toMatchObject({ code: 'invalid' });
    await rejectDraft(store.db, seeded.xssId, { actor: 'rep', version: 1, reason: 'spam' });
    expect(await getDraft(store.db, seeded.xssId)).toMatchObject({ status: 'rejected', decisionReason: 'spam' });
    const id = seeded.normalIds[1]!;
    const current = (await getDraft(store.db, id))!;
    const version = await replaceDraftOrder(store.db, id, { ...current.order, urgency: { level: 'high', reasons: ['by Friday'] } }, 'rep');
    const after = (await getDraft(store.db, id))!;
    expect(after.version).toBe(version);
    expect(after.history.at(-1)).toMatchObject({
      kind: 'draft-reextracted',
      detail: { changes: expect.arrayContaining([{ path: 'urgency.level', before: 'normal', after: 'high' }]) },
    });
    expect((await queryQueue(store.db, { status: 'pending', urgency: 'high' })).rows.map((r) => r.id)).toEqual([id]);
  });

  it.skipIf(!available)('a damaged JSON column fails the read with its table, id and column named, not as a half object', async () => {
    const id = seeded.normalIds[0]!;
    const { order_json, source_json, version } = await store.db
      .selectFrom('drafts')
      .select(['order_json', 'source_json', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const damage = (set: { order_json?: string; source_json?: string }) => store.db.updateTable('drafts').set(set).where('id', '=', id).execute();
    try {
      await damage({ order_json: JSON.stringify({ ...JSON.parse(order_json), lines: 'none' }) });
      await expect(getDraft(store.db, id)).rejects.toThrow(`corrupt row in drafts (id ${id}): order_json does not fit its schema: lines: `);
      await expect(editDraft(store.db, id, { version, patch: {}, actor: 'rep' })).rejects.toMatchObject({ name: 'CorruptRowError', table: 'drafts', rowId: id });
      await damage({ order_json: '{"poNumber":' });
      await expect(queryQueue(store.db, { status: 'pending' })).rejects.toThrow(`corrupt row in drafts (id ${id}): order_json is not JSON`);
      await damage({ order_json, source_json: '[]' });
      await expect(getDraft(store.db, id)).rejects.toThrow(`corrupt row in drafts (id ${id}): source_json does not fit its schema`);
    } finally {
      await damage({ order_json, source_json });
    }
    expect((await getDraft(store.db, id))!.order).toEqual(JSON.parse(order_json));
  });
});
