// A date printed on an order that no field of the draft took is a fact nobody has checked: often a
// delivery date under a label the reader did not know ("Expected Receipt", "Dock date"). The draft
// then waits for a person, who sees the date and where it stood, rather than passing through
// without it. Dates in the item rows belong to the lines; dates of the paper itself (a page
// footer's print date, the order date again) are placed.

import type { DraftOrder } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';
import { findDates } from '../../domain/parse-date.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';

/** Most unplaced dates named in one finding; the rest are counted. */
const SHOWN = 2;

/** "Printed 03/16/2026 14:05", "Page 1 of 2 – 2026-03-16": the paper's own dates, never an order's. */
const PAPER_DATE = /\b(?:print(?:ed)?|page|seite|página|pagina|blatt|run date|report date|gedruckt|imprimé|impreso|stampato|generated|erstellt am)\b/i;

/** The dates outside the item tables that neither the order date, the delivery date nor a line took. */
export function findUnplacedDates(r: DocumentReading, order: Pick<DraftOrder, 'orderDate' | 'requestedDeliveryDate'>): { iso: string; line: string }[] {
  const placed = new Set([order.orderDate, order.requestedDeliveryDate].filter((d): d is string => !!d));
  for (const item of r.items) {
    const d = item.deliveryDate ? findDates(item.deliveryDate, { dayFirst: r.dayFirst })[0]?.iso : undefined;
    if (d) placed.add(d);
  }
  const inTable = (i: number) => r.tables.some((t) => i > t.start && i < t.end) || r.items.some((it) => it.lineIndex === i);
  const out: { iso: string; line: string }[] = [];
  r.lines.forEach((line, i) => {
    if (inTable(i) || PAPER_DATE.test(line.text)) return;
    for (const d of findDates(line.text, { dayFirst: r.dayFirst })) {
      // Only written-out dates: "Monday", "end of month" and the like are read by the urgency rules.
      if (!/\d/.test(d.text) || placed.has(d.iso) || out.some((o) => o.iso === d.iso)) continue;
      out.push({ iso: d.iso, line: line.text.trim() });
    }
  });
  return out;
}

/** The review finding for dates no field took, or none. */
export function unplacedDateFindings(r: DocumentReading | null, order: Pick<DraftOrder, 'orderDate' | 'requestedDeliveryDate'>): Finding[] {
  if (!r) return [];
  const dates = findUnplacedDates(r, order);
  if (dates.length === 0) return [];
  const shown = dates.slice(0, SHOWN).map((d) => `${d.iso} ("${d.line.length > 60 ? `${d.line.slice(0, 57)}...` : d.line}")`);
  const more = dates.length > SHOWN ? ` and ${dates.length - SHOWN} more` : '';
  return [finding('extract', 'unplaced-date', 'unplaced-date', 'warn', `a date on the order is in no field: ${shown.join(', ')}${more}`, 'requestedDeliveryDate', true)];
}
