import type { Kysely } from 'kysely';
import { isMailAddress } from '../notify/is-mail-address.ts';
import type { MailResult, MailSender } from '../notify/send-mail.ts';
import { sendWebhook } from '../notify/send-webhook.ts';
import { toAckMail } from '../notify/to-ack-mail.ts';
import { toAlertMail } from '../notify/to-alert-mail.ts';
import { loadOutboxDraft, type OutboxDraft } from '../store/load-outbox-draft.ts';
import { noteOutboxMessageId, type OutboxRecord } from '../store/outbox.ts';
import type { Database } from '../store/schema.ts';

// One claimed outbox row to its outcome: the acknowledgement, the urgent alert or the webhook,
// built from the draft as stored now. Returns what happened; the dispatcher records it.

export interface DeliveryContext {
  db: Kysely<Database>;
  workerId: string;
  /** Null when SMTP_URL is unset. */
  mail: MailSender | null;
  ackFrom: string | null;
  alertTo: string[];
  webhook: { url: string; secret: string; timeoutMs: number } | null;
  publicUrl: string;
  /** Learns the layout an approved draft teaches; returns what was learned, in one line. */
  learn?: (draftId: string) => Promise<string>;
}

export type DeliveryOutcome =
  | { kind: 'sent'; detail: object }
  | { kind: 'skipped'; reason: string }
  /** Certainly not delivered; worth another try later. */
  | { kind: 'retry'; error: string; detail?: object }
  /** Certainly not delivered, and another try will not help. */
  | { kind: 'failed'; error: string; detail?: object }
  /** May have been delivered: a person decides. */
  | { kind: 'unconfirmed'; error: string };

export async function deliverOutboxRow(row: OutboxRecord, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  if (row.kind === 'webhook') return deliverWebhook(row, ctx);
  if (row.kind === 'learn') {
    if (!ctx.learn || !row.draftId) return { kind: 'skipped', reason: 'no layout learner here' };
    return { kind: 'sent', detail: { learned: await ctx.learn(row.draftId) } };
  }
  if (!ctx.mail) return { kind: 'skipped', reason: 'SMTP_URL is not set' };
  const draft = row.draftId ? await loadOutboxDraft(ctx.db, row.draftId) : null;
  if (!draft) return { kind: 'skipped', reason: 'the draft no longer exists' };
  return row.kind === 'ack' ? deliverAck(row, draft, ctx.mail, ctx) : deliverAlert(row, draft, ctx.mail, ctx);
}

async function deliverAck(row: OutboxRecord, draft: OutboxDraft, mail: MailSender, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  if (!ctx.ackFrom) return { kind: 'skipped', reason: 'ACK_FROM is not set' };
  if (draft.status !== 'approved') return { kind: 'skipped', reason: `the draft is ${draft.status}, not approved` };
  // Only the address stored on the draft (as the rep left it), never a header of the mail: a
  // forged From or Reply-To must not receive order details.
  const to = (draft.buyerEmail ?? draft.order.buyer.email)?.trim();
  if (!to) return { kind: 'skipped', reason: 'no buyer address on the draft' };
  if (!isMailAddress(to)) return { kind: 'skipped', reason: `the buyer address on the draft is not a valid address: ${to.slice(0, 100)}` };
  const messageId = `<ack.${draft.id}@${domainOf(ctx.ackFrom)}>`;
  await noteOutboxMessageId(ctx.db, row.id, ctx.workerId, messageId);
  const message = toAckMail({
    order: draft.order,
    from: ctx.ackFrom,
    to,
    messageId,
    originalMessageId: draft.originalMessageId,
    originalHeaders: draft.originalHeaders,
    originalSubject: draft.source.subject,
  });
  // An ack that may have gone out is never resent by itself: a customer must not get it twice.
  return toMailOutcome(await mail.send(message), { to, messageId }, 'unconfirmed');
}

async function deliverAlert(row: OutboxRecord, draft: OutboxDraft, mail: MailSender, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  const recipients = ctx.alertTo.filter((address) => isMailAddress(address));
  if (recipients.length === 0) return { kind: 'skipped', reason: 'URGENT_ALERT_TO is not set' };
  const from = ctx.ackFrom ?? (recipients[0] as string);
  const messageId = `<alert.${draft.id}@${domainOf(from)}>`;
  await noteOutboxMessageId(ctx.db, row.id, ctx.workerId, messageId);
  const link = `${ctx.publicUrl.replace(/\/+$/, '')}/drafts/${encodeURIComponent(draft.id)}`;
  const message = toAlertMail({ order: draft.order, from, to: recipients, messageId, link, sender: draft.source.from });
  // A second alert costs a colleague a glance; a lost one can cost the order: retry when unsure.
  return toMailOutcome(await mail.send(message), { to: recipients, messageId, link }, 'retry');
}

function toMailOutcome(result: MailResult, detail: object, whenUnsure: 'unconfirmed' | 'retry'): DeliveryOutcome {
  if (result.ok) return { kind: 'sent', detail: { ...detail, response: result.response } };
  if (!result.definite) return whenUnsure === 'retry' ? { kind: 'retry', error: result.error, detail } : { kind: 'unconfirmed', error: result.error };
  return result.permanent ? { kind: 'failed', error: result.error, detail } : { kind: 'retry', error: result.error, detail };
}

async function deliverWebhook(row: OutboxRecord, ctx: DeliveryContext): Promise<DeliveryOutcome> {
  if (!ctx.webhook) return { kind: 'skipped', reason: 'WEBHOOK_URL is not set' };
  const draft = row.draftId ? await loadOutboxDraft(ctx.db, row.draftId) : null;
  if (!draft) return { kind: 'skipped', reason: 'the draft no longer exists' };
  if (draft.status !== 'approved') return { kind: 'skipped', reason: `the draft is ${draft.status}, not approved` };
  const payload = {
    event: 'order.approved',
    deliveryId: row.id,
    draft: { id: draft.id, status: draft.status, createdAt: draft.createdAt, source: draft.source, order: draft.order },
  };
  const started = Date.now();
  const result = await sendWebhook({ ...ctx.webhook, event: 'order.approved', deliveryId: row.id, body: JSON.stringify(payload) });
  const detail = { url: redact(ctx.webhook.url), httpStatus: result.status, ms: Date.now() - started };
  if (result.ok) return { kind: 'sent', detail };
  return result.retryable ? { kind: 'retry', error: result.error, detail } : { kind: 'failed', error: result.error, detail };
}

function domainOf(mailbox: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailbox)?.[1];
  return domain ?? 'po-inbox';
}

/** The webhook URL for the delivery log, without credentials or query (which may hold a token). */
function redact(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}
