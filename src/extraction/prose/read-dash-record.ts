import { lineAgrees } from '../../domain/check-order.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import { isItemCode } from '../reading/item-code.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { toUnit, UNIT_PATTERN } from './to-unit.ts';

// One item a line, its parts separated by dashes, in any order:
//   "Qty 30 pcs - PX-M12-4N - Inductive proximity sensor M12 - $18.40 each"
//   "CH-11S-116 – 10 pcs (11-speed chain, 116 links)"

const QTY = new RegExp(
  String.raw`^(?:qty\.?:?\s*|menge:?\s*|qt[ée]\.?:?\s*|cant(?:idad)?\.?:?\s*)?(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:x\s*)?(${UNIT_PATTERN})?\.?(?:\s*\((.+)\))?$`,
  'iu',
);
const PRICE =
  /^(?:@\s*|at\s+|à\s+|zu\s+|a\s+)?([$€£]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp))\s*(?:each|ea|apiece|per\s+\S+|\/\s*\S+|pro\s+\S+|la\s+\S+|cada\s+\S+|l'unité|st[üu]ck)?$/iu;

/** "2 000 szt. × 1,35 EUR = 2 700,00 EUR": quantity, unit, price and amount written as their product. */
const MONEY = String.raw`(?:[$€£]\s?)?(\d[\d .,']*?)\s*(?:[$€£]|eur|usd|gbp|chf|pln|zł)?`;
const PRODUCT = new RegExp(String.raw`^(\d[\d .,']*?)\s*(${UNIT_PATTERN}|\p{Lu}{1,5})?\.?\s*(?:[x×*@]|à|at|zu|a)\s*${MONEY}\s*(?:\/\s*\S+\s*)?=\s*${MONEY}$`, 'iu');

interface Parts {
  qty: RegExpMatchArray | null;
  sku: string | null;
  price: string | null;
  /** The amount, when the part wrote the line's arithmetic out. */
  amount?: string;
  text: string[];
}

function sortParts(parts: string[]): Parts {
  const out: Parts = { qty: null, sku: null, price: null, text: [] };
  for (const whole of parts) {
    // "KP-FOOD-1510 : Boîte carton alimentaire": the item number and its description in one part.
    const keyed = whole.match(/^(\S+)\s*:\s+(\S.*)$/);
    const part = keyed && !out.sku && isItemCode(keyed[1]) ? ((out.sku = keyed[1]), keyed[2]) : whole;
    const qty = out.qty ? null : part.match(QTY);
    const product = out.qty || out.price ? null : part.match(PRODUCT);
    if (qty) out.qty = qty;
    else if (product) {
      out.qty = Object.assign([product[0], product[1], product[2]], { index: 0, input: part }) as RegExpMatchArray;
      out.price = product[3];
      out.amount = product[4];
    } else if (!out.sku && isItemCode(part)) out.sku = part;
    else if (!out.price && PRICE.test(part)) out.price = part.match(PRICE)![1];
    else out.text.push(part);
  }
  return out;
}

/** An item from one dash-separated line, or null when the line is not one. */
export function readDashRecord(line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const text = line.segments
    .map((s) => s.text)
    .join(' ')
    .replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, '')
    .trim();
  const parts = text
    .split(/\s+[-–—|]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return null;
  const p = sortParts(parts);
  if (!p.qty || !p.sku || p.text.length > 1) return null;
  const quantity = parseAmount(p.qty[1].replace(/\s/g, ''), style);
  if (quantity === null || quantity <= 0) return null;
  const description = p.text[0] ?? p.qty[3] ?? null;
  const unitPrice = p.price
    ? parseAmount(
        p.price
          .replace(/[$€£]|eur|usd|gbp/gi, '')
          .replace(/\s/g, '')
          .trim(),
        style,
      )
    : null;
  const written = p.amount ? parseAmount(p.amount.replace(/\s/g, ''), style) : null;
  // The amount is kept only when the written product holds: then the three numbers vouch for each other.
  const amount = written !== null && lineAgrees({ quantity, unitPrice, amount: written }) ? written : null;
  return {
    lineNo: null,
    sku: p.sku,
    description,
    quantity,
    unit: p.qty[2] ? toUnit(p.qty[2]) : null,
    unitPrice,
    amount,
    deliveryDate: null,
    confidence: amount !== null ? 0.9 : 0.85,
    page: line.page,
    lineIndex: index,
    issues: [],
  };
}
