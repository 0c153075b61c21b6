import type { DocumentReading } from './extract-document-order.ts';
import { documentKindSources, ORDER_TITLES } from './lexicon/index.ts';
import { fold } from './vocabulary.ts';

// What a document says it is, from its title and wording. An order needs order words or order
// lines and none of the marks of the mail that is not an order (invoice, quote request, auto-reply).

const PO_TITLE = new RegExp(`\\b(?:${ORDER_TITLES.join('|')})`);
const NEGATIVE: [RegExp, string][] = documentKindSources().map(([kind, sources]) => [new RegExp(sources.map((source) => `(?:${source})`).join('|')), kind]);

const BODY_KINDS = new Set(['question', 'statement', 'quote request', 'out-of-office reply', 'newsletter', 'shipping notice']);

export interface Classification {
  isOrder: boolean;
  /** What it is when not an order (invoice, newsletter ...), for the reasons. */
  kind: string | null;
  poTitle: boolean;
}

/** Reads the title area (first lines) and, more weakly, the whole text. */
/** Title-like lines: short ones, or lines that start with the word (not "... from invoice"). */
function titleText(title: string): string {
  return title
    .split('\n')
    .map((l) => fold(l.replace(/\t/g, ' ').trim()))
    .filter(Boolean)
    .map((l) => (l.length <= 40 ? l : l.split(/[:.]/)[0].slice(0, 40)))
    .join('\n');
}

export function classifyText(title: string, body: string): { negative: string | null; poTitle: boolean } {
  // "Invoice to:", "Rechnung an", "Facturer à" are the bill-to label of a PO, not its title.
  const lines = titleText(title).split('\n').filter((l) => !/^(invoice|bill|rechnung|facture|factura|fatturazione)\w*\s*(to|an|à|a|address|adresse|direcci[oó]n)\b/.test(l));
  const t = lines.join('\n');
  // In the title area a negative word counts where a line starts with it ("INVOICE", "Invoice no").
  const neg = NEGATIVE.find(([re]) => lines.some((l) => (l.match(re)?.index ?? 99) <= 2));
  const poTitle = PO_TITLE.test(t);
  if (neg && !(poTitle && neg[1] === 'confirmation')) return { negative: neg[1], poTitle };
  const b = fold(body.slice(0, 4000));
  // In running text only unambiguous kinds count: a PO may well mention invoices, claims or cancelling.
  const weak = NEGATIVE.find(([re, k]) => BODY_KINDS.has(k) && re.test(b));
  if (weak && !poTitle) return { negative: weak[1], poTitle };
  return { negative: null, poTitle };
}

export function classifyDocument(r: DocumentReading): Classification {
  // Each cell of the top lines is a title candidate ("Ferreira SARL | BON DE COMMANDE").
  const title = r.lines.slice(0, 10).flatMap((l) => l.segments.map((s) => s.text)).join('\n');
  const { negative, poTitle } = classifyText(title, r.doc.text);
  if (negative) return { isOrder: false, kind: negative, poTitle };
  const hasItems = r.items.length > 0;
  const hasPoNumber = r.fields.poNumber !== null;
  // A mail body without a table or PO number is an order only when its lines name item numbers
  // ("please send 12 x AB-1234"), not when it merely mentions quantities ("around 200 pairs a month").
  const coded = r.items.some((i) => i.sku !== null);
  const isOrder = hasItems && (poTitle || hasPoNumber || r.tables.length > 0 || (r.doc.isBody === true && coded));
  return { isOrder, kind: hasItems ? null : 'no order lines', poTitle };
}
