import type { Po } from '../model.ts';
import type { ColumnOrder } from '../pdf/columns.ts';
import { columnsFor } from '../pdf/columns.ts';
import { padLeft, padRight } from '../format.ts';
import { bodyHeaderPairs, cellRows, shipToLines, billToLines, totalsFor } from './common.ts';
import { labels } from '../i18n.ts';

/** A fixed-width table: columns aligned with spaces, numbers right-aligned. */
export function textTable(po: Po, order: ColumnOrder): string[] {
  const cols = columnsFor(po, order, 500);
  const rows = cellRows(po);
  const widths = cols.map((c) => Math.max(c.header.length, ...rows.map((r) => (r[c.key] ?? '').length)));
  const fmt = (vals: string[]) => vals.map((v, i) => (cols[i].align === 'right' ? padLeft(v, widths[i]) : padRight(v, widths[i]))).join('  ').trimEnd();
  const out = [fmt(cols.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(fmt(cols.map((c) => r[c.key] ?? '')));
  const width = widths.reduce((s, w) => s + w + 2, -2);
  const totals = totalsFor(po);
  if (totals.length) out.push('');
  for (const [label, value] of totals) out.push(padLeft(`${label}: ${padLeft(value, 12)}`, width));
  return out;
}

/** Header fields as "Label: value" lines plus ship-to / bill-to blocks. */
export function textHeader(po: Po): string[] {
  const L = labels(po.style);
  const pairs = bodyHeaderPairs(po);
  const w = Math.max(...pairs.map(([l]) => l.length)) + 2;
  const out = pairs.map(([l, v]) => `${padRight(`${l}:`, w)}${v}`);
  const ship = shipToLines(po);
  if (ship.length) out.push('', `${L.shipTo}:`, ...ship.map((s) => `  ${s}`));
  const bill = billToLines(po);
  if (bill.length) out.push('', `${L.billTo}:`, ...bill.map((s) => `  ${s}`));
  return out;
}

/** A plain-text order body: greeting, intro, header, table, extra lines, signature. */
export function textOrderBody(po: Po, o: { order: ColumnOrder; greeting: string; intro: string[]; after?: string[]; signature: string[] }): string {
  const parts = [o.greeting, '', ...o.intro, '', ...textHeader(po), '', ...textTable(po, o.order)];
  if (o.after?.length) parts.push('', ...o.after);
  parts.push('', ...o.signature);
  return parts.join('\n') + '\n';
}
