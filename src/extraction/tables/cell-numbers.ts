// What the number in one table cell is: a quantity with the unit written beside it, or money.
// Shared by the table readers and the column inference, so neither imports the other.

import { parseAmount } from '../../domain/parse-amount.ts';
import type { NumberStyle } from '../reading/item-draft.ts';
import { UNIT_WORDS, fold } from '../reading/vocabulary.ts';

/** The units the lexicon knows ("pcs", "stk", "ea"), folded. */
export const KNOWN_UNITS: ReadonlySet<string> = new Set(UNIT_WORDS.map((u) => fold(u)));

/** Whether `word` is a unit the lexicon knows ("pcs", "Stk", "EA"). */
export function isKnownUnit(word: string): boolean {
  return KNOWN_UNITS.has(fold(word));
}

/** "6.00 pcs" or "12 EA" in a quantity cell: the number and the unit written beside it. */
export function splitQuantity(text: string, style: NumberStyle): { qty: number | null; unit: string | null } {
  const m = text.match(/^([-+]?[\d.,'\s]*\d)\s*\(?([A-Za-zÄÖÜäöüÉéè.]{1,8})?\)?\.?$/);
  if (!m) return { qty: null, unit: null };
  const qty = parseAmount(m[1], style);
  // In a quantity cell the word after the number is its unit, known word or not ("4 bte", "12 Dose").
  const word = m[2]?.replace(/\.$/, '') ?? '';
  const known = isKnownUnit(word);
  const unit = word && (known || (/^\p{L}{1,6}$/u.test(word) && !/^(of|x|de|du|von|je|per|à|a|la|le|el|en|in|at)$/i.test(word))) ? word.toUpperCase() : null;
  return { qty, unit };
}

/** A price or amount cell: the whole cell as a number, else its first number ("5,84 EUR/PC"). */
export function priceOf(text: string | null, style: NumberStyle): number | null {
  if (!text) return null;
  const whole = parseAmount(text, style);
  if (whole !== null) return whole;
  const m = text.match(/[-(]?[$€£]?\s?\d[\d.,'\u00a0 ]*\d(?:-|\))?|\d/);
  return m ? parseAmount(m[0].trim(), style) : null;
}

const DATE = /\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/;

/**
 * The number a cell holds when the cell is nothing but a number (with a currency, or a unit after
 * it): "94.80", "$1,132.40", "12 EA", "5,84 EUR". Codes, dates and text with numbers in it are none.
 */
export function numberInCell(text: string, style: NumberStyle): { value: number; unit: string | null; decimals: number } | null {
  const t = text.trim();
  if (!/\d/.test(t) || DATE.test(t) || t.length > 24) return null;
  const money = parseAmount(t, style);
  const decimals = t.match(style === 'eu' ? /,(\d+)\D*$/ : /\.(\d+)\D*$/)?.[1]?.length ?? 0;
  if (money !== null) return { value: money, unit: null, decimals };
  const { qty, unit } = splitQuantity(t, style);
  return qty !== null ? { value: qty, unit, decimals } : null;
}
