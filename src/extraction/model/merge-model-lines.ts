import type { OrderLine } from '../../domain/draft-order.ts';
import type { ModelLine } from './order-reader.ts';
import { foldKey } from '../../domain/fold-text.ts';
import { sameAmount } from '../../domain/parse-amount.ts';

// Item rows from the rules and from the model, paired and compared cell by cell. The rules' cell
// stays whenever both read one: the model may fill a gap or confirm, never overwrite a quantity
// or a price (those feed the arithmetic checks).

export interface MergedLines {
  lines: OrderLine[];
  reasons: string[];
  /** Indexes of the rule lines the model confirmed cell for cell. */
  confirmed: Set<number>;
  /** True when the model added rows or filled a price or amount: the arithmetic must be checked again. */
  changedNumbers: boolean;
}

const key = (s: string | null) => (s === null ? null : foldKey(s));
const near = sameAmount;
const shown = (n: OrderLine | ModelLine, i: number) => n.lineNo ?? i + 1;

function pairOf(rule: OrderLine, index: number, model: ModelLine[], used: Set<number>): number {
  const free = (j: number) => !used.has(j);
  const byNo = rule.lineNo !== null ? model.findIndex((m, j) => free(j) && m.lineNo === rule.lineNo) : -1;
  if (byNo >= 0) return byNo;
  const bySku = rule.sku !== null ? model.findIndex((m, j) => free(j) && key(m.sku) === key(rule.sku)) : -1;
  if (bySku >= 0) return bySku;
  return index < model.length && free(index) && model[index].lineNo === null ? index : -1;
}

function describe(l: { sku: string | null; quantity: number | null; unitPrice: number | null; amount: number | null }): string {
  return `${l.sku ?? '(no item)'} qty ${l.quantity ?? '-'} @ ${l.unitPrice ?? '-'} = ${l.amount ?? '-'}`;
}

function compareLine(rule: OrderLine, m: ModelLine, n: number, index: number, out: MergedLines): OrderLine {
  const same = (a: number | null, b: number | null) => a === null || b === null || near(a, b);
  const agree =
    (m.sku === null || rule.sku === null || key(m.sku) === key(rule.sku)) &&
    m.quantity !== null &&
    near(m.quantity, rule.quantity) &&
    same(rule.unitPrice, m.unitPrice) &&
    same(rule.amount, m.amount);
  if (!agree) {
    out.reasons.push(`line ${n}: the rules read ${describe(rule)}, the model read ${describe(m)}`);
    return rule;
  }
  // The unit stays the rules' (null included): 10 PALLET is not 10 EA, and a unit is too short to ground.
  const filled = { ...rule, sku: rule.sku ?? m.sku, unitPrice: rule.unitPrice ?? m.unitPrice, amount: rule.amount ?? m.amount };
  if (filled.unitPrice !== rule.unitPrice || filled.amount !== rule.amount || filled.sku !== rule.sku) {
    out.changedNumbers = true;
    out.reasons.push(`line ${n}: ${describe(filled)} completed by the model only, check it`);
    return filled;
  }
  out.confirmed.add(index);
  return { ...rule, confidence: Math.max(rule.confidence, 0.95) };
}

function toOrderLine(m: ModelLine): OrderLine {
  return {
    lineNo: m.lineNo,
    sku: m.sku,
    catalogSku: null,
    description: m.description,
    quantity: m.quantity ?? 0,
    unit: m.unit?.toUpperCase() ?? null,
    unitPrice: m.unitPrice,
    amount: m.amount,
    confidence: 0.5,
  };
}

/** Pairs rows by line number, then item number, then position; unpaired rows on either side are said. */
export function mergeModelLines(rules: OrderLine[], model: ModelLine[]): MergedLines {
  const out: MergedLines = { lines: [], reasons: [], confirmed: new Set(), changedNumbers: false };
  const used = new Set<number>();
  rules.forEach((rule, i) => {
    const n = shown(rule, i);
    const j = pairOf(rule, i, model, used);
    if (j < 0) {
      if (model.length > 0) out.reasons.push(`line ${n}: the model did not find this line`);
      out.lines.push(rule);
      return;
    }
    used.add(j);
    out.lines.push(compareLine(rule, model[j], n, i, out));
  });
  model.forEach((m, j) => {
    if (used.has(j)) return;
    out.changedNumbers = true;
    out.reasons.push(`line ${shown(m, out.lines.length)}: ${describe(m)} read by the model only, check it`);
    out.lines.push(toOrderLine(m));
  });
  return out;
}
