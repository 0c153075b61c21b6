import { lineAgrees } from '../../domain/check-order.ts';
import type { DocumentReading } from '../assemble/extract-document-order.ts';
import { documentKindSources, ORDER_PHRASES, ORDER_TITLES } from '../lexicon/index.ts';
import { fold } from '../reading/vocabulary.ts';

// Is a document a purchase order? Weighed evidence, never one keyword. Signs for: an order title
// (a title line outweighs a title word inside a longer cell), a PO-number label with a number, an
// item table, rows whose quantity x price is their amount, a sentence that places an order. Signs
// against: the title of what is not an order (invoice, statement, delivery note ...), an
// auto-reply, newsletter or shipping notice in the text. "Not an order" only when the signs
// against clearly win; between the two, a draft that says it may not be an order.

const PO_TITLE = new RegExp(`\\b(?:${ORDER_TITLES.join('|')})`);
const ORDER_PHRASE = new RegExp(ORDER_PHRASES.map((source) => `(?:\\b${source})`).join('|'));
const NEGATIVE: [RegExp, string][] = documentKindSources().map(([kind, sources]) => [new RegExp(sources.map((source) => `(?:${source})`).join('|')), kind]);

/** Kinds that running text gives away (an out-of-office text), not only a title. */
const BODY_KINDS = new Set(['question', 'statement', 'quote request', 'out-of-office reply', 'newsletter', 'shipping notice']);

/** The weights of the signs. A title line decides between two commercial documents; the items,
 * the arithmetic and a PO number say a document is commercial, not which kind it is. */
export const WEIGHTS = {
  titleLine: 4,
  titleInCell: 2,
  negativeTitleLine: -4,
  negativeInCell: -2,
  negativeInText: -2.5,
  /** An order title below another document's title, or the other way round. */
  laterTitle: 1,
  /** The mail's subject reads as something other than an order. */
  subjectAgainst: -3,
  orderPhrase: 2,
  poNumber: 1,
  table: 0.5,
  arithmetic: 1,
  codedBodyItems: 1.5,
} as const;

/** At or below, from titles and wording alone: not an order, whatever items it lists (an invoice). */
const NOT_ORDER_BY_WORDS_AT = -3;
/** At or below: not an order. */
const NOT_ORDER_AT = -1.5;
/** At or above, with items: an order. Between this and NOT_ORDER_AT: possibly one. */
const ORDER_AT = 1;
/** A document with no items read is still an order when its title and PO number say so this strongly. */
const ORDER_WITHOUT_LINES_AT = 4.5;

export type Verdict = 'order' | 'possible-order' | 'not-order';

export interface Sign {
  /** Which sign: an order title, a PO number, the rows' arithmetic ... */
  rule: 'title' | 'other-title' | 'text' | 'order-wording' | 'subject' | 'po-number' | 'table' | 'arithmetic' | 'coded-lines';
  weight: number;
  /** What was seen, in words: `title "PURCHASE ORDER"`, `3 rows where quantity x price = amount`. */
  what: string;
  /** For signs against: the kind they point to. */
  kind?: string;
}

export interface Classification {
  /** The document becomes a draft. */
  isOrder: boolean;
  verdict: Verdict;
  /** What it is when not an order (invoice, newsletter ...), for the reasons. */
  kind: string | null;
  poTitle: boolean;
  score: number;
  signs: Sign[];
}

/** Title-like text of a cell: short cells whole, longer ones up to their first ":" or ".". */
function titleText(cell: string): string {
  const t = fold(cell.replace(/\t/g, ' ').trim());
  return t.length <= 40 ? t : t.split(/[:.]/)[0].slice(0, 40);
}

/** "INVOICE", "Purchase Order No. 4711": the cell is a title, not a sentence or a label with its
 * value ("Quote ref: Q-2231", "Your order no.: 4711"). */
function isTitleLine(cell: string): boolean {
  if (/:\s*\S/.test(cell)) return false;
  const words = fold(cell)
    .split(/[\s:#.,/-]+/)
    .filter((w) => w && !/\d/.test(w));
  return words.length > 0 && words.length <= 4 && cell.length <= 40;
}

// "Invoice to:", "Rechnung an", "Facturer à" are the bill-to label of a PO, not its title.
const BILL_TO_LABEL = /^(invoice|bill|rechnung|facture|factura|fatturazione)\w*\s*(to|an|à|a|address|adresse|direcci[oó]n)\b/;

/** The signs of the title area: each cell of the first lines. Where an order title and the
 * title of something else both stand there, the higher one is the title and the later one counts
 * only a little ("INVOICE" above "Your order no. 4711"; "PURCHASE ORDER" above "Cancel if not
 * received by"). */
function titleSigns(cells: Array<{ text: string; line: number }>): { signs: Sign[]; poTitle: boolean } {
  let po: (Sign & { line: number }) | null = null;
  let neg: (Sign & { line: number }) | null = null;
  for (const cell of cells) {
    const t = titleText(cell.text);
    if (!t || BILL_TO_LABEL.test(t)) continue;
    const whole = isTitleLine(cell.text);
    // "PO Number: 4711", "Order No.: ...": a number's label, not the document's title.
    const label = !whole && /^[^:]{1,40}:/.test(cell.text) && /(?:number|nummer|numero|número|no|nr|n°|nº|#)\.?\s*$/i.test(cell.text.split(':')[0]);
    if (PO_TITLE.test(t) && !label) {
      const weight = whole ? WEIGHTS.titleLine : WEIGHTS.titleInCell;
      if (!po || weight > po.weight) po = { rule: 'title', weight, what: `title "${clip(cell.text)}"`, line: cell.line };
    }
    const hit = NEGATIVE.find(([re]) => (t.match(re)?.index ?? 99) <= 2);
    if (hit) {
      const weight = whole ? WEIGHTS.negativeTitleLine : WEIGHTS.negativeInCell;
      if (!neg || weight < neg.weight) neg = { rule: 'other-title', weight, what: `${hit[1]} title "${clip(cell.text)}"`, kind: hit[1], line: cell.line };
    }
  }
  // An order confirmation titled as such is the customer's PO asking for one ("Order confirmation required").
  if (po && neg?.kind === 'confirmation') neg = null;
  if (po && neg && po.line !== neg.line) {
    if (po.line < neg.line) neg = { ...neg, weight: WEIGHTS.laterTitle * -1, what: `${neg.what} below the title` };
    else po = { ...po, weight: WEIGHTS.laterTitle, what: `${po.what} below the title` };
  }
  const signs = [po, neg].filter((x): x is Sign & { line: number } => x !== null).map(({ line: _line, ...sign }) => sign);
  return { signs, poTitle: po !== null };
}

/** Running text: the kinds it gives away, and a sentence that places an order. */
function textSigns(text: string): Sign[] {
  const b = fold(text.slice(0, 4000));
  const signs: Sign[] = [];
  const weak = NEGATIVE.find(([re, k]) => BODY_KINDS.has(k) && re.test(b));
  if (weak) signs.push({ rule: 'text', weight: WEIGHTS.negativeInText, what: `${weak[1]} wording "${clip(b.match(weak[0])![0])}"`, kind: weak[1] });
  const phrase = ORDER_PHRASE.exec(b);
  if (phrase) signs.push({ rule: 'order-wording', weight: WEIGHTS.orderPhrase, what: `order wording "${clip(phrase[0])}"` });
  return signs;
}

/** What the subject and body of a mail say, before any document is read. A subject is one line:
 * "Cancel PO 4711" is a cancellation though it names a PO, so a negative title word that starts a
 * subject line wins over an order title (but for "order confirmation required"); running text
 * counts only when no order title stands against it. */
export function classifyText(title: string, body: string): { negative: string | null; poTitle: boolean } {
  const lines = title
    .split('\n')
    .map(titleText)
    .filter((l) => l && !BILL_TO_LABEL.test(l));
  const t = lines.join('\n');
  const neg = NEGATIVE.find(([re]) => lines.some((l) => (l.match(re)?.index ?? 99) <= 2));
  const poTitle = PO_TITLE.test(t);
  if (neg && !(poTitle && neg[1] === 'confirmation')) return { negative: neg[1], poTitle };
  const b = fold(body.slice(0, 4000));
  const weak = NEGATIVE.find(([re, k]) => BODY_KINDS.has(k) && re.test(b));
  if (weak && !poTitle) return { negative: weak[1], poTitle };
  return { negative: null, poTitle };
}

/** `context`: signs from outside the document (the mail's subject, for its body). */
export function classifyDocument(r: DocumentReading, context: Sign[] = []): Classification {
  // Each cell of the top lines is a title candidate ("Ferreira SARL | BON DE COMMANDE").
  const cells = r.lines.slice(0, 10).flatMap((l, line) => l.segments.map((s) => ({ text: s.text, line })));
  const title = titleSigns(cells);
  const signs: Sign[] = [...title.signs, ...textSigns(r.doc.text), ...context];
  // What the document says it is; its items and numbers only say it is commercial.
  const said = signs.reduce((sum, s) => sum + s.weight, 0);
  const items = r.items;
  if (r.fields.poNumber) signs.push({ rule: 'po-number', weight: WEIGHTS.poNumber, what: `PO number ${r.fields.poNumber.value}` });
  if (r.tables.length > 0 && items.length > 0) signs.push({ rule: 'table', weight: WEIGHTS.table, what: `an item table of ${items.length} row${items.length === 1 ? '' : 's'}` });
  const priced = items.filter((i) => i.unitPrice !== null && i.amount !== null && i.quantity > 0);
  const holding = priced.filter((i) => lineAgrees(i) === true);
  if (holding.length > 0 && holding.length * 2 >= priced.length)
    signs.push({ rule: 'arithmetic', weight: WEIGHTS.arithmetic, what: `${holding.length} row${holding.length === 1 ? '' : 's'} where quantity x price = amount` });
  // A mail body's lines count when they name item numbers ("please send 12 x AB-1234"), not when it
  // merely mentions quantities ("around 200 pairs a month").
  const coded = items.some((i) => i.sku !== null);
  if (r.doc.isBody === true && coded && r.tables.length === 0) signs.push({ rule: 'coded-lines', weight: WEIGHTS.codedBodyItems, what: 'lines that name item numbers' });
  const score = Math.round(signs.reduce((sum, s) => sum + s.weight, 0) * 10) / 10;
  const against = signs.filter((s) => s.weight < 0).sort((a, b) => a.weight - b.weight)[0];
  // Items that are only quantities, with no item number, price or table, are no evidence of an order.
  // And rows outside a table need a sign for an order besides their own arithmetic.
  const content = items.length > 0 && (r.tables.length > 0 || ((coded || priced.length > 0) && signs.some((s) => s.weight > 0 && s.rule !== 'arithmetic')));
  const verdict: Verdict =
    said <= NOT_ORDER_BY_WORDS_AT || score <= NOT_ORDER_AT
      ? 'not-order'
      : content
        ? score >= ORDER_AT
          ? 'order'
          : 'possible-order'
        : score >= ORDER_WITHOUT_LINES_AT
          ? 'order'
          : score >= ORDER_AT && title.poTitle
            ? 'possible-order'
            : 'not-order';
  const isOrder = verdict === 'order' || (verdict === 'possible-order' && content);
  const kind = isOrder ? null : verdict === 'not-order' && against ? (against.kind ?? null) : items.length === 0 ? 'no order lines' : 'no order signs';
  return { isOrder, verdict, kind, poTitle: title.poTitle, score, signs };
}

/** The signs in one line for a reason or a log: `title "PURCHASE ORDER" (+4), invoice wording ... (-2.5)`. */
export function describeSigns(signs: Sign[]): string {
  return signs.map(formatSign).join(', ');
}

/** `title "PURCHASE ORDER" (+4)`. */
export function formatSign(s: Sign): string {
  return `${s.what} (${s.weight > 0 ? '+' : ''}${s.weight})`;
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
