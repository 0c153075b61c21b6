import type { Address, OrderLine } from '../../domain/draft-order.ts';
import type { LayoutModel } from '../../domain/learned-layout.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { applyFieldPlaces } from './apply-field-places.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import { applyTableModel } from './apply-table-model.ts';
import { squash, type FieldValue } from './field-values.ts';

// A learned layout read on a document it matched: the header values at their learned places,
// the lines under the learned columns, and the customer's constant values where printed again.

export interface LayoutReading {
  values: Array<[string, FieldValue | Address]>;
  lines: OrderLine[] | null;
}

function printed(text: string, value: string | null | undefined): boolean {
  const v = value ? squash(value) : '';
  return v.length >= 3 && text.includes(v);
}

/** The address's name, street and city all printed; on a scan one of them may be misread. */
function addressPrinted(text: string, a: unknown, ocr: boolean): a is Address {
  if (!a || typeof a !== 'object') return false;
  const address = a as Address;
  const parts = [address.name, ...(address.street ?? '').split('\n'), address.city].filter((p): p is string => !!p);
  const found = parts.filter((p) => printed(text, p)).length;
  return parts.length >= 2 && found >= parts.length - (ocr && parts.length >= 3 ? 1 : 0);
}

export function applyLayout(r: DocumentReading, model: LayoutModel): LayoutReading {
  const table = model.table ? applyTableModel(r, model.table) : null;
  const values: LayoutReading['values'] = applyFieldPlaces(r, model.fields, table?.rows).map((p) => [p.field, p.value]);
  const text = squash(r.doc.text);
  const c = model.constants;
  const ocr = isOcrDocument(r.doc);
  if (printed(text, c.company)) values.push(['buyer.company', c.company!]);
  if (c.email && r.doc.text.toLowerCase().includes(c.email.toLowerCase())) values.push(['buyer.email', c.email]);
  if (printed(text, c.phone)) values.push(['buyer.phone', c.phone!]);
  if (c.currency) values.push(['currency', c.currency]);
  if (addressPrinted(text, c.shipTo, ocr)) values.push(['shipTo', c.shipTo]);
  if (addressPrinted(text, c.billTo, ocr)) values.push(['billTo', c.billTo]);
  return { values, lines: table?.lines ?? null };
}
