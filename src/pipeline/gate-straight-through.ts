import type { DraftOrder } from '../domain/draft-order.ts';
import { finding } from '../domain/findings.ts';
import type { IncomingMessage } from '../domain/incoming-message.ts';
import { findingsOf, withFindings } from '../domain/review-draft.ts';
import { SENDER_UNVERIFIED } from '../matching/match-orders.ts';

// The last word on whether a draft skips review, where the pipeline knows what the extractor does
// not: where the message came from, and whether matching ran at all.
//
// Safe by default: with no customer master loaded nobody is known to be a customer, so no draft
// is approved by itself (a stranger's well-formed PO must never be approved and acknowledged
// unseen). With one, matching has already held every draft but a known customer's set to
// automatic approval with every check passing.
//
// Mail from the drop folder never passed our mail server and carries no Authentication-Results
// of it; like a PDF dropped there, it is vouched for by whoever can write to the folder. That its
// sender is unverified is said once on the queue, not as a reason on each of its drafts.

export const NO_CUSTOMER_MASTER = 'no-customer-master';

export function gateStraightThrough(order: DraftOrder, sourceKind: IncomingMessage['sourceKind']): DraftOrder {
  let gated = order;
  if (sourceKind === 'folder' && findingsOf(order).some((f) => f.code === SENDER_UNVERIFIED)) {
    gated = withFindings({ ...order, findings: findingsOf(order).filter((f) => f.code !== SENDER_UNVERIFIED) });
  }
  if (!gated.needsReview && (!gated.matching || !gated.buyer.customerId)) {
    const why = gated.matching
      ? 'not approved automatically: the buyer is no known customer'
      : 'not approved automatically: no customer master is loaded, so no sender is known to be a customer set up for automatic approval (CUSTOMERS_FILE or po-inbox import customers)';
    gated = withFindings(gated, [finding('match', 'straight-through', NO_CUSTOMER_MASTER, 'warn', why, 'buyer.customerId')]);
  }
  return gated;
}
