import type { DraftOrder } from '../domain/draft-order.ts';
import { escapeHtml } from './escape-html.ts';
import type { OutgoingMail } from './send-mail.ts';

// The note to URGENT_ALERT_TO when an urgent draft arrives: who, which PO, why urgent, and a link
// to the draft in the review UI. Internal, so it may quote the urgency reasons.

export interface AlertInput {
  order: DraftOrder;
  from: string;
  to: string[];
  messageId: string;
  link: string;
  sender: string | null;
}

export function toAlertMail(input: AlertInput): OutgoingMail {
  const { order } = input;
  const customer = order.buyer.company ?? input.sender ?? 'unknown customer';
  const subject = `Urgent order: ${order.poNumber ?? 'no PO number'} from ${customer}`.replace(/[\r\n]+/g, ' ');
  const facts = [
    `Customer: ${customer}`,
    `PO number: ${order.poNumber ?? '-'}`,
    `Requested delivery: ${order.requestedDeliveryDate ?? '-'}`,
    `Lines: ${order.lines.length}`,
    `Why urgent: ${order.urgency.reasons.join('; ') || '-'}`,
  ];
  const text = ['An urgent order is waiting for review.', '', ...facts, '', `Open the draft: ${input.link}`, ''].join('\n');
  const html = [
    '<!doctype html><html><body>',
    '<p>An urgent order is waiting for review.</p>',
    `<p>${facts.map(escapeHtml).join('<br>')}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Open the draft</a></p>`,
    '</body></html>',
  ].join('\n');
  return { from: input.from, to: input.to, subject, text, html, messageId: input.messageId };
}
