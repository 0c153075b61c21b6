import type { Kysely } from 'kysely';
import type { DraftOrder } from '../domain/draft-order.ts';
import { finding } from '../domain/findings.ts';
import { withFindings } from '../domain/review-draft.ts';
import { checkDuplicate } from '../matching/check-duplicate.ts';
import { findEarlierDrafts } from '../store/find-earlier-drafts.ts';
import type { Database } from '../store/schema.ts';

// Before drafts are stored: a matched order that repeats or revises an earlier draft goes to
// review, linked to it, so a repeated PO never becomes a second approved order unseen.
// Orders without a customer (no master data, or unknown) already go to review, or are not matched.

const CONTENT_WINDOW_DAYS = 30;

/** `excludeMessageId`: a message read again (re-extract) is no duplicate of its own drafts. */
export async function flagDuplicates(db: Kysely<Database>, orders: DraftOrder[], options: { excludeMessageId?: string } = {}): Promise<DraftOrder[]> {
  const flagged: DraftOrder[] = [];
  for (const order of orders) {
    const customerId = order.buyer.customerId;
    if (!customerId || !order.matching) {
      flagged.push(order);
      continue;
    }
    const earlier = await findEarlierDrafts(db, {
      customerId,
      poNumber: order.poNumber,
      contentHash: order.matching.contentHash,
      sinceDays: CONTENT_WINDOW_DAYS,
      excludeMessageId: options.excludeMessageId,
    });
    // Two orders of one message are checked against each other too.
    const siblings = flagged
      .filter((o) => o.buyer.customerId === customerId)
      .map((o, i) => ({ id: `order ${i + 1} of this message`, status: 'new', createdAt: '', order: o, contentHash: o.matching?.contentHash ?? null }));
    const check = checkDuplicate(order, order.matching.contentHash, [...earlier, ...siblings]);
    if (check.reasons.length === 0) {
      flagged.push(order);
      continue;
    }
    const linked = { ...order, matching: { ...order.matching, duplicateOf: check.duplicateOf, revisionOf: check.revisionOf, changes: check.changes } };
    flagged.push(
      withFindings(
        linked,
        check.reasons.map((r) => finding('duplicate', 'earlier-drafts', 'duplicate', 'warn', r, 'poNumber')),
      ),
    );
  }
  return flagged;
}
