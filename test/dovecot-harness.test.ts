import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDovecot, type Dovecot } from './support/dovecot.ts';
import { startSilentProxy, type SilentProxy } from './support/silent-proxy.ts';

// Proves the integration-test harness against a real Dovecot: LMTP delivery, APPEND, IDLE
// notification, restart on the same ports with the same mail, a recreated mailbox getting a new
// UIDVALIDITY, and a proxy that goes silent without closing anything.

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

let dovecot: Dovecot;

beforeAll(async () => {
  dovecot = await startDovecot();
}, 300_000); // the first run on a bare machine may apt-get install Dovecot

afterAll(async () => {
  if (!dovecot) return;
  await dovecot.close();
  await dovecot.close(); // a second close is a no-op
  expect(pgrep(dovecot.confPath)).toBe('');
  expect(existsSync(dovecot.dir)).toBe(false);
});

let serial = 0;
function message(subject: string): string {
  serial += 1;
  return [
    'From: Buyer <buyer@example.test>',
    'To: Intake <intake@example.test>',
    `Subject: ${subject}`,
    `Message-ID: <harness-${Date.now()}-${serial}@example.test>`,
    'Date: Mon, 02 Mar 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Body of ${subject}.`,
    '.leading dot survives dot-stuffing',
    '',
  ].join('\r\n');
}

function client(port = dovecot.imapPort): ImapFlow {
  const c = new ImapFlow({ ...dovecot.imapOptions(), port, logger: false });
  c.on('error', () => {});
  return c;
}

async function subjects(mailbox: string): Promise<string[]> {
  const c = client();
  try {
    await c.connect();
    await c.mailboxOpen(mailbox, { readOnly: true });
    if (c.mailbox && c.mailbox.exists === 0) return [];
    const messages = await c.fetchAll('1:*', { envelope: true, source: true });
    return messages.map((m) => `${m.envelope?.subject}|${m.source?.toString().includes('\r\n.leading dot') ? 'dot-ok' : 'dot-lost'}`);
  } finally {
    await c.logout().catch(() => c.close());
  }
}

function pgrep(pattern: string): string {
  return spawnSync('pgrep', ['-af', pattern], { encoding: 'utf8' }).stdout.trim();
}

function portRefuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}

function timer(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

describe('Dovecot harness', () => {
  it('runs a private instance on free loopback ports', () => {
    expect(dovecot.host).toBe('127.0.0.1');
    expect(dovecot.imapPort).toBeGreaterThan(1024);
    expect(dovecot.lmtpPort).toBeGreaterThan(1024);
    expect(dovecot.imapPort).not.toBe(dovecot.lmtpPort);
    expect(dovecot.dir).toMatch(/^\/tmp\/dv-/);
    expect(pgrep(dovecot.confPath)).toContain('dovecot');
    expect(dovecot.imapOptions()).toEqual({
      host: '127.0.0.1',
      port: dovecot.imapPort,
      secure: false,
      auth: { user: dovecot.user, pass: dovecot.password },
    });
  });

  it('delivers over LMTP into INBOX, visible over IMAP', async () => {
    const before = await dovecot.countMessages('INBOX');
    await dovecot.deliverLmtp(message('PO 1001 via LMTP'));
    expect(await dovecot.countMessages('INBOX')).toBe(before + 1);
    expect(await subjects('INBOX')).toContain('PO 1001 via LMTP|dot-ok');
    const uids = await dovecot.listUids('INBOX');
    expect(uids).toHaveLength(before + 1);
    expect(uids).toEqual([...uids].sort((a, b) => a - b));
  });

  it('appends over IMAP into INBOX and into a Processed folder', async () => {
    const before = await dovecot.countMessages('INBOX');
    await dovecot.append(message('PO 1002 via APPEND'));
    expect(await dovecot.countMessages('INBOX')).toBe(before + 1);
    expect(await subjects('INBOX')).toContain('PO 1002 via APPEND|dot-ok');

    await dovecot.createMailbox('Processed');
    expect(await dovecot.listUids('Processed')).toEqual([]);
    await dovecot.append(message('PO 1003 filed'), 'Processed');
    await dovecot.append(Buffer.from(message('PO 1004 filed')), 'Processed');
    expect(await dovecot.countMessages('Processed')).toBe(2);
    expect(await dovecot.listUids('Processed')).toEqual([1, 2]);
    expect(await subjects('Processed')).toEqual(['PO 1003 filed|dot-ok', 'PO 1004 filed|dot-ok']);
  });

  it('notifies an idling client with an exists event soon after an LMTP delivery', async () => {
    const c = client();
    try {
      await c.connect();
      const box = await c.mailboxOpen('INBOX');
      const prev = box.exists;
      const exists = new Promise<{ path: string; count: number; prevCount: number }>((resolve) => c.once('exists', resolve));
      const idling = c.idle().catch(() => undefined);
      await vi.waitFor(() => expect(c.idling).toBe(true), { timeout: 2000, interval: 10 });
      const sentAt = Date.now();
      await dovecot.deliverLmtp(message('PO 1005 while idling'));
      const event = await Promise.race([exists, timer(3000)]);
      const elapsed = Date.now() - sentAt;
      expect(event, 'no exists event within 3 s').not.toBe('timeout');
      expect(event).toEqual({ path: 'INBOX', count: prev + 1, prevCount: prev });
      console.log(`IDLE: exists event ${elapsed} ms after the LMTP 250`);
      await c.noop(); // breaks IDLE
      await idling;
    } finally {
      await c.logout().catch(() => c.close());
    }
  });

  it('stop() cuts clients off and closes the port; start() comes back on the same ports with the same mail', async () => {
    const { imapPort, lmtpPort } = dovecot;
    const uids = await dovecot.listUids('INBOX');
    const validity = await dovecot.uidValidity('INBOX');
    expect(uids.length).toBeGreaterThan(0);

    const c = client();
    try {
      await c.connect();
      await c.mailboxOpen('INBOX');
      const closed = new Promise<void>((resolve) => c.once('close', () => resolve()));

      const t0 = Date.now();
      await dovecot.stop();
      console.log(`stop(): ${Date.now() - t0} ms`);
      expect(await Promise.race([closed.then(() => 'closed'), timer(3000)])).toBe('closed');
      expect(await portRefuses(imapPort)).toBe(true);
      expect(await portRefuses(lmtpPort)).toBe(true);
      expect(pgrep(dovecot.confPath)).toBe('');
      await dovecot.stop(); // stopping a stopped server is a no-op
    } finally {
      c.close();
    }

    const t1 = Date.now();
    await dovecot.start();
    console.log(`start(): ${Date.now() - t1} ms`);
    expect(dovecot.imapPort).toBe(imapPort);
    expect(dovecot.lmtpPort).toBe(lmtpPort);
    expect(await dovecot.listUids('INBOX')).toEqual(uids);
    expect(await dovecot.uidValidity('INBOX')).toBe(validity);
    await dovecot.deliverLmtp(message('PO 1006 after restart'));
    expect(await dovecot.listUids('INBOX')).toHaveLength(uids.length + 1);
  });

  it('a deleted and recreated mailbox has a new UIDVALIDITY and starts empty', async () => {
    await dovecot.createMailbox('Failed');
    await dovecot.append(message('PO 1007 failed'), 'Failed');
    const first = await dovecot.uidValidity('Failed');
    expect(first).toMatch(/^\d+$/);
    expect(await dovecot.listUids('Failed')).toEqual([1]);

    await dovecot.deleteMailbox('Failed');
    await dovecot.createMailbox('Failed');
    const second = await dovecot.uidValidity('Failed');
    expect(second).toMatch(/^\d+$/);
    expect(second).not.toBe(first);
    expect(await dovecot.countMessages('Failed')).toBe(0);
    await dovecot.append(message('PO 1008 failed again'), 'Failed');
    expect(await dovecot.listUids('Failed')).toEqual([1]);
    console.log(`UIDVALIDITY of Failed: ${first} -> ${second}`);
  });

  describe('silent proxy', () => {
    let proxy: SilentProxy;
    beforeAll(async () => {
      proxy = await startSilentProxy(dovecot.host, dovecot.imapPort);
    });
    afterAll(async () => {
      await proxy?.close();
    });

    it('while frozen a NOOP gets no answer and the connection stays open; thaw delivers; dropAll cuts', async () => {
      const c = client(proxy.port);
      let closed = false;
      c.on('close', () => {
        closed = true;
      });
      try {
        await c.connect();
        await c.mailboxOpen('INBOX');
        await c.noop(); // answered while forwarding
        expect(proxy.connections()).toBe(1);

        proxy.freeze();
        const noop = c.noop().then(() => 'answered' as const);
        noop.catch(() => {});
        expect(await Promise.race([noop, timer(1500)])).toBe('timeout');
        expect(proxy.connections()).toBe(1);
        expect(closed).toBe(false);
        expect(c.usable).toBe(true);

        // A new connection while frozen is accepted but hears no greeting either.
        const late = client(proxy.port);
        const lateConnect = late.connect().then(() => 'connected' as const);
        lateConnect.catch(() => {});
        try {
          expect(await Promise.race([lateConnect, timer(1000)])).toBe('timeout');
          expect(proxy.connections()).toBe(2);

          proxy.thaw();
          expect(await Promise.race([noop, timer(2000)])).toBe('answered');
          expect(await Promise.race([lateConnect, timer(2000)])).toBe('connected');
        } finally {
          late.close();
        }

        proxy.dropAll();
        await vi.waitFor(() => expect(closed).toBe(true), { timeout: 2000, interval: 10 });
        await vi.waitFor(() => expect(proxy.connections()).toBe(0), { timeout: 2000, interval: 10 });
      } finally {
        c.close();
      }
    });
  });
});
