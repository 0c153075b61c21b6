// Item rows with no table header to stand under: OCR lost the header (white text on a dark bar
// often reads as nothing) and the rows are still there: "2 FE-500-300 Film étirable 48 pce 9,44
// 453,12". A row counts only when its own numbers multiply out (quantity x unit price = amount),
// which text that merely has numbers in it (addresses, dates, totals) does not.

import { isItemCode } from '../reading/item-code.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import { isChargeRow } from './read-charge-row.ts';
import { isProduct } from './fix-row-arithmetic.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

const NUMBER = /^[-(]?[$€£]?\d[\d.,']*\d?[)]?[€$£]?$/;
const UNIT = /^\p{L}{1,5}\.?$/u;
/** "FE-500-300", "RIT-6204", "LUN-SEC-INC": capitals and digits, with a digit or a hyphen. */

/** Rows of `lines` that read as items by their arithmetic alone, in order. */
export function readPricedRows(lines: LayoutLine[], style: NumberStyle): ItemDraft[] {
  const items: ItemDraft[] = [];
  lines.forEach((line, index) => {
    const item = readRow(line, index, style);
    if (item) items.push(item);
  });
  return items;
}

function readRow(line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const tokens = line.segments.flatMap((s) => s.text.split(/\s+/)).filter(Boolean);
  if (tokens.length < 4) return null;
  const n = tokens.length;
  const amount = NUMBER.test(tokens[n - 1]) ? parseAmount(tokens[n - 1], style) : null;
  const price = NUMBER.test(tokens[n - 2]) ? parseAmount(tokens[n - 2], style) : null;
  if (amount === null || price === null || amount <= 0 || price <= 0) return null;
  // The quantity stands before the price, with or without a unit after it ("48 pce", "12").
  const unitAt = UNIT.test(tokens[n - 3]) && !NUMBER.test(tokens[n - 3]) ? n - 3 : -1;
  const qtyAt = unitAt >= 0 ? n - 4 : n - 3;
  if (qtyAt < 1 || !/^\d[\d.,']*$/.test(tokens[qtyAt])) return null;
  const quantity = parseAmount(tokens[qtyAt], style);
  if (quantity === null || quantity <= 0 || !isProduct(quantity, price, amount)) return null;
  const lead = tokens.slice(0, qtyAt);
  const lineNo = /^\d{1,4}[.,]?$/.test(lead[0] ?? '') ? Number.parseInt(lead.shift()!, 10) : null;
  const sku = isItemCode(lead[0] ?? '') && lead.length > 1 ? lead.shift()! : null;
  const description = lead.join(' ').trim() || null;
  if (!description || !/\p{L}{3}/u.test(description) || isChargeRow(description, sku)) return null;
  return {
    lineNo,
    sku,
    description,
    quantity,
    unit: unitAt >= 0 ? tokens[unitAt].replace(/\.$/, '').toUpperCase() : null,
    unitPrice: price,
    amount,
    deliveryDate: null,
    confidence: 0.6,
    page: line.page,
    lineIndex: index,
    issues: ['read without a table header: check the columns'],
  };
}
