import type { HeaderBlock } from '../domain/header-block.ts';
import type { DraftOrder } from '../domain/draft-order.ts';
import { escapeHtml } from './escape-html.ts';
import { toReferences } from './read-references.ts';
import type { OutgoingMail } from './send-mail.ts';
import { toStructuredAck } from './acknowledge/to-structured-ack.ts';

// The acknowledgement a customer gets when their order is approved: PO number, lines, quantities,
// dates, as a reply in the thread of their own mail. Plain text first, a simple escaped table too.

export interface AckInput {
  order: DraftOrder;
  from: string;
  /** The validated buyer address stored on the draft. */
  to: string;
  messageId: string;
  /** The customer's mail: its Message-ID, parsed header block and subject, when it came by mail. */
  originalMessageId: string | null;
  originalHeaders: HeaderBlock;
  originalSubject: string | null;
  /** When the acknowledgement is made (the date in an acknowledgement in kind); default now. */
  now?: Date;
}

export function toAckMail(input: AckInput): OutgoingMail {
  const { order } = input;
  const parent = toMessageId(input.originalMessageId);
  const title = `Order ${order.poNumber ?? '(no PO number)'} received and confirmed`;
  const mail: OutgoingMail = {
    from: input.from,
    to: [input.to],
    subject: toReplySubject(input.originalSubject, title),
    text: toText(order, title),
    html: toHtml(order, title),
    messageId: input.messageId,
  };
  // An order that came as data is acknowledged in kind too (X12 855, ORDRSP, cXML, UBL), attached;
  // made from the message id, so the same outbox row always attaches the same file.
  const inKind = toStructuredAck(order, input.messageId, input.now ?? new Date());
  if (inKind) {
    mail.attachments = [inKind];
    mail.text = `${mail.text}
Attached: ${inKind.filename}, the acknowledgement in the format of your order.
`;
  }
  if (parent) return { ...mail, inReplyTo: parent, references: toReferences(input.originalHeaders, parent) };
  return mail;
}

function toReplySubject(original: string | null, fallback: string): string {
  const subject = original?.replace(/[\r\n]+/g, ' ').trim();
  if (!subject) return fallback;
  return /^re:/i.test(subject) ? subject : `Re: ${subject}`;
}

function toMessageId(value: string | null): string | null {
  const id = value?.trim();
  if (!id) return null;
  return id.startsWith('<') ? id : `<${id}>`;
}

function toDateLines(order: DraftOrder): string[] {
  const lines = [];
  if (order.orderDate) lines.push(`Order date: ${order.orderDate}`);
  lines.push(`Requested delivery: ${order.requestedDeliveryDate ?? 'not stated; we will confirm the date separately'}`);
  return lines;
}

function toText(order: DraftOrder, title: string): string {
  const rows = order.lines.map((line, i) => `${line.lineNo ?? i + 1}. ${line.sku ?? '-'}  ${line.description ?? ''}  ${line.quantity} ${line.unit ?? ''}`.trimEnd());
  return [
    'Thank you for your order.',
    '',
    title,
    `PO number: ${order.poNumber ?? '-'}`,
    ...toDateLines(order),
    '',
    'Lines:',
    ...rows,
    '',
    'Please reply to this message if anything is not as you intended.',
    '',
  ].join('\n');
}

function toHtml(order: DraftOrder, title: string): string {
  const cell = (value: string | number | null) => `<td style="padding:2px 8px">${escapeHtml(value)}</td>`;
  const rows = order.lines
    .map((line, i) => `<tr>${cell(line.lineNo ?? i + 1)}${cell(line.sku ?? '-')}${cell(line.description)}${cell(line.quantity)}${cell(line.unit)}</tr>`)
    .join('');
  return [
    '<!doctype html><html><body>',
    '<p>Thank you for your order.</p>',
    `<h3>${escapeHtml(title)}</h3>`,
    `<p>PO number: ${escapeHtml(order.poNumber ?? '-')}<br>${toDateLines(order).map(escapeHtml).join('<br>')}</p>`,
    '<table><thead><tr><th>#</th><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th></tr></thead>',
    `<tbody>${rows}</tbody></table>`,
    '<p>Please reply to this message if anything is not as you intended.</p>',
    '</body></html>',
  ].join('\n');
}
