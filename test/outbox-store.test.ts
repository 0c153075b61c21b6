import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/open-store.ts';
import {
  claimDueOutbox,
  enqueueOutbox,
  expireOutboxLeases,
  listOutboxForDraft,
  markOutboxFailed,
  markOutboxRetry,
  markOutboxSent,
  markOutboxSkipped,
  markOutboxUnconfirmed,
  noteOutboxMessageId,
  resendOutbox,
} from '../src/store/outbox.ts';
import { requirePostgres } from './fixtures/require-service.ts';
import { openTestStore } from './support/test-store.ts';

// The outbox's store functions on SQLite and PostgreSQL: claims under a lease, one winner per
// row, outcomes with their events, expired leases, a person's resend.

const postgresUp = await requirePostgres('outbox-store');

const lease = (workerId: string, now = new Date(), limit = 10) => ({ workerId, leaseMs: 60_000, now, limit });
const later = (ms: number) => new Date(Date.now() + ms);

describe.each([
  ['sqlite', true],
  ['postgres', postgresUp],
] as const)('outbox on %s', (dialect, available) => {
  let store: Store;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    if (!available) return;
    const opened = await openTestStore(dialect);
    store = opened.store;
    cleanup = opened.drop;
  });
  afterAll(async () => {
    if (!available) return;
    await cleanup();
  });

  const kinds = (draftId: string) => store.db.selectFrom('events').select(['kind', 'actor']).where('draft_id', '=', draftId).orderBy('id').execute();

  it.skipIf(!available)('queues a key once, and of several racing workers exactly one claims each row', async () => {
    for (let i = 0; i < 6; i += 1) expect(await enqueueOutbox(store.db, { key: `race:${i}`, kind: 'webhook', draftId: 'd-race', payload: { i } })).toBe(true);
    expect(await enqueueOutbox(store.db, { key: 'race:0', kind: 'webhook', draftId: 'd-race', payload: {} })).toBe(false);
    const claims = await Promise.all(['w1', 'w2', 'w3'].map((w) => claimDueOutbox(store.db, lease(w))));
    const ids = claims
      .flat()
      .map((r) => r.key)
      .sort();
    expect(ids).toEqual(['race:0', 'race:1', 'race:2', 'race:3', 'race:4', 'race:5']);
    expect(claims.flat().every((r) => r.status === 'sending' && r.attempts === 1)).toBe(true);
    expect(await claimDueOutbox(store.db, lease('w4'))).toEqual([]);
    for (const r of claims.flat()) expect(await markOutboxSent(store.db, r, r.claimedBy ?? '')).toBe(true);
  });

  it.skipIf(!available)('plans a retry for later, records each outcome as an event, and lets only the holder record', async () => {
    await enqueueOutbox(store.db, { key: 'ack:d1', kind: 'ack', draftId: 'd1', payload: { draftId: 'd1' } });
    const [row] = await claimDueOutbox(store.db, lease('w1'));
    expect(row?.key).toBe('ack:d1');
    expect(await markOutboxSent(store.db, row!, 'someone-else')).toBe(false);
    expect(await markOutboxRetry(store.db, row!, 'w1', '451 busy', later(5_000))).toBe(true);
    expect(await claimDueOutbox(store.db, lease('w1'))).toEqual([]);
    const [again] = await claimDueOutbox(store.db, lease('w2', later(6_000)));
    expect(again).toMatchObject({ key: 'ack:d1', attempts: 2, claimedBy: 'w2', lastError: '451 busy' });
    await noteOutboxMessageId(store.db, again!.id, 'w2', '<ack.d1@seller.example>');
    expect(await markOutboxSent(store.db, again!, 'w2', { to: 'buyer@x.example' })).toBe(true);
    const [listed] = await listOutboxForDraft(store.db, 'd1');
    expect(listed).toMatchObject({ status: 'sent', attempts: 2, messageId: '<ack.d1@seller.example>', lastError: null, claimedBy: null, leaseUntil: null });
    expect(listed?.sentAt).toEqual(expect.any(String));
    expect(await kinds('d1')).toEqual([
      { kind: 'outbox-retry', actor: 'w1' },
      { kind: 'outbox-sent', actor: 'w2' },
    ]);
  });

  it.skipIf(!available)('turns an expired ack lease into unconfirmed (never resent by itself) and an expired webhook lease back to pending', async () => {
    await enqueueOutbox(store.db, { key: 'ack:d2', kind: 'ack', draftId: 'd2', payload: {} });
    await enqueueOutbox(store.db, { key: 'webhook:d2', kind: 'webhook', draftId: 'd2', payload: {} });
    const claimed = await claimDueOutbox(store.db, lease('dead-worker'));
    expect(claimed).toHaveLength(2);
    expect(await expireOutboxLeases(store.db, ['webhook'])).toEqual([]);
    const expired = await expireOutboxLeases(store.db, ['webhook'], later(61_000));
    expect(expired.map((r) => [r.key, r.status]).sort()).toEqual([
      ['ack:d2', 'unconfirmed'],
      ['webhook:d2', 'pending'],
    ]);
    const due = await claimDueOutbox(store.db, lease('w3', later(62_000)));
    expect(due.map((r) => [r.key, r.attempts])).toEqual([['webhook:d2', 2]]);
    await markOutboxSent(store.db, due[0]!, 'w3');
    expect((await kinds('d2')).map((e) => e.kind)).toEqual(['outbox-unconfirmed', 'outbox-retry', 'outbox-sent']);
    // A slow send by the old holder that did finish may still report it.
    const ack = claimed.find((r) => r.key === 'ack:d2')!;
    expect(await markOutboxSent(store.db, ack, 'dead-worker')).toBe(true);
    expect((await listOutboxForDraft(store.db, 'd2')).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it.skipIf(!available)('skips and fails for good; a person can resend a failed, skipped or unconfirmed row, not a sent one', async () => {
    for (const k of ['a', 'b', 'c']) await enqueueOutbox(store.db, { key: `ack:d3${k}`, kind: 'ack', draftId: 'd3', payload: {} });
    const [a, b, c] = (await claimDueOutbox(store.db, lease('w1'))).sort((x, y) => x.key.localeCompare(y.key));
    await markOutboxSkipped(store.db, a!, 'w1', 'no buyer address on the draft');
    await markOutboxFailed(store.db, b!, 'w1', '550 no such user');
    await markOutboxUnconfirmed(store.db, c!, 'w1', 'connection lost after the message body');
    const rows = await listOutboxForDraft(store.db, 'd3');
    expect(rows.map((r) => [r.status, r.lastError])).toEqual([
      ['skipped', 'no buyer address on the draft'],
      ['failed', '550 no such user'],
      ['unconfirmed', 'connection lost after the message body'],
    ]);
    expect(await claimDueOutbox(store.db, lease('w2', later(3_600_000)))).toEqual([]);
    for (const r of rows) expect(await resendOutbox(store.db, r.id, 'rep@seller.example')).toBe(true);
    const again = await claimDueOutbox(store.db, lease('w2', later(1_000)));
    expect(again.map((r) => r.attempts)).toEqual([1, 1, 1]);
    await markOutboxSent(store.db, again[0]!, 'w2');
    expect(await resendOutbox(store.db, again[0]!.id, 'rep@seller.example')).toBe(false);
    expect((await kinds('d3')).filter((e) => e.kind === 'outbox-resend')).toHaveLength(3);
    expect((await kinds('d3')).find((e) => e.kind === 'outbox-resend')?.actor).toBe('rep@seller.example');
  });
});
