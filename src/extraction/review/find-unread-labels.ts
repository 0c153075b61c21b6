// A field's label printed on the order ("Ship Via", "Zahlungsbedingungen", "Need by") with a value
// beside or under it, while the draft's field is empty: the reader missed what the customer wrote.
// The draft waits for a person, who is told which label went unread, instead of passing through
// without the carrier, the terms or the date. A weighed check, not a reader: it does not guess the
// value, it only refuses to call the draft complete.

import type { DraftOrder } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';
import { fold } from '../../domain/fold-text.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { FIELD_LABELS, TOTAL_LABELS, isLabelText } from '../reading/vocabulary.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { blockLabel } from '../reading/read-blocks.ts';

type Checked = 'shippingMethod' | 'paymentTerms' | 'requestedDeliveryDate';
const CHECKED: Checked[] = ['shippingMethod', 'paymentTerms', 'requestedDeliveryDate'];
const NAMES: Record<Checked, string> = { shippingMethod: 'shipping method', paymentTerms: 'payment terms', requestedDeliveryDate: 'requested delivery date' };

// Labels that also name other things ("Shipping" is a charge, "Terms" a heading of conditions)
// say too little alone; the others are specific enough. Item-table lines are not searched.
const AMBIGUOUS = new Set([...Object.values(TOTAL_LABELS).flat(), 'terms', 'payment', 'via', 'shipment', 'required', 'needed', 'expected', 'requested'].map((w) => fold(w)));
const LABELS = new Map(CHECKED.map((field) => [field, FIELD_LABELS[field].map((l) => fold(l)).filter((l) => !AMBIGUOUS.has(l) && l.length >= 4)]));

/** The value printed with a label cell: after its colon, in the next cell, or in the cell under it. */
function valueOf(lines: LayoutLine[], i: number, k: number, label: string): string | null {
  const seg = lines[i].segments[k];
  const text = fold(seg.text).replace(/\s+/g, ' ').trim();
  if (text.startsWith(`${label}:`)) return seg.text.slice(seg.text.indexOf(':') + 1).trim() || (lines[i].segments[k + 1]?.text ?? null);
  if (text.replace(/[:.\s]+$/, '') !== label) return null;
  // In a row of labels ("Payment Terms | Delivery Date") the value stands under the label.
  const beside = lines[i].segments[k + 1];
  if (beside && beside.x0 - seg.x1 < 160 && !isLabelText(beside.text)) return beside.text;
  const below = lines[i + 1];
  const under = below && below.page === lines[i].page ? below.segments.find((s) => Math.min(s.x1, seg.x1) - Math.max(s.x0, seg.x0) > 0) : undefined;
  return under?.text ?? null;
}

/** Fields left empty whose label the document prints with a value: the label and the value as printed. */
export function findUnreadLabels(r: DocumentReading, order: Pick<DraftOrder, Checked>): { field: Checked; label: string; value: string }[] {
  const out: { field: Checked; label: string; value: string }[] = [];
  const inTable = (i: number) => r.tables.some((t) => i >= t.start && i < t.end);
  for (const field of CHECKED) {
    if (order[field] !== null) continue;
    const labels = LABELS.get(field)!;
    search: for (let i = 0; i < r.lines.length; i++) {
      if (inTable(i)) continue;
      for (let k = 0; k < r.lines[i].segments.length; k++) {
        for (const label of labels) {
          const value = valueOf(r.lines, i, k, label);
          // A value is words or a date, not another label.
          if (value && /[\p{L}\d]{2}/u.test(value) && !LABELS.get(field)!.includes(fold(value).replace(/[:.\s]+$/, ''))) {
            out.push({ field, label: r.lines[i].segments[k].text.trim(), value: value.trim() });
            break search;
          }
        }
      }
    }
  }
  return out;
}

/** One review finding per field whose printed label went unread. */
export function unreadLabelFindings(r: DocumentReading | null, order: Pick<DraftOrder, Checked>): Finding[] {
  if (!r) return [];
  return findUnreadLabels(r, order).map(({ field, label, value }) => {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return finding('extract', 'unread-label', 'unread-label', 'warn', `${NAMES[field]} not read, though the order prints "${label}" ("${shown}")`, field, true);
  });
}

/**
 * A bill-to block's label printed ("Rechnungsadresse", "Invoice to:") and no bill-to address read:
 * where the invoice goes would be left to chance. (A missing ship-to is the order check's own.)
 */
export function unreadBillToFindings(r: DocumentReading | null, order: Pick<DraftOrder, 'billTo'>): Finding[] {
  if (!r || order.billTo !== null) return [];
  const inTable = (i: number) => r.tables.some((t) => i >= t.start && i < t.end);
  for (let i = 0; i < r.lines.length; i++) {
    if (inTable(i)) continue;
    for (const seg of r.lines[i].segments) {
      const opened = blockLabel(seg.text);
      if (opened?.kind !== 'billTo' || seg.text.length > 40) continue;
      return [finding('extract', 'unread-label', 'unread-label', 'warn', `bill-to address not read, though the order prints "${seg.text.trim()}"`, 'billTo', true)];
    }
  }
  return [];
}
