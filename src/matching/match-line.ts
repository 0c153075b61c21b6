import type { OrderLine } from '../domain/draft-order.ts';
import type { CatalogItem, CrossRef } from '../domain/master-data.ts';
import { scoreSimilarity } from './score-similarity.ts';

// One order line to a catalogue item, strongest evidence first: our SKU as written, the customer's
// cross-reference (imported or learned from an approval), a GTIN, then the description (fuzzy).

export interface LineMatch {
  catalogSku: string | null;
  method: 'sku' | 'xref' | 'gtin' | 'description' | 'none';
  score: number;
  reason: string;
  /** Our units per unit the buyer ordered (a case of 12 = 12). */
  unitFactor: number;
  item: CatalogItem | null;
  /** Set when the line could not be matched surely: why, naming the line. */
  problem: string | null;
}

export interface LineCatalog {
  bySku: Map<string, CatalogItem>;
  byLooseSku: Map<string, CatalogItem>;
  byGtin: Map<string, CatalogItem>;
  items: CatalogItem[];
}

export const looseSku = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

export function toLineCatalog(items: CatalogItem[]): LineCatalog {
  return {
    bySku: new Map(items.map((i) => [i.sku.toUpperCase(), i])),
    byLooseSku: new Map(items.map((i) => [looseSku(i.sku), i])),
    byGtin: new Map(items.filter((i) => i.gtin).map((i) => [i.gtin!, i])),
    items,
  };
}

const label = (line: OrderLine, index: number) => `line ${line.lineNo ?? index + 1}${line.sku ? ` (${line.sku})` : ''}`;
const found = (item: CatalogItem, method: LineMatch['method'], score: number, reason: string, unitFactor = 1): LineMatch => ({
  catalogSku: item.sku,
  method,
  score,
  reason,
  unitFactor,
  item,
  problem: null,
});

function matchByXref(line: OrderLine, written: string, catalog: LineCatalog, xrefs: CrossRef[]): LineMatch | null {
  const xref = xrefs.find((x) => x.customerSku.toUpperCase() === written) ?? xrefs.find((x) => looseSku(x.customerSku) === looseSku(written));
  const item = xref ? catalog.bySku.get(xref.sku) : undefined;
  if (!xref || !item) return null;
  const who = xref.origin === 'learned' ? `learned from ${xref.createdBy ?? 'a rep'}${xref.createdAt ? ` on ${xref.createdAt.slice(0, 10)}` : ''}` : 'imported';
  const pack = xref.unitFactor !== 1 ? `, 1 ${line.unit ?? 'unit'} = ${xref.unitFactor} ${item.unit}` : '';
  return found(item, 'xref', 0.97, `customer part number ${written} is our ${xref.sku} (cross-reference, ${who})${pack}`, xref.unitFactor);
}

function matchByNumber(line: OrderLine, catalog: LineCatalog, xrefs: CrossRef[]): LineMatch | null {
  const sku = line.sku?.trim().toUpperCase() ?? '';
  // "20 WD-40-11": a line number or a prefix read into the item number; the whole is tried first.
  const tokens = sku.split(/\s+/).filter((t) => t.length >= 3 && t !== sku);
  // The customer's own mapping comes first: it is how a rep corrects a wrong match of their number.
  for (const written of [sku, ...tokens].filter(Boolean)) {
    const m = matchByXref(line, written, catalog, xrefs);
    if (m) return written === sku ? m : { ...m, score: 0.95 };
  }
  const exact = sku ? catalog.bySku.get(sku) : undefined;
  if (exact) return found(exact, 'sku', 1, `item number ${sku} is in the catalogue`);
  const token = tokens.find((t) => catalog.bySku.has(t));
  if (token) return found(catalog.bySku.get(token)!, 'sku', 0.95, `item number ${token} (in "${line.sku}") is in the catalogue`);
  const loose = sku.length >= 4 ? catalog.byLooseSku.get(looseSku(sku)) : undefined;
  if (loose) return found(loose, 'sku', 0.93, `item number ${line.sku} matches ${loose.sku} ignoring spaces and dashes`);
  const gtin = [line.gtin ?? '', line.sku ?? '', line.description ?? '']
    .join(' ')
    .match(/\b\d{8,14}\b/g)
    ?.map((g) => catalog.byGtin.get(g))
    .find(Boolean);
  if (gtin) return found(gtin, 'gtin', 0.95, `GTIN ${gtin.gtin} is ${gtin.sku}`);
  return null;
}

function matchByDescription(line: OrderLine, index: number, catalog: LineCatalog): LineMatch {
  const none = (problem: string): LineMatch => ({ catalogSku: null, method: 'none', score: 0, reason: problem, unitFactor: 1, item: null, problem });
  if (!line.description) return none(`${label(line, index)}: item not in the catalogue`);
  const ranked = catalog.items.map((item) => ({ item, score: scoreSimilarity(line.description!, item.description) })).sort((a, b) => b.score - a.score);
  const [first, second] = ranked;
  if (!first || first.score < 0.55)
    return none(`${label(line, index)}: item not in the catalogue${first ? ` (closest: ${first.item.sku} "${first.item.description}", ${first.score.toFixed(2)})` : ''}`);
  if (second && first.score - second.score < 0.05) {
    return none(`${label(line, index)}: ambiguous match, ${first.item.sku} (${first.score.toFixed(2)}) or ${second.item.sku} (${second.score.toFixed(2)})`);
  }
  // A description match is never sure enough to skip review on its own (score at most 0.89).
  const score = Math.round(Math.min(0.89, first.score * 0.9) * 100) / 100;
  const m = found(
    first.item,
    'description',
    score,
    `description matches ${first.item.sku} "${first.item.description}" (${first.score.toFixed(2)})${line.sku ? `; item number ${line.sku} is not ours` : ''}`,
  );
  return { ...m, problem: `${label(line, index)}: matched ${first.item.sku} by description only (${first.score.toFixed(2)}), confirm it` };
}

const SAME_UNIT = new Set(['EA', 'EACH', 'PC', 'PCS', 'PCE', 'ST', 'STK', 'STCK', 'UNIT', 'UNITS', 'PIECE', 'PIECES']);
const sameUnit = (a: string, b: string) => a === b || (SAME_UNIT.has(a) && SAME_UNIT.has(b));

/** Unit check: a buyer unit other than ours needs a pack-size factor from a cross-reference. */
function checkUnit(line: OrderLine, index: number, m: LineMatch): LineMatch {
  if (!m.item || !line.unit || m.unitFactor !== 1 || sameUnit(line.unit.toUpperCase(), m.item.unit)) return m;
  return { ...m, problem: m.problem ?? `${label(line, index)}: ordered in ${line.unit.toUpperCase()} but ${m.item.sku} is sold per ${m.item.unit}; no pack size known` };
}

export function matchLine(line: OrderLine, index: number, catalog: LineCatalog, xrefs: CrossRef[]): LineMatch {
  return checkUnit(line, index, matchByNumber(line, catalog, xrefs) ?? matchByDescription(line, index, catalog));
}
