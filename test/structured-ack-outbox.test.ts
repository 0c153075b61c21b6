import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutDocument, ReadInput } from '../src/domain/layout.ts';
import { silentLogger } from '../src/domain/logger.ts';
import { toStructuredDrafts } from '../src/extraction/structured/to-structured-drafts.ts';
import { startOutboxDispatcher } from '../src/pipeline/deliver-outbox.ts';
import { openStore, type Store } from '../src/store/open-store.ts';
import { readStructured } from '../src/structured/read-structured.ts';
import { tokenizeEdifact } from '../src/structured/tokenize-edifact.ts';
import { tokenizeX12 } from '../src/structured/tokenize-x12.ts';
import { REPO_ROOT_SAMPLES } from './fixtures/shared-folder.ts';
import { makeOutboxDraft } from './support/make-outbox-draft.ts';
import { startSmtpSink } from './support/smtp-sink.ts';
import { waitFor } from './support/wait-for.ts';

// An approved structured order is acknowledged in kind through the outbox and a real SMTP server:
// the acknowledgement mail carries the X12 855 (or ORDRSP ...) as an attachment, sent once.

const SAMPLES = join(REPO_ROOT_SAMPLES, 'structured');
let store: Store;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-structured-ack-'));
  store = await openStore(`sqlite:${join(dir, 'po.db')}`);
});

afterAll(async () => {
  await store?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function draftOf(name: string) {
  const reading = readStructured(await readFile(join(SAMPLES, name), 'utf8'))!;
  const doc: LayoutDocument = { name, mediaType: 'text/plain', method: 'edi', pageCount: null, pages: [], text: '', structured: reading };
  const input: ReadInput = { kind: 'file', messageId: null, from: null, fromName: null, subject: null, receivedAt: null, file: name, documents: [] };
  return toStructuredDrafts(doc, input)[0];
}

describe('acknowledgement in kind through the outbox', () => {
  it('mails the X12 855 and the EDIFACT ORDRSP as attachments, each once', async () => {
    const sink = await startSmtpSink();
    const x12 = await makeOutboxDraft(store, 'x12', await draftOf('x12-850-4010.edi'));
    const edifact = await makeOutboxDraft(store, 'edifact', await draftOf('edifact-orders-d96a.edi'));
    const dispatcher = startOutboxDispatcher(
      { ACK_FROM: 'Orders <orders@seller.example>', URGENT_ALERT_TO: [], PUBLIC_URL: 'https://po.seller.example/', HOST: '127.0.0.1', PORT: 8787, SMTP_URL: sink.url },
      store,
      silentLogger,
      { pollMs: 40, baseDelayMs: 150, maxDelayMs: 1000, leaseMs: 30_000 },
    );
    try {
      const status = (id: string) => store.db.selectFrom('outbox').select('status').where('key', '=', `ack:${id}`).executeTakeFirstOrThrow();
      await waitFor(async () => (await status(x12)).status === 'sent' && (await status(edifact)).status === 'sent', 'both acks sent');
      await dispatcher.runOnce();
      expect(sink.received).toHaveLength(2);
      const byTo = new Map(sink.received.map((m) => [m.to[0], m]));
      const x12Mail = byTo.get('dana.whitfield@lakeview-grocers.example')!;
      const [x12File] = x12Mail.parsed.attachments;
      expect(x12File.filename).toBe('855_4500012345.x12');
      expect(tokenizeX12(x12File.content.toString('utf8')).transactions[0].type).toBe('855');
      const edifactMail = byTo.get('einkauf@kaufhaus-brenner.example')!;
      const [edifactFile] = edifactMail.parsed.attachments;
      expect(edifactFile.filename).toBe('ORDRSP_ORD-2026-0117.edi');
      expect(tokenizeEdifact(edifactFile.content.toString('utf8')).messages[0].identifier[0]).toBe('ORDRSP');
    } finally {
      await dispatcher.stop();
      await sink.close();
    }
  });
});
