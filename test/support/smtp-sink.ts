import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { freePort } from './free-port.ts';

// A real SMTP server (npm smtp-server) on a free loopback port that keeps what it receives. Hooks
// let a test refuse a command or act at the moment a message's body has fully arrived.

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSinkHooks {
  /** Return an SMTP reply code (e.g. 451) to refuse this RCPT TO; undefined accepts. */
  onRcpt?: (address: string, count: number) => number | undefined;
  /** Runs when a body has fully arrived, before the server answers; return a code to refuse it. */
  onMessage?: (mail: ReceivedMail) => Promise<number | undefined> | number | undefined;
}

export interface SmtpSink {
  port: number;
  url: string;
  /** Messages the server accepted (answered 250), in order. */
  received: ReceivedMail[];
  close(): Promise<void>;
}

export async function startSmtpSink(hooks: SmtpSinkHooks = {}): Promise<SmtpSink> {
  const port = await freePort();
  const received: ReceivedMail[] = [];
  let rcpts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      rcpts += 1;
      const code = hooks.onRcpt?.(address.address, rcpts);
      callback(code ? withCode(new Error('try again later'), code) : null);
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      void readMessage(stream, session).then(async (mail) => {
        const code = await hooks.onMessage?.(mail);
        if (code) return callback(withCode(new Error('message refused'), code));
        received.push(mail);
        callback(null);
      }, callback);
    },
  });
  server.on('error', () => undefined); // a client killed mid-session is expected in these tests
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function readMessage(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<ReceivedMail> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
  return { from, to: session.envelope.rcptTo.map((r) => r.address), raw, parsed: await simpleParser(raw) };
}

function withCode(err: Error, code: number): Error {
  return Object.assign(err, { responseCode: code });
}
