import { parseAmount } from '../../domain/parse-amount.ts';
import { ORDER_NUMBER_LABEL } from '../lexicon/index.ts';
import { findDates } from '../../domain/parse-date.ts';
import type { ItemDraft, NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { toUnit, UNIT_PATTERN } from './to-unit.ts';
import { blockLabel } from '../reading/read-blocks.ts';
import { readDashRecord } from './read-dash-record.ts';

// Orders written as sentences or lists in a mail body: "please send 12 x AB-1234",
// "- 10 cases of copy paper (PAP-500)", "AB-1234: 5 pcs", "3 boxes of cable ties CT-200 @ 4.50".

const SKU_TOKEN = /^(?=[A-Z0-9./-]*\d)(?=[A-Z0-9./-]*[A-Z-])[A-Z0-9][A-Z0-9./-]{1,}[A-Z0-9]$|^\d{5,}$/;
const MARKED_SKU =
  /\(\s*(?:(?:item|part|art(?:icle)?|artikel|réf(?:érence)?|ref(?:erencia)?|sku|code|c[óo]digo)\.?\s*(?:[-.]?\s*(?:no|nr|n[°º]|number|nummer|#)\.?)?\s*[:#]?\s*([A-Z0-9][A-Z0-9./-]{2,})|([A-Z0-9./-]*\d[A-Z0-9./-]*))\s*\)/i;
const QTY = String.raw`(\d{1,6}(?:[.,]\d{1,3})?)`;
const PRICE =
  /(?:\s*@\s*|\s+(?:at|for|à|a|zu\s*je|je|zu|zum\s+preis\s+von|au\s+prix\s+de|al\s+precio\s+de|por)\s+|,\s*(?=[$€£]?\s?\d[\d.,]*\s?[$€£]))(?:[$€£]\s*)?(\d[\d.,]*)\s*(?:[$€£]|eur|usd|gbp)?(?:\s*(?:ht|ttc|net|netto|neto|excl\.?\s*\w*))?(?:\s*(?:each|ea|apiece|l'unit[ée]|pi[èe]ce|st[üu]ck|(?:per|pro|je|das|die|der|la|le|el|the|cada|par)\s+\S+|\/\s*\S+))?(?:\s*=\s*[$€£]?\s?\d[\d.,]*\s?(?:[$€£]|eur|usd|gbp)?)?\s*$/iu;
const ORDER_VERB =
  /\b(send|ship|supply|deliver|order|need|require|get us|book|liefern|senden|schicken|bestellen|ben[öo]tigen|brauchen|livrer|envoyer|commander|besoin|enviar|env[ií]en|suministrar|pedir|necesitamos|quisiéramos)\b/i;
const NOT_ITEM = new RegExp(
  String.raw`\b(tel|phone|fax|call|invoice|rechnung|facture|factura|total|subtotal|street|suite|page|seite|p[áa]gina)\b|${ORDER_NUMBER_LABEL}\s*[:#]?\s*[A-Z]*-?\d`,
  'i',
);

interface Clause {
  text: string;
  listItem: boolean;
  orderContext: boolean;
  lineIndex: number;
  page: number;
}

/** Paragraphs (lines joined until a blank line or a list item), split into sentences and clauses. */
function toClauses(lines: LayoutLine[]): Clause[] {
  const clauses: Clause[] = [];
  let para: { text: string; index: number; page: number; list: boolean; labelled: boolean } | null = null;
  const flush = () => {
    if (!para) return;
    // An address under a label ("Deliver to:") is not an order line.
    if (para.labelled) {
      para = null;
      return;
    }
    for (const sentence of toSentences(para.text)) {
      const orderContext = ORDER_VERB.test(sentence);
      // "Do you have 2,000 pcs of X in stock?" asks; "Can you send us 24 x X?" orders; "did the 40 x X
      // ship?" asks about an order already placed.
      const question = /\?\s*$/.test(sentence);
      if (question && (!orderContext || /^(?:[^,]*[-,:]\s*)?(?:did|has|have|is|are|was|were|will|does|do you know)\b/i.test(sentence))) continue;
      // A list item is one item: its commas belong to the description ("4\" box, 2-1/8\" deep").
      // A new item starts with a quantity ("12 x", "3 boxes"), not with a dimension ("25x52x15 mm").
      const parts = para.list
        ? [sentence]
        : sentence.split(
            /\s*(?:;|\s[–—-]\s|,\s+(?:(?:außerdem|ausserdem|ferner|dazu|plus|also|and|und|et|y|además|ainsi que|sowie)\s+)?(?=\d{1,6}(?:[.,]\d{1,3})?\s*(?:[x×*]\s|\s))(?![\d.,]*\s?[$€£])|\s+(?:and|und|et|y|plus|sowie|as well as|also|außerdem|ainsi que|además de)\s+(?=\d))\s*/i,
          );
      for (const part of parts) {
        clauses.push({ text: part, listItem: para.list, orderContext, lineIndex: para.index, page: para.page });
      }
    }
    para = null;
  };
  lines.forEach((line, i) => {
    const text = line.segments.map((s) => s.text).join(' ');
    const list = /^\s*(?:[-*•·]|\d{1,2}[.)])\s+/.test(text);
    const gap = i > 0 && line.y0 - lines[i - 1].y1 > 0.5;
    // Only a line wrapped by the mail client continues the one above: a long line that does not
    // end a sentence. A short line ("PO 4500012345", "Thanks") stands alone.
    const prevText = i > 0 ? lines[i - 1].segments.map((sg) => sg.text).join(' ') : '';
    const wrapped = prevText.length >= 55 && !/[.!?:;]$/.test(prevText);
    if (!para || gap || list || para.list || !wrapped) flush();
    if (/^>/.test(text)) return;
    if (para) para.text += ` ${text}`;
    else para = { text: text.replace(/^\s*(?:[-*•·]|\d{1,2}[.)])\s+/, ''), index: i, page: line.page, list, labelled: blockLabel(text) !== null || /:\s*$/.test(text) };
  });
  flush();
  return clauses;
}

const ABBREVIATION =
  /(?:^|[\s(])(?:no|nr|art|ref|réf|approx|ca|inkl|incl|zzgl|ggf|evtl|bzw|usw|z\.b|e\.g|i\.e|st|stk|pcs|pkg|pck|gr|dr|mr|mrs|ms|nº|n°|art\.-nr|pos|tel|vs|etc|env|approx)\.$/i;

/** Sentences, not broken after abbreviations ("Art.-Nr.", "part no.") or inside brackets. */
function toSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+(?=\p{Lu}|\d|-)/gu)) {
    const before = text.slice(start, m.index);
    const open = (before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length;
    if (open || ABBREVIATION.test(before)) continue;
    out.push(before);
    start = m.index + m[0].length;
  }
  out.push(text.slice(start));
  return out;
}

/** Text from the first quantity on ("Can you get us 24 x A-1" -> "24 x A-1"). */
function fromQuantity(text: string): string | null {
  const m = text.match(/(?:^|\s)(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:x|×|\*)?\s+(?=\S)/);
  if (!m || m.index === undefined) return null;
  const before = text.slice(0, m.index);
  if (/\d/.test(before)) return null;
  return text.slice(m.index).trim();
}

function pickSku(tokens: string[]): number {
  const candidates = tokens.map((t, i) => ({ t: t.replace(/[,:;.]+$/, ''), i })).filter(({ t }) => SKU_TOKEN.test(t));
  if (candidates.length === 0) return -1;
  const strong = candidates.filter(({ t }) => /[-./]/.test(t) && t.length >= 5);
  return (strong.length ? strong[strong.length - 1] : candidates[candidates.length - 1]).i;
}

function splitWhat(text: string): { sku: string | null; description: string | null } {
  const marked = text.match(MARKED_SKU);
  if (marked && marked.index !== undefined) {
    const description = `${text.slice(0, marked.index)} ${text.slice(marked.index + marked[0].length)}`.replace(/\s+/g, ' ').trim();
    return { sku: marked[1] ?? marked[2], description: description || null };
  }
  const tokens = text.split(/\s+/).filter(Boolean);
  const at = pickSku(tokens);
  if (at < 0) return { sku: null, description: text || null };
  const sku = tokens[at].replace(/[,:;.]+$/, '');
  const description = [...tokens.slice(0, at), ...tokens.slice(at + 1)]
    .join(' ')
    .replace(/^(?:of|de|von|du|des)\s+/i, '')
    .trim();
  return { sku, description: description || null };
}

/**
 * Puts the quantity first: "(QTY 500) WN-YEL-100 ..." and "Charnière 35 mm (réf. CH-35) : 50 pièces
 * à 2,15 €" become "500 x WN-YEL-100 ..." and "50 pièces Charnière 35 mm (réf. CH-35) à 2,15 €".
 */
function quantityFirst(text: string): string {
  if (text.length > 240) return text;
  const tagged = text.replace(/^\(?\s*(?:qty|quantity|menge|qt[ée]|cant(?:idad)?)\.?\s*[:.]?\s*(\d[\d.,]*)\s*\)?\s*/i, '$1 x ');
  const m = tagged.match(/^(\D.*?\p{L}.*?)\s*:\s*(\d[\d.,]*)\s*(\S*)\s*(.*)$/u);
  if (!m) return tagged;
  const [, what, qty, unit, rest] = m;
  return `${qty} ${unit} ${what} ${rest}`.replace(/\s+/g, ' ').trim();
}

function toProseItem(clause: Clause, style: NumberStyle): ItemDraft | null {
  // An item is written in a line or two; longer runs are text, and costly to scan.
  // "450 555-0172" under a signature: a phone number, its area code no quantity.
  if (clause.text.length > 300 || NOT_ITEM.test(clause.text) || isPhoneShaped(clause.text.replace(/[.!?]+$/, ''))) return null;
  const text = fromQuantity(quantityFirst(clause.text.replace(/[.!?]+$/, '').trim()));
  if (!text || text.length > 160) return null;
  const m = text.match(new RegExp(String.raw`^${QTY}\s*(?:x|×|\*)?\s*(?:(${UNIT_PATTERN})\.?\s+)?(?:(?:of|de|von|du|des|d')\s+)?(.+)$`, 'iu'));
  if (!m) return null;
  const quantity = parseAmount(m[1], style);
  if (quantity === null || quantity <= 0 || quantity > 1e6) return null;
  // "13 de marzo", "20 March": a date, not twenty of something.
  if (findDates(text, { reference: new Date() }).some((d) => d.index === 0)) return null;
  const priced = m[3].match(PRICE);
  // "40 x WG-118 asap", "... please": requests around an item are not part of its name.
  const what = (priced ? m[3].slice(0, priced.index) : m[3])
    .replace(/[,\s]+(?:asap|a\.s\.a\.p\.?|urgent(?:ly)?|please|pls|thanks|thank you|dringend|bitte|svp|urgente|por favor)\b.*$/i, '')
    .trim();
  const { sku, description } = splitWhat(what);
  if (sku && isPhoneShaped(sku)) return null;
  const plain = !sku && !m[2] && description !== null && description.split(/\s+/).length <= 5 && !/\d/.test(description);
  // "send 25 x Hard hat type I class E, white": a quantity marked "x" in an order sentence names an
  // item, however long its words.
  const marked = !sku && description !== null && clause.orderContext && /^\d[\d.,]*\s*[x×*]\s/i.test(text) && description.split(/\s+/).length <= 14;
  if (!sku && !(m[2] && description) && !(plain && (clause.orderContext || clause.listItem)) && !marked) return null;
  return {
    lineNo: null,
    sku,
    description,
    quantity,
    unit: m[2] ? toUnit(m[2]) : null,
    unitPrice: priced ? parseAmount(priced[1], style) : null,
    amount: null,
    deliveryDate: null,
    confidence: sku ? 0.85 : 0.7,
    page: clause.page,
    lineIndex: clause.lineIndex,
    issues: [],
  };
}

/** Items written as prose or a list, one or several per sentence ("12 x A-1 and 3 x B-2"). */
const SKU_TIMES_QTY = new RegExp(
  String.raw`^\s*(?:[-*•·]\s+)?((?=[A-Z0-9./-]*\d)[A-Z0-9][A-Z0-9./-]{2,}|[A-Z]{2,}(?:-[A-Z0-9]+)+)\s*(?:x|×|:|=)\s*(\d{1,6}(?:[.,]\d{1,3})?)\s*(?:(${UNIT_PATTERN})\.?)?\s*$`,
  'iu',
);

/**
 * "763-555-0177", "+49 89 5550 1234": digits in three or more groups and nine to fifteen digits is
 * how phone numbers are written; item numbers of digits alone rarely are. "763-555-0177 x 763" in a
 * signature is a phone and its extension, not 763 of an item.
 */
export function isPhoneShaped(text: string): boolean {
  const t = text.trim();
  if (!/^\+?\(?\d{1,4}\)?(?:[\s./-]+\(?\d{2,5}\)?){2,5}$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 9 && digits <= 15;
}

/** "SP-SEAL-150 x 6": an item number, then how many. */
function readSkuTimesQty(line: LayoutLine, index: number, style: NumberStyle): ItemDraft | null {
  const m = line.segments
    .map((s) => s.text)
    .join(' ')
    .match(SKU_TIMES_QTY);
  const quantity = m ? parseAmount(m[2], style) : null;
  if (!m || quantity === null || quantity <= 0 || isPhoneShaped(m[1])) return null;
  return {
    lineNo: null,
    sku: m[1],
    description: null,
    quantity,
    unit: m[3] ? toUnit(m[3]) : null,
    unitPrice: null,
    amount: null,
    deliveryDate: null,
    confidence: 0.85,
    page: line.page,
    lineIndex: index,
    issues: [],
  };
}

export function extractProseLines(lines: LayoutLine[], style: NumberStyle): ItemDraft[] {
  const dashed = lines.map((l, i) => readDashRecord(l, i, style) ?? readSkuTimesQty(l, i, style));
  const prose = toClauses(lines.filter((_, i) => !dashed[i]))
    .map((c) => toProseItem(c, style))
    .filter((x): x is ItemDraft => x !== null);
  return [...dashed.filter((x): x is ItemDraft => x !== null), ...prose].sort((a, b) => a.lineIndex - b.lineIndex);
}
