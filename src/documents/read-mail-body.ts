// The body of a message as monospace documents. text/plain is preferred, except when only the
// HTML keeps an order table's rows together (Outlook's plain alternative puts each cell on its own
// line). A forwarded message inside the body is its own document, with the header it shows (the
// customer's mail, not the forward); a reply's quoted thread is cut off and kept apart on its
// document, so an old order in the thread is not read again unless the reply approves it.

import type { LayoutDocument } from '../domain/layout.ts';
import { htmlToPlainText } from './html-to-plain-text.ts';
import { readPlainText } from './read-plain-text.ts';
import { FORWARD_SUBJECT, splitThread } from './strip-quoted-reply.ts';

export interface MailText {
  text?: string;
  html?: string | false;
  subject?: string;
}

/** A line with at least two column gaps (TAB or a run of spaces) between values. */
const TABLE_ROW = /\S(\t+| {2,})\S.*(\t+| {2,})\S/;

/** The body documents: `name` for the mail's own text, `fwd: name` for a message forwarded in it
 * (`fwd: fwd: name` one deeper); none when the message has no readable text. */
export function readMailBody(mail: MailText, name = 'body'): LayoutDocument[] {
  const chosen = chooseBodyText(mail);
  if (!chosen) return [];
  const normalised = chosen.text.replace(/\r\n?/g, '\n');
  const docs: LayoutDocument[] = [];
  for (const part of splitThread(normalised, { forwarded: FORWARD_SUBJECT.test(mail.subject ?? '') })) {
    const text = part.text.trim();
    const quoted = part.quoted?.text.trim() ? part.quoted : null;
    if (!text && !quoted) continue;
    const docName = `${'fwd: '.repeat(part.depth)}${name}`;
    const doc = readPlainText(docName, text, { mediaType: chosen.mediaType, isBody: true });
    if (part.header) doc.forwardedFrom = { ...part.header, depth: part.depth };
    if (quoted) doc.quoted = { header: quoted.header, document: readPlainText(`${docName} (quoted)`, quoted.text, { mediaType: chosen.mediaType }) };
    docs.push(doc);
  }
  return docs;
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
