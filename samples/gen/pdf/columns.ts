import type { Po } from '../model.ts';
import type { Column } from './table.ts';
import { labels } from '../i18n.ts';

export type ColumnOrder = 'sku-first' | 'qty-first' | 'desc-first';

const ORDERS: Record<ColumnOrder, string[]> = {
  'sku-first': ['line', 'sku', 'description', 'qty', 'unit', 'unitPrice', 'amount'],
  'qty-first': ['line', 'qty', 'unit', 'sku', 'description', 'unitPrice', 'amount'],
  'desc-first': ['line', 'description', 'sku', 'qty', 'unit', 'unitPrice', 'amount'],
};

const WIDTHS: Record<string, number> = { line: 30, sku: 82, qty: 42, unit: 38, unitPrice: 62, amount: 68 };

/** Which columns the PO actually has: no SKU column when no line has one, etc. */
function hasColumn(po: Po, key: string): boolean {
  switch (key) {
    case 'line': return po.lines.some((l) => l.lineNo !== null);
    case 'sku': return po.lines.some((l) => l.sku !== null);
    case 'unit': return po.lines.some((l) => l.unit !== null);
    case 'unitPrice':
    case 'amount': return po.currency !== null;
    default: return true;
  }
}

/** Columns filling `width`; the description column takes what is left and wraps. */
export function columnsFor(po: Po, order: ColumnOrder, width: number, headers: Partial<Record<string, string>> = {}): Column[] {
  const L = labels(po.style);
  const names: Record<string, string> = { line: L.line, sku: L.sku, description: L.description, qty: L.qty, unit: L.unit, unitPrice: L.unitPrice, amount: L.amount, ...headers };
  const keys = ORDERS[order].filter((k) => hasColumn(po, k));
  const fixed = keys.filter((k) => k !== 'description').reduce((s, k) => s + WIDTHS[k], 0);
  return keys.map((key) => ({
    key,
    header: names[key],
    width: key === 'description' ? width - fixed : WIDTHS[key],
    align: ['qty', 'unitPrice', 'amount', 'line'].includes(key) ? 'right' : 'left',
    wrap: key === 'description',
  }));
}
