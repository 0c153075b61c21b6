import { backOffMs } from '../domain/back-off.ts';
import type { ExtractionResult } from '../domain/draft-order.ts';
import { coerceError, InputError } from '../domain/errors.ts';
import type { IncomingMessage, ProcessResult } from '../domain/incoming-message.ts';
import type { Logger } from '../domain/logger.ts';
import { finishMessage, LostClaimError, type DraftToSave } from '../store/finish-message.ts';
import { claimMessage, failMessage, releaseMessage, renewLeases } from '../store/message-ledger.ts';
import type { Database } from '../store/schema.ts';
import type { Kysely } from 'kysely';
import { sniffMediaType } from '../documents/sniff-media-type.ts';
import { fingerprintMessage } from './fingerprint-message.ts';
import { flagDuplicates } from './flag-duplicates.ts';
import { describeNoOrder } from './describe-no-order.ts';
import { gateStraightThrough } from './gate-straight-through.ts';

// One message from the ledger to stored drafts: claim, extract, commit. What the source must do
// with the message afterwards (move to Processed or Failed, or leave it for a retry) is returned,
// and the source does it only after this has committed.

export type Extract = (name: string, bytes: Uint8Array) => Promise<ExtractionResult>;

export interface PipelineDeps {
  db: Kysely<Database>;
  extract: Extract;
  workerId: string;
  leaseMs: number;
  maxAttempts: number;
  logger: Logger;
}

export async function processMessage(incoming: IncomingMessage, deps: PipelineDeps): Promise<ProcessResult> {
  const isEmail = incoming.isEmail ?? (!incoming.refusal && sniffMediaType(incoming.name, incoming.bytes).kind === 'email');
  // A refused message keeps its own key; what of its headers came along still names it on /mail.
  const refusedHeaders = incoming.refusal && isEmail && incoming.bytes.length > 0 ? fingerprintMessage(incoming.bytes, true) : null;
  const { messageId, contentHash, sender, subject } = incoming.refusal
    ? {
        messageId: null,
        contentHash: `refused:${incoming.sourceKey}`,
        sender: refusedHeaders?.sender ?? null,
        subject: refusedHeaders?.subject ?? incoming.fileName ?? incoming.name,
      }
    : fingerprintMessage(incoming.bytes, isEmail);
  const claim = await claimMessage(
    deps.db,
    { ...incoming, messageId, contentHash, sender, subject: subject ?? (isEmail ? null : (incoming.fileName ?? incoming.name)) },
    { workerId: deps.workerId, leaseMs: deps.leaseMs, maxAttempts: deps.maxAttempts },
  );
  const log = deps.logger.child({ key: incoming.sourceKey, messageId: claim.id });
  switch (claim.kind) {
    case 'busy':
      return { action: 'wait', messageId: claim.id, reason: 'busy' };
    case 'handled':
      // Finished a moment ago by another worker that is about to move it: leave the move to it,
      // since two sessions moving one message at once can leave two copies in Processed. Later
      // (that worker may have died), whoever sees it moves it.
      if (!claim.settled && claim.finishedBy !== deps.workerId && Date.now() - Date.parse(claim.finishedAt) < deps.leaseMs) {
        return { action: 'wait', messageId: claim.id, reason: 'busy' };
      }
      return claim.status === 'done'
        ? { action: 'processed', messageId: claim.id, note: 'already-done', draftIds: [] }
        : { action: 'failed', messageId: claim.id, error: 'failed earlier' };
    case 'duplicate':
      log.info({ duplicateOf: claim.of }, 'same message already handled; no new draft');
      return { action: 'processed', messageId: claim.id, note: 'duplicate', draftIds: [] };
    case 'quarantined':
      log.warn({ error: claim.error }, 'message quarantined');
      return { action: 'failed', messageId: claim.id, error: claim.error };
    case 'claimed':
      if (incoming.refusal) {
        await failMessage(deps.db, claim.id, deps.workerId, incoming.refusal);
        log.warn({ error: incoming.refusal }, 'message refused');
        return { action: 'failed', messageId: claim.id, error: incoming.refusal };
      }
      return extractAndCommit(incoming, claim.id, claim.attempts, deps, log);
  }
}

async function extractAndCommit(incoming: IncomingMessage, id: string, attempts: number, deps: PipelineDeps, log: Logger): Promise<ProcessResult> {
  const renew = setInterval(
    () => {
      renewLeases(deps.db, [id], deps).catch((err: unknown) => log.warn({ error: coerceError(err).message }, 'lease renewal failed'));
    },
    Math.max(1000, deps.leaseMs / 3),
  );
  renew.unref();
  let result: ExtractionResult;
  try {
    result = await deps.extract(incoming.name, incoming.bytes);
  } catch (err) {
    return handleExtractError(err, id, attempts, deps, log);
  } finally {
    clearInterval(renew);
  }
  const extracted = result;
  // A mail bomb read in part: one line for the operator, beside the review reason on its drafts.
  if (result.source.trimmed) log.warn({ trimmed: result.source.trimmed.join('; ') }, 'mail trimmed: read in part');
  const save = async () => {
    const gated = extracted.orders.map((order) => gateStraightThrough(order, incoming.sourceKind));
    result = { ...extracted, orders: await flagDuplicates(deps.db, gated) };
    const drafts: DraftToSave[] = result.orders.map((order) => ({
      order,
      // Only a draft that passed every check skips review; everything else waits for a person.
      status: order.needsReview ? 'pending' : 'approved',
      decidedBy: order.needsReview ? null : 'auto',
    }));
    return finishMessage(deps.db, id, deps.workerId, { source: result.source, drafts, note: drafts.length === 0 ? describeNoOrder(result) : null });
  };
  let draftIds: string[];
  try {
    draftIds = await save();
  } catch (err) {
    // Another worker auto-approved the same PO meanwhile (unique index drafts_auto_po): the check
    // now sees its draft. Once; the claim is still ours since the transaction rolled back.
    if (err instanceof LostClaimError || !extracted.orders.some((o) => o.matching)) throw err;
    draftIds = await save();
  }
  log.info(
    {
      drafts: draftIds.length,
      urgency: result.orders.map((o) => o.urgency.level),
      review: result.orders.map((o) => o.needsReview),
      customers: result.orders.map((o) => o.buyer.customerId),
    },
    draftIds.length > 0 ? 'drafts stored' : 'not a purchase order',
  );
  return { action: 'processed', messageId: id, note: draftIds.length > 0 ? 'drafts' : 'not-order', draftIds };
}

/** How long a message whose extraction failed retryably waits after attempt `attempts` (1 for the
 * first): 2 s, doubling, at most 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return backOffMs(attempts - 1, { baseMs: 2_000, capMs: 5 * 60_000 });
}

async function handleExtractError(err: unknown, id: string, attempts: number, deps: PipelineDeps, log: Logger): Promise<ProcessResult> {
  const error = coerceError(err);
  const reason = error.message.replace(/\s+/g, ' ').trim() || 'unknown error';
  if (error instanceof InputError || (!error.retryable && error.code !== 'internal') || attempts >= deps.maxAttempts) {
    await failMessage(deps.db, id, deps.workerId, reason);
    log.warn({ error: reason, attempts }, 'message failed');
    return { action: 'failed', messageId: id, error: reason };
  }
  const retryAfterMs = retryDelayMs(attempts);
  await releaseMessage(deps.db, id, deps.workerId, reason, retryAfterMs);
  log.warn({ error: reason, attempts, retryAfterMs }, 'extraction failed; will retry');
  return { action: 'wait', messageId: id, reason: 'retry' };
}
