import type { DraftOrder, OrderLine } from '../domain/draft-order.ts';

// Is this order one we already have? Same customer and PO number, or the same content: a repeat
// (duplicate) or a changed re-send (revision, with what changed). Either way a rep decides.

export interface EarlierDraft {
  id: string;
  status: string;
  createdAt: string;
  order: DraftOrder;
  contentHash: string | null;
}

export interface DuplicateCheck {
  duplicateOf: string | null;
  revisionOf: string | null;
  changes: string[];
  reasons: string[];
}

const keyOf = (l: OrderLine) => (l.catalogSku ?? l.sku ?? l.description ?? '').toUpperCase();

/** What changed between two versions of a PO, in words a rep reads at a glance. */
export function diffOrders(before: DraftOrder, after: DraftOrder): string[] {
  const changes: string[] = [];
  const old = new Map(before.lines.map((l) => [keyOf(l), l]));
  const now = new Map(after.lines.map((l) => [keyOf(l), l]));
  for (const [key, l] of now) {
    const o = old.get(key);
    if (!o) changes.push(`added ${key}: ${l.quantity} ${l.unit ?? ''}`.trim());
    else {
      if (o.quantity !== l.quantity) changes.push(`${key}: quantity ${o.quantity} → ${l.quantity}`);
      if (o.unitPrice !== l.unitPrice) changes.push(`${key}: unit price ${o.unitPrice ?? '-'} → ${l.unitPrice ?? '-'}`);
    }
  }
  for (const key of old.keys()) if (!now.has(key)) changes.push(`removed ${key}`);
  if (before.requestedDeliveryDate !== after.requestedDeliveryDate)
    changes.push(`requested delivery ${before.requestedDeliveryDate ?? '-'} → ${after.requestedDeliveryDate ?? '-'}`);
  if (JSON.stringify(before.shipTo) !== JSON.stringify(after.shipTo)) changes.push('ship-to address changed');
  return changes;
}

export function checkDuplicate(order: DraftOrder, contentHash: string, earlier: EarlierDraft[]): DuplicateCheck {
  const none: DuplicateCheck = { duplicateOf: null, revisionOf: null, changes: [], reasons: [] };
  const customerId = order.buyer.customerId;
  if (!customerId) return none;
  // A rejected draft does not count: a re-send after a rejection is the way to correct it.
  // The approved order is what a repeat or a revision is compared with; then the newest.
  const rank = (d: EarlierDraft) => (d.status === 'approved' ? 0 : 1);
  const mine = earlier
    .filter((d) => d.status !== 'rejected' && d.order.buyer.customerId === customerId)
    .sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt));
  const samePo = order.poNumber ? mine.find((d) => d.order.poNumber?.toUpperCase() === order.poNumber!.toUpperCase()) : undefined;
  const sameContent = mine.find((d) => d.contentHash === contentHash);
  const what = (d: EarlierDraft) => `draft ${d.id} (${d.status}, ${d.createdAt.slice(0, 10)})`;
  if (samePo) {
    const changes = diffOrders(samePo.order, order);
    if (changes.length === 0 || samePo.contentHash === contentHash) {
      return { ...none, duplicateOf: samePo.id, reasons: [`duplicate PO: ${order.poNumber} from ${customerId} is already ${what(samePo)}`] };
    }
    return { duplicateOf: null, revisionOf: samePo.id, changes, reasons: [`revised PO: ${order.poNumber} from ${customerId} changes ${what(samePo)}: ${changes.join('; ')}`] };
  }
  if (sameContent)
    return { ...none, duplicateOf: sameContent.id, reasons: [`possible duplicate: same customer and lines as ${what(sameContent)}, PO ${sameContent.order.poNumber ?? '(none)'}`] };
  return none;
}
