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

export function chooseLayout(r: DocumentReading, layouts: readonly LearnedLayout[], sender: string | null = null): LayoutChoice | null {
  if (layouts.length === 0) return null;
  const kind = kindOf(r.doc.method, !!r.doc.monospace);
  const index = indexDocument(r);
  const domain = domainOf(sender);
  const scored: LayoutChoice[] = [];
  for (const layout of layouts) {
    if (kindOf(layout.model.method, layout.model.method === 'text') !== kind || layout.model.tokens.length < 6) continue;
    // Cheap first look: most of the layout's words must be in the document at all.
    const words = layout.model.tokens.filter((t) => index.byWord.has(t.word)).length;
    if (!index.fuzzy && words < layout.model.tokens.length * MIN_CONTAINMENT) continue;
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
