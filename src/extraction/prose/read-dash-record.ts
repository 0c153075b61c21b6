import { parseAmount } from '../../domain/parse-amount.ts';
import { isItemCode } from '../reading/item-code.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { toUnit, UNIT_PATTERN } from './to-unit.ts';

// One item a line, its parts separated by dashes, in any order:
//   "Qty 30 pcs - PX-M12-4N - Inductive proximity sensor M12 - $18.40 each"
//   "CH-11S-116 – 10 pcs (11-speed chain, 116 links)"

const QTY = new RegExp(String.raw`^(?:qty\.?:?\s*|menge:?\s*|qt[ée]\.?:?\s*|cant(?:idad)?\.?:?\s*)?(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:x\s*)?(${UNIT_PATTERN})?\.?(?:\s*\((.+)\))?$`, 'iu');
const PRICE = /^(?:@\s*|at\s+|à\s+|zu\s+|a\s+)?([$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp))\s*(?:each|ea|apiece|per\s+\S+|\/\s*\S+|pro\s+\S+|la\s+\S+|cada\s+\S+|l'unité|st[üu]ck)?$/iu;

interface Parts {
  qty: RegExpMatchArray | null;
  sku: string | null;
  price: string | null;
  text: string[];
}

function sortParts(parts: string[]): Parts {
  const out: Parts = { qty: null, sku: null, price: null, text: [] };
  for (const part of parts) {
    const qty = out.qty ? null : part.match(QTY);
    if (qty) out.qty = qty;
    else if (!out.sku && isItemCode(part)) out.sku = part;
    else if (!out.price && PRICE.test(part)) out.price = part.match(PRICE)![1];
    else out.text.push(part);
  }
  return out;
}

/** An item from one dash-separated line, or null when the line is not one. */
export function readDashRecord(line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const text = line.segments.map((s) => s.text).join(' ').replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '').trim();
  const parts = text.split(/\s+[-–—|]\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  const p = sortParts(parts);
  if (!p.qty || !p.sku || p.text.length > 1) return null;
  const quantity = parseAmount(p.qty[1], style);
  if (quantity === null || quantity <= 0) return null;
  const description = p.text[0] ?? p.qty[3] ?? null;
  return {
    lineNo: null, sku: p.sku, description, quantity, unit: p.qty[2] ? toUnit(p.qty[2]) : null,
    unitPrice: p.price ? parseAmount(p.price.replace(/[$€£]|eur|usd|gbp/gi, '').trim(), style) : null,
    amount: null, deliveryDate: null, confidence: 0.85, page: line.page, lineIndex: index, issues: [],
  };
}
