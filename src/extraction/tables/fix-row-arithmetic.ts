import { lineAgrees } from '../../domain/check-order.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import { isOcrRead } from '../reading/ocr-tolerance.ts';
import { isOneEdit } from '../reading/is-one-edit.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

/** qty x price, less the discount, = amount: the order check's own line test (domain/check-order.ts), one tolerance. */
export function isProduct(qty: number, price: number, amount: number, discountPct = 0): boolean {
  return lineAgrees({ quantity: qty, unitPrice: price, amount, discountPercent: discountPct }) === true;
}

function numbersIn(line: LayoutLine, style: NumberStyle): number[] {
  const out: number[] = [];
  for (const seg of line.segments) {
    for (const tok of seg.text.split(/\s+/)) {
      if (!/\d/.test(tok) || /[a-z]{2,}/i.test(tok.replace(/^(eur|usd|gbp)|(eur|usd|gbp)$/i, ''))) continue;
      if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(tok)) continue;
      const n = parseAmount(tok, style);
      if (n !== null) out.push(n);
    }
  }
  return out;
}

/**
 * Checks a row's arithmetic and, when the cells do not multiply out, looks for the one reading of
 * the row's numbers that does (columns misaligned by a wide cell). A row that still does not add
 * up keeps its values and says so.
 */
export function fixRowArithmetic(item: ItemDraft, line: LayoutLine, style: NumberStyle): ItemDraft {
  const { quantity: q, unitPrice: p, amount: a } = item;
  if (p !== null && a !== null) {
    if (isProduct(q, p, a)) return item;
    if (isProduct(q, p / 1000, a) || isProduct(q, p / 100, a)) {
      const per = isProduct(q, p / 1000, a) ? 1000 : 100;
      // Prices per 100 or 1,000 pieces (common in SAP): the amount confirms it, so it is no issue.
      return { ...item, unitPrice: Math.round((p / per) * 1e6) / 1e6 };
    }
    const nums = numbersIn(line, style);
    for (const price of nums) {
      for (const amount of nums) {
        if (price !== amount && amount === a && isProduct(q, price, amount)) return { ...item, unitPrice: price };
      }
    }
    const discounted = nums.find((d) => d > 0 && d < 100 && isProduct(q, p, a, d));
    if (discounted !== undefined) return { ...item, discountPercent: discounted };
    const misread = line.segments.some(isOcrRead) ? repairMisread(q, p, a) : null;
    if (misread) return { ...item, ...misread.values, confidence: Math.min(item.confidence, 0.6), issues: [...item.issues, misread.issue] };
    return { ...item, confidence: Math.min(item.confidence, 0.5), issues: [...item.issues, `quantity x price (${q} x ${p}) is not the amount ${a}`] };
  }
  if (p === null && a === null) return item;
  return { ...item, confidence: Math.min(item.confidence, 0.8) };
}

/**
 * OCR drops or misreads a decimal point ("5.18" read "5", "1.53" read "1753"). When the other two
 * numbers of the row give a price (or amount) in whole cents whose digits the misread one nearly
 * spells, that is what was printed. The row keeps an issue, so the draft is reviewed.
 */
function repairMisread(q: number, p: number, a: number): { values: { unitPrice?: number; amount?: number }; issue: string } | null {
  const price = Math.round((a / q) * 100) / 100;
  const amount = Math.round(q * p * 100) / 100;
  let priceFits = q > 0 && isProduct(q, price, a) && nearlySpells(p, price);
  let amountFits = nearlySpells(a, amount);
  // Both readings would do (one piece): the whole number among prices in cents lost its point.
  if (priceFits && amountFits && Number.isInteger(p) !== Number.isInteger(a)) [priceFits, amountFits] = [Number.isInteger(p), Number.isInteger(a)];
  // Either reading would still do: nothing says which number OCR got wrong.
  if (priceFits === amountFits) return null;
  return priceFits
    ? { values: { unitPrice: price }, issue: `unit price read as ${p} by OCR; ${price} from the amount ${a} / ${q}` }
    : { values: { amount }, issue: `amount read as ${a} by OCR; ${amount} from ${q} x ${p}` };
}

/** "9832" for 98.32, "5" for 5.18, "1753" for 1.53, "25" for 25.90: the digits of `read` one slip from `meant`'s. */
function nearlySpells(read: number, meant: number): boolean {
  const r = digitsOf(read);
  const m = digitsOf(meant);
  if (read === meant || m.length < 2) return false;
  if (r === m) return true; // the point alone was lost: "9832" for 98.32
  if (m.startsWith(r) && m.length - r.length <= 2) return true;
  return Math.abs(r.length - m.length) <= 1 && isOneEdit(r, m);
}

function digitsOf(n: number): string {
  return n.toFixed(2).replace(/\D/g, '').replace(/0+$/, '').replace(/^0+/, '');
}
