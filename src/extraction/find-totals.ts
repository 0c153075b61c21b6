import { parseAmount } from '../domain/parse-amount.ts';
import { afterLabel, type Found } from './find-labeled-value.ts';
import type { NumberStyle } from './item-draft.ts';
import type { LayoutLine } from './to-layout-lines.ts';
import { TOTAL_LABELS, type TotalKind } from './vocabulary.ts';

// The totals block: "Subtotal 1,234.50", "VAT 20% 246.90", "Total 1,481.40", read below the table.

/** Each kind of total, from the first line below `from` that names it and carries an amount. */
export function findTotals(lines: LayoutLine[], from: number, style: NumberStyle): Partial<Record<TotalKind, Found<number>>> {
  const labels = (Object.entries(TOTAL_LABELS) as [TotalKind, readonly string[]][])
    .flatMap(([kind, list]) => list.map((l) => ({ kind, l })))
    .sort((a, b) => b.l.length - a.l.length);
  const out: Partial<Record<TotalKind, Found<number>>> = {};
  for (let i = from; i < lines.length; i++) {
    const segs = lines[i].segments;
    for (let s = 0; s < segs.length; s++) {
      const hit = labels.find((x) => afterLabel(segs[s].text, x.l) !== null) ?? prefixedTax(segs[s].text);
      if (!hit || out[hit.kind]) continue;
      const rest = afterLabel(segs[s].text, hit.l) ?? '';
      const candidates = [rest.replace(/^\([^)]*\)\s*/, ''), ...segs.slice(s + 1).map((x) => x.text)];
      const value = candidates.map((c) => amountIn(c, style)).find((v) => v !== null);
      if (value === undefined || value === null) continue;
      out[hit.kind] = { value, lineIndex: i, page: lines[i].page, confidence: 0.9, rule: `label "${hit.l}"` };
      break;
    }
  }
  return out;
}

/** "MA Sales Tax 6.25%", "State tax": a tax line led by a region or a qualifier. */
function prefixedTax(text: string): { kind: TotalKind; l: string } | null {
  if (text.length > 32) return null;
  const m = text.match(/^(?:[\p{L}.]+\s|\d+(?:[.,]\d+)?\s?%\s){1,3}(sales tax|tax|vat|mwst|ust|tva|iva|gst|hst)\.?(?=[\s\d.,%@()]*$)/iu);
  return m ? { kind: 'tax', l: text.slice(0, m.index! + m[0].length) } : null;
}

function amountIn(text: string, style: NumberStyle): number | null {
  const t = text.replace(/^[:\s]+/, '').replace(/\(?\d+(?:[.,]\d+)?\s*%\)?/g, '').trim();
  if (!t || /[a-z]{4,}/i.test(t.replace(/\b(eur|usd|gbp|chf)\b/gi, ''))) return null;
  const m = t.match(/-?[$€£]?\s*\d[\d.,' \u00a0]*\d|-?[$€£]?\s*\d/);
  return m ? parseAmount(m[0], style) : null;
}
