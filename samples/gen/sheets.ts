import ExcelJS from 'exceljs';
import type { Po } from './model.ts';
import type { ColumnOrder } from './pdf/columns.ts';
import { columnsFor } from './pdf/columns.ts';
import { labels, taxLabel } from './i18n.ts';
import { addressLines } from './address.ts';
import { formatDate, FIXED_TIMESTAMP } from './dates.ts';
import { formatNumber } from './format.ts';
import { fixZipTimestamps } from './zipfix.ts';

export interface SheetResult { bytes: Buffer; texts: string[] }

type Cell = string | number | Date | null;

export interface SheetOptions {
  order: ColumnOrder;
  /** Header fields (PO number, dates, ship-to ...) in the top rows; else only the line table. */
  headerRows: boolean;
  /** xlsx: real date cells instead of date strings. */
  dateCells?: boolean;
}

function headers(po: Po, order: ColumnOrder): { keys: string[]; names: string[] } {
  const cols = columnsFor(po, order, 500);
  const cur = po.currency ? ` (${po.currency})` : '';
  const L = labels(po.style);
  const names: Record<string, string> = { unitPrice: `${L.unitPrice}${cur}`, amount: `${L.amount}${cur}` };
  return { keys: cols.map((c) => c.key), names: cols.map((c) => names[c.key] ?? c.header) };
}

function dateCell(po: Po, iso: string, asDate: boolean): Cell {
  return asDate ? new Date(`${iso}T00:00:00Z`) : formatDate(iso, po.style.date);
}

/** Top rows: label in column A, value in column B (addresses over several rows). */
function headerBlock(po: Po, asDate: boolean): Cell[][] {
  const L = labels(po.style);
  const rows: Cell[][] = [[po.company.name], [L.title], [L.poNumber, po.poNumber]];
  if (po.orderDate) rows.push([L.orderDate, dateCell(po, po.orderDate, asDate)]);
  if (po.deliveryDate) rows.push([L.deliveryDate, dateCell(po, po.deliveryDate, asDate)]);
  if (po.contact) rows.push([L.contact, po.contact.name], [L.email, po.contact.email], [L.phone, po.contact.phone]);
  if (po.shipTo) addressLines(po.shipTo, po.style.lang).forEach((l, i) => rows.push([i === 0 ? L.shipTo : '', l]));
  if (po.billTo) addressLines(po.billTo, po.style.lang).forEach((l, i) => rows.push([i === 0 ? L.billTo : '', l]));
  if (po.paymentTerms) rows.push([L.terms, po.paymentTerms]);
  if (po.shippingMethod) rows.push([L.shipVia, po.shippingMethod]);
  if (po.notes) rows.push([L.notes, po.notes]);
  rows.push([]);
  return rows;
}

function lineCells(po: Po, keys: string[]): Cell[][] {
  const rows: Cell[][] = po.lines.map((l) => keys.map((k) => {
    const v: Record<string, Cell> = { line: l.lineNo, sku: l.sku, description: l.description, qty: l.quantity, unit: l.unit, unitPrice: l.unitPrice, amount: l.amount };
    return v[k] ?? null;
  }));
  for (const ch of [po.discount, po.freight]) {
    if (ch?.inTable) rows.push(keys.map((k) => (k === 'description' ? ch.label : k === 'amount' ? ch.amount : null)));
  }
  return rows;
}

function totalCells(po: Po, width: number): Cell[][] {
  if (po.total === null) return [];
  const L = labels(po.style);
  const pad = (label: string, v: number): Cell[] => [...Array(width - 2).fill(null), label, v];
  const rows: Cell[][] = [[], pad(L.subtotal, po.subtotal!)];
  if (po.freight && !po.freight.inTable) rows.push(pad(L.shipping, po.freight.amount));
  if (po.tax !== null) rows.push(pad(taxLabel(po.style, po.taxRate!), po.tax));
  rows.push(pad(L.total, po.total));
  return rows;
}

/** All rows of the sheet: optional header block, table header, lines, totals. */
export function sheetRows(po: Po, o: SheetOptions): Cell[][] {
  const { keys, names } = headers(po, o.order);
  const top = o.headerRows ? headerBlock(po, o.dateCells ?? false) : [];
  return [...top, names, ...lineCells(po, keys), ...totalCells(po, keys.length)];
}

export async function xlsxOrder(po: Po, o: SheetOptions & { sheetName: string }): Promise<SheetResult> {
  const wb = new ExcelJS.Workbook();
  wb.creator = po.contact?.name ?? po.company.name;
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;
  const ws = wb.addWorksheet(o.sheetName);
  const rows = sheetRows(po, o);
  const dateFmt = po.style.locale === 'en-US' ? 'mm/dd/yyyy' : 'dd.mm.yyyy';
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = dateFmt;
      else if (typeof cell.value === 'number' && !Number.isInteger(cell.value)) cell.numFmt = '#,##0.00##';
    });
  }
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 16 : 22));
  const bytes = fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
  return { bytes, texts: rows.flat().filter((v) => v !== null && v !== '').map(String) };
}

function csvField(v: Cell, po: Po, sep: string): string {
  if (v === null) return '';
  let s: string;
  if (typeof v === 'number') s = sep === ';' ? formatNumber(v, po.style.locale, Number.isInteger(v) ? 0 : decimalsOf(v), false) : String(v);
  else if (v instanceof Date) s = formatDate(v.toISOString().slice(0, 10), po.style.date);
  else s = v;
  return s.includes(sep) || /["\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function decimalsOf(v: number): number {
  return Math.abs(v * 100 - Math.round(v * 100)) < 1e-7 ? 2 : 3;
}

/** CSV: ',' with plain decimals, or ';' with the locale's decimal comma (German Excel export). */
export function csvOrder(po: Po, o: SheetOptions & { sep: ',' | ';' }): SheetResult {
  const rows = sheetRows(po, { ...o, dateCells: false });
  const text = rows.map((r) => r.map((v) => csvField(v, po, o.sep)).join(o.sep)).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(text, 'utf8'), texts: rows.flat().filter((v) => v !== null && v !== '').map(String) };
}

