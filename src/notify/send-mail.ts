import nodemailer, { type Mail } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';

// The SMTP adapter (nodemailer). Its one job beyond sending is to say, when a send fails, whether
// the mail certainly did not go out: the outbox retries only those, so a customer never gets an
// acknowledgement twice.

export interface OutgoingMail {
  from: string;
  /** Bare addresses; the SMTP envelope is built from these alone, never from any header. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  /** Files sent with it: the acknowledgement in kind of an order that came as data. */
  attachments?: Array<{ filename: string; contentType: string; content: string }>;
}

export type MailResult =
  | { ok: true; response: string }
  /**
   * definite: the server cannot have accepted it (it said no, or the message body never finished);
   * permanent: a 5xx reply or a bad setting, so trying again will not help.
   */
  | { ok: false; definite: boolean; permanent: boolean; error: string };

export interface MailSender {
  send(mail: OutgoingMail): Promise<MailResult>;
  close(): void;
}

export interface MailSenderOptions {
  /** Each of connect, greeting and socket inactivity; the whole send stays well under the outbox lease. */
  timeoutMs?: number;
}

export function createMailSender(smtpUrl: string, options: MailSenderOptions = {}): MailSender {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const open = new Set<Mail>();
  return {
    async send(mail) {
      // A transport per send (SMTPTransport connects per message anyway), so the body-end signal
      // below belongs to this message alone.
      const body = { ended: false };
      const transport = nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
        logger: watchBodyEnd(body),
      });
      open.add(transport);
      try {
        return await sendMail(transport, mail, body);
      } finally {
        open.delete(transport);
        transport.close();
      }
    },
    close: () => open.forEach((transport) => transport.close()),
  };
}

/**
 * SMTP accepts a message only once it has the body's closing "." (RFC 5321 4.1.1.4). nodemailer
 * logs `{ tnx: 'message', outByteCount }` when the body stream, dot included, has been handed to
 * the socket; a failure before that line therefore cannot have delivered the message. (Pinned
 * nodemailer version; test/outbox-delivery.test.ts checks both sides of this line.)
 */
function watchBodyEnd(body: { ended: boolean }) {
  const ignore = () => undefined;
  return {
    info(entry: { tnx?: string; outByteCount?: number }) {
      if (entry?.tnx === 'message' && typeof entry.outByteCount === 'number') body.ended = true;
    },
    trace: ignore,
    debug: ignore,
    warn: ignore,
    error: ignore,
    fatal: ignore,
  };
}

async function sendMail(transport: Mail, mail: OutgoingMail, body: { ended: boolean }): Promise<MailResult> {
  let raw: Buffer;
  try {
    raw = await toRawMessage(mail);
  } catch (err) {
    return { ok: false, definite: true, permanent: true, error: `cannot build the message: ${firstLine(err)}` };
  }
  try {
    const info = await transport.sendMail({ envelope: { from: bareAddress(mail.from), to: mail.to }, raw });
    return { ok: true, response: String((info as { response?: unknown }).response ?? '') };
  } catch (err) {
    return toFailure(err, body.ended);
  }
}

function toFailure(err: unknown, bodyEnded: boolean): MailResult {
  const { responseCode, code } = err as { responseCode?: number; code?: string };
  const error = firstLine(err);
  // A reply code is the server's definite answer: 4xx try later, 5xx no.
  if (typeof responseCode === 'number') return { ok: false, definite: true, permanent: responseCode >= 500, error: `${responseCode} ${error}` };
  const badSetting = code === 'EAUTH' || code === 'ENOAUTH' || code === 'ECONFIG';
  return { ok: false, definite: !bodyEnded || badSetting, permanent: badSetting, error };
}

function toRawMessage(mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    attachments: mail.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
    date: new Date(),
  });
  return composer.compile().build();
}

function bareAddress(mailbox: string): string {
  return /<([^<>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox.trim();
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] || 'unknown error';
}
