// The word lists the readers use, merged from the lexicon of each language (lexicon/*.ts), and
// the test for label text. Lower case, accents kept; matching folds accents on both sides.

import { fold } from '../../domain/fold-text.ts';
import { COLUMN_WORDS, FIELD_LABELS, PARTY_LABELS, TABLE_END_EXTRA, TOTAL_LABELS } from '../lexicon/index.ts';

export type { ColumnRole, TotalKind } from '../lexicon/index.ts';
export { CHARGE_ROW_WORDS, COLUMN_WORDS, FIELD_LABELS, TOTAL_LABELS, UNIT_WORDS } from '../lexicon/index.ts';

/** Labels that mark OUR block on a customer's PO: vendor, supplier. */
export const SUPPLIER_LABELS = PARTY_LABELS.supplier;
export const SHIP_TO_LABELS = PARTY_LABELS.shipTo;
export const BILL_TO_LABELS = PARTY_LABELS.billTo;
export const BUYER_LABELS = PARTY_LABELS.buyer;

/** Lines that end a line-item table. */
export const TABLE_END_WORDS = [...TOTAL_LABELS.subtotal, ...TOTAL_LABELS.total, ...TABLE_END_EXTRA];

/** Removes accents and folds case, for matching labels whatever the typing. */
export { fold };

let labelSet: Set<string> | null = null;

/** Is the text itself a field or column label ("SHIP VIA", "Qty")? Such text is never a value. */
export function isLabelText(text: string): boolean {
  labelSet ??= new Set(
    [
      ...Object.values(FIELD_LABELS).flat(),
      ...Object.values(TOTAL_LABELS).flat(),
      ...Object.values(COLUMN_WORDS).flat(),
      ...SHIP_TO_LABELS,
      ...BILL_TO_LABELS,
      ...SUPPLIER_LABELS,
      'f.o.b.',
      'fob',
      'shipping terms',
      'incoterms',
      'terms of delivery',
    ].map((l) => fold(l)),
  );
  text = text.replace(/\s*\([^)]*\)\s*$/, '');
  return (
    labelSet.has(
      fold(text)
        .replace(/[:\s#.]+$/, '')
        .trim(),
    ) ||
    labelSet.has(
      fold(text)
        .replace(/[:\s#]+$/, '')
        .trim(),
    )
  );
}
