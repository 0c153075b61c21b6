import { addsUp } from '../../domain/check-order.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import { fold } from '../../domain/fold-text.ts';
import type { Found } from '../reading/find-labeled-value.ts';
import { TAX_WORD } from './find-totals.ts';
import { isProduct } from '../tables/fix-row-arithmetic.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { TOTAL_LABELS, type TotalKind } from '../reading/vocabulary.ts';

// The totals block read by its arithmetic, for labels no lexicon knows ("Untaxed Amount", "zzgl.
// MwSt. 19 %", "Taxes 21 %"): below the items, the amount equal to the items' sum is the net; a
// later amount equal to the net plus the amounts between them is the total; what stands between
// is tax (a tax word, or a printed rate that the net times the rate gives), freight (a freight
// word) or another charge. Nothing is taken that the numbers do not prove.

type Totals = Partial<Record<TotalKind, Found<number>>>;

interface Row {
  label: string;
  amount: number;
  lineIndex: number;
  page: number;
}

const RATE = /(\d{1,2}(?:[.,]\d{1,3})?)\s?%/;
const AMOUNT_AT_END = /(-?[$€£]?\s?\(?\d[\d.,' \u00a0]*\d\)?|-?\d)\s*(?:[$€£]|eur|usd|gbp|chf|cad|aud)?\s*$/i;
const MAX_ROWS = 14;

/** The rows below `from` that end in an amount: "Taxes 21 %   168.45". */
function totalRows(lines: LayoutLine[], from: number, style: NumberStyle): Row[] {
  const rows: Row[] = [];
  for (let i = from; i < Math.min(lines.length, from + MAX_ROWS); i++) {
    const line = lines[i];
    const last = line.segments[line.segments.length - 1];
    if (!last) continue;
    const m = last.text.match(AMOUNT_AT_END);
    if (!m) continue;
    const label = [...line.segments.slice(0, -1).map((s) => s.text), last.text.slice(0, m.index)].join(' ').trim();
    // A label of words, not a row of numbers (an item the table did not take, a date).
    if (!/\p{L}{2}/u.test(label) || /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(label)) continue;
    const raw = m[1].replace(/[$€£\s]/g, '');
    const negative = /^-|^\(.*\)$/.test(raw);
    const amount = parseAmount(raw.replace(/^-|[()]/g, ''), style);
    if (amount === null) continue;
    rows.push({ label, amount: negative ? -amount : amount, lineIndex: i, page: line.page });
  }
  return rows;
}

/** The row's kind; `bases` are what a printed rate may apply to (the net, or the net with the charges before it). */
function kindOf(row: Row, bases: number[]): TotalKind {
  const label = fold(row.label);
  const rate = label.match(RATE);
  const percent = rate ? Number.parseFloat(rate[1].replace(',', '.')) : 0;
  const rated = rate ? bases.some((base) => isProduct(base, percent / 100, row.amount)) : false;
  if (TAX_WORD.test(label) || (rated && row.amount > 0 && !TOTAL_LABELS.shipping.some((w) => label.includes(fold(w))))) return 'tax';
  if (TOTAL_LABELS.shipping.some((w) => label.includes(fold(w)))) return 'shipping';
  return 'other';
}

/** "Mindermengenzuschlag", "Handling fee": a charge the lexicon names as one. */
function labelledOther(label: string): boolean {
  const l = fold(label);
  return TOTAL_LABELS.other.some((w) => l.startsWith(fold(w)));
}

/** The totals the block's arithmetic proves, or nothing. */
export function totalsByArithmetic(lines: LayoutLine[], from: number, style: NumberStyle, items: ItemDraft[]): Totals {
  if (items.length === 0 || items.some((i) => i.amount === null)) return {};
  const amounts = items.map((i) => i.amount!);
  const rows = totalRows(lines, from, style);
  const start = rows.findIndex((r) => addsUp(amounts, r.amount));
  if (start < 0) return {};
  // A chain of sums: goods, less a discount, the net; the net, plus tax and freight, the total.
  const chain = [start];
  for (;;) {
    const at = chain[chain.length - 1];
    let next = -1;
    for (let k = at + 2; k < rows.length && k <= at + 6; k++) {
      if (
        addsUp(
          rows.slice(at, k).map((r) => r.amount),
          rows[k].amount,
        )
      ) {
        next = k;
        break;
      }
    }
    if (next < 0) break;
    chain.push(next);
  }
  if (chain.length < 2) return {};
  const [net, total] = chain.slice(-2).map((k) => rows[k]);
  // A charge whose label names no kind is proved to be in the sum, not proved to be what it is: uncertain.
  const found = (row: Row, kind: TotalKind, sure = true): Found<number> => ({
    value: row.amount,
    lineIndex: row.lineIndex,
    page: row.page,
    confidence: sure ? 0.9 : 0.6,
    rule: `totals arithmetic (${kind}: "${row.label}")`,
  });
  const out: Totals = { subtotal: found(net, 'subtotal'), total: found(total, 'total') };
  const sums: Partial<Record<TotalKind, Row>> = {};
  let base = net.amount;
  for (const row of rows.slice(chain[chain.length - 2] + 1, chain[chain.length - 1])) {
    const kind = kindOf(row, [net.amount, base]);
    base += row.amount;
    const had = sums[kind];
    sums[kind] = had ? { ...had, label: `${had.label}; ${row.label}`, amount: Math.round((had.amount + row.amount) * 100) / 100 } : row;
  }
  for (const [kind, row] of Object.entries(sums) as [TotalKind, Row][]) out[kind] = found(row, kind, kind !== 'other' || labelledOther(row.label));
  return out;
}

/** subtotal + tax + shipping + other = total, as the order check counts it. */
function closes(t: Totals): boolean {
  if (!t.subtotal || !t.total) return false;
  return addsUp([t.subtotal.value, t.tax?.value ?? 0, t.shipping?.value ?? 0, t.other?.value ?? 0], t.total.value);
}

/**
 * The labelled totals, mended by the block's arithmetic: when the labels' reading does not add up
 * and the arithmetic's does, the arithmetic's stands; otherwise it only fills kinds the labels missed
 * when the result still adds up.
 */
export function closeTotals(labelled: Totals, lines: LayoutLine[], from: number, style: NumberStyle, items: ItemDraft[]): Totals {
  if (closes(labelled)) return labelled;
  const proved = totalsByArithmetic(lines, from, style, items);
  if (!closes(proved)) return labelled;
  const filled: Totals = { ...proved, ...labelled };
  if (closes(filled)) return filled;
  return { ...labelled, ...proved };
}
