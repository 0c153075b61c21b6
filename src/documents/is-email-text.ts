// An RFC 822 message starts with a block of "Name: value" header lines. A text PO may also start
// with "Subject:", so one header is not enough: it takes a header that only mail carries.

const FIRST_HEADERS = new Set([
  'from',
  'received',
  'return-path',
  'mime-version',
  'message-id',
  'subject',
  'date',
  'delivered-to',
  'to',
  'cc',
  'reply-to',
  'content-type',
  'sender',
  'thread-topic',
  'dkim-signature',
  'arc-seal',
  'authentication-results',
  'envelope-to',
  'x-mozilla-status',
]);
const MAIL_ONLY_HEADERS = new Set(['from', 'received', 'return-path', 'mime-version', 'message-id', 'delivered-to', 'content-type', 'dkim-signature']);
const HEADER_LINE = /^([!-9;-~]+):/;

/** True when `text` opens with a mail header block. `isEmlName` relaxes it for `.eml` files. */
export function isEmailText(text: string, isEmlName = false): boolean {
  const lines = text.slice(0, 32 * 1024).split(/\r?\n/, 300);
  // mbox files put a "From sender date" envelope line above the headers.
  if (lines[0]?.startsWith('From ')) lines.shift();
  const names: string[] = [];
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line) && names.length > 0) continue;
    const match = HEADER_LINE.exec(line);
    if (!match) return false;
    names.push(match[1].toLowerCase());
  }
  if (names.length === 0) return false;
  const first = names[0];
  // Mail servers put trace and authentication headers on top: X-..., and the ARC set (RFC 8617).
  if (!FIRST_HEADERS.has(first) && !first.startsWith('x-') && !first.startsWith('arc-')) return false;
  if (isEmlName) return true;
  return names.length >= 2 && names.some((name) => MAIL_ONLY_HEADERS.has(name));
}
