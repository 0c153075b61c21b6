// Item rows with no table header to stand under: OCR lost the header (white text on a dark bar
// often reads as nothing) and the rows are still there: "2 FE-500-300 Film étirable 48 pce 9,44
// 453,12". A row counts only when its own numbers multiply out (quantity x unit price = amount),
// which text that merely has numbers in it (addresses, dates, totals) does not.

import { isItemCode } from '../reading/item-code.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import { findDates } from '../../domain/parse-date.ts';
import { isChargeRow } from './read-charge-row.ts';
import { isProduct } from './fix-row-arithmetic.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

const NUMBER = /^[-(]?[$€£]?\d[\d.,']*\d?[)]?[€$£]?$/;
const UNIT = /^\p{L}{1,5}\.?$/u;
const CURRENCY_WORD = /^(?:[$€£]|eur|usd|gbp|chf|je|each|ea\.|@)$/i;
/** "FE-500-300", "RIT-6204", "LUN-SEC-INC": capitals and digits, with a digit or a hyphen. */

/** Rows of `lines` that read as items by their arithmetic alone, in order. */
export function readPricedRows(lines: LayoutLine[], style: NumberStyle): ItemDraft[] {
  const items: ItemDraft[] = [];
  const rows = new Set<number>();
  lines.forEach((line, index) => {
    const item = readRow(line, index, style);
    if (item) {
      items.push(item);
      rows.add(index);
    }
  });
  return items.map((item) => withWrappedLines(item, lines, rows));
}

/**
 * "Food-grade carton 15 x 10 x 4" over "in, bleached, with lid": the lines right under an item row
 * that hold only words inside its description's span (right of its item number, left of its
 * quantity) continue the description. A line with anything in the number columns, a gap, or the
 * next item row ends it.
 */
function withWrappedLines(item: ItemDraft, lines: LayoutLine[], rows: Set<number>): ItemDraft {
  const row = lines[item.lineIndex];
  const span = descriptionSpan(row, item.description ?? '');
  if (!span) return item;
  const parts = [item.description ?? ''];
  let last = row;
  for (let k = item.lineIndex + 1; k < lines.length && parts.length < 5; k++) {
    const l = lines[k];
    const height = Math.max(last.y1 - last.y0, 1);
    if (rows.has(k) || l.page !== row.page || l.y0 - last.y1 > height * 1.2) break;
    if (!l.segments.every((s) => s.x0 >= span.x0 - 2 && s.x1 <= span.x1 + 2) || !/\p{L}/u.test(l.text)) break;
    parts.push(
      l.segments
        .map((s) => s.text)
        .join(' ')
        .trim(),
    );
    last = l;
  }
  return parts.length > 1 ? { ...item, description: parts.join(' ') } : item;
}

/** Where the row's description stands: from the segment its first word is in to the start of the quantity's segment. */
function descriptionSpan(row: LayoutLine, description: string): { x0: number; x1: number } | null {
  const first = description.split(/\s+/)[0];
  const from = row.segments.findIndex((s) => s.text.split(/\s+/).includes(first));
  if (from < 0) return null;
  const to = row.segments.findIndex((s, i) => i > from && /^\d[\d.,']*(?:\s+\p{L}{1,5}\.?)?$/u.test(s.text.trim()));
  if (to < 0) return null;
  return { x0: row.segments[from].x0, x1: row.segments[to].x0 };
}

function readRow(line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  // A currency sign or "je" / "each" standing alone belongs to the number beside it.
  const tokens = line.segments.flatMap((s) => s.text.split(/\s+/)).filter((t) => t && !CURRENCY_WORD.test(t));
  if (tokens.length < 4) return null;
  const n = tokens.length;
  const amount = NUMBER.test(tokens[n - 1]) ? parseAmount(tokens[n - 1], style) : null;
  const price = NUMBER.test(tokens[n - 2]) ? parseAmount(tokens[n - 2], style) : null;
  if (amount === null || price === null || amount <= 0 || price <= 0) return null;
  // The quantity stands before the price ("48 pce 9,44 453,12") or opens the row ("3.000 ST KP-MAIL-A4 ...
  // 0,46 1.380,00"), with or without a unit after it: whichever makes quantity x price = amount.
  const before = UNIT.test(tokens[n - 3]) && !NUMBER.test(tokens[n - 3]) ? { qtyAt: n - 4, unitAt: n - 3 } : { qtyAt: n - 3, unitAt: -1 };
  const first = { qtyAt: 0, unitAt: UNIT.test(tokens[1] ?? '') && !NUMBER.test(tokens[1] ?? '') ? 1 : -1 };
  const product = (at: number) => {
    if (at < 0 || !/^\d[\d.,']*$/.test(tokens[at] ?? '')) return null;
    const q = parseAmount(tokens[at], style);
    return q !== null && q > 0 && isProduct(q, price, amount) ? q : null;
  };
  const place = before.qtyAt >= 1 && product(before.qtyAt) !== null ? before : first.unitAt > 0 && product(0) !== null ? first : null;
  if (!place) return null;
  const quantity = product(place.qtyAt)!;
  const { unitAt } = place;
  const lead = place.qtyAt === 0 ? tokens.slice(unitAt + 1, n - 2) : tokens.slice(0, place.qtyAt);
  const lineNo = place.qtyAt > 0 && /^\d{1,4}[.,]?$/.test(lead[0] ?? '') ? Number.parseInt(lead.shift()!, 10) : null;
  const sku = isItemCode(lead[0] ?? '') && lead.length > 1 ? lead.shift()! : null;
  // "22-DEC-26", "31/05/2024" between the description and the quantity: the line's delivery date.
  const dateAt = lead.findIndex((t, i) => i > 0 && findDates(t, { dayFirst: style === 'eu' }).some((d) => d.index === 0 && d.text.length === t.length));
  const deliveryDate = dateAt >= 0 ? findDates(lead.splice(dateAt, 1)[0], { dayFirst: style === 'eu' })[0].iso : null;
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
    deliveryDate,
    confidence: 0.6,
    page: line.page,
    lineIndex: index,
    issues: ['read without a table header: check the columns'],
  };
}
