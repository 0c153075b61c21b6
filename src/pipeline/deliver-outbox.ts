import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { backOffMs } from '../domain/back-off.ts';
import { coerceError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import { createMailSender } from '../notify/send-mail.ts';
import type { Store } from '../store/open-store.ts';
import {
  claimDueOutbox,
  expireOutboxLeases,
  markOutboxFailed,
  markOutboxRetry,
  markOutboxSent,
  markOutboxSkipped,
  markOutboxUnconfirmed,
  type OutboxRecord,
} from '../store/outbox.ts';
import { deliverOutboxRow, type DeliveryContext, type DeliveryOutcome } from './deliver-outbox-row.ts';

// The outbox dispatcher: polls due rows, delivers each under a lease, retries with exponential
// back-off and jitter, and gives up after maxAttempts with the error on the draft's events.
//
// Exactly once for acknowledgements: a row is set 'sending' (with its fixed Message-ID) in a
// committed write before the mail is handed to SMTP, and 'sent' after the server's 250. A worker
// killed in between leaves a 'sending' row whose lease runs out; whether the customer got the mail
// is then unknowable from here, so the row becomes 'unconfirmed' with an event asking a person to
// check, and it is never sent again by itself. A failure that certainly did not deliver (a 4xx
// reply, a refused connection, a drop before the message body ended) is retried. Alerts and the
// webhook are at least once instead: a repeat is harmless (the webhook carries a delivery id to
// drop repeats by), a lost urgent alert is not.

/** The settings the dispatcher reads; the CLI's Settings satisfies it. */
export interface OutboxSettings {
  SMTP_URL?: string;
  ACK_FROM?: string;
  URGENT_ALERT_TO?: string[];
  WEBHOOK_URL?: string;
  WEBHOOK_SECRET?: string;
  PUBLIC_URL?: string;
  HOST: string;
  PORT: number;
}

export interface OutboxDispatcherOptions {
  pollMs?: number;
  /** How long a claimed row is ours; longer than the slowest send (SMTP timeouts are 30 s each). */
  leaseMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  smtpTimeoutMs?: number;
  webhookTimeoutMs?: number;
  workerId?: string;
  /** Learns layouts from approvals (the `learn` rows); without it they are skipped. */
  learn?: (draftId: string) => Promise<string>;
}

export interface OutboxDispatcher {
  stop(): Promise<void>;
  /** Delivers what is due now; resolves to the number of rows handled. */
  runOnce(): Promise<number>;
}

const DEFAULTS = { pollMs: 2_000, leaseMs: 5 * 60_000, maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 60 * 60_000, smtpTimeoutMs: 30_000, webhookTimeoutMs: 10_000 };

export function startOutboxDispatcher(settings: OutboxSettings, store: Pick<Store, 'db'>, logger: Logger, options: OutboxDispatcherOptions = {}): OutboxDispatcher {
  const config = { ...DEFAULTS, ...options };
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:outbox:${randomUUID().slice(0, 8)}`;
  const log = logger.child({ outboxWorker: workerId });
  const ctx = { ...toContext(settings, store, workerId, config), learn: options.learn };
  let running: Promise<number> | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const runOnce = (): Promise<number> => {
    running ??= dispatchDue(ctx, config, log).finally(() => (running = null));
    return running;
  };
  const tick = async () => {
    await runOnce().catch((err: unknown) => log.warn({ error: coerceError(err).message }, 'outbox round failed'));
    if (!stopped) timer = setTimeout(() => void tick(), config.pollMs);
  };
  timer = setTimeout(() => void tick(), 0);
  log.info({ smtp: Boolean(ctx.mail), webhook: Boolean(ctx.webhook) }, 'outbox dispatcher started');
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running?.catch(() => undefined);
      ctx.mail?.close();
      log.info({}, 'outbox dispatcher stopped');
    },
  };
}

function toContext(settings: OutboxSettings, store: Pick<Store, 'db'>, workerId: string, config: typeof DEFAULTS): DeliveryContext {
  return {
    db: store.db,
    workerId,
    mail: settings.SMTP_URL ? createMailSender(settings.SMTP_URL, { timeoutMs: config.smtpTimeoutMs }) : null,
    ackFrom: settings.ACK_FROM ?? null,
    alertTo: settings.URGENT_ALERT_TO ?? [],
    webhook: settings.WEBHOOK_URL && settings.WEBHOOK_SECRET ? { url: settings.WEBHOOK_URL, secret: settings.WEBHOOK_SECRET, timeoutMs: config.webhookTimeoutMs } : null,
    publicUrl: settings.PUBLIC_URL ?? `http://${settings.HOST.includes(':') ? `[${settings.HOST}]` : settings.HOST}:${settings.PORT}`,
  };
}

async function dispatchDue(ctx: DeliveryContext, config: typeof DEFAULTS, log: Logger): Promise<number> {
  for (const row of await expireOutboxLeases(ctx.db, ['alert', 'webhook', 'learn'])) {
    log.warn({ outbox: row.id, key: row.key, draftId: row.draftId, status: row.status }, 'outbox delivery interrupted by a stopped worker');
  }
  const rows = await claimDueOutbox(ctx.db, { workerId: ctx.workerId, leaseMs: config.leaseMs, limit: 10 });
  for (const row of rows) {
    let outcome: DeliveryOutcome;
    try {
      outcome = await deliverOutboxRow(row, ctx);
    } catch (err) {
      // Thrown only before anything was handed over (reading the draft, noting the Message-ID).
      outcome = { kind: 'retry', error: coerceError(err).message };
    }
    const recorded = await recordOutcome(row, outcome, ctx, config);
    const fields = { outbox: row.id, key: row.key, draftId: row.draftId, attempt: row.attempts, outcome: outcome.kind };
    // Our lease ran out mid-delivery and the row moved on (unconfirmed, or another worker's now).
    if (!recorded) log.warn(fields, `outbox ${row.kind} outcome not recorded: the lease was lost`);
    if (outcome.kind === 'sent' || outcome.kind === 'skipped') log.info(fields, `outbox ${row.kind} ${outcome.kind}`);
    else log.warn({ ...fields, error: outcome.error }, `outbox ${row.kind} not delivered`);
  }
  return rows.length;
}

async function recordOutcome(row: OutboxRecord, outcome: DeliveryOutcome, ctx: DeliveryContext, config: typeof DEFAULTS): Promise<boolean> {
  const { db, workerId } = ctx;
  switch (outcome.kind) {
    case 'sent':
      return markOutboxSent(db, row, workerId, outcome.detail);
    case 'skipped':
      return markOutboxSkipped(db, row, workerId, outcome.reason);
    case 'unconfirmed':
      return markOutboxUnconfirmed(db, row, workerId, outcome.error);
    case 'failed':
      return markOutboxFailed(db, row, workerId, outcome.error, outcome.detail);
    case 'retry':
      if (row.attempts >= config.maxAttempts) return markOutboxFailed(db, row, workerId, `${outcome.error} (gave up after ${row.attempts} attempts)`, outcome.detail);
      return markOutboxRetry(db, row, workerId, outcome.error, new Date(Date.now() + retryDelayMs(row.attempts, config)), outcome.detail);
  }
}

/** The wait after failed attempt `attempt` (1 for the first): exponential with "equal jitter",
 * half fixed, half random, so workers spread out. */
export function retryDelayMs(attempt: number, config: { baseDelayMs: number; maxDelayMs: number }, random: () => number = Math.random): number {
  return backOffMs(attempt - 1, { baseMs: config.baseDelayMs, capMs: config.maxDelayMs, jitter: 'equal', random });
}
