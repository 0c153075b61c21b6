import { addsUp } from '../../domain/check-order.ts';
import { detectNumberStyle } from '../../domain/parse-amount.ts';
import type { Address, DraftOrder, OrderLine } from '../../domain/draft-order.ts';
import type { LayoutDocument } from '../../domain/layout.ts';
import { extractHeaderFields, type HeaderFields } from '../header/extract-header-fields.ts';
import { extractParties, type Parties } from '../parties/extract-parties.ts';
import { mendLegalForm } from '../mend/mend-legal-form.ts';
import { mendOcrContact, mendOcrEmail } from '../mend/mend-ocr-email.ts';
import { mendUsCityLine } from '../mend/mend-us-city-line.ts';
import { extractKeyedItems } from '../prose/extract-keyed-items.ts';
import { extractProseLines } from '../prose/extract-prose-lines.ts';
import { readLineTables, type ItemDraft, type LineTable, type NumberStyle, type TableCharge } from '../tables/read-line-table.ts';
import { readPricedRows } from '../tables/read-priced-rows.ts';
import { lineAgrees } from '../../domain/check-order.ts';
import { repeatedRowFields, repeatedShipTo } from '../tables/repeated-row-fields.ts';
import { toLayoutLines, type LayoutLine } from '../reading/to-layout-lines.ts';
import { guessDayFirst } from '../../domain/guess-day-first.ts';
import { findDates } from '../../domain/parse-date.ts';
import { BEFORE_TAX } from '../totals/find-totals.ts';
import { closeTotals } from '../totals/close-totals.ts';
import { detectLanguage } from '../classify/detect-language.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';

/** Everything read from one document before review: the draft's fields plus how sure each is. */
export interface DocumentReading {
  doc: LayoutDocument;
  lines: LayoutLine[];
  fields: HeaderFields;
  parties: Parties;
  items: ItemDraft[];
  tables: LineTable[];
  language: string | null;
  style: NumberStyle;
  dayFirst: boolean | null;
}

export interface ReadingContext {
  sellerNames: string[];
  reference?: Date;
  /** Email-level hint for day-first dates (e.g. a body in German). */
  dayFirstHint?: boolean | null;
}

/** What a scan's misread letters did to the parties, put right from the page's other witnesses. */
function mendOcrParties(found: Parties, contactName: string | null, text: string): Parties {
  const company = found.buyer.company ? mendLegalForm(found.buyer.company) : null;
  const email = found.buyer.email ? mendOcrEmail(found.buyer.email, { contactName, company, text }) : null;
  const contact = contactName ? mendOcrContact(contactName, email) : null;
  const named = (a: Address | null) => (a ? mendUsCityLine(a.name ? { ...a, name: mendLegalForm(a.name) } : a) : a);
  return { ...found, buyer: { ...found.buyer, company, contactName: contact, email }, shipTo: named(found.shipTo), billTo: named(found.billTo) };
}

function numberTokens(text: string): string[] {
  return text.match(/\d[\d.,' \u00a0]*\d/g)?.slice(0, 400) ?? [];
}

/** Reads one document (a PDF, a sheet, a mail body) into fields, parties and line items. */
export function readDocument(doc: LayoutDocument, ctx: ReadingContext, docIndex = 0): DocumentReading {
  const lines = toLayoutLines(doc, docIndex);
  const text = doc.text;
  const style = detectNumberStyle(numberTokens(text));
  const language = detectLanguage(text);
  const found = extractParties(lines, !!doc.monospace, ctx.sellerNames);
  const country = found.shipTo?.country ?? found.billTo?.country ?? null;
  const dates = text.match(/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g) ?? [];
  const dayFirst = guessDayFirst({ country: country ?? countryHint(text), language, currency: currencyHint(text), sampleDates: dates }) ?? ctx.dayFirstHint ?? null;
  const tables = readLineTables(lines, style);
  let items = tables.flatMap((t) => t.items);
  if (items.length === 0) items = extractKeyedItems(lines, style);
  if (items.length === 0 && doc.monospace) {
    // A body's rows whose own numbers multiply out vouch for themselves; sentences only name
    // quantities. The priced rows win unless the sentences read more items that add up as well.
    const prose = extractProseLines(lines, style);
    const priced = readPricedRows(lines, style);
    const proseProved = prose.filter((i) => lineAgrees({ quantity: i.quantity, unitPrice: i.unitPrice, amount: i.amount }) === true).length;
    items = priced.length > 0 && priced.length >= proseProved && priced.length * 2 >= prose.length ? priced : prose;
  }
  // No header row (OCR lost it on a dark bar, or the PDF never printed one): rows whose numbers
  // multiply out are still items.
  if (items.length === 0) items = readPricedRows(lines, style);
  const tableEnd = tables.length ? tables[tables.length - 1].end : 0;
  // Labels inside item rows ("Contact tip .035") are product text, not header fields.
  const inTable = (i: number) => tables.some((t) => i > t.start && i < t.end);
  // A flat export's order fields, repeated on every sheet row, read as if printed once above the
  // table (sheets only: a printed table repeats a column for its own reasons).
  const repeated = doc.method === 'spreadsheet' ? repeatedRowFields(lines, tables) : [];
  const headerLines = [...repeated, ...lines.map((l, i) => (inTable(i) ? { ...l, segments: [], text: '' } : l))];
  const read = extractHeaderFields(headerLines, { style, dayFirst, country, reference: ctx.reference, tableEnd: tableEnd + repeated.length, text, prose: !!doc.monospace });
  // Totals whose labels no lexicon knows are still proved by their sums against the items.
  // They stand after the last item, inside the table's span when the table ran on to its total.
  const afterItems = items.length ? Math.max(...items.map((i) => i.lineIndex)) + 1 : tableEnd;
  const fields = { ...read, totals: closeTotals(read.totals, [...repeated, ...lines], afterItems + repeated.length, style, items) };
  // The contact is a labelled field: it joins the parties read above, which need no second pass.
  const contactName = fields.contactName?.value ?? null;
  const shipTo = found.shipTo ?? repeatedShipTo(repeated);
  const withShipTo = shipTo === found.shipTo ? found : { ...found, shipTo, fallbackCompany: found.fallbackCompany ?? shipTo?.name ?? null };
  const parties = isOcrDocument(doc) ? mendOcrParties(withShipTo, contactName, text) : { ...withShipTo, buyer: { ...withShipTo.buyer, contactName } };
  return { doc, lines, fields, parties, items, tables, language, style, dayFirst };
}

const CURRENCY_OF: Record<string, string> = {
  US: 'USD',
  CA: 'CAD',
  MX: 'MXN',
  GB: 'GBP',
  CH: 'CHF',
  AU: 'AUD',
  NZ: 'NZD',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CZ: 'CZK',
  DE: 'EUR',
  AT: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  BE: 'EUR',
  PT: 'EUR',
  IE: 'EUR',
  FI: 'EUR',
  LU: 'EUR',
  GR: 'EUR',
};

/** Prices with no currency written: the buyer's country's currency (a US PO in dollars). */
function countryCurrency(r: DocumentReading): string | null {
  if (!r.items.some((i) => i.unitPrice !== null || i.amount !== null)) return null;
  const country = r.parties.shipTo?.country ?? r.parties.billTo?.country ?? countryHint(r.doc.text);
  return country ? (CURRENCY_OF[country] ?? null) : null;
}

/** A country the text gives away without an address block: a UK postcode, "+44", "United Kingdom". */
function countryHint(text: string): string | null {
  if (/\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\+44\b|\bUnited Kingdom\b|\bEngland\b/.test(text)) return 'GB';
  if (/\+1[\s-]\d{3}|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b/.test(text)) return 'US';
  return null;
}

function currencyHint(text: string): string | null {
  if (/£|\bGBP\b/.test(text)) return 'GBP';
  if (/€|\bEUR\b/.test(text)) return 'EUR';
  return null;
}

export function toOrderLine(item: ItemDraft): OrderLine {
  return {
    lineNo: item.lineNo,
    sku: item.sku,
    catalogSku: null,
    description: item.description,
    quantity: item.quantity,
    unit: item.unit,
    unitPrice: item.unitPrice,
    amount: item.amount,
    confidence: Math.round(item.confidence * 100) / 100,
    ...(item.discountPercent !== undefined ? { discountPercent: item.discountPercent } : {}),
  };
}

/** Delivery dates written per line ("Fecha de entrega", "Ship date"): the order wants the earliest. */
function earliestLineDate(r: DocumentReading): string | null {
  const dates = r.items
    .map((i) => (i.deliveryDate ? findDates(i.deliveryDate, { dayFirst: r.dayFirst })[0]?.iso : undefined))
    .filter((d): d is string => !!d)
    .sort();
  return dates[0] ?? null;
}

/** The sum of one kind of charge written as table rows, or null when there is none. */
export function sumCharges(tables: LineTable[], kind: TableCharge['kind']): number | null {
  const found = tables.flatMap((t) => t.charges).filter((c) => c.kind === kind);
  return found.length ? Math.round(found.reduce((s, c) => s + c.amount, 0) * 100) / 100 : null;
}

/**
 * No subtotal printed, but a total with tax or freight beside it: the lines' sum is the subtotal
 * when lines + tax + freight make the printed total (then nothing is guessed).
 */
function impliedSubtotal(r: DocumentReading, tax: number | null, shipping: number | null): number | null {
  const total = r.fields.totals.total?.value;
  if (total === undefined || r.items.some((i) => i.amount === null) || r.items.length === 0) return null;
  const sum = Math.round(r.items.reduce((s, i) => s + (i.amount ?? 0), 0) * 100) / 100;
  return addsUp([sum, tax ?? 0, shipping ?? 0], total) ? sum : null;
}

/** The draft order a reading gives, before urgency and review are decided. */
export function toDraftOrder(r: DocumentReading): Omit<DraftOrder, 'urgency' | 'confidence' | 'needsReview' | 'reviewReasons'> {
  const f = r.fields;
  const tax = f.totals.tax?.value ?? sumCharges(r.tables, 'tax');
  const shipping = f.totals.shipping?.value ?? sumCharges(r.tables, 'shipping');
  return {
    poNumber: f.poNumber?.value ?? null,
    orderDate: f.orderDate?.value ?? null,
    requestedDeliveryDate: f.requestedDeliveryDate?.value ?? earliestLineDate(r),
    // A phone under its own label (beside the contact) is the buyer's line; a letterhead's is the switchboard.
    buyer: { ...r.parties.buyer, phone: f.phone?.value ?? r.parties.buyer.phone ?? null },
    shipTo: withCountry(r.parties.shipTo, r.language),
    billTo: withCountry(r.parties.billTo, r.language),
    currency: f.currency?.value ?? countryCurrency(r),
    lines: r.items.map(toOrderLine),
    // One amount printed and nothing added to it: it is both the subtotal and the total.
    subtotal: f.totals.subtotal?.value ?? (tax !== null || shipping !== null ? impliedSubtotal(r, tax, shipping) : (f.totals.total?.value ?? null)),
    tax,
    shipping,
    // Only a net value printed (no tax, no other total): that net value is the order's total.
    // A mail that writes its net as "before tax" ("Total avant taxes", "Imponibile") leaves the total open.
    total:
      f.totals.total?.value ?? (tax !== null || shipping !== null || (r.doc.monospace && f.totals.subtotal?.rule.endsWith(BEFORE_TAX)) ? null : (f.totals.subtotal?.value ?? null)),
    paymentTerms: f.paymentTerms?.value ?? null,
    shippingMethod: f.shippingMethod?.value ?? null,
    notes: null,
  };
}

// A postal code of the shape a language's main country uses, with no country written, is taken as
// that country (German 5 digits: DE; Austria and Switzerland use 4).
const COUNTRY_BY_LANGUAGE: Record<string, [RegExp, string]> = {
  de: [/^\d{5}$/, 'DE'],
  fr: [/^\d{5}$/, 'FR'],
  es: [/^\d{5}$/, 'ES'],
  nl: [/^\d{4}\s?[A-Z]{2}$/, 'NL'],
  it: [/^\d{5}$/, 'IT'],
};

function withCountry(a: Address | null, language: string | null): Address | null {
  if (!a || a.country || !a.postalCode || !language) return a;
  const rule = COUNTRY_BY_LANGUAGE[language];
  return rule && rule[0].test(a.postalCode) ? { ...a, country: rule[1] } : a;
}
