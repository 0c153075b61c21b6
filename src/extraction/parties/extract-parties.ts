import { addressReferenceOf } from './address-reference.ts';
import type { Address, Buyer } from '../../domain/draft-order.ts';
import type { Found } from '../reading/find-labeled-value.ts';
import { isOcrRead } from '../reading/ocr-tolerance.ts';
import { parseAddress, parseCityLine } from './parse-address.ts';
import { readBlocks, type Block } from '../reading/read-blocks.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { fold, isLabelText } from '../reading/vocabulary.ts';
import { isCompany } from '../reading/is-company.ts';
import { ORDER_NOUNS, type AddressReference } from '../lexicon/index.ts';

export interface Parties {
  buyer: Buyer;
  shipTo: Address | null;
  billTo: Address | null;
  /** Names read as ours (the supplier block, SELLER_NAME): never the buyer. */
  supplierNames: string[];
  /** The ship-to name, when nothing names the buyer: a weaker guess than a signature. */
  fallbackCompany: string | null;
  confidence: { company: number; shipTo: number };
}

const TITLE = new RegExp(`^(?:${ORDER_NOUNS})\\b`, 'i');
const EMAIL = /(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/;
const PHONE_LABEL =
  /(?:^|[·|,]\s*)(?:(?:company|main|office|business|head\s+office|purchasing|buyer)\s+)?(?:phone|tel|telephone|telefon|t[ée]l[ée]phone|t[ée]l|tfno|tel[ée]fono|t)\.?\s*[:.]?\s*(\+?\(?\d[\d\s()./-]{6,}\d)/i;

/** Splits "ACME, 12 Main St, Springfield, IL 62701" written on one line into address lines. */
function splitInline(lines: string[]): string[] {
  const commas = lines.length === 1 ? (lines[0].match(/,/g) ?? []).length : 0;
  // "9800 Pajarito Rd SW, Albuquerque NM 87121": one comma is enough when a town line follows it.
  if (commas === 0 || (commas === 1 && !parseCityLine(lines[0].replace(/\.\s*$/, '').split(/\s*,\s*/)[1] ?? ''))) return lines;
  const parts = lines[0].replace(/\.\s*$/, '').split(/\s*,\s*/);
  const out: string[] = [];
  for (const p of parts) {
    // "OH 45439" after its town; "8" after "C/ Charles Robert Darwin": a house number written after a comma.
    if (out.length && (/^[A-Z]{2}\s+\d{5}(-\d{4})?$/.test(p) || /^\d{1,5}[a-z]?(?:[-/]\d{1,4}[a-z]?)?$/i.test(p))) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

function isOurs(name: string, sellerNames: string[]): boolean {
  const f = fold(name);
  return sellerNames.some((s) => s && (s.startsWith('@') ? matchesDomain(f, s.slice(1)) : f.includes(fold(s)) || fold(s).includes(f)));
}

/** "Northwind Industrial Supply" and the mail domain "northwind-supply": the same company. */
function matchesDomain(name: string, domain: string): boolean {
  const words = name.split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
  const d = domain.replace(/[^a-z0-9]/g, '');
  if (words.length === 0 || d.length < 4) return false;
  const firstTwo = words.slice(0, 2).join('');
  return (words[0].length >= 4 && d.startsWith(words[0])) || (firstTwo.length >= 5 && d.startsWith(firstTwo));
}

const STREETISH = new RegExp(String.raw`\b(?:pol\.?|street|st\.|road|rd\.|avenue|calle|rue|stra(?:ss|ß)e|information|${ORDER_NOUNS})\b`, 'i');

const SUPPLIER_CUE = /^(supplier|vendor|proveedor|lieferant|fournisseur|vendedor|leverancier|n[°º] de proveedor|su n[uú]mero de proveedor|your vendor|vendor no)/i;

/** "Supplier VAT number | B60289931 | TRAPOS Y CABOS S.L": company names printed beside a supplier label are ours. */
function namesBesideSupplierLabels(lines: LayoutLine[]): string[] {
  const names: string[] = [];
  for (const l of lines) {
    if (!l.segments.some((s) => SUPPLIER_CUE.test(s.text.trim()))) continue;
    names.push(...l.segments.filter((s) => isCompany(s.text) && !SUPPLIER_CUE.test(s.text.trim())).map((s) => s.text.trim()));
  }
  return names;
}

/** A bare phone number in the letterhead block ("(806) 555-0191" under the sender's address). */
function letterheadPhone(lines: LayoutLine[], skip: Set<number>): string | null {
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    if (skip.has(i)) continue;
    // Written like a phone number: grouped digits or a leading +, not one run (a PO number).
    // "2210 Industrial Blvd · Bakersfield, CA 93308 · 661-555-0178": each part on its own.
    const parts = lines[i].segments.flatMap((s) => s.text.split(/\s+[·•|—–]\s+/)).map((p) => p.trim().replace(/^(?:tel|phone|t)\.?:?\s*/i, ''));
    const hit = parts.find((t) => /^\+?\(?\d[\d\s().-]{7,}\d$/.test(t) && /^\+|[\s().-]/.test(t) && t.replace(/\D/g, '').length >= 9 && t.replace(/\D/g, '').length <= 15);
    if (hit) return hit;
  }
  return null;
}

/** A company name in the footer of the first page (legal line), when the top has none. */
function footerCompany(lines: LayoutLine[], sellerNames: string[]): string | null {
  const page = lines.filter((l) => l.page === lines[0]?.page);
  for (const l of page.slice(-8).reverse()) {
    const hit = l.segments.find((s) => isCompany(s.text) && s.text.length <= 60 && !/[:@]|\d{3}/.test(s.text) && !isOurs(s.text, sellerNames));
    if (hit) return hit.text.trim();
  }
  return null;
}

/** The letterhead: the first name-like text at the top of the first page that is not ours. */
function letterhead(lines: LayoutLine[], sellerNames: string[], blockLines: Set<number>): string | null {
  const top = lines.filter((l, i) => l.page === lines[0]?.page && i < 12 && !blockLines.has(i));
  // "GREYSTONE PROPERTY MAINTENANCE - PURCHASE ORDER": the name without the document's title.
  // "LAKEHEAD PULP SUPPLY LTD. - PURCHASING": the part that is a company names it.
  const nameOf = (text: string) => {
    const parts = text.split(/\s+[-–—|]\s+/).filter((p) => !TITLE.test(p.trim()));
    return (parts.find((p) => isCompany(p)) ?? parts.join(' - ')).trim();
  };
  const cells = top.flatMap((l) => l.segments.map((s) => nameOf(s.text))).filter(Boolean);
  const labelWords = (t: string) => t.split(/\s+/).filter((w) => isLabelText(w)).length;
  const ok = (t: string) =>
    labelWords(t) * 2 < t.split(/\s+/).length &&
    /\p{L}{2}/u.test(t) &&
    !TITLE.test(t) &&
    !/\d/.test(t) &&
    !/[:@]/.test(t) &&
    t.length <= 60 &&
    !isOurs(t, sellerNames) &&
    !/^(page|seite|date|datum|fecha|www\.)/i.test(t) &&
    !isLabelText(t);
  // The very first line of the page is the sender's name even without a legal form ("Red Butte Aggregates").
  const first = cells.slice(0, 4).find((t) => ok(t) && t.split(/\s+/).length >= 2 && t.split(/\s+/).length <= 6 && !STREETISH.test(t));
  return cells.find((t) => ok(t) && isCompany(t)) ?? first ?? footerCompany(lines, sellerNames);
}

function firstMatch(lines: LayoutLine[], re: RegExp, skip: Set<number>, sellerNames: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    for (const s of lines[i].segments) {
      if (s.text.length > 300) continue;
      const m = s.text.match(re);
      if (m && !isOurs(m[1] ?? m[0], sellerNames)) return (m[1] ?? m[0]).trim();
    }
  }
  return null;
}

/** The first email address written outside the supplier's block, as OCR may have broken it. */
function firstEmail(lines: LayoutLine[], skip: Set<number>): string | null {
  for (let i = 0; i < lines.length; i++) {
    if (skip.has(i)) continue;
    for (let s = 0; s < lines[i].segments.length; s++) {
      const { text } = lines[i].segments[s];
      if (text.length > 300) continue;
      const ocr = isOcrRead(lines[i].segments[s]);
      const m = repairEmail(ocr ? restoreTldDot(text) : text).match(EMAIL);
      if (m) return m[0];
      // "Email: | lucia.iglesias Otalleres-ortega.example": a labelled address whose "@" was misread.
      const after = /^e-?mail\s*:?$/i.test(text.trim()) ? lines[i].segments[s + 1]?.text : /^e-?mail\s*:\s*(\S.*)$/i.exec(text.trim())?.[1];
      // On a scan, a cell that is nothing but such an address needs no label ("liglesias O ceramicas-almazora.example").
      const guessed = after ? guessAt(after) : ocr ? guessAt(text) : null;
      if (guessed) return guessed;
    }
  }
  return null;
}

// Top-level domains OCR runs into the name before them when it loses the dot, with the reserved
// ones (RFC 2606) that sample and test addresses use.
const RUN_IN_TLD = /^([\w.+-]+@[a-z][\w-]{2,}?[a-z0-9])(com|net|org|info|biz|de|fr|es|it|nl|be|at|ch|eu|uk|us|ca|pl|se|dk|no|fi|pt|ie|example|test)$/i;

/** "thierry.perrin@ateliers-mercierexample": OCR lost the domain's only dot; it goes back before a known ending. */
function restoreTldDot(text: string): string {
  return text.replace(/\S+@\S+/g, (address) => (address.slice(address.indexOf('@')).includes('.') ? address : address.replace(RUN_IN_TLD, '$1.$2')));
}

/** "dkowalski@ tricounty-fg.example", "vogt@alpenblick-lt. example", "tanya@bluegill-marine example": OCR puts spaces into addresses. */
// An uppercase I in an address written in lowercase is OCR's reading of an l ("alpenblick-It").
export function repairEmail(text: string): string {
  // "tanya@bluegill-marine example": a domain with no dot at all lost it to a space.
  const dotted = text.replace(/([\w.+-]+@[\w-]+)\s([a-z]{2,12})(?=\s*$)/, '$1.$2');
  return dotted.replace(/([\w.+-]+)\s?@\s?([\w-]+(?:[.-][\w-]+|\s[.-]\s?[a-z][\w-]*|[.-]\s[a-z][\w-]*)+)/g, (_, local: string, domain: string) => {
    const address = `${local}@${domain.replace(/\s+/g, '')}`;
    return /[A-HJ-Z]/.test(address) ? address : address.replace(/I/g, 'l');
  });
}

/** "lucia.iglesias Otalleres-ortega.example": OCR read the "@" as O, 0, Q, © or ®. */
function guessAt(value: string): string | null {
  const m = value.trim().match(/^([\w.+-]{2,64})\s?[O0Q©®]\s?([a-z][\w-]{1,62}(?:\.[\w-]{2,63}){1,4})$/);
  return m ? `${m[1]}@${m[2]}` : null;
}

function blockSpan(blocks: Block[], lines: LayoutLine[], kind: Block['kind']): Set<number> {
  const span = new Set<number>();
  for (const b of blocks.filter((x) => x.kind === kind))
    for (let k = b.lineIndex; k <= Math.min(lines.length - 1, Math.max(b.endLineIndex, b.lineIndex + b.lines.length)); k++) span.add(k);
  return span;
}

// The postcode that ends the address: digits (US, EU, India), Canada's "T2G 3C6", the UK's "HX3 5AX".
const SHIP_IN_SENTENCE =
  /\b(?:ship|deliver|send|liefer|livr|envi|entreg)\w*\b[^.\n]{0,60}?\b(?:to|at|an|à|a|en|al)\b([^.\n]*?)(\d[^\n]*?\b(?:\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}))\b/i;

/**
 * "Ship to our shop at 4410 Springboro Pike, Moraine, OH 45439.": an address inside a sentence.
 * "our shop" is the buyer's own site, so it carries the buyer's name.
 */
function proseShipTo(lines: LayoutLine[], company: string | null): Address | null {
  for (const line of lines) {
    const text = line.segments.map((s) => s.text).join(' ');
    const m = text.match(SHIP_IN_SENTENCE);
    if (!m) {
      const colon = colonShipTo(text);
      if (colon) return colon;
      continue;
    }
    const named = m[1].match(/([\p{Lu}][\p{L}&'. -]+?),\s*$/u)?.[1];
    const a = parseAddress(splitInline([m[2]]));
    if (!a || !(a.city || a.postalCode)) continue;
    const ours = /\b(our|unser\w*|notre|nos|nuestr\w*)\b/i.test(m[1]);
    return { ...a, name: named ?? (ours ? company : null) ?? a.name };
  }
  return null;
}

/** A delivery verb, then (after a few words) a colon and a whole address: "Graag leveren vóór vrijdag op: Basisschool De Regenboog, Kastanjelaan 5, 3062 AL Rotterdam." */
const SHIP_VERB_COLON =
  /\b(?:ship|deliver|send|liefer|anliefer|versand|livr|envi|entreg|consegn|spedi|(?:af)?lever|verzend|dostarcz|dostaw|wysy[łl])\w*\b[^:\n]{0,60}:\s*(\S[^\n]{8,160})$/iu;

function colonShipTo(text: string): Address | null {
  const m = text.match(SHIP_VERB_COLON);
  if (!m || (m[1].match(/,/g) ?? []).length < 2) return null;
  const a = parseAddress(splitInline([m[1].replace(/\.\s*$/, '')]));
  return a && a.city && a.postalCode && a.street ? a : null;
}

// "Deliver to our shop address above", "an obige Adresse", "dirección arriba": the letterhead's address.
const ABOVE =
  /\b(?:address above|above address|obige[n]?\s+(?:adresse|anschrift)|an\s+obige|adresse\s+ci-dessus|ci-dessus|direcci[oó]n\s+(?:de\s+)?arriba|direcci[oó]n\s+indicada\s+arriba|(?:arriba|oben)\s+genannte)\b/i;

/** The sender's own address under its letterhead name, written on lines or as "street · town · phone". */
function letterheadAddress(lines: LayoutLine[], head: string | null): Address | null {
  if (!head) return null;
  const at = lines.findIndex((l) => l.segments.some((s) => s.text.includes(head)));
  if (at < 0) return null;
  const x = lines[at].segments.find((s) => s.text.includes(head))!.x0;
  const below = lines
    .slice(at + 1, at + 5)
    .map((l) => l.segments.find((s) => Math.abs(s.x0 - x) < 60)?.text)
    .filter((t): t is string => !!t);
  const parts = below
    .flatMap((t) => t.split(/\s+[·•|—–]\s+|\s{2,}/))
    .filter((p) => !/^(tel|phone|fax|cif|nif|vat|ust|siret|www|e-?mail)\b|@|^\+?\(?\d[\d\s().-]{7,}$/i.test(p.trim()));
  const a = parseAddress([head, ...parts.slice(0, 4)], head);
  return a && (a.city || a.postalCode) ? a : null;
}

/** What the first block of `kind` refers to when it writes no address of its own, and where it stands. */
function referenceIn(blocks: Block[], kind: Block['kind']): { kind: AddressReference; lineIndex: number } | null {
  const block = blocks.find((b) => b.kind === kind);
  const reference = block ? addressReferenceOf(block.lines[0] ?? '') : null;
  return block && reference ? { kind: reference, lineIndex: block.lineIndex } : null;
}

function isAddress(a: Address | null): boolean {
  if (!a) return false;
  if (a.city || a.postalCode || a.country) return true;
  return !!a.name && isCompany(a.name);
}

/** Who is who on the document: the buyer, where to ship, where to bill, and which block is ours. */
export function extractParties(lines: LayoutLine[], monospace: boolean, sellerNames: string[], contact: Found<string> | null = null): Parties {
  const blocks = readBlocks(lines, monospace);
  const supplierNames = [...sellerNames, ...blocks.filter((b) => b.kind === 'supplier').map((b) => b.lines[0]), ...namesBesideSupplierLabels(lines)];
  // The first block of a kind that reads as an address ("Delivery: 3-5 days" does not).
  const valid = (b: Block) => (b.kind === 'buyer' ? !/\d{3}/.test(b.lines[0]) : isAddress(parseAddress(splitInline(b.lines))));
  const pick = (kind: Block['kind']) => blocks.find((b) => b.kind === kind && !isOurs(b.lines[0], sellerNames) && valid(b));
  const supplierLines = blockSpan(blocks, lines, 'supplier');
  const buyerBlock = pick('buyer');
  // A mail body has no letterhead: its first lines are a greeting.
  const head = monospace ? null : letterhead(lines, supplierNames, supplierLines);
  const shipBlock = pick('shipTo');
  const billBlock = pick('billTo');
  // "Ship/Bill to:" names both addresses at once.
  const shared = !billBlock && shipBlock && /bill/i.test(shipBlock.label) ? shipBlock : null;
  const billTo = (billBlock ?? shared) ? parseAddress(splitInline((billBlock ?? shared)!.lines), head) : null;
  // Who pays is who buys: the bill-to name is the buying entity when no block is labelled buyer.
  const buyerName = buyerBlock ? (parseAddress(splitInline(buyerBlock.lines))?.name ?? null) : null;
  const company = (buyerName && !/\d{3}/.test(buyerName) ? buyerName : null) ?? billTo?.name ?? head ?? null;
  // "Deliver to: as letterhead", "Invoice to: same as delivery address", "as above": a block
  // naming an address given elsewhere ("above" is the nearest address block over it).
  const shipRef = shipBlock ? null : referenceIn(blocks, 'shipTo');
  const billRef = billTo ? null : referenceIn(blocks, 'billTo');
  let own: Address | null | undefined;
  const ownAddress = () => (own ??= letterheadAddress(lines, head));
  const shipTo = shipBlock
    ? parseAddress(splitInline(shipBlock.lines), company)
    : monospace
      ? proseShipTo(lines, company)
      : (shipRef && shipRef.kind !== 'shipTo') || ABOVE.test(lines.map((l) => l.text).join('\n'))
        ? ownAddress()
        : null;
  const shipAbove = !!billRef && !!shipBlock && shipBlock.lineIndex < billRef.lineIndex;
  const billToFinal = billRef?.kind === 'shipTo' || (billRef?.kind === 'above' && shipAbove) ? (shipTo ?? ownAddress()) : billRef ? (ownAddress() ?? shipTo) : billTo;
  const email = firstEmail(lines, supplierLines);
  const phone = firstMatch(lines, PHONE_LABEL, supplierLines, []) ?? (monospace ? null : letterheadPhone(lines, supplierLines));
  return {
    buyer: {
      company,
      contactName: contact?.value ?? null,
      email: email && !supplierNames.some((n) => n && email.toLowerCase().includes(fold(n).split(/\s+/)[0])) ? email : null,
      phone,
      customerId: null,
    },
    shipTo,
    billTo: billToFinal,
    supplierNames,
    fallbackCompany: shipTo?.name ?? null,
    confidence: { company: buyerBlock || billTo?.name ? 0.85 : head ? 0.75 : 0.4, shipTo: shipBlock ? 0.85 : 0 },
  };
}
