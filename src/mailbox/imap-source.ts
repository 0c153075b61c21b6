import type { ImapFlow } from 'imapflow';
import { backOffMs } from '../domain/back-off.ts';
import { coerceError } from '../domain/errors.ts';
import { withTimeLimit } from '../domain/with-time-limit.ts';
import type { Logger } from '../domain/logger.ts';
import type { IncomingMessage, ProcessResult } from '../domain/incoming-message.ts';
import { createImapClient, ensureMailboxes, fetchSources, listFrom, listPending, withDeadline, type ImapSettings } from './imap-session.ts';

// Watches one IMAP mailbox: IDLE where the server has it (polling otherwise), a new client per
// connection, reconnect with back-off and jitter, a watchdog NOOP that notices a dead connection.
// New mail is fetched by UID after the checkpoint, in batches; every message goes through the
// ledger (`process`), and is moved to Processed / Failed (or flagged) only after that committed.
// On every connect and every `reconcileMs`, all mail still waiting in the mailbox is offered
// again: that is what retries a failed try and settles what a crash left between commit and move.

export interface Checkpoint {
  uidValidity: string | null;
  nextUid: number | null;
}

export interface ImapSourceOptions {
  imap: ImapSettings;
  mailbox: string;
  processedMailbox: string;
  failedMailbox: string;
  /** `move` handled mail to the folders above, or `flag` it with keywords and leave it. */
  postAction: 'move' | 'flag';
  pollMs: number;
  /** false: never IDLE, poll every `pollMs` even where the server has IDLE (benchmarks, broken IDLE). */
  useIdle?: boolean;
  process: (message: IncomingMessage) => Promise<ProcessResult>;
  /** Records that these ledger messages were moved or flagged. */
  settle: (messageIds: string[]) => Promise<void>;
  /** Records as settled the finished messages of this UIDVALIDITY that are not among `waitingUids`. */
  settleGone?: (uidValidity: string, waitingUids: number[]) => Promise<void>;
  loadCheckpoint: () => Promise<Checkpoint>;
  saveCheckpoint: (checkpoint: Checkpoint) => Promise<void>;
  onState: (state: { connected: boolean; lastFetchAt?: Date; error?: string }) => void;
  logger: Logger;
  maxBytes: number;
  batchSize?: number;
  /** Most messages fetched and not yet finished, so a flood does not fill memory. */
  maxInFlight?: number;
  commandTimeoutMs?: number;
  /** How often an idle connection is checked with NOOP (and IDLE restarted). */
  watchdogMs?: number;
  reconcileMs?: number;
  maxBackoffMs?: number;
}

const DONE_KEYWORD = '$PoInboxDone';
const FAILED_KEYWORD = '$PoInboxFailed';

interface Finished {
  uid: number;
  uidValidity: string;
  result: ProcessResult;
}

export class ImapSource {
  private stopping = false;
  private wakeUp: (() => void) | null = null;
  private woken = false;
  private readonly inFlight = new Map<number, Promise<void>>();
  private finished: Finished[] = [];
  private loop: Promise<void> | null = null;
  private client: ImapFlow | null = null;
  private uidValidity = '';
  private nextUid = 1;
  private lastReconcile = 0;
  /** When the current connection got its mailbox selected; 0 while connecting. */
  private selectedAt = 0;

  constructor(private readonly options: ImapSourceOptions) {}

  start(): void {
    this.loop = this.run();
  }

  /** Stops taking mail, lets the messages in hand finish and settle, then logs out. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
  }

  private get log(): Logger {
    return this.options.logger;
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Waits `ms`, or less when something calls wake(). */
  private sleep(ms: number): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.wakeUp?.(), ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
    });
  }

  private async run(): Promise<void> {
    let failures = 0;
    const cap = this.options.maxBackoffMs ?? 60_000;
    while (!this.stopping) {
      this.selectedAt = 0;
      try {
        await this.session();
        failures = 0;
      } catch (err) {
        // A connection that stayed up at least as long as the longest back-off was healthy: the
        // back-off starts over. (session() only returns on stop, so without this every drop in a
        // long life counted, and after a few the worker waited the full cap after each one.)
        const healthy = this.selectedAt > 0 && Date.now() - this.selectedAt >= cap;
        failures = healthy ? 1 : failures + 1;
        const error = coerceError(err).message;
        this.options.onState({ connected: false, error });
        this.log.warn({ error, failures }, 'IMAP connection lost; reconnecting');
      }
      if (this.stopping) break;
      this.woken = false;
      await this.sleep(reconnectDelayMs(failures, cap));
    }
    await Promise.allSettled(this.inFlight.values());
  }

  private async session(): Promise<void> {
    const timeout = this.options.commandTimeoutMs ?? 60_000;
    const client = createImapClient(this.options.imap, timeout);
    this.client = client;
    client.on('error', (err: unknown) => this.log.warn({ error: coerceError(err).message }, 'IMAP client error'));
    client.on('close', () => this.wake());
    client.on('exists', () => this.wake());
    try {
      await withDeadline(client, 'connect', timeout, () => client.connect());
      const folders = this.options.postAction === 'move' ? [this.options.processedMailbox, this.options.failedMailbox] : [];
      await withDeadline(client, 'LIST/CREATE', timeout, () => ensureMailboxes(client, folders));
      const mailbox = await withDeadline(client, 'SELECT', timeout, () => client.mailboxOpen(this.options.mailbox));
      await this.adoptUidValidity(String(mailbox.uidValidity));
      this.selectedAt = Date.now();
      this.options.onState({ connected: true });
      this.log.info({ mailbox: this.options.mailbox, idle: client.capabilities.has('IDLE') }, 'IMAP connected');
      this.finished = [];
      this.lastReconcile = 0;
      await this.serve(client, timeout);
      await this.drain(client, timeout);
      await withDeadline(client, 'LOGOUT', timeout, () => client.logout()).catch(() => undefined);
    } finally {
      client.close();
      this.client = null;
      this.options.onState({ connected: false });
    }
  }

  /** A new UIDVALIDITY means the UIDs were reassigned: start over from 1; the ledger drops twins. */
  private async adoptUidValidity(uidValidity: string): Promise<void> {
    const saved = await this.options.loadCheckpoint();
    this.uidValidity = uidValidity;
    if (saved.uidValidity === uidValidity && saved.nextUid) {
      this.nextUid = saved.nextUid;
      return;
    }
    if (saved.uidValidity !== null) this.log.warn({ was: saved.uidValidity, now: uidValidity }, 'UIDVALIDITY changed; resyncing the mailbox');
    this.nextUid = 1;
    await this.options.saveCheckpoint({ uidValidity, nextUid: 1 });
  }

  private async serve(client: ImapFlow, timeout: number): Promise<void> {
    const reconcileMs = this.options.reconcileMs ?? 60_000;
    const watchdogMs = this.options.watchdogMs ?? 5 * 60_000;
    const hasIdle = this.options.useIdle !== false && client.capabilities.has('IDLE');
    while (!this.stopping && client.usable) {
      this.woken = false;
      if (Date.now() - this.lastReconcile >= reconcileMs) await this.reconcile(client, timeout);
      await this.fetchNew(client, timeout);
      await this.settleFinished(client, timeout);
      if (this.woken || this.stopping) continue;
      if (hasIdle) {
        // IDLE ends by itself when the next command is sent; its result is not needed.
        void client.idle().catch(() => undefined);
      }
      const waitMs = Math.min(hasIdle ? watchdogMs : this.options.pollMs, Math.max(1000, reconcileMs - (Date.now() - this.lastReconcile)));
      await this.sleep(waitMs);
      if (!this.woken && client.usable) {
        // Nothing came: prove the connection is alive (this also ends and later restarts IDLE).
        await withDeadline(client, 'NOOP', timeout, () => client.noop());
      }
    }
    if (!this.stopping) throw new Error('IMAP connection closed');
  }

  /** Everything still waiting in the mailbox, offered again (the ledger skips what is done). */
  private async reconcile(client: ImapFlow, timeout: number): Promise<void> {
    this.lastReconcile = Date.now();
    const keyword = this.options.postAction === 'flag' ? DONE_KEYWORD : null;
    const uids = await withDeadline(client, 'SEARCH', timeout, () => listPending(client, keyword));
    // Finished mail no longer waiting here was moved or flagged, even if a crash kept that from
    // being recorded.
    await this.options.settleGone?.(this.uidValidity, uids);
    const waiting = uids.filter((uid) => !this.inFlight.has(uid));
    if (waiting.length === 0) return;
    const listed = await withDeadline(client, 'FETCH sizes', timeout, () => listFrom(client, waiting[0]!));
    const wanted = new Set(waiting);
    // Advances the checkpoint too: what reconcile hands on, fetchNew need not offer again.
    await this.take(
      client,
      timeout,
      listed.filter((m) => wanted.has(m.uid)),
      true,
    );
  }

  private async fetchNew(client: ImapFlow, timeout: number): Promise<void> {
    // In flag mode a new or restored store starts from UID 1: mail flagged done stays handled.
    const keyword = this.options.postAction === 'flag' ? DONE_KEYWORD : null;
    const listed = (await withDeadline(client, 'FETCH new', timeout, () => listFrom(client, this.nextUid, keyword))).filter((m) => !m.done);
    this.options.onState({ connected: true, lastFetchAt: new Date() });
    const fresh = listed.filter((m) => !this.inFlight.has(m.uid));
    await this.take(client, timeout, fresh, true);
  }

  /** Fetches whole messages in batches, within the in-flight limit, and hands them on. */
  private async take(client: ImapFlow, timeout: number, listed: Array<{ uid: number; size: number }>, advance = false): Promise<void> {
    const batchSize = this.options.batchSize ?? 20;
    const maxInFlight = this.options.maxInFlight ?? 40;
    for (let start = 0; start < listed.length && !this.stopping; ) {
      const room = maxInFlight - this.inFlight.size;
      if (room <= 0) return; // the rest is fetched when messages in hand finish (they wake the loop)
      const batch = listed.slice(start, start + Math.min(batchSize, room));
      start += batch.length;
      const small = batch.filter((m) => m.size <= this.options.maxBytes);
      const fetched = await withDeadline(client, 'FETCH', timeout, () =>
        fetchSources(
          client,
          small.map((m) => m.uid),
        ),
      );
      for (const message of fetched) this.hand(message.uid, message.source, message.internalDate, undefined);
      for (const message of batch.filter((m) => m.size > this.options.maxBytes)) {
        this.hand(message.uid, new Uint8Array(0), null, `message too large (${message.size} bytes; the limit is ${this.options.maxBytes})`);
      }
      if (advance) {
        this.nextUid = Math.max(this.nextUid, batch.at(-1)!.uid + 1);
        await this.options.saveCheckpoint({ uidValidity: this.uidValidity, nextUid: this.nextUid });
      }
    }
  }

  private hand(uid: number, source: Uint8Array, receivedAt: string | null, refusal: string | undefined): void {
    const uidValidity = this.uidValidity;
    const mailbox = this.options.mailbox;
    const job = this.options
      .process({
        sourceKey: `imap:${mailbox}:${uidValidity}:${uid}`,
        sourceKind: 'imap',
        name: `${uid}.eml`,
        bytes: source,
        isEmail: true,
        mailbox,
        uidValidity,
        uid,
        receivedAt,
        refusal,
      })
      .then((result) => {
        if (result.action !== 'wait') this.finished.push({ uid, uidValidity, result });
      })
      .catch((err: unknown) => this.log.error({ uid, error: coerceError(err).message }, 'message not handled; will try again'))
      .finally(() => {
        this.inFlight.delete(uid);
        this.wake();
      });
    this.inFlight.set(uid, job);
  }

  /** Moves (or flags) finished messages, then records that in the ledger. */
  private async settleFinished(client: ImapFlow, timeout: number): Promise<void> {
    const ready = this.finished.filter((f) => f.uidValidity === this.uidValidity);
    this.finished = [];
    for (const action of ['processed', 'failed'] as const) {
      const group = ready.filter((f) => f.result.action === action);
      if (group.length === 0) continue;
      const range = group.map((f) => f.uid).join(',');
      let done: unknown;
      if (this.options.postAction === 'move') {
        const target = action === 'processed' ? this.options.processedMailbox : this.options.failedMailbox;
        done = await withDeadline(client, 'MOVE', timeout, () => client.messageMove(range, target, { uid: true }));
      } else {
        const flags = action === 'processed' ? [DONE_KEYWORD] : [DONE_KEYWORD, FAILED_KEYWORD];
        done = await withDeadline(client, 'STORE', timeout, () => client.messageFlagsAdd(range, flags, { uid: true }));
      }
      // imapflow answers a refused MOVE / STORE (NO [TRYCREATE]: someone deleted the folder) with
      // false, not an error. Then nothing is settled: the reconnect re-creates the folders, and its
      // reconcile offers these messages again.
      if (!done) throw new Error(`IMAP server refused to ${this.options.postAction} message(s) ${range}`);
      await this.options.settle(group.map((f) => f.result.messageId));
    }
  }

  /** On stop: let the messages in hand finish (bounded), settle them, and leave. */
  private async drain(client: ImapFlow, timeout: number): Promise<void> {
    if (this.inFlight.size === 0 && this.finished.length === 0) return;
    const done = Promise.allSettled(this.inFlight.values());
    await withTimeLimit(done, 30_000, () => new Error('messages still in hand after 30 s'), { unref: true }).catch(() => undefined);
    if (client.usable) await this.settleFinished(client, timeout).catch(() => undefined);
  }
}

/** The wait before reconnecting after `failures` failed sessions in a row: 500 ms doubling (at
 * most ten times), up to `capMs`, with "equal jitter" (half fixed, half random). */
export function reconnectDelayMs(failures: number, capMs: number, random: () => number = Math.random): number {
  return backOffMs(Math.min(failures, 10), { baseMs: 500, capMs, jitter: 'equal', random });
}
