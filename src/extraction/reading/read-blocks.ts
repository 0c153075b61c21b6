import { afterLabel } from './find-labeled-value.ts';
import { isDepartment } from './is-department.ts';
import { isOcrRead } from './ocr-tolerance.ts';
import type { LayoutLine } from './to-layout-lines.ts';
import { BILL_TO_LABELS, BUYER_LABELS, SHIP_TO_LABELS, SUPPLIER_LABELS, fold, isLabelText } from './vocabulary.ts';

export type BlockKind = 'shipTo' | 'billTo' | 'supplier' | 'buyer';

export interface Block {
  kind: BlockKind;
  label: string;
  lines: string[];
  lineIndex: number;
  /** The last line the block takes, counting the lines it skips (a contact's name under "Ship to"). */
  endLineIndex: number;
  page: number;
}

const KINDS: [BlockKind, string[]][] = [
  ['shipTo', SHIP_TO_LABELS],
  ['billTo', BILL_TO_LABELS],
  ['supplier', SUPPLIER_LABELS],
  ['buyer', BUYER_LABELS],
];
const ALL_LABELS = KINDS.flatMap(([, l]) => l).map(fold);
const FIRST_LETTER = new Map(KINDS.flatMap(([, l]) => l).map((label) => [label, fold(label)[0]]));

const ADDRESS_KEY =
  /^((?:company|vendor|customer|contact)?\s*name|company|address(?: line \d)?|street|city|town|state|zip(?: code)?|postal code|post code|country|attn|attention|contact|firma|stra(?:ss|ß)e|ort|plz|land|soci[ée]t[ée]|nom|adresse|ville|code postal|pays|empresa|nombre|direcci[oó]n|ciudad|c[oó]digo postal|pa[ií]s)\s*:\s*/i;
const PERSON_KEY = /^(vendor name|contact|attn|attention|name)$/i;
const ADDRESS_WORD = /\b(address|adresse|anschrift|direcci[oó]n|location|site|office|warehouse|plant|dock|store|shop|yard|werk|lager|usual|usine|entrep[oô]t|almac[eé]n)\b/i;
// A sentence, not a label: at least three words, and the goods go "to" somewhere.
const SHIP_SENTENCE =
  /^(?=(?:\S+\s+){2,})[^:]*\b(ship|deliver|send|(?:an)?liefer|livr|entreg|envi|consegn|spedi|invi|(?:af)?lever|verzend)\w*\b[^:]{0,60}\b(to|an|à|a|en|al|at|presso|naar|op|aan)\b[^:]{0,40}:\s*$/i;

/** Which block a cell opens, if any, and the text written after the label in the same cell. */
export function blockLabel(text: string, fuzzy = false): { kind: BlockKind; label: string; rest: string } | null {
  // afterLabel matches a label only from the cell's first letter on (glued or not); a misread one
  // (fuzzy) may differ there. Checking that letter first spares a cell most of the labels: a long
  // table has tens of thousands of cells, and this is asked of each.
  const first = fold(text)[0];
  for (const [kind, labels] of KINDS) {
    for (const label of labels) {
      if (!fuzzy && FIRST_LETTER.get(label) !== first) continue;
      const rest = afterLabel(text, label, fuzzy);
      if (rest === null) continue;
      // "Vendor #: V-00871", "Supplier VAT number": a field about the party, not its address block.
      if (/^\s*(#|no\b|nr\b|number|nummer|id\b|code|vat|tax|n[°º]|account)/i.test(text.slice(label.length))) continue;
      // Short words ("to", "an", "de") open a block only as a whole cell or before a colon.
      const exact = fold(text).replace(/[:\s]+$/, '') === fold(label);
      if (label.length <= 4 && !exact && !new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`, 'i').test(text)) continue;
      // "Deliver to our usual address:" opens the block as well as "Deliver to:".
      if (!exact && rest && /^[\p{L}\s']{0,30}:\s*$/u.test(rest) && ADDRESS_WORD.test(rest)) return { kind, label, rest: '' };
      // "Deliver to jobsite: 4120 Pennsylvania Ave, ..." : a few words, a colon, then the address.
      const worded = rest.match(/^[\p{L}\s']{1,30}:\s*(\S.*)$/u);
      if (!exact && worded && /\d/.test(worded[1])) return { kind, label, rest: worded[1].replace(/\.\s+\p{Lu}.*$/u, '') };
      // "Nabywca / faktura", "Lieferadresse / Delivery address": a label with a second one after a slash.
      if (!exact && /^\s*\/\s*[\p{L}][\p{L} .'-]{0,30}:?\s*$/u.test(rest ?? '')) return { kind, label, rest: '' };
      if (!exact && rest && !/:/.test(text.slice(0, label.length + 3))) continue;
      return { kind, label, rest };
    }
  }
  // "Please ship UPS Ground to the marina office:" above an address opens a ship-to block.
  if (text.length <= 80 && SHIP_SENTENCE.test(text)) return { kind: 'shipTo', label: text, rest: '' };
  return null;
}

/** Lines that end an address block: numbers and references printed under it. */
const NOT_ADDRESS =
  /^(sent|to|cc|subject|date|gesendet|an|betreff|envoy[ée]|[àa]|objet|enviado|para|asunto)\s*:|\b(supplier|vendor|customer|account)\s*(no|number|#|id)|proveedor|lieferantennummer|kundennummer|n[°º] fournisseur|n[°º] client|\b(order|po)\s*(no|number|#|date)|^(date|datum|fecha|page)\b/i;

function isOtherLabel(text: string): boolean {
  const f = fold(text).replace(/[:\s]+$/, '');
  return ALL_LABELS.includes(f);
}

/** The lines of the block that starts at a label: the cells below it, in its column. */
function collect(lines: LayoutLine[], i: number, s: number, rest: string, monospace: boolean, end: { index: number }, labelX?: number): string[] {
  const line = lines[i];
  const next = line.segments[s + 1];
  // "Shipping Address | ESTAMP S.A.U." with the rest below the value: the block is the value's column.
  // A label that ends in its colon ("Entregar en:") is followed by its value wherever it stands on
  // the row: a sheet puts the value one or two cells further on.
  const gap = next ? next.x0 - line.segments[s].x1 : Infinity;
  // So is a label alone in its cell with one value cell after it, the row's last, holding a whole
  // address ("Destinazione merce | Arredamenti ..., 31100 Treviso"), not the next block's label.
  const keyValueRow =
    (/:\s*$/.test(line.segments[s].text) || line.segments.length === s + 2) &&
    !!next &&
    /\d/.test(next.text) &&
    (next.text.match(/,/g) ?? []).length >= 2 &&
    !/^[^\d:]{2,40}:\s*\S/.test(next.text);
  const near = next && (gap < (monospace ? 12 : 90) || (keyValueRow && gap < (monospace ? 30 : 250)));
  if (!rest && next && near && !isOtherLabel(next.text) && !blockLabel(next.text)) return collect(lines, i, s + 1, next.text, monospace, end, line.segments[s].x0);
  const seg = line.segments[s];
  const tol = monospace ? 1 : 12;
  // A block is one column: never wider than about half a page (or 40 characters of text).
  const right = Math.min(line.segments[s + 1]?.x0 ?? Infinity, seg.x0 + (monospace ? 40 : 250));
  const out = rest ? [rest] : [];
  // "ACME, 12 Main St, Springfield, IL 62701" on one line is the whole block.
  if ((rest.match(/,/g) ?? []).length >= 2 && /\d/.test(rest)) return out;
  let lastY1 = line.y1;
  const height = Math.max(line.y1 - line.y0, 1);
  for (let k = i + 1; k < lines.length && out.length < 8; k++) {
    const l = lines[k];
    // One blank line may stand between a label ("Deliver to:") and its block, none inside it.
    const blankAllowed = monospace && out.length === 0 && l.y0 - lastY1 <= 1;
    if (l.page !== line.page || (l.y0 - lastY1 > height * (monospace ? 0.5 : 1.6) && !blankAllowed)) break;
    // Address blocks are left-aligned under their first line (within a few characters' width).
    const indent = monospace ? 3 : Math.max(40, height * 3.5);
    const cells = l.segments.filter((c) => c.x0 >= seg.x0 - tol && c.x0 < right - tol / 2 && c.x0 - seg.x0 < indent);
    // Label on the left, value on the right: a new label in the label column ends the value.
    if (labelX !== undefined && l.segments.some((c) => Math.abs(c.x0 - labelX) <= tol && c.x1 < seg.x0)) break;
    if (cells.length === 0) {
      // On a page, other columns' lines fall between a block's lines (and between label and block).
      if (!monospace) continue;
      break;
    }
    if (isOtherLabel(cells[0].text) || blockLabel(cells[0].text) || NOT_ADDRESS.test(cells[0].text) || isLabelText(cells[0].text)) break;
    // Forms write the address as fields: "Company Name: X", "Address: Y"; a person's name is no line of it.
    const keyed = cells[0].text.match(ADDRESS_KEY);
    // "Attn: Accounts Payable": a desk the post goes to is a line of the address, kept as printed.
    const desk = keyed && /^(attn|attention)$/i.test(keyed[1]) && isDepartment(cells[0].text.slice(keyed[0].length));
    if (keyed && PERSON_KEY.test(keyed[1]) && !desk) {
      lastY1 = l.y1;
      end.index = k;
      continue;
    }
    // "Gewünschter Liefertermin: 27.03.2026" under an address is the next field, not the address.
    if (!keyed && /^[^\d,:]{3,40}:\s*\S/.test(cells[0].text)) break;
    out.push(
      cells
        .map((c, k) => (k === 0 && keyed && !desk ? c.text.slice(keyed[0].length) : c.text))
        .join(' ')
        .trim(),
    );
    lastY1 = l.y1;
    end.index = k;
  }
  return out;
}

/** Every labelled party block (ship to, bill to, vendor, buyer) in a document's lines. */
export function readBlocks(lines: LayoutLine[], monospace: boolean): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, i) => {
    // A row of five or more cells of words is a table's column headers: "Lieferadresse" there names
    // a column of addresses (read with the rows), not a block; "Supplier" still says whose name is below.
    const headerRow = line.segments.length >= 5 && line.segments.every((c) => !/\d/.test(c.text) && c.text.length <= 30);
    line.segments.forEach((seg, s) => {
      const hit = blockLabel(seg.text) ?? (isOcrRead(seg) ? blockLabel(seg.text, true) : null);
      if (!hit || (headerRow && hit.kind !== 'supplier')) return;
      const end = { index: i };
      const text = collect(lines, i, s, hit.rest, monospace, end);
      if (text.length) blocks.push({ kind: hit.kind, label: hit.label, lines: text, lineIndex: i, endLineIndex: end.index, page: line.page });
    });
  });
  return blocks;
}
