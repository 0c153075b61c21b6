import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailSender } from '../src/notify/send-mail.ts';

// Which failures certainly did not deliver: a scripted SMTP server that drops the connection at
// each step. Only a drop after the body's final "." is ambiguous (the server may have queued it).

type DropAt = 'rcpt' | 'data' | 'mid-body' | 'after-dot';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

function startDroppingServer(dropAt: DropAt): Promise<number> {
  server = createServer((socket) => {
    socket.write('220 test ESMTP\r\n');
    let inBody = false;
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      if (inBody) {
        // Stop reading so the kernel buffers fill and the client cannot have written the end yet.
        if (dropAt === 'mid-body') return void (socket.pause(), setTimeout(() => socket.destroy(), 300));
        buffer += chunk.toString('latin1');
        if (buffer.includes('\r\n.\r\n')) socket.destroy();
        return;
      }
      buffer += chunk.toString('latin1');
      for (let end = buffer.indexOf('\r\n'); end !== -1 && !inBody; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (/^(EHLO|HELO|MAIL)/i.test(line)) socket.write('250 ok\r\n');
        else if (/^RCPT/i.test(line)) dropAt === 'rcpt' ? socket.destroy() : socket.write('250 ok\r\n');
        else if (/^DATA/i.test(line)) dropAt === 'data' ? socket.destroy() : (socket.write('354 go on\r\n'), (inBody = true));
        else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
      }
    });
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
}

const mail = (size: number) => ({
  from: 'Orders <orders@seller.example>',
  to: ['buyer@northwind.example'],
  subject: 'Re: PO',
  text: 'x'.repeat(size),
  html: '<p>x</p>',
  messageId: '<ack.1@seller.example>',
});

describe('createMailSender: a failed send says whether the mail certainly did not go out', () => {
  it.each([
    ['rcpt', true],
    ['data', true],
    ['mid-body', true],
    ['after-dot', false],
  ] as const)('connection dropped at %s: definite=%s', async (dropAt, definite) => {
    const port = await startDroppingServer(dropAt);
    const sender = createMailSender(`smtp://127.0.0.1:${port}`, { timeoutMs: 2000 });
    const result = await sender.send(mail(dropAt === 'mid-body' ? 24_000_000 : 100));
    expect(result).toMatchObject({ ok: false, definite, permanent: false });
  });

  it('a refused connection is definite and temporary; a 5xx reply is definite and permanent', async () => {
    const port = await startDroppingServer('rcpt');
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    expect(await createMailSender(`smtp://127.0.0.1:${port}`).send(mail(10))).toMatchObject({ ok: false, definite: true, permanent: false });
    server = createServer((socket) => {
      socket.write('220 hi\r\n');
      socket.on('data', (d: Buffer) => socket.write(/^(EHLO|HELO)/i.test(d.toString()) ? '250 ok\r\n' : /^MAIL/i.test(d.toString()) ? '250 ok\r\n' : '550 no such user\r\n'));
    });
    const port2 = await new Promise<number>((resolve) => server!.listen(0, '127.0.0.1', () => resolve((server!.address() as { port: number }).port)));
    const result = await createMailSender(`smtp://127.0.0.1:${port2}`).send(mail(10));
    expect(result).toMatchObject({ ok: false, definite: true, permanent: true });
    expect(result.ok === false && result.error).toMatch(/^550/);
  });
});
