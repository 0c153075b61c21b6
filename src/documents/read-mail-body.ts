// The body of a message as one monospace document. text/plain is preferred, except when only the
// HTML keeps an order table's rows together (Outlook's plain alternative puts each cell on its own
// line); quoted reply chains are cut so an old order in the thread is not read again.

import type { LayoutDocument } from '../domain/layout.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { readPlainText } from './read-plain-text.ts';
import { stripQuotedReply } from './strip-quoted-reply.ts';

export interface MailText {
  text?: string;
  html?: string | false;
  subject?: string;
}

/** Subjects of forwarded mail in the languages customers use (Fw, Fwd, WG, TR, RV, I, Doorst). */
const FORWARD_SUBJECT = /^\s*(fwd?|wg|tr|rv|enc|i|doorst)\s*:/i;
/** A line with at least two column gaps (TAB or a run of spaces) between values. */
const TABLE_ROW = /\S(\t+| {2,})\S.*(\t+| {2,})\S/;

/** The body document named `name`, or null when the message has no readable text. */
export function readMailBody(mail: MailText, name = 'body'): LayoutDocument | null {
  const chosen = chooseBodyText(mail);
  if (!chosen) return null;
  const normalised = chosen.text.replace(/\r\n?/g, '\n');
  const body = stripQuotedReply(normalised, { forwarded: FORWARD_SUBJECT.test(mail.subject ?? '') }).trim();
  if (!body) return null;
  return readPlainText(name, body, { mediaType: chosen.mediaType, isBody: true });
}

function chooseBodyText(mail: MailText): { text: string; mediaType: string } | null {
  const plain = mail.text?.trim() ? mail.text : null;
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : null;
  if (!html) return plain ? { text: plain, mediaType: 'text/plain' } : null;
  if (plain && !/<td/i.test(html)) return { text: plain, mediaType: 'text/plain' };
  const fromHtml = htmlToPlainText(html);
  if (!plain || (countTableRows(fromHtml) >= 2 && countTableRows(plain) === 0)) return { text: fromHtml, mediaType: 'text/html' };
  return { text: plain, mediaType: 'text/plain' };
}

function countTableRows(text: string): number {
  return text.split('\n').filter((line) => TABLE_ROW.test(line)).length;
}
