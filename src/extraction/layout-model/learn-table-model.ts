import type { OrderLine } from '../../domain/draft-order.ts';
import type { LearnedColumn, LineRole, TableModel } from '../../domain/learned-layout.ts';
import { foldWords } from '../../domain/fold-text.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { fixedWords } from './fingerprint-layout.ts';
import { squash } from './field-values.ts';
import { labelText } from './learn-field-places.ts';
import { pageFrame } from './page-frame.ts';
import { toFractions, type FracSegment } from './table-cells.ts';
import { parseAmount } from '../../domain/parse-amount.ts';

// The item table as the rep approved it: which line of the page holds each approved line, and so
// which x-range holds each of its values. Rows the rules read and the rep removed are kept as
// words to skip; lines the rep added that the page does not hold are only counted.

type Part = LearnedColumn['part'];
interface Hit {
  role: LineRole;
  segment: FracSegment;
  part: Part;
}

function numberIn(text: string, part: Part, style: DocumentReading['style']): number | null {
  const words = text.trim().split(/\s+/);
  const pick = part === 'whole' ? text : part === 'first' ? words[0]! : words.slice(1).join(' ');
  return /\d/.test(pick) ? parseAmount(pick, style) : null;
}

function textHit(segment: FracSegment, value: string): Part | null {
  const [s, v] = [squash(segment.text), squash(value)];
  if (!v) return null;
  if (s === v) return 'whole';
  const words = segment.text.trim().split(/\s+/);
  if (words.length > 1 && squash(words.slice(1).join(' ')) === v) return 'last';
  if (words.length > 1 && squash(words[0]!) === v) return 'first';
  return null;
}

function overlap(a: string, b: string): number {
  const x = new Set(foldWords(a).split(' ').filter(Boolean));
  const y = foldWords(b).split(' ').filter(Boolean);
  return y.length ? y.filter((w) => x.has(w)).length / Math.max(x.size, y.length) : 0;
}

/** Every value of the approved line found in the row's cells. */
function hitsOnRow(segments: FracSegment[], line: OrderLine, style: DocumentReading['style']): Hit[] {
  const hits: Hit[] = [];
  for (const segment of segments) {
    const sku = line.sku ? textHit(segment, line.sku) : null;
    if (sku) hits.push({ role: 'sku', segment, part: sku });
    if (line.description && overlap(segment.text, line.description) >= 0.5) hits.push({ role: 'description', segment, part: textHit(segment, line.description) ?? 'whole' });
    const unit = line.unit ? textHit(segment, line.unit) : null;
    if (unit) hits.push({ role: 'unit', segment, part: unit });
    for (const part of ['whole', 'first', 'last'] as const) {
      const n = numberIn(segment.text, part, style);
      if (n === null) continue;
      if (n === line.quantity) hits.push({ role: 'quantity', segment, part });
      if (line.unitPrice !== null && n === line.unitPrice) hits.push({ role: 'unitPrice', segment, part });
      if (line.amount !== null && n === line.amount) hits.push({ role: 'amount', segment, part });
      if (line.lineNo !== null && n === line.lineNo && part !== 'last') hits.push({ role: 'lineNo', segment, part });
    }
  }
  return hits;
}

function rowScore(hits: Hit[]): number {
  const roles = new Set(hits.map((h) => h.role));
  return (roles.has('sku') ? 2 : 0) + (roles.has('description') ? 2 : 0) + (roles.has('quantity') ? 1 : 0) + (roles.has('amount') ? 1 : 0) + (roles.has('unitPrice') ? 1 : 0);
}

const overlaps = (a: Hit, b: Hit) => a.part === b.part && Math.min(a.segment.f1, b.segment.f1) - Math.max(a.segment.f0, b.segment.f0) > 0;

/** For each role, the cells of most rows that stand over one another (left-aligned text of any
 * length, right-aligned numbers alike), and the x-range they cover together. */
function vote(rows: Hit[][]): LearnedColumn[] {
  const byRole = new Map<LineRole, Hit[]>();
  for (const h of rows.flat()) byRole.set(h.role, [...(byRole.get(h.role) ?? []), h]);
  const columns: LearnedColumn[] = [];
  for (const [role, hits] of byRole) {
    const stacks = hits.map((h) => hits.filter((o) => overlaps(h, o)));
    const best = stacks.sort((a, b) => b.length - a.length)[0]!;
    if (best.length < Math.max(1, rows.length / 2)) continue;
    columns.push({ role, x0: Math.min(...best.map((h) => h.segment.f0)), x1: Math.max(...best.map((h) => h.segment.f1)), part: best[0]!.part });
  }
  // A price equal to its amount on every row (quantities of 1): the amount is the right one.
  const price = columns.find((c) => c.role === 'unitPrice');
  const amount = columns.find((c) => c.role === 'amount');
  return columns.filter(
    (c) => !(c === price && amount && c.x0 === amount.x0) && !(c.role === 'lineNo' && columns.some((o) => o.role === 'quantity' && o.x0 === c.x0 && o.part === c.part)),
  );
}

export interface LearnedTable {
  model: TableModel;
  header: number | null;
  rows: Set<number>;
}

export function learnTableModel(r: DocumentReading, lines: readonly OrderLine[]): LearnedTable | null {
  const frame = pageFrame(r);
  const used = new Set<number>();
  const matched: Array<{ index: number; hits: Hit[] }> = [];
  for (const line of lines) {
    let best: { index: number; hits: Hit[]; score: number } | null = null;
    r.lines.forEach((l, i) => {
      if (used.has(i) || !/\d/.test(l.text)) return;
      const hits = hitsOnRow(toFractions(l, frame(l.page)), line, r.style);
      const score = rowScore(hits);
      if (score >= 3 && hits.some((h) => h.role === 'quantity') && (!best || score > best.score)) best = { index: i, hits, score };
    });
    if (best) {
      used.add((best as { index: number }).index);
      matched.push(best);
    }
  }
  if (matched.length === 0) return null;
  const columns = vote(matched.map((m) => m.hits));
  if (!columns.some((c) => c.role === 'quantity') || !columns.some((c) => c.role === 'sku' || c.role === 'description')) return null;
  const rows = new Set(matched.map((m) => m.index));
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const header = findHeader(r, first);
  // Lines between rows that carry no quantity are a row's description running on.
  const wraps = [...Array(last - first + 1).keys()].map((k) => first + k).some((i) => !rows.has(i) && fixedWords(r.lines[i]!.text).length > 0);
  for (let i = first; i <= last; i += 1) if (wraps) rows.add(i);
  const after = r.lines.slice(last + 1).find((l) => fixedWords(l.text).length > 0);
  const ruleRows = new Set(r.items.map((item) => item.lineIndex));
  const removed = [...ruleRows]
    .filter((i) => !rows.has(i))
    .map((i) => fixedWords(r.lines[i]?.text ?? '').join(' '))
    .filter(Boolean);
  return {
    header,
    rows,
    model: {
      header: header !== null ? r.lines[header]!.segments.map((s) => foldWords(s.text)) : [],
      columns,
      end: after ? labelText(after.segments[0]!.text) : null,
      wraps,
      removed,
      added: lines.length - matched.length,
    },
  };
}

/** The header row: the nearest line above the first row with two cells or more and no digits. */
function findHeader(r: DocumentReading, first: number): number | null {
  for (let i = first - 1; i >= Math.max(0, first - 3); i -= 1) {
    const line = r.lines[i]!;
    if (line.segments.length >= 2 && !/\d/.test(line.text)) return i;
  }
  return null;
}
