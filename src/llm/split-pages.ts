import type { ReaderDocument } from '../extraction/model/order-reader.ts';

// A long order is sent in parts of whole pages, so that no answer has to list more rows than an
// output limit allows; the parts are stitched back together (stitch-findings.ts).

/** A page longer than the limit on its own is cut at line ends. */
function cutPage(page: string, maxChars: number): string[] {
  if (page.length <= maxChars) return [page];
  const parts: string[] = [];
  let current = '';
  for (const line of page.split('\n')) {
    if (current && current.length + line.length + 1 > maxChars) {
      parts.push(current);
      current = '';
    }
    current = current ? `${current}\n${line.slice(0, maxChars)}` : line.slice(0, maxChars);
  }
  if (current) parts.push(current);
  return parts;
}

/** Groups pages, in order, into parts of at most `maxChars` characters of text each. */
export function splitPages(documents: ReaderDocument[], maxChars: number): ReaderDocument[][] {
  const parts: ReaderDocument[][] = [];
  let part: ReaderDocument[] = [];
  let size = 0;
  const add = (name: string, page: string) => {
    if (size > 0 && size + page.length > maxChars) {
      parts.push(part);
      part = [];
      size = 0;
    }
    const last = part[part.length - 1];
    if (last && last.name === name) last.pages.push(page);
    else part.push({ name, pages: [page] });
    size += page.length;
  };
  for (const d of documents) for (const page of d.pages) for (const piece of cutPage(page, maxChars)) add(d.name, piece);
  if (part.length > 0) parts.push(part);
  return parts;
}

/** Two parts of about equal size, cut between pages, or between lines when there is one page. */
export function halvePages(documents: ReaderDocument[]): ReaderDocument[][] {
  const pieces = documents.flatMap((d) => d.pages.map((page) => ({ name: d.name, page })));
  if (pieces.length === 1) {
    const lines = pieces[0].page.split('\n');
    if (lines.length < 2) return [documents];
    const mid = Math.ceil(lines.length / 2);
    return [lines.slice(0, mid), lines.slice(mid)].map((part) => [{ name: pieces[0].name, pages: [part.join('\n')] }]);
  }
  const total = pieces.reduce((n, p) => n + p.page.length, 0);
  let size = 0;
  let cut = 1;
  for (; cut < pieces.length - 1; cut += 1) {
    size += pieces[cut - 1].page.length;
    if (size >= total / 2) break;
  }
  const group = (list: typeof pieces) =>
    list.reduce<ReaderDocument[]>((docs, p) => {
      const last = docs[docs.length - 1];
      if (last && last.name === p.name) last.pages.push(p.page);
      else docs.push({ name: p.name, pages: [p.page] });
      return docs;
    }, []);
  return [group(pieces.slice(0, cut)), group(pieces.slice(cut))];
}
