import type { ModelFindings, ModelLine } from '../extraction/model/order-reader.ts';

// The answers for the parts of one long order, made into one: header fields from the first part
// that gives them, rows in order, and a row repeated at a page break (a carried-over line) once.

const rowKey = (l: ModelLine) => `${l.lineNo ?? ''}|${(l.sku ?? '').toLowerCase()}|${l.quantity ?? ''}|${l.unitPrice ?? ''}`;

export function stitchFindings(parts: ModelFindings[]): ModelFindings {
  const [first, ...rest] = parts;
  if (!first) throw new Error('stitchFindings: no parts');
  const out: ModelFindings = { ...first, lines: [] };
  for (const part of rest) {
    for (const k of Object.keys(part) as Array<keyof ModelFindings>) {
      if (k !== 'lines' && k !== 'rowsSeen' && out[k] === null) (out as unknown as Record<string, unknown>)[k] = part[k];
    }
  }
  const seen = new Set<string>();
  for (const line of parts.flatMap((p) => p.lines)) {
    const key = rowKey(line);
    // Unnumbered rows without an item number can repeat for real ("Labour 1 h"): keep them all.
    if (line.lineNo !== null || line.sku !== null) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.lines.push(line);
  }
  const counted = parts.map((p) => p.rowsSeen).filter((n): n is number => n !== null);
  out.rowsSeen = counted.length === parts.length ? counted.reduce((a, b) => a + b, 0) : null;
  return out;
}
