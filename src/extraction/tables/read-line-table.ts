import { KNOWN_UNITS, isKnownUnit, priceOf, splitQuantity } from './cell-numbers.ts';
import { assignCells, cellConf, cellText } from './assign-cells.ts';
import { findTableHeaders, type Column, type TableHeader } from './find-table-header.ts';
import { isChargeRow, readChargeRow } from './read-charge-row.ts';
import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import { TABLE_END_WORDS, fold } from '../reading/vocabulary.ts';
import { fixRowArithmetic, isProduct } from './fix-row-arithmetic.ts';
import type { ItemDraft, NumberStyle, TableCharge } from '../reading/item-draft.ts';
import { isOcrRead } from '../reading/ocr-tolerance.ts';
import { isOneEdit, onlyNear } from '../reading/is-one-edit.ts';
import { readRowAttributes } from './read-row-attributes.ts';
import { inferColumnRoles } from './infer-column-roles.ts';

export type { ItemDraft, NumberStyle, TableCharge } from '../reading/item-draft.ts';
export { splitQuantity } from './cell-numbers.ts';

export interface LineTable {
  items: ItemDraft[];
  charges: TableCharge[];
  /** Index of the header line and of the line after the last row: the table's extent. */
  start: number;
  end: number;
  columns: Column[];
}

const END_WORDS = TABLE_END_WORDS.map(fold);

/** Known units of three letters or more: shorter ones are a letter from too many others. */
const LONG_UNITS = [...KNOWN_UNITS].filter((u) => u.length >= 3);

/** "PUE" on a scan: the one known unit a letter away ("PCE"), else the unit as read. */
function mendOcrUnit(unit: string | null, ocr: boolean): string | null {
  if (!unit || !ocr || isKnownUnit(unit)) return unit;
  const read = fold(unit);
  return onlyNear(LONG_UNITS, (u) => u.length === read.length && isOneEdit(read, u))?.toUpperCase() ?? unit;
}

function isEndLine(line: LayoutLine): boolean {
  const first = fold(line.segments[0]?.text ?? '').replace(/[:.]+$/, '');
  return END_WORDS.some((w) => first === w || first.startsWith(`${w} `) || first.startsWith(`${w}:`));
}

/** The cells of the record at `index`: one line, or two for a two-tier (SAP-style) header. */
function recordCells(lines: LayoutLine[], index: number, header: TableHeader): { cells: Map<Column, Segment[]>; used: number } {
  if (!header.tiers) return { cells: assignCells(lines[index], header), used: 1 };
  const second = lines[index + 1];
  const top = assignCells(lines[index], header, header.tiers[0]);
  if (!second || second.page !== lines[index].page) return { cells: top, used: 1 };
  // A record without its second line: the next line already starts a record of its own.
  const secondAsTop = assignCells(second, header, header.tiers[0]);
  const qty = cellText(secondAsTop, 'quantity');
  if (qty && /\d/.test(qty) && header.tiers[0].some((c) => c.role === 'quantity')) return { cells: top, used: 1 };
  if (second.y0 - lines[index].y1 > (lines[index].y1 - lines[index].y0) * 2.5) return { cells: top, used: 1 };
  const bottom = assignCells(second, header, header.tiers[1]);
  return { cells: new Map([...top, ...bottom]), used: 2 };
}

function toItem(lines: LayoutLine[], index: number, header: TableHeader, style: NumberStyle): { item: ItemDraft; used: number } | null {
  const { cells, used } = recordCells(lines, index, header);
  const item = toItemFromCells(cells, header.columns, lines[index], index, style);
  return item ? { item, used } : null;
}

function isLeftOfDescription(columns: Column[]): boolean {
  const qty = columns.find((c) => c.role === 'quantity');
  const desc = columns.find((c) => c.role === 'description');
  return !!qty && !!desc && qty.x0 < desc.x0;
}

function toItemFromCells(cells: Map<Column, Segment[]>, columns: Column[], line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  // Right-aligned quantities often sit under the next header ("3 Unidad" under "Unidad").
  const unitText = cellText(cells, 'unit');
  let descText = cellText(cells, 'description');
  let qtyText = cellText(cells, 'quantity') ?? (unitText && splitQuantity(unitText, style).qty !== null ? unitText : null);
  // "Qty Description" written as one run ("20 LED tube T8"): the leading number is the quantity.
  const lead = !qtyText && descText ? descText.match(/^(\d[\d.,]*)\s+(\D.*)$/) : null;
  if (lead && ![...cells.keys()].some((c) => c.role === 'quantity') && isLeftOfDescription(columns)) {
    qtyText = lead[1];
    descText = lead[2];
  }
  // "Qty UoM" read as "TQ UM": a column with no name whose numbers times the price make the amount is the quantity.
  if (!qtyText && !columns.some((c) => c.role === 'quantity')) qtyText = quantityInUnnamedCell(cells, style);
  // "3 CT-300" under "Cantidad Material": the quantity run into the item number beside it.
  const qtyInSku = !qtyText ? quantityRunIntoCode(cells, columns) : null;
  if (qtyInSku) qtyText = qtyInSku.qty;
  if (!qtyText) return null;
  // "12 Dose SPR-KS-400": a quantity cell run into the item number beside it.
  const spill = qtyText.match(/^(\d[\d.,]*\s*\p{L}{0,6}\.?)\s+([A-Z0-9][A-Z0-9./-]*\d[A-Z0-9./-]*)$/u);
  const { qty, unit: unitInQty } = splitQuantity(spill ? spill[1] : qtyText, style);
  if (qty === null) return null;
  const unnamed = columns.some((c) => c.role === 'sku') ? null : codeInUnnamedCell(cells, columns);
  const glued = !cellText(cells, 'sku') && !spill && !unnamed && descText ? codeRunIn(cells, columns, descText) : null;
  if (glued) descText = glued.rest;
  const skuText = qtyInSku?.sku ?? cellText(cells, 'sku') ?? (spill ? spill[2] : null) ?? unnamed?.sku ?? glued?.sku ?? null;
  // "1 6204-2RS" under "Line | Item No.": the line number run into the item number beside it.
  const numbered = skuText && !cellText(cells, 'lineNo') && columns.some((c) => c.role === 'lineNo') ? skuText.match(/^(\d{1,4})\.?\s+([A-Z0-9][A-Z0-9./-]{2,})$/) : null;
  const sku = numbered && /\d/.test(numbered[2]) ? numbered[2] : skuText;
  const runIn = descText && !cellText(cells, 'lineNo') && !unnamed?.lineNo ? lineNoRunIn(cells, columns, descText) : null;
  const description = runIn ? runIn.rest : descText;
  // A row with a quantity and a price but no text yet: its description may follow on the next lines.
  const priced = cellText(cells, 'unitPrice') !== null || cellText(cells, 'amount') !== null;
  if (!sku && !description && !priced) return null;
  if (isChargeRow(description, sku)) return null;
  const unitCell = unitText === qtyText ? null : unitText;
  const lineNoText = cellText(cells, 'lineNo') ?? unnamed?.lineNo ?? runIn?.lineNo ?? (sku !== skuText ? numbered![1] : null);
  const lineNo = lineNoText && /^\d{1,6}$/.test(lineNoText.replace(/\.$/, '')) ? Number.parseInt(lineNoText, 10) : null;
  const item: ItemDraft = {
    lineNo,
    sku,
    description,
    quantity: qty,
    unit: mendOcrUnit(unitCell ? unitCell.toUpperCase() : unitInQty, line.segments.some(isOcrRead)),
    unitPrice: priceOf(cellText(cells, 'unitPrice'), style),
    amount: priceOf(cellText(cells, 'amount'), style),
    deliveryDate: cellText(cells, 'date'),
    confidence: cellConf(cells),
    page: line.page,
    lineIndex: index,
    issues: [],
  };
  return fixRowArithmetic(item, line, style);
}

/**
 * "1 HSS twist drill bit": the line number run into the description beside it (OCR closed the
 * gap), told by the cell starting left of the description's header, under the line column's.
 */
function lineNoRunIn(cells: Map<Column, Segment[]>, columns: Column[], descText: string): { lineNo: string; rest: string } | null {
  const line = columns.find((c) => c.role === 'lineNo');
  const desc = [...cells].find(([c]) => c.role === 'description');
  if (!line || !desc || line.x1 > desc[0].x0 || desc[1][0].x0 >= desc[0].x0) return null;
  const m = descText.match(/^(\d{1,4})\.?\s+(\D.*)$/);
  return m ? { lineNo: m[1], rest: m[2] } : null;
}

/** The quantity and item number of an item-number cell written "3 CT-300", when the quantity column beside it is empty. */
function quantityRunIntoCode(cells: Map<Column, Segment[]>, columns: Column[]): { qty: string; sku: string } | null {
  const at = columns.findIndex((c) => c.role === 'sku');
  const qtyAt = columns.findIndex((c) => c.role === 'quantity');
  if (at < 0 || qtyAt < 0 || Math.abs(at - qtyAt) !== 1) return null;
  const m = cellText(cells, 'sku')?.match(/^(\d{1,6}(?:[.,]\d{1,3})?)\s+([A-Z0-9][A-Z0-9./-]{2,})$/);
  return m && /[A-Z-]/.test(m[2]) ? { qty: m[1], sku: m[2] } : null;
}

/**
 * "MRO-ORK-382 O-ring kit ...", "FST-SHCS-M8X25Inbusbout ...": the item number run into the
 * description (the text layer closed the gap), told by the cell starting under the item column,
 * left of the description's header, and its first word written like a code.
 */
function codeRunIn(cells: Map<Column, Segment[]>, columns: Column[], descText: string): { sku: string; rest: string } | null {
  const skuColumn = columns.find((c) => c.role === 'sku');
  const desc = [...cells].find(([c]) => c.role === 'description');
  if (!skuColumn || !desc || skuColumn.x0 >= desc[0].x0) return null;
  const first = desc[1][0];
  if (first.x0 >= desc[0].x0 - 2 || first.x0 > skuColumn.x1) return null;
  const m = descText.match(/^([A-Z0-9][A-Z0-9./-]{2,}?)(?:\s+|(?=\p{Lu}\p{Ll}))(\S.*)$/u);
  if (!m || !/\d/.test(m[1]) || !/[A-Z-]/.test(m[1]) || !/\p{L}{2}/u.test(m[2])) return null;
  return { sku: m[1], rest: m[2] };
}

/**
 * A header cell OCR could not read ("Line RemNo." for "Line Item No.") leaves its column unnamed;
 * left of the description, a cell written like an item number ("C-1200", "1 NLN-M10" with the
 * line number run into it) is one.
 */
function codeInUnnamedCell(cells: Map<Column, Segment[]>, columns: Column[]): { sku: string; lineNo: string | null } | null {
  const desc = columns.find((c) => c.role === 'description');
  if (!desc) return null;
  for (const [column, segs] of cells) {
    // Right of the description too when its header says it holds numbers ("Rem No.").
    if (column.role !== null || (column.x1 > desc.x0 && !NUMBER_HEADER.test(column.label.trim()))) continue;
    const text = segs
      .map((seg) => seg.text)
      .join(' ')
      .trim();
    const m = text.match(/^(?:(\d{1,4})\.?\s+)?([A-Z0-9][A-Z0-9./-]{2,})$/);
    if (m && /\d/.test(m[2]) && /[A-Z-]/.test(m[2])) return { sku: m[2], lineNo: m[1] ?? null };
  }
  return null;
}

/** An unnamed header ending in a number word: "Rem No." (OCR's "Item No."), "Art.-Nr.". */
const NUMBER_HEADER = /(?:^|[\s.-])(?:no|nr|n°|nº|#|number|nummer)\.?$/i;

function quantityInUnnamedCell(cells: Map<Column, Segment[]>, style: NumberStyle): string | null {
  const price = priceOf(cellText(cells, 'unitPrice'), style);
  const amount = priceOf(cellText(cells, 'amount'), style);
  if (price === null || amount === null || price === 0) return null;
  for (const [column, segs] of cells) {
    if (column.role !== null) continue;
    const text = segs
      .map((seg) => seg.text)
      .join(' ')
      .trim();
    const { qty } = splitQuantity(text, style);
    if (qty !== null && qty > 0 && Math.abs(qty * price - amount) <= Math.max(0.011, amount * 0.005)) return text;
  }
  return null;
}

/** A line below a row that only carries text in the description or item column: a wrapped description. */
function continuationText(line: LayoutLine, header: TableHeader): string | null {
  const cells = assignCells(line, header);
  const parts: string[] = [];
  for (const [c, segs] of cells) {
    if (c.role !== 'description' && c.role !== 'sku' && c.role !== null && c.alsoRole !== 'description') return null;
    if (c.role === 'sku' && c.alsoRole !== 'description' && !header.columns.some((x) => x.role === 'description')) return null;
    parts.push(segs.map((s) => s.text).join(' '));
  }
  return parts.join(' ').trim() || null;
}

/** "[1807242317] Guante ..." (Odoo, Ariba): a bracketed code in the description is the item number. */
function withBracketCode(item: ItemDraft): ItemDraft {
  const coded = !item.sku && item.description ? item.description.match(/^(.*?)\[([A-Z0-9][A-Z0-9./-]{2,})\]\s*(.+)$/i) : null;
  if (!coded) return item;
  return { ...item, sku: coded[2], description: [coded[3], coded[1].trim()].filter(Boolean).join(' - ') };
}

/** Reads the rows under one header until the table ends (totals, notes, a long gap). */
function readRows(lines: LayoutLine[], header: TableHeader, until: number, style: NumberStyle): LineTable {
  const items: ItemDraft[] = [];
  const charges: TableCharge[] = [];
  let misses = 0;
  let crossedPage = false;
  let i = header.index + 1;
  for (; i < until; i++) {
    const line = lines[i];
    if (isEndLine(line)) break;
    const hit = toItem(lines, i, header, style);
    if (hit) {
      items.push(hit.item);
      i += hit.used - 1;
      misses = 0;
      crossedPage = false;
      continue;
    }
    const charge = items.length ? readChargeRow(line, style) : null;
    if (charge) {
      charges.push(charge);
      continue;
    }
    const prev = items[items.length - 1];
    const pageBreak = prev && line.page !== prev.page;
    const close = prev && line.page === lines[i - 1].page && line.y0 - lines[i - 1].y1 < (line.y1 - line.y0) * 1.5;
    // "Your material no. BW-PT10-960   Delivery date: 12/14/2026" under the row: the line's own facts.
    const attributes = prev && !pageBreak && misses === 0 && close ? readRowAttributes(line) : null;
    if (attributes) {
      if (attributes.sku) prev.sku = attributes.sku;
      if (attributes.deliveryDate) prev.deliveryDate ??= attributes.deliveryDate;
      continue;
    }
    const cont = prev && !pageBreak && misses === 0 ? continuationText(line, header) : null;
    if (cont && close) {
      prev.description = prev.description === null ? cont : `${prev.description} ${cont}`;
      continue;
    }
    misses++;
    if (pageBreak || lines[i - 1]?.page !== line.page) crossedPage = true;
    if (misses > (crossedPage ? 25 : 8)) break;
  }
  const named = items.map(withBracketCode).filter((it) => it.sku !== null || it.description !== null);
  return { items: named, charges, start: header.index, end: i, columns: header.columns };
}

/**
 * The rows read under the header's words and under the roles the rows' own arithmetic gives the
 * columns: the second only when it reads more rows that multiply out, and loses none.
 */
function betterReading(lines: LayoutLine[], header: TableHeader, until: number, style: NumberStyle): LineTable {
  const byWords = readRows(lines, header, until, style);
  const inferred = inferColumnRoles(rowsUnder(lines, header, until), header, style);
  if (inferred === header) return byWords;
  const byCells = readRows(lines, inferred, until, style);
  // Rows that multiply out weigh most; item numbers read (a "No." column of codes) break a tie.
  const weight = (t: LineTable) => t.items.length + t.items.filter(multipliesOut).length + 0.1 * t.items.filter((i) => i.sku !== null).length;
  return byCells.items.length >= byWords.items.length && weight(byCells) > weight(byWords) ? byCells : byWords;
}

function multipliesOut(item: ItemDraft): boolean {
  return item.unitPrice !== null && item.amount !== null && isProduct(item.quantity, item.unitPrice, item.amount, item.discountPercent ?? 0);
}

/** The lines a header's rows may stand on: up to the next header, the table's end words, or 80 lines. */
function rowsUnder(lines: LayoutLine[], header: TableHeader, until: number): LayoutLine[] {
  const rows: LayoutLine[] = [];
  for (let i = header.index + 1; i < Math.min(until, header.index + 81); i++) {
    if (isEndLine(lines[i])) break;
    rows.push(lines[i]);
  }
  return rows;
}

/** Every line-item table in a document's lines. */
export function readLineTables(lines: LayoutLine[], style: NumberStyle): LineTable[] {
  const headers = findTableHeaders(lines, style);
  const tables: LineTable[] = [];
  headers.forEach((h, k) => {
    const until = headers[k + 1]?.index ?? lines.length;
    if (tables.length && tables[tables.length - 1].end > h.index) return;
    const table = betterReading(lines, h, until, style);
    // A header repeated on the next page continues the table above it.
    const prev = tables[tables.length - 1];
    if (prev && lines[h.index].page > lines[prev.end - 1]?.page && table.items.length) {
      prev.items.push(...table.items);
      prev.charges.push(...table.charges);
      prev.end = table.end;
    } else tables.push(table);
  });
  return tables.filter((t) => t.items.length > 0);
}
