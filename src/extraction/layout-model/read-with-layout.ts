import type { Finding } from '../../domain/findings.ts';
import type { LayoutRead, LearnedLayout } from '../../domain/learned-layout.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { applyLayout } from './apply-layout.ts';
import { chooseLayout } from './choose-layout.ts';
import type { HeaderPart } from './field-values.ts';
import { mergeLayoutReading } from './merge-layout-reading.ts';

// The one step the assembly calls: a document's draft with what a learned layout reads on it,
// or the draft untouched when no learned layout is the document's.

export interface WithLayout {
  order: HeaderPart;
  findings: Finding[];
  read: LayoutRead | null;
  /** The rules' item rows no longer stand behind the draft's lines. */
  linesReplaced: boolean;
}

export function readWithLayout(r: DocumentReading, order: HeaderPart, layouts: readonly LearnedLayout[], sender: string | null): WithLayout {
  const choice = chooseLayout(r, layouts, sender);
  if (!choice) return { order, findings: [], read: null, linesReplaced: false };
  const merged = mergeLayoutReading(order, applyLayout(r, choice.layout.model), choice.layout, choice.score);
  return merged;
}
