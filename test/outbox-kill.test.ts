import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/store/open-store.ts';
import { resendOutbox } from '../src/store/outbox.ts';
import { makeOrder, makeOutboxDraft } from './support/make-outbox-draft.ts';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.ts';
import { waitFor } from './support/wait-for.ts';

// Exactly once across a crash: the dispatcher runs in a child process that is SIGKILLed at the
// moment the SMTP server has the whole acknowledgement, before the dispatcher can record it. A new
// dispatcher must not send it again: the row ends 'unconfirmed' (or 'sent', if the record won the
// race), with an event on the draft for a person, and the customer has exactly one copy.

const SCRIPT = fileURLToPath(new URL('./support/run-outbox-dispatcher.ts', import.meta.url));

let store: Store;
let dir: string;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'po-outbox-kill-'));
  url = `sqlite:${join(dir, 'po.db')}`;
  store = await openStore(url);
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

function startChild(smtpUrl: string): { child: ChildProcess; exited: Promise<void> } {
  const env = { PATH: process.env.PATH ?? '', DATABASE_URL: url, SMTP_URL: smtpUrl, ACK_FROM: 'orders@seller.example', OUTBOX_LEASE_MS: '1000' };
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited };
}

const row = (key: string) => store.db.selectFrom('outbox').selectAll().where('key', '=', key).executeTakeFirstOrThrow();

describe.each([
  ['before the server answers 250', false],
  ['right after the server answers 250', true],
] as const)('dispatcher killed %s', (_label, answerFirst) => {
  let sink: SmtpSink;
  afterAll(() => sink.close());

  it('the customer gets the acknowledgement once; the row is never sent again by itself', async () => {
    let first: ReturnType<typeof startChild> | null = null;
    sink = await startSmtpSink({
      async onMessage() {
        if (!first) return undefined;
        const victim = first;
        first = null;
        if (answerFirst) setImmediate(() => victim.child.kill('SIGKILL'));
        else {
          victim.child.kill('SIGKILL');
          await victim.exited;
        }
        return undefined;
      },
    });
    const id = await makeOutboxDraft(store, `kill-${String(answerFirst)}`, makeOrder({ poNumber: `PO-K${String(answerFirst)}` }));
    const key = `ack:${id}`;
    first = startChild(sink.url);
    const killed = first.exited;
    await waitFor(() => sink.received.length === 1, 'the acknowledgement to arrive', 20_000);
    await killed;
    const afterKill = await row(key);
    expect(['sending', 'sent']).toContain(afterKill.status);

    const second = startChild(sink.url);
    try {
      await waitFor(async () => ['unconfirmed', 'sent'].includes((await row(key)).status), 'the row to settle after restart', 20_000);
      await new Promise((resolve) => setTimeout(resolve, 600)); // several polls of the new dispatcher
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]?.to).toEqual(['buyer@northwind.example']);
      const final = await row(key);
      if (afterKill.status === 'sending') {
        expect(final).toMatchObject({ status: 'unconfirmed', message_id: `<ack.${id}@seller.example>` });
        const event = await store.db.selectFrom('events').selectAll().where('draft_id', '=', id).where('kind', '=', 'outbox-unconfirmed').executeTakeFirstOrThrow();
        expect(JSON.parse(event.detail_json ?? '{}')).toMatchObject({ key, messageId: `<ack.${id}@seller.example>`, action: expect.stringMatching(/resend/) });

        // A person who checked decides to send it again: it goes out once more, with the same Message-ID.
        expect(await resendOutbox(store.db, final.id, 'rep@seller.example')).toBe(true);
        await waitFor(async () => (await row(key)).status === 'sent', 'the resend', 20_000);
        expect(sink.received).toHaveLength(2);
        expect(sink.received[1]?.parsed.messageId).toBe(sink.received[0]?.parsed.messageId);
      } else {
        expect(final.status).toBe('sent');
      }
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
  });
});
