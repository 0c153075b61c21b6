import type { DraftOrder } from '../../domain/draft-order.ts';

// Who the acknowledgement of a structured order goes from and to: the order's own parties turned
// round (we were its supplier, the buyer receives), by the ids the order itself used.

export type AckOrder = DraftOrder & { structured: NonNullable<DraftOrder['structured']> };

export interface AckIds {
  /** The id and its scheme (X12 ISA qualifier, EDIFACT UNB qualifier) the buyer sent from. */
  buyer: { id: string; qualifier: string };
  supplier: { id: string; qualifier: string };
}

/** The EDI ids of both sides: the interchange's own ("x12:ZZ"), else a GLN or DUNS. */
export function ackIds(order: AckOrder, format: 'x12' | 'edifact'): AckIds {
  const pick = (ids: { scheme: string; value: string }[], fallback: string) => {
    const own = ids.find((i) => i.scheme.startsWith(`${format}:`));
    if (own) return { id: own.value, qualifier: own.scheme.slice(format.length + 1) };
    const gln = ids.find((i) => i.scheme === 'gln');
    if (gln) return { id: gln.value, qualifier: format === 'x12' ? 'ZZ' : '14' };
    const duns = ids.find((i) => i.scheme === 'duns');
    if (duns) return { id: duns.value, qualifier: format === 'x12' ? '01' : '1' };
    return { id: fallback, qualifier: 'ZZ' };
  };
  return { buyer: pick(order.structured.buyerIds, 'BUYER'), supplier: pick(order.structured.supplierIds, 'SUPPLIER') };
}

/** A control number from the acknowledgement's own id: the same outbox row always gives the same one. */
export function controlNumber(seed: string, digits = 9): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000_000;
  return String(h % 10 ** digits || 1).padStart(digits, '0');
}

export function ymd(date: Date): string {
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}
