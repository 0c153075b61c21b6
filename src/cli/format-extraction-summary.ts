import type { DraftOrder, ExtractionResult } from '../domain/draft-order.ts';

/** The short human summary `extract` prints without --json: a few lines per input. */
export function formatExtractionSummary(name: string, result: ExtractionResult): string {
  if (!result.isPurchaseOrder || result.orders.length === 0) {
    const note = result.isPurchaseOrder ? 'purchase order, but no order was read' : 'not a purchase order';
    return `${name}: ${note}\n`;
  }
  const count = result.orders.length;
  const blocks = result.orders.map((order, i) => formatOrder(order, count > 1 ? `order ${i + 1} of ${count}: ` : ''));
  return `${name}: purchase order${count > 1 ? `s (${count})` : ''}\n${blocks.join('')}`;
}

function formatOrder(order: DraftOrder, prefix: string): string {
  const facts = [
    `PO ${order.poNumber ?? '(none)'}`,
    `buyer ${order.buyer.company ?? order.buyer.contactName ?? order.buyer.email ?? '(unknown)'}`,
    `${order.lines.length} line${order.lines.length === 1 ? '' : 's'}`,
    `total ${order.total === null ? '(none)' : `${formatMoney(order.total)}${order.currency ? ` ${order.currency}` : ''}`}`,
  ];
  const urgency = `urgency: ${order.urgency.level}${formatReasons(order.urgency.reasons)}`;
  const review = order.needsReview ? `review: needed${formatReasons(order.reviewReasons)}` : 'review: not needed';
  return [`${prefix}${facts.join(' | ')}`, urgency, review, ...formatModel(order)].map((line) => `  ${line}\n`).join('');
}

/** Which model read the draft and what it cost, when one was asked. */
function formatModel(order: DraftOrder): string[] {
  const x = order.extraction;
  if (!x || x.method !== 'rules+llm') return [];
  const tokens = x.tokens ? `, ${(x.tokens.prompt + x.tokens.completion).toLocaleString('en-US')} tokens` : '';
  const cost = x.costUsd !== null ? `, ~$${x.costUsd.toFixed(4)}` : '';
  return [`model: ${x.model ?? '?'} (${x.promptVersion ?? '?'})${tokens}${cost}`];
}

function formatReasons(reasons: string[]): string {
  return reasons.length > 0 ? ` (${reasons.join('; ')})` : '';
}

function formatMoney(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
