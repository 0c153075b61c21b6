// What the rep is told about a learned layout, on the draft it read and in the desk's list:
// "layout learned from PO 4500018832, approved by ana@... on 3 March".

export interface LabelledLayout {
  sourcePo: string | null;
  approvedBy: string;
  approvedAt: string;
}

/** One formatter: `toLocaleDateString` builds one per call, a millisecond each on every draft read by a layout. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

export function layoutLabel(layout: LabelledLayout): string {
  const day = new Date(layout.approvedAt);
  const when = Number.isNaN(day.getTime()) ? layout.approvedAt : DAY.format(day);
  return `layout learned from PO ${layout.sourcePo ?? '(no number)'}, approved by ${layout.approvedBy} on ${when}`;
}
