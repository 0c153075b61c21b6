import { parseAmount } from '../../domain/parse-amount.ts';
import { findDates } from '../../domain/parse-date.ts';
import type { DraftOrder } from '../../domain/draft-order.ts';
import type { FieldPlace } from '../../domain/learned-layout.ts';
import { foldKey } from '../../domain/fold-text.ts';
import type { NumberStyle } from '../reading/item-draft.ts';

// The header fields a layout learns the place of, and how a cell's text becomes each one's value.

export type FieldKind = FieldPlace['kind'];
export type FieldValue = string | number;

export const PLACED_FIELDS: ReadonlyArray<[string, FieldKind]> = [
  ['poNumber', 'code'],
  ['orderDate', 'date'],
  ['requestedDeliveryDate', 'date'],
  ['paymentTerms', 'text'],
  ['shippingMethod', 'text'],
  ['buyer.contactName', 'text'],
  ['subtotal', 'amount'],
  ['tax', 'amount'],
  ['shipping', 'amount'],
  ['total', 'amount'],
];

export type HeaderPart = Omit<DraftOrder, 'urgency' | 'confidence' | 'needsReview' | 'reviewReasons'>;

export function fieldOf(order: HeaderPart, path: string): FieldValue | null {
  const value = path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null), order);
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** Letters as A, digits as 9, each run once: "PO-2231-B" → "A-9-A", so the next number fits. */
export function shapeOf(value: string): string {
  return value
    .replace(/\p{L}+/gu, 'A')
    .replace(/\d+/g, '9')
    .replace(/\s+/g, ' ');
}

export const squash = foldKey;

/** The value of `kind` a cell's text spells, or null. */
export function parseFieldValue(text: string, kind: FieldKind, ctx: { style: NumberStyle; dayFirst: boolean | null }): FieldValue | null {
  const t = text
    .trim()
    .replace(/^[:#\-\s]+/, '')
    .trim();
  if (!t) return null;
  if (kind === 'date') return findDates(t, { dayFirst: ctx.dayFirst })[0]?.iso ?? null;
  if (kind === 'amount') {
    const numbers = t.match(/-?\d[\d.,' ]*\d|-?\d/g);
    return numbers ? parseAmount(numbers[numbers.length - 1]!.trim(), ctx.style) : null;
  }
  if (kind === 'code') return t.split(/\s+/)[0] ?? null;
  return t;
}

/** Does a cell's text spell this value (as a whole)? */
export function spells(text: string, value: FieldValue, kind: FieldKind, ctx: { style: NumberStyle; dayFirst: boolean | null }): boolean {
  if (kind === 'amount') return typeof value === 'number' && /\d/.test(text) && parseFieldValue(text, kind, ctx) === value;
  if (kind === 'date') return findDates(text, { dayFirst: ctx.dayFirst }).some((d) => d.iso === value);
  return squash(text) === squash(String(value)) && squash(text).length > 0;
}
