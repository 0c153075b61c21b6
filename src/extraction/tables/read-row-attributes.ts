// ERP prints (SAP above all) put a line's own facts on a row of their own under it: "Your material
// no. BW-PT10-960   Delivery date: 12/14/2026". Such a row is made of labelled values, not of a
// wrapped description: our item number (the label says it is the supplier's) and the line's
// delivery date. A row is taken only when every one of its cells is such a labelled value.

import { isItemCode } from '../reading/item-code.ts';
import { findDates } from '../../domain/parse-date.ts';
import { FIELD_LABELS, fold } from '../reading/vocabulary.ts';
import { isSellerPartLabel } from './seller-part-label.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

export interface RowAttributes {
  /** Our item number, as printed. */
  sku?: string;
  /** The line's delivery date, as printed (read as a date later, as a date column's cell is). */
  deliveryDate?: string;
}

const DATE_LABELS = [...FIELD_LABELS.requestedDeliveryDate, 'delivery date', 'deliv. date', 'del. date'].map((l) => fold(l)).sort((a, b) => b.length - a.length);

function dateCell(text: string, dayFirst: boolean | undefined): string | null {
  const folded = fold(text);
  for (const label of DATE_LABELS) {
    if (!folded.startsWith(label) || !/^[\s:.]/.test(folded.slice(label.length))) continue;
    const rest = text
      .slice(label.length)
      .replace(/^[\s:.]+/, '')
      .trim();
    return rest && findDates(rest, { dayFirst }).length === 1 ? rest : null;
  }
  return null;
}

function partCell(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon > 0) {
    const value = text.slice(colon + 1).trim();
    return isSellerPartLabel(text.slice(0, colon)) && isItemCode(value, { vouched: true }) ? value : null;
  }
  const words = text.trim().split(/\s+/);
  const value = words.at(-1) ?? '';
  // Without a colon the value is the last word and must look like a code (the label vouches for it).
  return words.length >= 3 && isSellerPartLabel(words.slice(0, -1).join(' ')) && isItemCode(value, { vouched: true }) ? value : null;
}

/** The labelled values of a row under an item, or null when the row is anything else. */
export function readRowAttributes(line: LayoutLine, dayFirst?: boolean): RowAttributes | null {
  const out: RowAttributes = {};
  for (const seg of line.segments) {
    // One cell may hold both ("Ihre Materialnummer: BW-PT10-960 Liefertermin: 14.12.2026"): split at the date label.
    const at = dateLabelAt(seg.text);
    const parts = at > 0 ? [seg.text.slice(0, at).trim(), seg.text.slice(at)] : [seg.text];
    for (const part of parts) {
      const date = out.deliveryDate ? null : dateCell(part, dayFirst);
      if (date) {
        out.deliveryDate = date;
        continue;
      }
      const sku = out.sku ? null : partCell(part);
      if (sku) {
        out.sku = sku;
        continue;
      }
      return null;
    }
  }
  return out.sku || out.deliveryDate ? out : null;
}

/** Where a delivery-date label starts inside a cell's text, after other words; -1 when none does. */
function dateLabelAt(text: string): number {
  const folded = fold(text);
  let best = -1;
  for (const label of DATE_LABELS) {
    const k = folded.indexOf(` ${label}`);
    if (k >= 0 && /^[\s:.]/.test(folded.slice(k + 1 + label.length)) && (best < 0 || k + 1 < best)) best = k + 1;
  }
  // fold keeps one character per character of the text, so the index holds in the original.
  return folded.length === text.length ? best : -1;
}
