import type { LayoutToken, LearnedLayout } from '../../domain/learned-layout.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { isOneEdit } from '../reading/is-one-edit.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import { fingerprintLayout } from './fingerprint-layout.ts';

// Which learned layout, if any, a document is printed in: recognised from the document itself
// (its fixed text where the layout had it); the sender is only a hint, since a fax or a dropped
// file has none and one sender may print several layouts.

/** Share of the layout's fixed text (by weight) that must stand in the document, in its place. */
export const MIN_CONTAINMENT = 0.8;
/** The best layout must beat the second by this much, or neither is used. */
export const MIN_MARGIN = 0.05;
const SENDER_BONUS = 0.02;

export interface LayoutChoice {
  layout: LearnedLayout;
  score: number;
}

interface DocIndex {
  byWord: Map<string, LayoutToken[]>;
  words: string[];
  fuzzy: boolean;
}

export function indexDocument(r: DocumentReading): DocIndex {
  const byWord = new Map<string, LayoutToken[]>();
  for (const t of fingerprintLayout(r, {}).concat()) {
    const list = byWord.get(t.word);
    if (list) list.push(t);
    else byWord.set(t.word, [t]);
  }
  return { byWord, words: [...byWord.keys()], fuzzy: isOcrDocument(r.doc) };
}

/** Tokens above the table keep their place; the table's header and what follows it move with the rows above. */
function inPlace(t: LayoutToken, d: LayoutToken): boolean {
  if (Math.abs(d.xb - t.xb) > 1) return false;
  if (t.zone === 'head') return d.page === t.page && Math.abs(d.yb - t.yb) <= 2;
  return true;
}

function found(t: LayoutToken, index: DocIndex): boolean {
  if (index.byWord.get(t.word)?.some((d) => inPlace(t, d))) return true;
  // A scan misreads a letter here and there.
  if (!index.fuzzy || t.word.length < 5) return false;
  return index.words.some((w) => Math.abs(w.length - t.word.length) <= 1 && isOneEdit(w, t.word) && index.byWord.get(w)!.some((d) => inPlace(t, d)));
}

/** The weighted share of the layout's fixed tokens the document has in place. */
export function scoreLayoutMatch(index: DocIndex, tokens: readonly LayoutToken[]): number {
  let total = 0;
  let hit = 0;
  for (const t of tokens) {
    total += t.weight;
    if (found(t, index)) hit += t.weight;
  }
  return total > 0 ? hit / total : 0;
}

/** Positioned pages, sheets and mail text are different kinds of layout. */
function kindOf(method: string, monospace: boolean): string {
  if (monospace) return 'text';
  return method === 'spreadsheet' ? 'sheet' : 'page';
}

function domainOf(address: string | null | undefined): string | null {
  return address?.split('@')[1]?.toLowerCase() ?? null;
}

/** What the first look needs of a layout, worked out once per model (the extractor keeps its
 * layouts until the store's version changes, so this holds for every document read meanwhile). */
interface LayoutKey {
  kind: string;
  /** Its distinct words with their summed weight, heaviest first. */
  words: Array<[string, number]>;
  weight: number;
}

const KEYS = new WeakMap<LearnedLayout['model'], LayoutKey>();

function keyOf(model: LearnedLayout['model']): LayoutKey {
  let key = KEYS.get(model);
  if (!key) {
    const words = new Map<string, number>();
    for (const t of model.tokens) words.set(t.word, (words.get(t.word) ?? 0) + t.weight);
    key = { kind: kindOf(model.method, model.method === 'text'), words: [...words].sort((a, b) => b[1] - a[1]), weight: model.tokens.reduce((n, t) => n + t.weight, 0) };
    KEYS.set(model, key);
  }
  return key;
}

/**
 * Cheap first look, before the words' places are compared: the weight of the layout's words
 * that are in the document at all (anywhere) must reach MIN_CONTAINMENT, since the placed
 * score can only be lower. Stops as soon as the words left cannot reach it. Not on a scan,
 * where a word may be misread (the placed score allows one letter off).
 */
function mayMatch(index: DocIndex, key: LayoutKey): boolean {
  if (index.fuzzy) return true;
  const need = key.weight * MIN_CONTAINMENT;
  let missing = 0;
  for (const [word, weight] of key.words) {
    if (index.byWord.has(word)) continue;
    missing += weight;
    if (key.weight - missing < need) return false;
  }
  return true;
}

export function chooseLayout(r: DocumentReading, layouts: readonly LearnedLayout[], sender: string | null = null): LayoutChoice | null {
  if (layouts.length === 0) return null;
  const kind = kindOf(r.doc.method, !!r.doc.monospace);
  const candidates = layouts.filter((l) => l.model.tokens.length >= 6 && keyOf(l.model).kind === kind);
  if (candidates.length === 0) return null;
  const index = indexDocument(r);
  const domain = domainOf(sender);
  const scored: LayoutChoice[] = [];
  for (const layout of candidates) {
    if (!mayMatch(index, keyOf(layout.model))) continue;
    const score = scoreLayoutMatch(index, layout.model.tokens);
    if (score < MIN_CONTAINMENT) continue;
    scored.push({ layout, score: score + (domain && domainOf(layout.sender) === domain ? SENDER_BONUS : 0) });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return null;
  // Two layouts fit about as well: the document does not say which, so neither reads it.
  if (second && best.score - second.score < MIN_MARGIN && !isSameSource(best.layout, second.layout)) return null;
  return best;
}

/** Two layouts of one customer learned from the same kind of page: the newer one (listed first) stands for both. */
function isSameSource(a: LearnedLayout, b: LearnedLayout): boolean {
  return a.customerId === b.customerId && a.sender === b.sender;
}
