import type { OrderLine } from '../../domain/draft-order.ts';
import type { LearnedColumn, LineRole, TableModel } from '../../domain/learned-layout.ts';
import { foldWords } from '../../domain/fold-text.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { isOneEdit } from '../reading/is-one-edit.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import { TABLE_END_WORDS, fold } from '../reading/vocabulary.ts';
import { fixedWords } from './fingerprint-layout.ts';
import { pageFrame } from './page-frame.ts';
import { assignToColumns, cellPart, columnKey, toFractions } from './table-cells.ts';

// The learned columns read on the next document: from the header row (each repeat of it on a
// later page) to the line the table ended at, a line with a quantity under the quantity column
// is a row; a line with only a description under the description column runs the row above on.

/** Read under learned columns: surer than a first-sight reading, never sure enough to skip a look by itself. */
const LAYOUT_LINE_CONFIDENCE = 0.9;
const END_WORDS = TABLE_END_WORDS.map(fold);

export interface LayoutRows {
  lines: OrderLine[];
  rows: Set<number>;
}

function isHeader(cells: string[], header: readonly string[], fuzzy: boolean): boolean {
  if (header.length < 2) return false;
  const have = cells.map((c) => foldWords(c));
  const hits = header.filter((h) => have.some((c) => c === h || (fuzzy && h.length >= 4 && isOneEdit(c, h)))).length;
  return hits >= Math.max(2, Math.ceil(header.length * 0.6));
}

function isEnd(text: string, end: string | null): boolean {
  const first = foldWords(text);
  if (end && (first === end || first.startsWith(`${end} `))) return true;
  return END_WORDS.some((w) => first === w || first.startsWith(`${w} `));
}

function valueOf(cells: Map<string, { text: string }[]>, column: LearnedColumn | undefined): string | null {
  if (!column) return null;
  const found = cells.get(columnKey(column));
  if (!found?.length) return null;
  const text = cellPart(found.map((s) => s.text).join(' '), column.part);
  return text.trim() || null;
}

function toNumber(text: string | null, style: DocumentReading['style']): number | null {
  if (!text || !/\d/.test(text)) return null;
  const m = text.match(/-?\d[\d.,' ]*\d|-?\d/);
  return m ? parseAmount(m[0].trim(), style) : null;
}

export function applyTableModel(r: DocumentReading, model: TableModel): LayoutRows | null {
  const fuzzy = isOcrDocument(r.doc);
  const frame = pageFrame(r);
  const col = (role: LineRole) => model.columns.find((c) => c.role === role);
  const starts = r.lines.flatMap((l, i) =>
    isHeader(
      l.segments.map((s) => s.text),
      model.header,
      fuzzy,
    )
      ? [i]
      : [],
  );
  if (model.header.length > 0 && starts.length === 0) return null;
  const removed = new Set(model.removed);
  const lines: OrderLine[] = [];
  const rows = new Set<number>();
  let i = (starts[0] ?? -1) + 1;
  for (; i < r.lines.length; i += 1) {
    const line = r.lines[i]!;
    if (starts.includes(i)) continue;
    if (isEnd(line.segments[0]?.text ?? '', model.end)) break;
    if (removed.has(fixedWords(line.text).join(' ')) && fixedWords(line.text).length > 0) continue;
    const cells = assignToColumns(toFractions(line, frame(line.page)), model.columns);
    const quantity = toNumber(valueOf(cells, col('quantity')), r.style);
    const sku = valueOf(cells, col('sku'));
    const description = valueOf(cells, col('description'));
    if (quantity !== null && quantity > 0 && (sku || description)) {
      const lineNo = toNumber(valueOf(cells, col('lineNo')), r.style);
      lines.push({
        lineNo: lineNo !== null && Number.isInteger(lineNo) ? lineNo : null,
        sku: withoutLineNo(sku, lineNo),
        catalogSku: null,
        description,
        quantity,
        unit: valueOf(cells, col('unit'))?.toUpperCase() ?? null,
        unitPrice: toNumber(valueOf(cells, col('unitPrice')), r.style),
        amount: toNumber(valueOf(cells, col('amount')), r.style),
        confidence: LAYOUT_LINE_CONFIDENCE,
      });
      rows.add(i);
      continue;
    }
    const prev = lines[lines.length - 1];
    // Only under the description column, with no number elsewhere: the description runs on.
    if (model.wraps && prev && description && cells.size === 1 && lines.length > 0) {
      prev.description = prev.description ? `${prev.description} ${description}` : description;
      rows.add(i);
    }
  }
  return lines.length > 0 ? { lines, rows } : null;
}

/** Line numbers are never part of an item number: "10 AB-1" on line 10 is item AB-1. */
function withoutLineNo(sku: string | null, lineNo: number | null): string | null {
  if (!sku || lineNo === null) return sku;
  const m = sku.match(/^0*(\d+)\s+(\S.*)$/);
  return m && Number(m[1]) === lineNo ? m[2]! : sku;
}
