import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import pLimit from 'p-limit';
import type { Settings } from '../cli/load-settings.ts';
import { closeOcr } from '../documents/read-input.ts';
import { coerceError } from '../domain/errors.ts';
import type { Logger } from '../domain/logger.ts';
import { DropFolderSource } from '../mailbox/drop-folder-source.ts';
import { ImapSource } from '../mailbox/imap-source.ts';
import { createOriginals, prerenderPages } from './read-originals.ts';
import { importConfiguredMaster } from '../cli/load-master-files.ts';
import { createExtractor, storeLayouts, storeMaster } from './create-extractor.ts';
import { startOutboxDispatcher } from '../pipeline/deliver-outbox.ts';
import { describeLesson, learnApprovedLayout } from '../pipeline/learn-approved-layout.ts';
import type { IncomingMessage } from '../domain/incoming-message.ts';
import { processMessage, type PipelineDeps } from '../pipeline/process-message.ts';
import { markSettled, settleGoneMessages } from '../store/message-ledger.ts';
import type { Store } from '../store/open-store.ts';
import { loadSourceState, saveSourceState } from '../store/source-state.ts';

// Composition of the worker: one source (the IMAP mailbox when IMAP_HOST is set, else the drop
// folder), the pipeline with bounded concurrency, and the source's health written to the store.

export interface Worker {
  stop(): Promise<void>;
}

/** Largest message or file a source downloads; extraction has its own, smaller, per-part limit. */
const MAX_MESSAGE_BYTES = 50 * 1024 * 1024;
const HEARTBEAT_MS = 10_000;

export interface WorkerOptions {
  /** Overrides for tests and benchmarks: faster folder scans, IMAP timings. */
  folderPollMs?: number;
  folderQuietMs?: number;
  imap?: { commandTimeoutMs?: number; watchdogMs?: number; reconcileMs?: number; maxBackoffMs?: number; useIdle?: boolean; pollMs?: number };
}

export async function startWorker(settings: Settings, store: Store, logger: Logger, options: WorkerOptions = {}): Promise<Worker> {
  const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const log = logger.child({ worker: workerId });
  const limit = pLimit(settings.WORKER_CONCURRENCY);
  await importConfiguredMaster(store.db, settings, log);
  // The master data is asked for its version per message, so an import or a mapping learned from
  // an approval applies at once; it is read and indexed again only when it changed.
  const extractor = createExtractor(settings, { master: storeMaster(store.db), layouts: storeLayouts(store.db) });
  const deps: PipelineDeps = {
    db: store.db,
    workerId,
    leaseMs: settings.WORKER_LEASE_SECONDS * 1000,
    maxAttempts: settings.WORKER_MAX_ATTEMPTS,
    logger: log,
    extract: (name, bytes) => extractor.extract(name, bytes),
  };
  const prerender = startPrerender(store, log);
  const handle = (message: IncomingMessage) =>
    limit(async () => {
      const result = await processMessage(message, deps);
      if (result.action === 'processed' && result.draftIds.length > 0) prerender.add(result.messageId, result.draftIds);
      return result;
    });
  const settle = (messageIds: string[]) => markSettled(store.db, messageIds);
  const health = trackHealth(store, settings, log);
  // Acknowledgements, urgent alerts and webhooks queued with the drafts (the outbox).
  const learn = async (draftId: string) => {
    const outcome = await learnApprovedLayout(store.db, draftId, { sellerNames: settings.SELLER_NAME, ocrLangs: settings.OCR_LANGS });
    return describeLesson(outcome, null);
  };
  const outbox = startOutboxDispatcher(settings, store, log, { learn });
  let source: { stop(): Promise<void> };
  if (settings.IMAP_HOST) {
    const name = health.name;
    const imap = new ImapSource({
      imap: {
        host: settings.IMAP_HOST,
        port: settings.IMAP_PORT ?? (settings.IMAP_SECURE === false ? 143 : 993),
        secure: settings.IMAP_SECURE ?? true,
        user: settings.IMAP_USER ?? '',
        password: settings.IMAP_PASSWORD ?? '',
      },
      mailbox: settings.IMAP_MAILBOX,
      processedMailbox: settings.IMAP_PROCESSED_MAILBOX,
      failedMailbox: settings.IMAP_FAILED_MAILBOX,
      postAction: settings.IMAP_PROCESSED_ACTION,
      pollMs: settings.IMAP_POLL_SECONDS * 1000,
      watchdogMs: settings.IMAP_WATCHDOG_SECONDS * 1000,
      reconcileMs: settings.IMAP_RECONCILE_SECONDS * 1000,
      process: handle,
      settle,
      settleGone: (uidValidity, waiting) => settleGoneMessages(store.db, settings.IMAP_MAILBOX, uidValidity, waiting),
      loadCheckpoint: async () => {
        const state = await loadSourceState(store.db, name);
        return { uidValidity: state?.uid_validity ?? null, nextUid: state?.next_uid ?? null };
      },
      saveCheckpoint: (checkpoint) => saveSourceState(store.db, name, 'imap', { uid_validity: checkpoint.uidValidity, next_uid: checkpoint.nextUid }),
      onState: health.update,
      logger: log.child({ source: name }),
      maxBytes: MAX_MESSAGE_BYTES,
      ...options.imap,
    });
    imap.start();
    source = imap;
  } else {
    const folder = new DropFolderSource({
      dir: resolve(settings.INBOX_DIR),
      process: handle,
      settle,
      logger: log.child({ source: health.name }),
      maxBytes: MAX_MESSAGE_BYTES,
      pollMs: options.folderPollMs,
      quietMs: options.folderQuietMs,
      onScan: (at, error) => health.update({ connected: !error, lastFetchAt: at, error }),
    });
    await folder.start();
    source = folder;
  }
  log.info({ source: health.name, store: store.label, concurrency: settings.WORKER_CONCURRENCY }, 'worker started');
  return {
    async stop() {
      await source.stop();
      await outbox.stop();
      await prerender.stop();
      health.stop();
      await health.flush();
      await closeOcr();
      log.info({}, 'worker stopped');
    },
  };
}

interface HealthTracker {
  name: string;
  update(state: { connected: boolean; lastFetchAt?: Date; error?: string }): void;
  flush(): Promise<void>;
  stop(): void;
}

/** Keeps the source's state in the store: on every change, and as a heartbeat. */
function trackHealth(store: Store, settings: Settings, log: Logger): HealthTracker {
  const imap = Boolean(settings.IMAP_HOST);
  const name = imap ? `imap:${settings.IMAP_USER}@${settings.IMAP_HOST}/${settings.IMAP_MAILBOX}` : `folder:${resolve(settings.INBOX_DIR)}`;
  const state = { connected: 0, last_fetch_at: null as string | null, last_error: null as string | null };
  let writing = Promise.resolve();
  let writtenAt = 0;
  const write = () => {
    writtenAt = Date.now();
    const patch = { ...state, heartbeat_at: new Date().toISOString() };
    writing = writing
      .then(() => saveSourceState(store.db, name, imap ? 'imap' : 'folder', patch))
      .catch((err: unknown) => log.warn({ error: coerceError(err).message }, 'cannot record the source state'));
  };
  const timer = setInterval(write, HEARTBEAT_MS);
  timer.unref();
  write();
  return {
    name,
    update(update) {
      // A change is written at once; fetch times at most every 2 s (the heartbeat does the rest).
      const changed =
        state.connected !== (update.connected ? 1 : 0) || (update.error ?? null) !== state.last_error || (update.lastFetchAt !== undefined && Date.now() - writtenAt > 2000);
      state.connected = update.connected ? 1 : 0;
      if (update.lastFetchAt) state.last_fetch_at = update.lastFetchAt.toISOString();
      if (update.error !== undefined || update.connected) state.last_error = update.error ?? null;
      if (changed) write();
    },
    flush: () => writing,
    stop() {
      clearInterval(timer);
      state.connected = 0;
      write();
    },
  };
}

/**
 * Renders the pages of drafts that wait for review into the store, one message at a time behind
 * the extraction, so the review desk shows them at once, on Workers too (which cannot render).
 * Drafts that passed straight through are skipped: nobody needs to look at them.
 */
function startPrerender(store: Store, log: Logger): { add(messageId: string, draftIds: string[]): void; stop(): Promise<void> } {
  const originals = createOriginals(store.db);
  const one = pLimit(1);
  let stopped = false;
  return {
    add(messageId, draftIds) {
      void one(async () => {
        if (stopped) return;
        const pending = await store.db.selectFrom('drafts').select('id').where('id', 'in', draftIds).where('status', '=', 'pending').execute();
        if (pending.length > 0) await prerenderPages(store.db, originals, messageId);
      }).catch((err: unknown) => log.warn({ messageId, error: coerceError(err).message }, 'page images not rendered'));
    },
    async stop() {
      stopped = true;
      one.clearQueue();
      while (one.activeCount > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
