// Header words are one witness of what a column holds; the cells under it are another. Over the
// rows under a header, the three columns whose numbers multiply out row after row (quantity x price
// = amount, less a percent from a fourth column) are the quantity, the price and the amount, whatever
// their headers say ("Rate", "Directe kostprijs", "Ext Cost", a "Units" header over "12 EA"). Which
// factor is the quantity is weighed from the cells (whole numbers, units written beside them, prices
// with cents) and the header. A column headed as line numbers whose cells are item codes holds item
// numbers.

import { isItemCode } from '../reading/item-code.ts';
import { assignCells } from './assign-cells.ts';
import { numberInCell } from './cell-numbers.ts';
import { isProduct } from './fix-row-arithmetic.ts';
import type { Column, TableHeader } from './table-header.ts';
import type { NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import type { ColumnRole } from '../reading/vocabulary.ts';
import { isSellerPartLabel } from './seller-part-label.ts';

/** What the arithmetic of the rows says about the columns, and how many rows said it. */
export interface ColumnEvidence {
  quantity: Column;
  unitPrice: Column;
  amount: Column;
  discount: Column | null;
  /** Rows whose numbers multiply out in these columns and in no other reading. */
  rows: number;
}

interface NumberCell {
  column: Column;
  value: number;
  unit: string | null;
  decimals: number;
}

const NUMERIC_ROLES: ColumnRole[] = ['quantity', 'unitPrice', 'amount', 'discount'];

/** "FST-SHCS-M8X25", "BRG-30210", "6204-2RS": an item code (capitals or digits with a digit, no spaces). */

function numberCells(line: LayoutLine, header: TableHeader, style: NumberStyle): NumberCell[] {
  const out: NumberCell[] = [];
  for (const [column, segs] of assignCells(line, header)) {
    const n = numberInCell(segs.map((s) => s.text).join(' '), style);
    if (n && n.value > 0) out.push({ column, ...n });
  }
  return out;
}

/** Every reading of one row's numbers as qty x price (x (1 - discount%)) = amount, the amount right of both factors. */
function rowReadings(cells: NumberCell[]): { a: NumberCell; b: NumberCell; amount: NumberCell; discount: NumberCell | null }[] {
  const out: { a: NumberCell; b: NumberCell; amount: NumberCell; discount: NumberCell | null }[] = [];
  for (const amount of cells) {
    for (let i = 0; i < cells.length; i++) {
      for (let j = i + 1; j < cells.length; j++) {
        const [a, b] = [cells[i], cells[j]];
        if (a === amount || b === amount || amount.column.x0 < Math.max(a.column.x0, b.column.x0)) continue;
        // A factor of one equal to the amount proves nothing: "1" beside "6.85" and "6.85".
        if ((a.value === 1 && b.value === amount.value) || (b.value === 1 && a.value === amount.value)) continue;
        if (isProduct(a.value, b.value, amount.value)) out.push({ a, b, amount, discount: null });
        else {
          const discount = cells.find((d) => d !== a && d !== b && d !== amount && d.value < 100 && isProduct(a.value, b.value, amount.value, d.value));
          if (discount) out.push({ a, b, amount, discount });
        }
      }
    }
  }
  return out;
}

/**
 * The columns the rows' arithmetic names, when at least two rows (or the only priced row) agree
 * on one reading; null when the numbers say nothing.
 */
export function readColumnArithmetic(rows: LayoutLine[], header: TableHeader, style: NumberStyle): ColumnEvidence | null {
  const votes = new Map<string, { a: Column; b: Column; amount: Column; discount: Column | null; rows: number; factors: NumberCell[][] }>();
  let priced = 0;
  for (const line of rows) {
    const readings = rowReadings(numberCells(line, header, style));
    if (readings.length === 0) continue;
    priced++;
    // A row that multiplies out two ways ("2 x 2 = 4" beside a "4" elsewhere) votes for neither.
    const keys = new Set(readings.map((r) => key(r.a.column, r.b.column, r.amount.column)));
    if (keys.size > 1) continue;
    const r = readings[0];
    const k = key(r.a.column, r.b.column, r.amount.column);
    const vote = votes.get(k) ?? { a: r.a.column, b: r.b.column, amount: r.amount.column, discount: null, rows: 0, factors: [[], []] };
    vote.rows++;
    vote.discount = vote.discount ?? r.discount?.column ?? null;
    vote.factors[0].push(r.a);
    vote.factors[1].push(r.b);
    votes.set(k, vote);
  }
  const best = [...votes.values()].sort((x, y) => y.rows - x.rows)[0];
  if (!best || (best.rows < 2 && priced > 1)) return null;
  const [qtyAt, priceAt] = quantityFirst(best.a, best.b, best.factors[0], best.factors[1]) ? [best.a, best.b] : [best.b, best.a];
  return { quantity: qtyAt, unitPrice: priceAt, amount: best.amount, discount: best.discount, rows: best.rows };
}

function key(a: Column, b: Column, amount: Column): string {
  return `${a.x0}:${b.x0}:${amount.x0}`;
}

/** Weighs which of two factor columns holds the quantity: whole numbers, units, the header, position. */
function quantityFirst(a: Column, b: Column, aCells: NumberCell[], bCells: NumberCell[]): boolean {
  return quantityWeight(a, aCells) - quantityWeight(b, bCells) + (a.x0 < b.x0 ? 0.25 : -0.25) > 0;
}

function quantityWeight(column: Column, cells: NumberCell[]): number {
  const share = (test: (c: NumberCell) => boolean) => cells.filter(test).length / Math.max(1, cells.length);
  let w = 0;
  w += share((c) => Number.isInteger(c.value));
  w += share((c) => c.unit !== null);
  w -= share((c) => c.decimals === 2 && !Number.isInteger(c.value));
  if (column.role === 'quantity') w += 1;
  if (column.role === 'unitPrice' || column.role === 'amount') w -= 1;
  return w;
}

function cellTexts(rows: LayoutLine[], header: TableHeader, column: Column): string[] {
  return rows.flatMap((line) => {
    const segs = assignCells(line, header).get(column);
    return segs
      ? [
          segs
            .map((s) => s.text)
            .join(' ')
            .trim(),
        ]
      : [];
  });
}

/** Most cells are item codes ("RM-LAB-0031", "40012877"), not line numbers. */
function isCodeColumn(rows: LayoutLine[], header: TableHeader, column: Column, digitsToo = false): boolean {
  const texts = cellTexts(rows, header, column);
  const codes = texts.filter((t) => (isItemCode(t) || (digitsToo && /^\d{5,}$/.test(t))) && !/^\d{1,4}\.?$/.test(t)).length;
  return texts.length >= 2 && codes >= texts.length * 0.6;
}

/** Most cells are words (two or more, with letters): what a description column holds. */
function isTextColumn(rows: LayoutLine[], header: TableHeader, column: Column): boolean {
  const texts = cellTexts(rows, header, column);
  const words = texts.filter((t) => (t.match(/\p{L}{2,}/gu) ?? []).length >= 2).length;
  return texts.length >= 2 && words >= texts.length * 0.6;
}

/**
 * Two columns whose headers name one thing ("Product" and "Description"; "Material" and
 * "Supplier ref."): the cells decide. Codes under a description header are item numbers when
 * words stand in a rival column; of two item-number columns the one labelled as the supplier's
 * ("Your material no.") is ours.
 */
function settleByContent(rows: LayoutLine[], header: TableHeader, columns: Column[]): Column[] {
  let out = columns;
  const desc = out.find((c) => c.role === 'description');
  if (desc && isCodeColumn(rows, header, desc, true)) {
    const words = out.find((c) => c.role === null && (c.contested === 'description' || c.x0 > desc.x0) && isTextColumn(rows, header, c) && !isSellerPartLabel(c.label));
    if (words) {
      const skuFree = !out.some((c) => c.role === 'sku' || c.alsoRole === 'sku');
      out = out.map((c) => (c === words ? { ...c, role: 'description' as const, contested: undefined } : c === desc ? { ...c, role: skuFree ? ('sku' as const) : null } : c));
    }
  }
  const sku = out.find((c) => c.role === 'sku');
  const ours = out.find((c) => c.role === null && isSellerPartLabel(c.label) && isCodeColumn(rows, header, c, true));
  if (ours && (!sku || !isSellerPartLabel(sku.label))) {
    out = out.map((c) => (c === ours ? { ...c, role: 'sku' as const, contested: undefined } : c === sku ? { ...c, role: null } : c));
  }
  return out;
}

/**
 * The header with its columns' roles put right by what the rows hold: the arithmetic's three
 * columns take quantity, price and amount (the columns the header gave those roles lose them), and
 * a "No." column full of item codes becomes the item number. Two-tier (SAP) headers are left as
 * they are: their records span lines the arithmetic of one line cannot see.
 */
export function inferColumnRoles(rows: LayoutLine[], header: TableHeader, style: NumberStyle): TableHeader {
  if (header.tiers) return header;
  const evidence = readColumnArithmetic(rows, header, style);
  let columns = header.columns;
  if (evidence) {
    // "Qty | UoM" over "12 EA" written across both: the quantity stands in either cell, and the
    // table reader takes a number from the unit cell when the quantity cell is empty.
    const at = header.columns.indexOf(evidence.quantity);
    const pair = [header.columns[at - 1], header.columns[at + 1]].find((c) => c?.role === 'quantity');
    const named = new Map<Column, ColumnRole>([
      ...(pair ? [[pair, 'quantity'] as [Column, ColumnRole]] : []),
      [evidence.quantity, pair ? 'unit' : 'quantity'],
      [evidence.unitPrice, 'unitPrice'],
      [evidence.amount, 'amount'],
      ...(evidence.discount ? [[evidence.discount, 'discount'] as [Column, ColumnRole]] : []),
    ]);
    const agrees = [...named].every(([c, role]) => c.role === role);
    if (!agrees) {
      columns = header.columns.map((c) => {
        const role = named.get(c);
        if (role) return { ...c, role, alsoRole: undefined };
        // A header naming a number the rows put elsewhere ("Qty" over nothing, "Units" over "12 EA").
        if (c.role && NUMERIC_ROLES.includes(c.role) && [...named.values()].includes(c.role)) return { ...c, role: null };
        return c;
      });
    }
  }
  const settled = settleByContent(rows, header, columns);
  if (settled !== columns) columns = settled;
  const at = columns.findIndex((c) => c.role === 'lineNo');
  if (at >= 0 && !columns.some((c) => c.role === 'sku' || c.alsoRole === 'sku') && isCodeColumn(rows, header, header.columns[at])) {
    columns = columns.map((c, k) => (k === at ? { ...c, role: 'sku' } : c));
  }
  return columns === header.columns ? header : { ...header, columns };
}
