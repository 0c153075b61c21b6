// Every language the readers know, and the merged word lists they read with. A language is one
// file (en.ts, de.ts, ...) added to LEXICONS; the lists below are built from all of them.

import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import type { AddressReference, ColumnRole, DocumentKind, FieldLabel, Lexicon, PartyRole, TotalKind, UrgencyWords } from './lexicon.ts';
import { nl } from './nl.ts';
import { pl } from './pl.ts';
import { pt } from './pt.ts';

export type { AddressReference, ColumnRole, DocumentKind, FieldLabel, Lexicon, PartyRole, TotalKind, UrgencyWords } from './lexicon.ts';

export const LEXICONS: readonly Lexicon[] = [en, de, fr, es, nl, it, pt, pl];

const COLUMN_ROLES: ColumnRole[] = ['lineNo', 'sku', 'description', 'quantity', 'unit', 'unitPrice', 'amount', 'date', 'discount', 'tax'];
const FIELD_NAMES: FieldLabel[] = ['poNumber', 'orderDate', 'requestedDeliveryDate', 'paymentTerms', 'shippingMethod', 'contactName', 'email', 'phone', 'currency'];
const TOTAL_KINDS: TotalKind[] = ['subtotal', 'tax', 'shipping', 'other', 'total'];

/** One list from every language's, in LEXICONS order, each word once. */
export function mergeWords(pick: (lexicon: Lexicon) => readonly string[] | undefined, lexicons: readonly Lexicon[] = LEXICONS): string[] {
  return [...new Set(lexicons.flatMap((lexicon) => pick(lexicon) ?? []))];
}

function byKey<K extends string>(keys: K[], pick: (lexicon: Lexicon, key: K) => readonly string[] | undefined): Record<K, string[]> {
  return Object.fromEntries(keys.map((key) => [key, mergeWords((lexicon) => pick(lexicon, key))])) as Record<K, string[]>;
}

export const COLUMN_WORDS: Record<ColumnRole, string[]> = byKey(COLUMN_ROLES, (l, k) => l.columns[k]);
export const FIELD_LABELS: Record<FieldLabel, string[]> = byKey(FIELD_NAMES, (l, k) => l.fields[k]);
export const TOTAL_LABELS: Record<TotalKind, string[]> = byKey(TOTAL_KINDS, (l, k) => l.totals[k]);
export const PARTY_LABELS: Record<PartyRole, string[]> = byKey(['supplier', 'shipTo', 'billTo', 'buyer'], (l, k) => l.parties[k]);
export const TABLE_END_EXTRA: string[] = mergeWords((l) => l.tableEnd);
export const CHARGE_ROW_WORDS: string[] = mergeWords((l) => l.chargeRows);
export const UNIT_WORDS: string[] = mergeWords((l) => l.units);
export const SELLER_SIDE_WORDS: string[] = mergeWords((l) => l.sellerSide);
export const FUNCTION_WORDS: Record<string, string[]> = Object.fromEntries(LEXICONS.map((l) => [l.lang, l.functionWords]));

/** One regex source for the words for an order, every language's ("purchase order", "Bestellung"). */
export const ORDER_NOUNS: string = mergeWords((l) => l.orderNouns).join('|');

/**
 * "PO No.", "Bestellnummer", "pedido nº", "Order #": an order noun and the word that marks its number
 * (optional), every language's; a regex source to put before the number's own pattern.
 */
export const ORDER_NUMBER_LABEL: string = String.raw`\b(?:${ORDER_NOUNS})\s*(?:${mergeWords((l) => l.numberWords).join('|')})?`;

/** Regex sources of the words between an order's reference and its date, every language's. */
export const DATED_WORDS: string[] = mergeWords((l) => l.datedWords);

/** Regex sources of sentences that place an order, every language's. */
export const ORDER_PHRASES: string[] = mergeWords((l) => l.orderPhrases);

/** Regex sources of a reply accepting a quote, every language's. */
export const QUOTE_APPROVALS: string[] = mergeWords((l) => l.quoteApprovals);
export const AUTOMATED_MAIL: string[] = mergeWords((l) => l.automatedMail);
/** Regex sources of a signature's closing line and of job-title words, every language's. */
export const CLOSINGS: string[] = mergeWords((l) => l.closings);
export const JOB_TITLES: string[] = mergeWords((l) => l.jobTitles);

/** Regex sources of order titles, every language's. */
export const ORDER_TITLES: string[] = mergeWords((l) => l.orderTitles);

/** Regex sources per kind of what is not an order, every language's, in the kinds' order of first mention. */
export function documentKindSources(): Array<[DocumentKind, string[]]> {
  const kinds = new Map<DocumentKind, string[]>();
  for (const lexicon of LEXICONS) {
    for (const [kind, sources] of Object.entries(lexicon.documentKinds ?? {}) as Array<[DocumentKind, string[]]>) {
      kinds.set(kind, [...new Set([...(kinds.get(kind) ?? []), ...sources])]);
    }
  }
  return [...kinds];
}

/** One urgency list from every language's. */
export function urgencyWords(key: keyof UrgencyWords): string[] {
  return mergeWords((l) => l.urgency?.[key]);
}

/** Regex sources per address an address block may refer to, every language's; the named ones first. */
export const ADDRESS_REFERENCES: Array<[AddressReference, string[]]> = (['shipTo', 'letterhead', 'above'] as const).map((k) => [k, mergeWords((l) => l.addressReferences?.[k])]);
