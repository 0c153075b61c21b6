import { addsUp } from '../../domain/check-order.ts';
import { parseAmount } from '../../domain/parse-amount.ts';
import { findDates } from '../../domain/parse-date.ts';
import { afterLabel, type Found } from '../reading/find-labeled-value.ts';
import type { NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { TOTAL_LABELS, type TotalKind } from '../reading/vocabulary.ts';

// The totals block: "Subtotal 1,234.50", "VAT 20% 246.90", "Total 1,481.40", read below the table.

/**
 * What a totals label says beyond its first word: "Total GBP Excl. VAT" is the net, "Total VAT 20%"
 * the tax, "Totaal incl. btw" the total. The label's own qualifiers decide, not its first word.
 */
const EXCLUDING =
  /\b(?:excl\.?|excluding|exclusive|exkl\.?|ohne|zzgl\.?|before\s+tax(?:es)?|avant\s+tax\w*|hors\s+tax\w*|h\.?t\.?|sans\s+tva|sin\s+iva|senza\s+iva|imponible|imponibile|net|netto|neto|nett)\b/i;
const INCLUDING = /\b(?:incl\.?|including|inclusive|inkl\.?|ttc|brutto|gross|iva\s+incluida|ivato)\b/i;
export const TAX_WORD = /\b(?:tax|taxes|vat|gst|hst|pst|qst|mwst|ust|tva|iva|btw|igic)\b/i;

/** Marks the rule of a net amount whose label says tax is still to come ("Total avant taxes", "Imponibile"). */
export const BEFORE_TAX = ' (before tax)';

export function qualifyKind(kind: TotalKind, label: string): TotalKind {
  if (kind !== 'total' && kind !== 'subtotal' && kind !== 'tax') return kind;
  const t = label.replace(/\s+/g, ' ');
  if (INCLUDING.test(t)) return 'total';
  if (EXCLUDING.test(t)) return kind === 'tax' ? 'tax' : 'subtotal';
  if (kind === 'total' && TAX_WORD.test(t)) return 'tax';
  return kind;
}

interface Candidate {
  kind: TotalKind;
  found: Found<number>;
}

/** Each kind of total, from the lines below `from` that name it and carry an amount. */
export function findTotals(lines: LayoutLine[], from: number, style: NumberStyle): Partial<Record<TotalKind, Found<number>>> {
  const labels = (Object.entries(TOTAL_LABELS) as [TotalKind, readonly string[]][])
    .flatMap(([kind, list]) => list.map((l) => ({ kind, l })))
    .sort((a, b) => b.l.length - a.l.length);
  const candidates: Candidate[] = [];
  for (let i = from; i < lines.length; i++) {
    const segs = lines[i].segments;
    for (let s = 0; s < segs.length; s++) {
      const hit = labels.find((x) => afterLabel(segs[s].text, x.l) !== null) ?? prefixedTax(segs[s].text);
      if (!hit) continue;
      let rest = afterLabel(segs[s].text, hit.l) ?? '';
      // "Total avant taxes : 1 704,10 $", "Total GBP excl. VAT 6,086.20": words before the amount qualify the label.
      // Only for the sums (not "Delivery required 16/03/2026"), and never before a date.
      const words = hit.kind === 'total' || hit.kind === 'subtotal' ? rest.match(/^(\p{L}[\p{L}.%/ -]{0,30}?)\s*[:]?\s*(?=[-$€£]?\s*\d)/u) : null;
      if (words && findDates(rest.slice(words[0].length, words[0].length + 12)).some((d) => d.index === 0)) continue;
      const qualifier = words ? words[1] : '';
      if (words) rest = rest.slice(words[0].length);
      const options = [rest.replace(/^\([^)]*\)\s*/, ''), ...segs.slice(s + 1).map((x) => x.text)];
      const at = options.findIndex((c) => amountIn(c, style) !== null);
      if (at < 0) continue;
      const value = amountIn(options[at], style)!;
      // The label is what stands before the amount: "Total GBP Excl. VAT", "Totale imponibile EUR".
      const labelText = `${hit.l} ${qualifier} ${
        at === 0
          ? ''
          : segs
              .slice(s, s + at)
              .map((x) => x.text)
              .join(' ')
      }`;
      const kind = qualifyKind(hit.kind, labelText);
      const beforeTax =
        kind === 'subtotal' && ((EXCLUDING.test(labelText) && TAX_WORD.test(labelText)) || /\b(?:imponib\w*|avant\s+tax\w*|before\s+tax\w*|hors\s+tax\w*)/i.test(labelText));
      candidates.push({
        kind,
        found: { value, lineIndex: i, page: lines[i].page, confidence: 0.9, rule: `label "${hit.l}"${kind !== hit.kind ? ` read as ${kind}` : ''}${beforeTax ? BEFORE_TAX : ''}` },
      });
      break;
    }
  }
  return chooseTotals(candidates);
}

/**
 * One amount per kind: the first printed, unless a later one makes the arithmetic hold (subtotal
 * + tax + shipping + other = total). A "total" equal to the sum of the net and the tax is the
 * total even when it was printed first as another kind; a total that equals the tax is not one.
 */
export function chooseTotals(candidates: Candidate[]): Partial<Record<TotalKind, Found<number>>> {
  const out: Partial<Record<TotalKind, Found<number>>> = {};
  for (const c of candidates) if (!out[c.kind]) out[c.kind] = c.found;
  const totals = candidates.filter((c) => c.kind === 'total');
  const subs = candidates.filter((c) => c.kind === 'subtotal');
  const added = [out.tax?.value ?? 0, out.shipping?.value ?? 0, out.other?.value ?? 0];
  const holds = (sub: Found<number>, total: Found<number>) => addsUp([sub.value, ...added], total.value);
  if (subs.length === 0 || totals.length === 0 || holds(out.subtotal!, out.total!)) return out;
  // "Warenwert 2.790,70 / Rabatt 3% / Nettobetrag 2.706,98 / MwSt / Gesamtbetrag": the net that adds up to the total.
  for (const t of [out.total!, ...totals.map((c) => c.found)]) {
    const sub = [out.subtotal!, ...subs.map((c) => c.found)].find((x) => holds(x, t));
    if (sub) return { ...out, subtotal: sub, total: t };
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
  const t = text
    .replace(/^[:\s]+/, '')
    .replace(/\(?\d+(?:[.,]\d+)?\s*%\)?/g, '')
    .trim();
  if (!t || /[a-z]{4,}/i.test(t.replace(/\b(eur|usd|gbp|chf)\b/gi, ''))) return null;
  const m = t.match(/-?[$€£]?\s*\d[\d.,' \u00a0]*\d|-?[$€£]?\s*\d/);
  return m ? parseAmount(m[0], style) : null;
}
