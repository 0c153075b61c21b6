import type { LayoutToken, Zone } from '../../domain/learned-layout.ts';
import { foldWords } from '../../domain/fold-text.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { pageFrame } from './page-frame.ts';

// The fixed text of a document: its words without digits (labels, table headers, letterhead),
// each with its page and coarse place. Values change from order to order; these stay.

export const X_BUCKETS = 12;
export const Y_BUCKETS = 30;
/** Enough to recognise a page; a longer list only costs time on every document read. */
const MOST_TOKENS = 240;

export interface FingerprintOptions {
  /** Lines of the item table: the header line, and the rows (whose words are values). */
  table?: { header: number | null; rows: Set<number> };
  /** Words of this order's values (descriptions, names that change): never fixed text. */
  exclude?: ReadonlySet<string>;
  /** Words of the customer's own name and address. */
  letterhead?: ReadonlySet<string>;
}

/** Words of a text that may be fixed text: two letters or more, no digit. */
export function fixedWords(text: string): string[] {
  return foldWords(text)
    .split(' ')
    .filter((w) => w.length >= 2 && /^\p{L}+$/u.test(w));
}

export function fingerprintLayout(r: DocumentReading, options: FingerprintOptions = {}): LayoutToken[] {
  const frame = pageFrame(r);
  const rows = options.table?.rows ?? new Set<number>();
  const header = options.table?.header ?? null;
  const lastRow = rows.size ? Math.max(...rows) : null;
  const seen = new Set<string>();
  const tokens: LayoutToken[] = [];
  r.lines.forEach((line, i) => {
    if (rows.has(i)) return;
    const zone: Zone = i === header ? 'table' : lastRow !== null && i > lastRow ? 'foot' : 'head';
    const { width, height } = frame(line.page);
    const yb = Math.min(Y_BUCKETS - 1, Math.floor((line.y0 / height) * Y_BUCKETS));
    for (const segment of line.segments) {
      const xb = Math.min(X_BUCKETS - 1, Math.floor((segment.x0 / width) * X_BUCKETS));
      for (const word of fixedWords(segment.text)) {
        if (options.exclude?.has(word)) continue;
        const key = `${word}/${line.page}/${zone}/${xb}/${zone === 'head' ? yb : 0}`;
        if (seen.has(key)) continue;
        seen.add(key);
        tokens.push({ word, page: line.page, zone, xb, yb, weight: options.letterhead?.has(word) ? 3 : 1 });
      }
    }
  });
  return tokens.slice(0, MOST_TOKENS);
}
