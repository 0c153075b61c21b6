import type { DraftOrder } from './draft-order.ts';
import { foldKey as squash } from './fold-text.ts';
import type { LayoutRead } from './learned-layout.ts';

// What the rep changed of what a learned layout read: counted against the layout in the
// approval's transaction (store/count-layout-corrections.ts), which retires it when it keeps
// being corrected.

function at(order: DraftOrder, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null), order);
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v.toFixed(2);
  if (typeof v === 'object')
    return squash(
      Object.values(v as Record<string, unknown>)
        .filter((x) => typeof x === 'string')
        .join(' '),
    );
  return squash(String(v));
}

export function correctedFields(read: LayoutRead, approved: DraftOrder): string[] {
  const out: string[] = [];
  for (const [path, value] of Object.entries(read.read)) {
    if (path === 'lines') {
      const said = approved.lines.map((l) => `${l.quantity} x ${l.sku ?? l.description ?? ''}`);
      if (squash(JSON.stringify(said)) !== squash(JSON.stringify(value))) out.push('lines');
      continue;
    }
    if (path === 'shipTo' || path === 'billTo') {
      const a = at(approved, path) as Record<string, unknown> | null;
      const v = value as Record<string, unknown> | null;
      if (squash(`${a?.name ?? ''}${a?.street ?? ''}${a?.city ?? ''}`) !== squash(`${v?.name ?? ''}${v?.street ?? ''}${v?.city ?? ''}`)) out.push(path);
      continue;
    }
    if (text(at(approved, path)) !== text(value)) out.push(path);
  }
  return out;
}
