import type { Column, TableHeader } from './table-header.ts';
import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import type { ColumnRole } from '../reading/vocabulary.ts';

// Which header column each cell of a row belongs to, and what a column's cell says.

const LINE_NO: Column = { role: 'lineNo', label: '#', x0: -1, x1: -1 };

/** Each segment of a row to the header column it overlaps most (or, failing that, stands nearest). */
export function assignCells(line: LayoutLine, header: TableHeader, cols: Column[] = header.columns): Map<Column, Segment[]> {
  const out = new Map<Column, Segment[]>();
  if (line.segments.length === header.cellCount && header.cellCount > 2 && line.segments.every((s, i) => s.x0 >= (cols[i - 1]?.x0 ?? -Infinity))) {
    line.segments.forEach((s, i) => out.set(cols[i], [s]));
    return out;
  }
  // One cell more than the header, led by a line number: a "Line" column the header left unnamed.
  if (
    cols === header.columns &&
    line.segments.length === header.cellCount + 1 &&
    header.cellCount > 2 &&
    /^\d{1,4}$/.test(line.segments[0].text) &&
    !cols.some((c) => c.role === 'lineNo')
  ) {
    out.set(LINE_NO, [line.segments[0]]);
    line.segments.slice(1).forEach((s, i) => out.set(cols[i], [s]));
    return out;
  }
  for (const s of line.segments) {
    let best: Column | null = null;
    let bestScore = -Infinity;
    cols.forEach((c, i) => {
      const left = i === 0 ? -Infinity : (cols[i - 1].x1 + c.x0) / 2;
      const right = i === cols.length - 1 ? Infinity : (c.x1 + cols[i + 1].x0) / 2;
      const overlap = Math.min(s.x1, right) - Math.max(s.x0, left);
      const dist = Math.abs((s.x0 + s.x1) / 2 - (c.x0 + c.x1) / 2);
      const score = overlap > 0 ? overlap : -dist;
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    });
    if (best) out.set(best, [...(out.get(best) ?? []), s]);
  }
  return out;
}

/** "n/a", "No disponible", "-": a cell that says it has no value. */
const NOT_AVAILABLE = /^(n\/?a|none|-+|—|–|no disponible|non disponible|nicht verf[üu]gbar|k\.?\s?a\.?|sin datos|not available)$/i;

export function cellText(cells: Map<Column, Segment[]>, role: ColumnRole): string | null {
  const text = rawCellText(cells, role);
  return text && !NOT_AVAILABLE.test(text) ? text : null;
}

function rawCellText(cells: Map<Column, Segment[]>, role: ColumnRole): string | null {
  for (const [c, segs] of cells) {
    if (c.role !== role && c.alsoRole !== role) continue;
    const text = segs
      .map((s) => s.text)
      .join(' ')
      .trim();
    if (!c.alsoRole) return text || null;
    const parts = text.split(/\s+\/\s+/);
    if (parts.length === 2) return (c.role === role ? parts[0] : parts[1]).trim() || null;
    const fallback = c.alsoRole === 'description' || c.role === 'description' ? 'description' : c.role;
    return role === fallback ? text || null : null;
  }
  return null;
}

export function cellConf(cells: Map<Column, Segment[]>): number {
  let conf = 1;
  for (const segs of cells.values()) for (const s of segs) conf = Math.min(conf, s.conf);
  return conf;
}
