import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../src/domain/logger.ts';
import { extractInput } from '../src/pipeline/extract-input.ts';
import { processMessage } from '../src/pipeline/process-message.ts';
import { getDraft } from '../src/store/get-draft.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { LINES_FOR_GENUINE } from './fixtures/genuine-mail.ts';
import { po } from './fixtures/make-forged-mail.ts';
import { goodMail, manyParts, poPart } from './fixtures/make-hostile-inputs.ts';
import { makePoPdf } from './fixtures/make-po-pdf.ts';

// A mail bomb through the worker (issue 14): the genuine PO beside 10,000 MIME parts becomes a
// stored draft held for review, and the worker says once, in one line, that the mail was trimmed.

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-trimmed-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

function recordingLogger(lines: Array<{ level: string; fields: object; message: string }>): Logger {
  const at = (level: string) => (fields: object, message: string) => void lines.push({ level, fields, message });
  const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
  return logger;
}

describe('the worker and a trimmed mail', () => {
  it('stores the genuine PO for review and logs one line saying what was not read', async () => {
    const genuine = { poNumber: 'PO-7101', pdf: await makePoPdf(po('PO-7101', LINES_FOR_GENUINE)) };
    const lines: Array<{ level: string; fields: object; message: string }> = [];
    const result = await processMessage(
      { sourceKey: 'bomb', sourceKind: 'folder', name: 'bomb.eml', bytes: goodMail([poPart(genuine), manyParts(10_000)]), isEmail: true },
      { db: store.db, workerId: 'w', leaseMs: 60_000, maxAttempts: 3, logger: recordingLogger(lines), extract: (name, bytes) => extractInput(name, bytes) },
    );
    expect(result).toMatchObject({ action: 'processed', note: 'drafts' });
    const draft = (await getDraft(store.db, (result as { draftIds: string[] }).draftIds[0]))!;
    expect(draft.status).toBe('pending');
    expect(draft.order.poNumber).toBe('PO-7101');
    expect(draft.order.lines.map((l) => [l.sku, l.quantity])).toEqual([['MM4-4010', 12]]);
    expect(draft.order.reviewReasons).toContain('mail trimmed: 9,003 MIME parts beyond the first 1,000 were not read');
    const trimmed = lines.filter((l) => l.message.startsWith('mail trimmed'));
    expect(trimmed).toEqual([{ level: 'warn', fields: { trimmed: 'mail trimmed: 9,003 MIME parts beyond the first 1,000 were not read' }, message: 'mail trimmed: read in part' }]);
  }, 60_000);
});
