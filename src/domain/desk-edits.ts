import type { Address, DraftOrder } from './draft-order.ts';
import { finding, type Finding } from './findings.ts';

// What a person's edit of a draft carries over and what it settles. Lines keep the catalogue
// match that explains them while their item stays the same; the other stages' findings follow
// their line when lines are moved, added or removed; a field a person typed in settles the doubts
// about it that a second reading would settle (the `clearable` ones), as an info finding of the
// desk that says who set it.

/**
 * `origins[i]` is the index in `before.lines` that line i of the edited order was, or null for a
 * new line; without origins, line i is line i.
 */
export function carryLineMatches(before: DraftOrder, after: DraftOrder, origins?: readonly (number | null)[]): DraftOrder {
  const lines = after.lines.map((line, i) => {
    const from = origins ? origins[i] : i;
    const old = from === null || from === undefined ? undefined : before.lines[from];
    if (line.match || !old?.match || old.sku !== line.sku || old.catalogSku !== line.catalogSku) return line;
    return { ...line, match: old.match };
  });
  return { ...after, lines };
}

/** The stored findings with their line numbers following the lines; a removed line's findings go. */
export function remapLineFindings(findings: readonly Finding[], origins: readonly (number | null)[]): Finding[] {
  return findings.flatMap((f) => {
    const m = f.field ? /^lines\.(\d+)(\..*)?$/.exec(f.field) : null;
    if (!m) return [f];
    const at = origins.indexOf(Number(m[1]));
    return at < 0 ? [] : [{ ...f, field: `lines.${at}${m[2] ?? ''}` }];
  });
}

/** The fields a person changed, as finding fields: `poNumber`, `buyer.company`, `shipTo` (an
 * address as a whole), `lines.2.quantity` (line 2 of the edited order against the line it was). */
export function editedFields(before: DraftOrder, after: DraftOrder, origins?: readonly (number | null)[]): string[] {
  const out: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  for (const key of HEADER_KEYS) if (!same(before[key], after[key])) out.push(key);
  for (const key of Object.keys(after.buyer) as Array<keyof DraftOrder['buyer']>) if (!same(before.buyer[key], after.buyer[key])) out.push(`buyer.${key}`);
  after.lines.forEach((line, i) => {
    const from = origins ? origins[i] : i;
    const old = from === null || from === undefined ? undefined : before.lines[from];
    for (const key of LINE_KEYS) if (old && !same(old[key], line[key])) out.push(`lines.${i}.${key}`);
  });
  return out;
}

const HEADER_KEYS = [
  'poNumber',
  'orderDate',
  'requestedDeliveryDate',
  'currency',
  'paymentTerms',
  'shippingMethod',
  'notes',
  'subtotal',
  'tax',
  'shipping',
  'total',
  'shipTo',
  'billTo',
] as const;
const LINE_KEYS = ['sku', 'catalogSku', 'description', 'quantity', 'unit', 'unitPrice', 'amount'] as const;

/** The findings after a person set `fields`: one desk finding per field, the latest edit's. */
export function withDeskEdits(findings: readonly Finding[], fields: readonly string[], actor: string): Finding[] {
  const set = new Set(fields);
  const kept = findings.filter((f) => !(f.stage === 'desk' && f.field !== null && set.has(f.field)));
  return [...kept, ...fields.map((field) => finding('desk', 'edited', 'confirmed', 'info', `${field} set by ${actor}`, field))];
}

const NO_ADDRESS: Address = { name: null, street: null, city: null, region: null, postalCode: null, country: null };

/** An address with some of its parts changed; no part left means no address. */
export function mergeAddress(before: Address | null, patch: Partial<Address> | null): Address | null {
  if (patch === null) return null;
  const merged = { ...NO_ADDRESS, ...(before ?? {}), ...patch };
  return Object.values(merged).every((v) => v === null || v === '') ? null : merged;
}
