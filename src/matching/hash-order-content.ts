import type { DraftOrder } from '../domain/draft-order.ts';

// A fingerprint of what is ordered (customer and lines, not dates or wording), so the same order
// re-sent under another Message-ID or PO number is recognised. cyrb53: a small, well-known 53-bit
// string hash, pure JS, so it runs on Workers too; collisions only ever cause a review.

function cyrb53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

export function hashOrderContent(order: DraftOrder): string {
  const lines = order.lines.map((l) => [l.catalogSku ?? l.sku ?? l.description ?? '', l.quantity, (l.unit ?? '').toUpperCase(), l.unitPrice ?? ''].join('|')).sort();
  return cyrb53(JSON.stringify([order.buyer.customerId ?? order.buyer.email ?? '', lines]));
}
