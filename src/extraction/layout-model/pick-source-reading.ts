import type { LayoutDocument, ReadInput } from '../../domain/layout.ts';
import { readDocument, type DocumentReading } from '../assemble/extract-document-order.ts';
import { squash, type HeaderPart } from './field-values.ts';

// Which document of a message an approved draft was read from, to learn its layout: the one that
// prints most of the approved values (its PO number, its item numbers), an attachment before the
// mail body when they tie.

function support(doc: LayoutDocument, order: HeaderPart): number {
  const text = squash(doc.text);
  const has = (v: string | null) => (v && squash(v).length >= 2 && text.includes(squash(v)) ? 1 : 0);
  return has(order.poNumber) * 3 + order.lines.reduce((n, l) => n + has(l.sku), 0) + (doc.isBody ? 0 : 0.5);
}

export function pickSourceReading(input: ReadInput, order: HeaderPart, sellerNames: string[] = []): DocumentReading | null {
  const readable = input.documents.map((d, i) => ({ d, i })).filter(({ d }) => d.method !== 'skipped');
  const ranked = readable.map((x) => ({ ...x, score: support(x.d, order) })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best || best.score < 1) return null;
  return readDocument(best.d, { sellerNames, reference: input.receivedAt ? new Date(input.receivedAt) : undefined }, best.i);
}
