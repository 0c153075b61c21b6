import type { Address } from '../../domain/draft-order.ts';
import type { LayoutModel } from '../../domain/learned-layout.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import type { HeaderPart } from './field-values.ts';
import { fingerprintLayout, fixedWords } from './fingerprint-layout.ts';
import { learnFieldPlaces } from './learn-field-places.ts';
import { learnTableModel } from './learn-table-model.ts';

// One approved draft and the reading of the document it came from → the layout model: the
// document's fixed text, the places of its header values, its table's columns, and the values
// of the customer that stay the same (name, bill-to) to use where they are printed again.

function addressWords(a: Address | null): string[] {
  return a ? [a.name, a.street, a.city, a.region].flatMap((p) => (p ? fixedWords(p) : [])) : [];
}

export function learnLayout(r: DocumentReading, order: HeaderPart): LayoutModel {
  const table = learnTableModel(r, order.lines);
  const span = { header: table?.header ?? null, rows: table?.rows ?? new Set<number>() };
  const fields = learnFieldPlaces(r, order, span);
  // Words of what changes from order to order are no part of the layout.
  const exclude = new Set([
    ...order.lines.flatMap((l) => [...fixedWords(l.description ?? ''), ...fixedWords(l.sku ?? '')]),
    ...fixedWords(order.buyer.contactName ?? ''),
    ...fixedWords(order.notes ?? ''),
    ...(sameAddress(order.shipTo, order.billTo) ? [] : addressWords(order.shipTo)),
  ]);
  const letterhead = new Set([...fixedWords(order.buyer.company ?? ''), ...addressWords(order.billTo)]);
  for (const w of letterhead) exclude.delete(w);
  return {
    version: 1,
    method: r.doc.monospace ? 'text' : r.doc.method,
    tokens: fingerprintLayout(r, { table: span, exclude, letterhead }),
    fields,
    table: table?.model ?? null,
    constants: {
      company: order.buyer.company,
      email: order.buyer.email,
      phone: order.buyer.phone,
      currency: order.currency,
      shipTo: order.shipTo,
      billTo: order.billTo,
    },
  };
}

function sameAddress(a: Address | null, b: Address | null): boolean {
  return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
}
