import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Settings } from '../cli/load-settings.ts';
import type { Logger } from '../domain/logger.ts';
import { processMessage } from '../pipeline/process-message.ts';
import { markSettled } from '../store/message-ledger.ts';
import type { Store } from '../store/open-store.ts';
import type { Intake } from '../web/originals.ts';
import { createExtractor, storeLayouts, storeMaster } from './create-extractor.ts';

// Orders posted over HTTP (POST /api/cxml) go through the pipeline the mailbox and the drop folder
// use: claimed in the ledger under their key (a platform's retry of one payloadID is the same
// key, so no second draft), read by the worker's extractor, stored with their drafts. There is
// nothing to move afterwards, so the message is settled at once.

export function createIntake(store: Store, settings: Settings, logger: Logger): Intake {
  const extractor = createExtractor(settings, { master: storeMaster(store.db), layouts: storeLayouts(store.db) });
  const deps = {
    db: store.db,
    workerId: `${hostname()}:${process.pid}:http:${randomUUID().slice(0, 8)}`,
    leaseMs: settings.WORKER_LEASE_SECONDS * 1000,
    maxAttempts: settings.WORKER_MAX_ATTEMPTS,
    logger: logger.child({ source: 'http' }),
    extract: (name: string, bytes: Uint8Array) => extractor.extract(name, bytes),
  };
  return async ({ sourceKey, name, bytes }) => {
    const result = await processMessage({ sourceKey, sourceKind: 'upload', name, fileName: name, bytes, isEmail: false, receivedAt: new Date().toISOString() }, deps);
    if (result.action !== 'wait') await markSettled(store.db, [result.messageId]);
    if (result.action === 'failed') return { outcome: 'failed', error: result.error };
    if (result.action === 'wait') return { outcome: 'busy' };
    if (result.note === 'drafts') return { outcome: 'drafts', draftIds: result.draftIds };
    return { outcome: result.note === 'not-order' ? 'not-order' : 'duplicate' };
  };
}
