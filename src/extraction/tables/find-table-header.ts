import type { LayoutLine, Segment } from '../reading/to-layout-lines.ts';
import { isOcrRead } from '../reading/ocr-tolerance.ts';
import { isOneEdit, onlyNear } from '../reading/is-one-edit.ts';
import { COLUMN_WORDS, fold, type ColumnRole } from '../reading/vocabulary.ts';
import { readColumnArithmetic } from './infer-column-roles.ts';
import type { NumberStyle } from '../reading/item-draft.ts';
import type { Column, TableHeader } from './table-header.ts';

export type { Column, TableHeader } from './table-header.ts';

function cleanWord(w: string): string {
  // OCR adds quotes and bars at the ends of words: '"Amount', 'Price|'.
  return fold(w).replace(/^[([“”„"'‘’|]+|[)\]:.“”"'‘’|]+$/g, '');
}

/** Header phrases by their first (cleaned) word, longest first. */
const PHRASES = new Map<string, { role: ColumnRole; words: string[] }[]>();
for (const [role, list] of Object.entries(COLUMN_WORDS)) {
  for (const p of list) {
    const words = fold(p).split(/\s+/).map(cleanWord);
    PHRASES.set(
      words[0],
      [...(PHRASES.get(words[0]) ?? []), { role: role as ColumnRole, words }].sort((a, b) => b.words.length - a.words.length),
    );
  }
}
/** Phrases of several words by their words run together ("prixunitaire"), as OCR and some PDF text layers write them. */
const GLUED = new Map(
  [...PHRASES.values()]
    .flat()
    .filter((p) => p.words.length > 1)
    .map((p) => [p.words.join(''), p.words.join(' ')]),
);
const HEADER_WORDS = [...new Set([...PHRASES.values()].flat().flatMap((p) => p.words))].filter((w) => w.length >= 5);

/** The header word one typo away from `word` ("Amouni" → "amount"), when exactly one is. */
function nearHeaderWord(word: string): string | null {
  if (word.length < 5 || PHRASES.has(word)) return null;
  return onlyNear(HEADER_WORDS, (w) => isOneEdit(word, w));
}

const CURRENCY_WORD = /(?:^|\s)(?:[$€£]|eur|usd|gbp|chf|cad|aud)(?=\s|$)/gi;
const QUALIFIER = /(?:^|\s)(?:ht|ttc|net|netto|neto|excl\.?|incl\.?|exkl\.?|inkl\.?|brutto|bruto)(?=\s|$)/gi;

function normaliseHeader(text: string): string {
  // Machine exports write "unit_price", "ext-price": separators between words are spaces.
  const noBrackets = text.replace(/\([^)]{0,20}\)/g, ' ').replace(/(?<=\p{L})[_](?=\p{L})/gu, ' ');
  const priced = CURRENCY_WORD.test(noBrackets);
  CURRENCY_WORD.lastIndex = 0;
  let t = noBrackets.replace(CURRENCY_WORD, ' ').replace(/\s+/g, ' ').trim();
  if (priced && /^(unit|unité|einheit|unidad|each|ea|ext\.?|extended|line)$/i.test(t)) t = /^ext|^extended|^line/i.test(t) ? 'amount' : 'unit price';
  const unqualified = t.replace(QUALIFIER, ' ').replace(/\s+/g, ' ').trim();
  return unqualified || t;
}

/** "Material/Description": one cell naming two fields, whose values are written "A / B". */
function comboCell(seg: Segment): Column | null {
  const parts = seg.text.split(/\s*\/\s*/);
  if (parts.length !== 2 || parts.some((p) => p.length < 3)) return null;
  const roles = parts.map((p) => splitHeaderCell({ ...seg, text: p }));
  if (roles.some((r) => !r || r.length !== 1 || !r[0].role) || roles[0]![0].role === roles[1]![0].role) return null;
  return { role: roles[0]![0].role, alsoRole: roles[1]![0].role ?? undefined, label: seg.text, x0: seg.x0, x1: seg.x1 };
}

/** Splits a header cell into column labels; null when some word is not a header word. */
function splitHeaderCell(seg: Segment): Column[] | null {
  const combo = comboCell(seg);
  if (combo) return [combo];
  // "Unit Price (EUR)", "Cant. (Unidad)", "Einzelpreis EUR", "P.U. HT": brackets, currencies and
  // tax qualifiers qualify a label; "Unit $" is a price per unit.
  const raw = normaliseHeader(seg.text)
    .split(/\s+/)
    .map((w) => (PHRASES.has(cleanWord(w)) ? w : (GLUED.get(cleanWord(w)) ?? w)))
    .join(' ');
  const words = raw.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  const out: { role: ColumnRole | null; start: number; end: number }[] = [];
  const cleaned = words.map(cleanWord).map((w) => (isOcrRead(seg) ? (nearHeaderWord(w) ?? w) : w));
  let i = 0;
  while (i < words.length) {
    const hit = PHRASES.get(cleaned[i])?.find((p) => p.words.every((w, k) => cleaned[i + k] === w));
    // A word that is no header word: kept as a column of no role (OCR ran "Qty UoM Rem No." together).
    const last = out[out.length - 1];
    if (!hit && last?.role === null && last.end === i) last.end = i + 1;
    else out.push(hit ? { role: hit.role, start: i, end: i + hit.words.length } : { role: null, start: i, end: i + 1 });
    i += hit ? hit.words.length : 1;
  }
  // "Rem No." (OCR's "Item No."): a number word after an unknown word is that word's number.
  for (let k = out.length - 1; k > 0; k--) {
    if (out[k - 1].role === null && out[k].end - out[k].start === 1 && /^(no|nr|n°|nº|#|number|nummer)$/.test(cleaned[out[k].start])) {
      out[k - 1].end = out[k].end;
      out.splice(k, 1);
    }
  }
  // Unknown words pass only beside at least two labels, and few of them: "Qty UoM Rem No." is a
  // run of headers, "Quantity discounts apply" is not.
  const unknown = out.filter((o) => o.role === null);
  const unknownWords = unknown.reduce((n, o) => n + o.end - o.start, 0);
  if (unknown.length > 0 && (out.length - unknown.length < 2 || unknownWords > 2)) return null;
  // One cell that reads as several labels ("Qty Description Price") is split by character share.
  const total = raw.length;
  const widths = (seg.x1 - seg.x0) / Math.max(1, total);
  let offset = 0;
  const offsets = words.map((w) => {
    const at = raw.indexOf(w, offset);
    offset = at + w.length;
    return at;
  });
  if (out.length === 1 && out[0].role) return [{ role: out[0].role, label: seg.text, x0: seg.x0, x1: seg.x1 }];
  return out.map((o) => {
    const start = offsets[o.start];
    const end = offsets[o.end - 1] + words[o.end - 1].length;
    return { role: o.role, label: words.slice(o.start, o.end).join(' '), x0: seg.x0 + start * widths, x1: seg.x0 + end * widths };
  });
}

function toColumns(line: LayoutLine): { columns: Column[]; known: number } {
  const columns: Column[] = [];
  let known = 0;
  for (const seg of line.segments) {
    const split = splitHeaderCell(seg);
    if (split) {
      columns.push(...split);
      known += split.filter((c) => c.role).length;
    } else columns.push({ role: null, label: seg.text, x0: seg.x0, x1: seg.x1 });
  }
  return { columns, known };
}

/** "ll", "|", "'": specks and rules OCR reads as a cell of their own, which a header never has. */
function isSpeck(c: Column): boolean {
  return c.role === null && /^[\p{L}|!.,:;'"`´‘’“”]{1,2}$/u.test(c.label.trim()) && !/\p{Lu}/u.test(c.label);
}

function isHeaderLike(columns: Column[], known: number): boolean {
  const roles = new Set(columns.map((c) => c.role).filter(Boolean));
  const hasQty = roles.has('quantity');
  const hasWhat = roles.has('description') || roles.has('sku');
  const cells = columns.filter((c) => !isSpeck(c)).length;
  if (known < 2 || known < cells * 0.6) return false;
  return (hasQty && hasWhat) || (hasWhat && roles.has('amount') && roles.has('unitPrice'));
}

/** Gives one role to each column when two compete (an "Item" column beside a "Description"). */
function resolveRoles(columns: Column[]): Column[] {
  const count = (r: ColumnRole) => columns.filter((c) => c.role === r || c.alsoRole === r).length;
  for (const c of columns) {
    const l = fold(c.label);
    if (c.role === 'description' && /^(item|items|article|artikel|articulo|artículo)$/.test(l) && count('description') > 1) {
      c.role = count('sku') === 0 ? 'sku' : 'lineNo';
    }
    if (c.role === 'amount' && /^(total|importe|montant|betrag)$/.test(l) && count('amount') > 1) c.role = null;
  }
  const seen = new Set<ColumnRole>();
  for (const c of columns) {
    if (!c.role) continue;
    if (seen.has(c.role)) {
      c.contested = c.role;
      c.role = null;
    } else seen.add(c.role);
  }
  return columns;
}

function overlaps(a: Column, b: Column): boolean {
  return Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > -2;
}

/** A two-line header whose lines name different columns: each record spans two lines. */
function asTiers(top: Column[], bottom: Column[]): [Column[], Column[]] | null {
  // Tiers name different fields; a header merely wrapped onto two lines ("Unit" over "Price")
  // shares roles between its lines or only makes sense joined.
  const topRoles = new Set(top.map((c) => c.role).filter(Boolean));
  const bottomRoles = bottom.map((c) => c.role).filter(Boolean);
  if (bottomRoles.length < 1 || bottomRoles.some((r) => topRoles.has(r))) return null;
  const readsJoined = top.some((t) => bottom.some((b) => overlaps(t, b) && splitHeaderCell({ text: `${t.label} ${b.label}`, x0: t.x0, x1: t.x1, conf: 1 })?.length === 1));
  if (readsJoined) return null;
  const roles = new Set([...top, ...bottom].map((c) => c.role));
  if (!roles.has('quantity') || !(roles.has('description') || roles.has('sku'))) return null;
  return [resolveRoles(top.map((c) => ({ ...c }))), resolveRoles(bottom.map((c) => ({ ...c })))];
}

/** Merges a header written on two lines ("Unit" above "Price") into one set of columns. */
function mergeTwoLineHeader(top: Column[], bottom: Column[]): Column[] {
  const merged = top.map((c) => ({ ...c }));
  for (const b of bottom) {
    const over = merged.find((c) => overlaps(c, b));
    if (over) {
      over.label = `${over.label} ${b.label}`;
      over.x0 = Math.min(over.x0, b.x0);
      over.x1 = Math.max(over.x1, b.x1);
    } else merged.push({ ...b });
  }
  merged.sort((a, b) => a.x0 - b.x0);
  return merged.flatMap((c) => {
    const role = splitHeaderCell({ text: c.label, x0: c.x0, x1: c.x1, conf: 1 });
    // "PO OUn" over "Quantity": the joined words name more than one column.
    if (role && role.length > 1 && role.some((r) => r.role)) return role;
    return [{ ...c, role: role && role.length === 1 ? role[0].role : c.role }];
  });
}

/** "UoM | Unit | Total": a second unit column just before the amount is the unit price. */
function unitThenPrice(columns: Column[]): Column[] {
  if (columns.some((c) => c.role === 'unitPrice')) return columns;
  const at = columns.findIndex((c, k) => c.role === null && /^(unit|unité|einheit|unidad)$/i.test(c.label.trim()) && columns[k + 1]?.role === 'amount');
  if (at >= 0) columns[at] = { ...columns[at], role: 'unitPrice' };
  return columns;
}

/**
 * Whether the first two lines under a header are records of one line each: the same cells at the
 * same places (left or right edges aligned), as rows of one table are. The two lines of an SAP
 * record differ: item number and text above, quantity, price and value below.
 */
function oneLineRecords(lines: LayoutLine[], at: number): boolean {
  const [a, b] = [lines[at], lines[at + 1]];
  if (!a || !b || a.page !== b.page || a.segments.length < 3 || a.segments.length !== b.segments.length) return false;
  const unit = Math.max(4, (a.y1 - a.y0) / 2);
  return a.segments.every((s, k) => Math.abs(s.x0 - b.segments[k].x0) <= unit || Math.abs(s.x1 - b.segments[k].x1) <= unit);
}

/**
 * A header with quantity and item columns but too many words no lexicon knows ("Order No |
 * Currency | Deliver To | ... | Order Qty | Unit Price"): a header still when the rows under it
 * multiply out in its columns. The arithmetic confirms what the words alone cannot.
 */
function confirmedByRows(lines: LayoutLine[], index: number, columns: Column[], style: NumberStyle | undefined): boolean {
  if (style === undefined) return false;
  const roles = new Set(columns.map((c) => c.role).filter(Boolean));
  if (!roles.has('quantity') || !(roles.has('description') || roles.has('sku')) || roles.size < 3) return false;
  const rows = lines.slice(index + 1, index + 13).filter((l) => l.page === lines[index].page);
  const evidence = readColumnArithmetic(rows, { index, columns, cellCount: columns.length }, style);
  return evidence !== null && evidence.rows >= Math.min(2, rows.length);
}

/**
 * Finds every table header in the lines, each with its columns. With the document's number style,
 * a header the words leave in doubt is taken when its rows multiply out.
 */
export function findTableHeaders(lines: LayoutLine[], style?: NumberStyle): TableHeader[] {
  const headers: TableHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { columns, known } = toColumns(lines[i]);
    if (known === 0) continue;
    let cols = columns;
    let index = i;
    const next = lines[i + 1];
    if (next && next.page === lines[i].page) {
      const below = toColumns(next);
      const tiered = below.known >= 1 && below.known >= below.columns.length - 1 ? asTiers(columns, below.columns) : null;
      // Rows of one line each under it: the header was only wrapped ("PO" over "Quantity" beside
      // "OUn"), not SAP's records of two lines.
      const wrapped = tiered !== null && oneLineRecords(lines, i + 2);
      const tiers = wrapped ? null : tiered;
      if (wrapped) {
        cols = mergeTwoLineHeader(columns, below.columns);
        index = i + 1;
      } else if (tiers) {
        headers.push({ index: i + 1, columns: [...tiers[0], ...tiers[1]].sort((a, b) => a.x0 - b.x0), cellCount: -1, tiers });
        i++;
        continue;
      }
      if (!wrapped && below.known >= 1 && below.known === below.columns.length && !isHeaderLike(below.columns, below.known)) {
        cols = mergeTwoLineHeader(columns, below.columns);
        index = i + 1;
      }
    }
    const knownNow = cols.filter((c) => c.role).length;
    if (!isHeaderLike(cols, knownNow) && !confirmedByRows(lines, index, resolveRoles(cols.map((c) => ({ ...c }))), style)) continue;
    // A grouped header ("Item | Quantity | Price" over "Code | Description | Qty | UoM | Unit | Total"):
    // the lower line names the columns.
    const lower = index === i && next && next.page === lines[i].page ? toColumns(next) : null;
    if (lower && isHeaderLike(lower.columns, lower.known) && lower.columns.length > cols.length) continue;
    headers.push({ index, columns: unitThenPrice(resolveRoles(cols)), cellCount: cols.length });
    i = index;
  }
  return headers;
}
