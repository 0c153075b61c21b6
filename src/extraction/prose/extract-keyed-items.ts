import { parseAmount } from '../../domain/parse-amount.ts';
import { splitQuantity, type ItemDraft, type NumberStyle } from '../tables/read-line-table.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { COLUMN_WORDS, fold, type ColumnRole } from '../reading/vocabulary.ts';

// Items written as "key: value" blocks, one field a line:
//   Item: SP-80-6 / Desc: 6" sanding discs / Qty: 4 / Price: 38.90
// A record ends at a blank line or when a key repeats.

const KEYS: [ColumnRole, string[]][] = [
  ['sku', [...COLUMN_WORDS.sku, 'item', 'part', 'article', 'artikel', 'code']],
  ['description', [...COLUMN_WORDS.description.filter((w) => w !== 'item' && w !== 'items'), 'desc']],
  ['quantity', COLUMN_WORDS.quantity],
  ['unit', COLUMN_WORDS.unit],
  ['unitPrice', [...COLUMN_WORDS.unitPrice, 'price']],
];

function keyOf(label: string): ColumnRole | null {
  const f = fold(label)
    .replace(/[.#\s]+$/, '')
    .trim();
  for (const [role, words] of KEYS) if (words.some((w) => fold(w).replace(/[.#\s]+$/, '') === f)) return role;
  return null;
}

function toItem(fields: Map<ColumnRole, string>, line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const qtyText = fields.get('quantity');
  if (!qtyText) return null;
  const { qty, unit } = splitQuantity(qtyText, style);
  const sku = fields.get('sku') ?? null;
  const description = fields.get('description') ?? null;
  if (qty === null || (!sku && !description)) return null;
  const price = fields.get('unitPrice');
  return {
    lineNo: null,
    sku,
    description,
    quantity: qty,
    unit: fields.get('unit')?.toUpperCase() ?? unit,
    unitPrice: price ? parseAmount(price.replace(/[$€£]|\b(each|ea|per\s+\w+)\b/gi, '').trim(), style) : null,
    amount: null,
    deliveryDate: null,
    confidence: 0.85,
    page: line.page,
    lineIndex: index,
    issues: [],
  };
}

/** Items written as blocks of "Item: / Qty: / Price:" lines. */
export function extractKeyedItems(lines: LayoutLine[], style: NumberStyle): ItemDraft[] {
  const items: ItemDraft[] = [];
  let fields = new Map<ColumnRole, string>();
  let start = 0;
  const flush = () => {
    const item = fields.size >= 2 ? toItem(fields, lines[start], start, style) : null;
    if (item) items.push(item);
    fields = new Map();
  };
  lines.forEach((line, i) => {
    const m = line.segments
      .map((s) => s.text)
      .join(' ')
      .match(/^\s*([\p{L}][\p{L}.# ]{0,24}?)\s*:\s*(\S.*)$/u);
    const role = m ? keyOf(m[1]) : null;
    const gap = i > 0 && line.y0 - lines[i - 1].y1 > 0.5;
    if (!role || gap || fields.has(role)) flush();
    if (!role) return;
    if (fields.size === 0) start = i;
    fields.set(role, m![2].trim());
  });
  flush();
  return items;
}
