// Flat exports (one sheet row per order line) repeat the order's own fields on every row: "Order
// No", "Order Date", "Currency", "Requested By" hold the same value from the first line to the
// last. A column of no item role whose cells are all one value is a header field, written as a
// "label value" line for the header reader, as if the order had printed it once above the table.

import type { Address } from '../../domain/draft-order.ts';
import { assignCells } from './assign-cells.ts';
import { parseAddress } from '../parties/parse-address.ts';
import { SHIP_TO_LABELS, fold } from '../reading/vocabulary.ts';
import type { LineTable } from './read-line-table.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

/** Item roles whose columns belong to the lines, never to the order. */
const ITEM_ROLES = new Set(['lineNo', 'sku', 'description', 'quantity', 'unit', 'unitPrice', 'amount', 'discount']);

/** One "label value" line per column that repeats one value on every row of a table (two rows or more). */
export function repeatedRowFields(lines: LayoutLine[], tables: LineTable[]): LayoutLine[] {
  const out: LayoutLine[] = [];
  for (const table of tables) {
    const rows = table.items.map((item) => lines[item.lineIndex]).filter((l): l is LayoutLine => !!l);
    if (rows.length < 2) continue;
    const header = { index: table.start, columns: table.columns, cellCount: table.columns.length };
    const values = new Map(table.columns.map((c) => [c, new Set<string>()]));
    const filled = new Map(table.columns.map((c) => [c, 0]));
    for (const row of rows) {
      for (const [column, segs] of assignCells(row, header)) {
        values.get(column)?.add(
          segs
            .map((s) => s.text)
            .join(' ')
            .trim(),
        );
        filled.set(column, (filled.get(column) ?? 0) + 1);
      }
    }
    const head = lines[table.start];
    for (const column of table.columns) {
      if (column.role && ITEM_ROLES.has(column.role)) continue;
      const seen = values.get(column)!;
      if (seen.size !== 1 || filled.get(column) !== rows.length) continue;
      const [value] = [...seen];
      if (!value || !/\p{L}{2}/u.test(column.label)) continue;
      const label = column.label.trim();
      const y = (head?.y0 ?? 0) - 1;
      out.push({
        page: head?.page ?? 1,
        y0: y,
        y1: y,
        docIndex: head?.docIndex ?? 0,
        text: `${label}: ${value}`,
        segments: [
          { text: `${label}:`, x0: 0, x1: label.length * 6, conf: 1 },
          { text: value, x0: label.length * 6 + 12, x1: label.length * 6 + 12 + value.length * 6, conf: 1 },
        ],
      });
    }
  }
  return out;
}

/** A repeated "Deliver To" / "Ship To" cell ("Southern Cross Mining, 18 Kewdale Road, Welshpool WA 6106, Australia") as the ship-to address. */
export function repeatedShipTo(repeated: LayoutLine[]): Address | null {
  const labels = new Set(SHIP_TO_LABELS.map((l) => fold(l)));
  for (const line of repeated) {
    const [label, value] = line.segments.map((s) => s.text);
    if (!labels.has(fold(label.replace(/:$/, ''))) || !value?.includes(',')) continue;
    const address = parseAddress(value.split(/\s*,\s*/).filter(Boolean));
    if (address?.name && (address.city || address.street)) return address;
  }
  return null;
}
