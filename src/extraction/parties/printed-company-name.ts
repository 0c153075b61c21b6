// A signature names its company as people say it ("Harbor Point Marine Services"); the document
// prints it whole ("Harbor Point Marine Services, Inc."). The printed name, legal form and all, is
// the buyer's name on the order.

import { fold } from '../../domain/fold-text.ts';
import { hasLegalForm } from '../reading/is-company.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';

/** The cell printing `name` followed by a legal form, in its own (mixed-case first) writing; else `name`. */
export function printedCompanyName(name: string, lines: LayoutLine[]): string {
  const want = fold(name);
  const found: string[] = [];
  for (const line of lines) {
    for (const seg of line.segments) {
      const text = seg.text.trim();
      if (text.length <= name.length || !fold(text).startsWith(want)) continue;
      const rest = text.slice(name.length);
      if (/^,?\s+\S{2,12}$/.test(rest) && hasLegalForm(rest)) found.push(text);
    }
  }
  return found.find((t) => t !== t.toUpperCase()) ?? found[0] ?? name;
}
