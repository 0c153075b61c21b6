import type { DraftOrder } from '../domain/draft-order.ts';
import { foldCase } from '../domain/fold-text.ts';

// How the scorer reads and compares one header field of a draft order against the truth.

const ADDRESS_PARTS = ['name', 'street', 'city', 'region', 'postalCode', 'country'] as const;

export const HEADER_FIELDS = [
  'poNumber',
  'orderDate',
  'requestedDeliveryDate',
  'buyer.company',
  'buyer.contactName',
  'buyer.email',
  'buyer.phone',
  ...ADDRESS_PARTS.map((part) => `shipTo.${part}`),
  ...ADDRESS_PARTS.map((part) => `billTo.${part}`),
  'currency',
  'subtotal',
  'tax',
  'shipping',
  'total',
  'paymentTerms',
  'shippingMethod',
] as const;

export type HeaderField = (typeof HEADER_FIELDS)[number];

const MONEY_FIELDS = new Set<string>(['subtotal', 'tax', 'shipping', 'total']);
export const NUMBER_TOLERANCE = 0.005;

/** The value at `field` (dotted path), null when absent or when the order itself is missing. */
export function readField(order: DraftOrder | null, field: HeaderField): unknown {
  let value: unknown = order;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  if (typeof value === 'string' && value.trim() === '') return null;
  return value ?? null;
}

/**
 * Whether the output value is right: null when neither side has a value (the field does not count),
 * false when only one side has one (a value the truth does not have is wrong too).
 */
export function compareField(field: HeaderField, truth: unknown, output: unknown): boolean | null {
  if (truth === null && output === null) return null;
  if (truth === null || output === null) return false;
  if (MONEY_FIELDS.has(field)) return isSameNumber(truth, output);
  if (field === 'buyer.phone') return digitsOf(truth) === digitsOf(output);
  if (field.endsWith('.street')) return foldLines(truth) === foldLines(output);
  return foldText(String(truth)) === foldText(String(output));
}

/** Case, whitespace and punctuation do not matter: "Net 30," equals "NET30". */
export function foldText(text: string): string {
  return foldCase(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function isSameNumber(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= NUMBER_TOLERANCE;
}

function digitsOf(value: unknown): string {
  return String(value).replace(/\D+/g, '');
}

function foldLines(value: unknown): string {
  return String(value)
    .split(/\r?\n|,/)
    .map(foldText)
    .filter(Boolean)
    .join('');
}
