import { parseAmount } from '../../domain/parse-amount.ts';
import type { NumberStyle, TableCharge } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { CHARGE_ROW_WORDS, fold } from '../reading/vocabulary.ts';

const CHARGE_WORDS = CHARGE_ROW_WORDS.map(fold);
const SHIPPING_WORDS = ['freight', 'shipping', 'fracht', 'versand', 'frais de port', 'port', 'portes', 'transporte', 'envío', 'envio', 'delivery', 'carriage', 'livraison'];
const DISCOUNT_WORDS = ['discount', 'rabatt', 'remise', 'descuento', 'coupon', 'nachlass', 'skonto'];

/** "Freight  1  45.00" or "Discount 5%  -12.00" inside the table. */
export function readChargeRow(line: LayoutLine, style: NumberStyle): TableCharge | null {
  const texts = line.segments.map((s) => fold(s.text));
  const word = texts.map((t) => CHARGE_WORDS.find((w) => t === w || t.startsWith(`${w} `) || t.startsWith(`${w}:`))).find(Boolean);
  if (!word) return null;
  const last = line.segments[line.segments.length - 1].text;
  const amount = parseAmount(last.replace(/[$€£]|eur|usd|gbp/gi, '').trim(), style);
  if (amount === null) return null;
  const kind = SHIPPING_WORDS.includes(word) ? 'shipping' : DISCOUNT_WORDS.includes(word) ? 'discount' : ['tax', 'vat', 'mwst', 'tva', 'iva'].includes(word) ? 'tax' : 'other';
  const label =
    line.segments
      .slice(0, -1)
      .map((seg) => seg.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || word;
  return { kind, label, amount: kind === 'discount' ? -Math.abs(amount) : amount };
}

/** A row whose item text names a charge ("Freight", "Discount 5%"), not goods. */
export function isChargeRow(desc: string | null, sku: string | null): boolean {
  const d = fold(`${sku ?? ''} ${desc ?? ''}`).trim();
  return CHARGE_WORDS.some((w) => d === w || d.startsWith(`${w} `) || d.startsWith(`${w}:`));
}
