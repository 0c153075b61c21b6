import { parseCurrency } from '../../domain/parse-amount.ts';
import { isDepartment } from '../reading/is-department.ts';
import { findDates } from '../../domain/parse-date.ts';
import { findLabeledValue, type Found } from '../reading/find-labeled-value.ts';
import { DELIVERY_PHRASE, ORDER_DATE_PHRASE, deliveryLabelPhrase, letterDate, proseDate } from './find-prose-dates.ts';
import { findTotals } from '../totals/find-totals.ts';
import type { NumberStyle } from '../reading/item-draft.ts';
import type { LayoutLine } from '../reading/to-layout-lines.ts';
import { BILL_TO_LABELS, FIELD_LABELS, SHIP_TO_LABELS, isLabelText, type TotalKind } from '../reading/vocabulary.ts';
import { hasLegalForm } from '../reading/is-company.ts';
import { ORDER_NUMBER_LABEL, TOTAL_LABELS } from '../lexicon/index.ts';
import { fold } from '../../domain/fold-text.ts';

export interface HeaderFields {
  poNumber: Found<string> | null;
  orderDate: Found<string> | null;
  requestedDeliveryDate: Found<string> | null;
  paymentTerms: Found<string> | null;
  shippingMethod: Found<string> | null;
  contactName: Found<string> | null;
  phone: Found<string> | null;
  currency: Found<string> | null;
  totals: Partial<Record<TotalKind, Found<number>>>;
}

const NOT_A_PO = /^(date|datum|fecha|page|seite|p[aá]gina|of|de|du|tel|fax|phone|box|no|nr|number|date:)$/i;

/** A PO number as written: one token with digits, not a date, not a phone number. */
export function acceptPoNumber(text: string): string | null {
  const token =
    text
      .trim()
      .split(/\s+/)[0]
      ?.replace(/^[#:]+|[,;.:)]+$/g, '') ?? '';
  if (!/^[A-Z0-9][A-Z0-9\-/._]{1,30}$/i.test(token) || NOT_A_PO.test(token)) return null;
  const digits = token.replace(/\D/g, '').length;
  if (digits < 3 && !(digits >= 1 && token.length >= 4)) return null;
  // A date is no PO number; "118/12/2026" (a running number, month and year) is one.
  if (/^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/.test(token)) return null;
  // "555-123-4567", "0113-496-0647": phone numbers printed near a title are not PO numbers.
  if (/^\(?\d{3,4}\)?[-. ]\d{3}[-. ]\d{4}$/.test(token) || /^\+\d/.test(token)) return null;
  return token;
}

function acceptDate(dayFirst: boolean | null, reference?: Date) {
  return (text: string): string | null => {
    const hits = findDates(text.slice(0, 40), { dayFirst, reference });
    const first = hits[0];
    if (!first || first.index > 2) return null;
    return first.iso;
  };
}

/** "Buyer Phone", "Ship Via": every word a label word, so a label, not a value. */
function allLabelWords(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 1 && words.every((w) => isLabelText(w));
}

// A value runs into the next label on its line ("30 jours date de facture Livrer à").
const NEXT_LABEL = new RegExp(
  `\\s+(?:${[...SHIP_TO_LABELS, ...BILL_TO_LABELS]
    .filter((l) => l.includes(' '))
    .map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})\\b.*$`,
  'i',
);

function acceptText(max: number) {
  return (text: string): string | null => {
    // "Net 30. Deliveries to the dock 6-1 only": the value ends with its sentence.
    const t = text
      .trim()
      .replace(/^[:\-–]\s*/, '')
      .replace(/\.\s+\p{Lu}.*$/u, '')
      .replace(/,\s*(?:ship|deliver|send|please|and|bitte|merci|por favor)\b.*$/i, '')
      .replace(NEXT_LABEL, '');
    if (t.length < 2 || t.length > max || !/\p{L}|\d/u.test(t) || /:$/.test(t) || isLabelText(t) || allLabelWords(t) || /^(and|&|of|und|et|y)\b/i.test(t)) return null;
    return t;
  };
}

const CARRIER =
  /\b(UPS|FedEx|Fed Ex|Federal Express|DHL|TNT|GLS|DPD|USPS|Royal Mail|Parcelforce|Hermes|Chronopost|Colissimo|SEUR|MRW|Correos|Schenker|Kuehne|Geodis)\b(?:[ \t/-]+(?!to\b|for\b|an\b|à\b|a\b|please\b|bitte\b)[\w/-]+){0,3}/i;
const WEAK_TERMS =
  /(?<!freight\s|fracht\s|port\s)\b((?:payable\s+on\s+receipt|due\s+on\s+receipt|cash\s+in\s+advance|prepaid|prepayment|vorkasse|contado|paiement\s+à\s+réception)(?:\s+\d+(?:[.,]\d+)?\s?%\s?\p{L}+)?)(?![\p{L}\d])/iu;
/** "returned within 60 days": a count of days is payment terms only on a line about paying. */
const PAYMENT_CONTEXT = /\b(net|netto|neto|nets?|pay\w*|zahl\w*|paiement|r[èe]glement|pago|invoice|rechnung|facture|factura|terms|conditions?|condiciones|bedingungen)\b|\d\/\d/i; // a fraction like 2/10 (one digit each side is enough to test, and stays linear on long digit runs)
// "Net 30 jours", "14 Tage 2 % Skonto, 30 Tage netto": the days in the buyer's language, a discount's percent kept.
const TERMS =
  /\b((?:\d+(?:[.,]\d+)?\s*%\s*)?\d+\/\d+,?\s*net\s*\d+|net\s*\d+(?:\s*(?:days|jours|tage|d[ií]as|dagen|giorni|dias|dni))?|\d+\s*(?:days|tage|jours|d[ií]as|dagen|giorni|dias|dni)\s*(?:net|netto|neto|nets?)?[\p{L}\d\s,.%]{0,30})/iu;

function findCurrency(lines: LayoutLine[], text: string, country: string | null): Found<string> | null {
  const labelled = findLabeledValue(lines, FIELD_LABELS.currency, (t) => parseCurrency(t, country));
  if (labelled) return labelled;
  const codes = text.match(/\b(EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|MXN)\b|[€£$]/g) ?? [];
  const votes = new Map<string, number>();
  for (const c of codes) {
    const iso = parseCurrency(c, country);
    if (iso) votes.set(iso, (votes.get(iso) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? { value: best[0], lineIndex: 0, page: 1, confidence: votes.size === 1 ? 0.9 : 0.6, rule: 'currency written in amounts' } : null;
}

function byPattern(lines: LayoutLine[], re: RegExp, rule: string, context?: RegExp): Found<string> | null {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.replace(/\t/g, ' ');
    if (context && !context.test(text)) continue;
    const m = text.match(re);
    if (m)
      return {
        value: m[0]
          .trim()
          .replace(/\.\s+\p{Lu}.*$/u, '')
          .replace(/[,.;]+$/, ''),
        lineIndex: i,
        page: lines[i].page,
        confidence: 0.6,
        rule,
      };
  }
  return null;
}

export interface HeaderContext {
  style: NumberStyle;
  dayFirst: boolean | null;
  country: string | null;
  reference?: Date;
  /** Where the line table ends: totals are read below it. */
  tableEnd: number;
  text: string;
  /** A mail body or plain text: values may stand inside sentences. */
  prose?: boolean;
}

/** The order's header fields, each with where it was found and how. */
export function extractHeaderFields(lines: LayoutLine[], ctx: HeaderContext): HeaderFields {
  const date = acceptDate(ctx.dayFirst, ctx.reference);
  const contact = findLabeledValue(lines, FIELD_LABELS.contactName, acceptPerson);
  return {
    poNumber: findLabeledValue(lines, FIELD_LABELS.poNumber, acceptPoNumber) ?? (ctx.prose ? prosePoNumber(lines) : null),
    orderDate: findLabeledValue(lines, FIELD_LABELS.orderDate, date) ?? proseDate(lines, ORDER_DATE_PHRASE, ctx, 3) ?? letterDate(lines, ctx),
    requestedDeliveryDate:
      findLabeledValue(lines, FIELD_LABELS.requestedDeliveryDate, date, { runOn: true }) ??
      proseDate(lines, DELIVERY_PHRASE, ctx) ??
      proseDate(lines, deliveryLabelPhrase(), ctx, 3),
    paymentTerms:
      findLabeledValue(lines, FIELD_LABELS.paymentTerms, acceptText(80), { wraps: true }) ??
      byPattern(lines, TERMS, 'payment terms pattern', PAYMENT_CONTEXT) ??
      byPattern(lines, WEAK_TERMS, 'payment terms word'),
    shippingMethod: findLabeledValue(lines, FIELD_LABELS.shippingMethod, acceptShipping, { wraps: true }) ?? byPattern(lines, CARRIER, 'carrier name'),
    contactName: contact,
    phone: findLabeledValue(lines, FIELD_LABELS.phone, acceptPhone) ?? (contact ? phoneOnLine(lines, contact) : null),
    currency: findCurrency(lines, ctx.text, ctx.country),
    totals: findTotals(lines, ctx.tableEnd, ctx.style),
  };
}

const acceptShortText = acceptText(50);

/** "Shipping Manager", "Delivery department": a job or a desk named after the label word, not a carrier. */
const ROLE = /^(manager|dept\.?|department|clerk|coordinator|supervisor|contact|office|desk|team|leiter\w*|abteilung|responsable|service|jefe|encargad[oa]|departamento)\b/i;

/** "via email or at 250-209-1294 during business hours.": prose that starts with a label word. */
function isSentence(text: string): boolean {
  return text.split(/\s+/).length >= 6 && /\b(or|and|if|the|during|oder|und|ou|et|o|y)\b/i.test(text);
}

const TOTAL_WORDS = [...TOTAL_LABELS.total, ...TOTAL_LABELS.subtotal, ...TOTAL_LABELS.tax].map((w) => fold(w)).filter((w) => w.length >= 4);

/** A carrier or a way of shipping: words, not an amount or a date ("Shipping: 12.00" is a charge). */
function acceptShipping(text: string): string | null {
  const t = acceptShortText(text);
  // "Via Lecco, 112" read after the label "via": a street and its number are no carrier.
  // "Via dell'Industria 23": the same street without its comma, a house number ending it or the
  // rest of the address after it ("Via dell'Industria 27 · 24040 Stezzano (BG) · Italia").
  if (t && (/^[\p{L} .'-]+,\s*\d{1,5}\b/u.test(t) || /^[\p{L} .'-]*\p{L}{3}[\p{L} .'-]*\s\d{1,4}[a-z]?(?:$|\s*[,·|•–]|\s+-\s|\s+\d{4,5}\s+\p{L})/u.test(t))) return null;
  // "Total CHF" under "Transport 45.00": a totals line is no carrier.
  if (t && TOTAL_WORDS.some((w) => fold(t).startsWith(w))) return null;
  // "Tax 20%", "IVA 21 %": a rate is a charge's, never a carrier's.
  if (t && /\d\s?%/.test(t)) return null;
  if (
    !t ||
    !/\p{L}{3}/u.test(t) ||
    /^[&+]/.test(t) ||
    /[$€£]\s?\d|\d[.,]\d{2}\b/.test(t) ||
    /^(address|method|terms|date|costs?|charges?|instructions?|details?|info|to|by|via|por|per|mit|avec|con|adresse|kosten|datum|direcci[oó]n|fecha)$/i.test(t) ||
    ROLE.test(t) ||
    isSentence(t) ||
    /^[$€£]?\s?\d[\d.,]*\s*(eur|usd|gbp|[$€£])?$/i.test(t) ||
    findDates(t).length
  )
    return null;
  return t;
}

/** "PO-2026-0504", "PO4500123": the letters belong to the number. */
export const GLUED_PO = /(?<![\w-])(P\.?O-?\d[\w\-/.]*\d)\b/;
const PO_IN_TEXT = new RegExp(
  String.raw`${ORDER_NUMBER_LABEL}(?:\s+(?:for|this|one|it|is|will|be|lautet|dafür|hierfür|ist|est|es|sera|será|pour|para|cette|esta))*\s*[:#]?\s*([A-Z]{0,5}-?\d[A-Z0-9\-/.]{1,24})`,
  'i',
);

/** "new PO 19204", "Order reference PF78742", "nuestro pedido PC-19265" inside a sentence. */
function prosePoNumber(lines: LayoutLine[]): Found<string> | null {
  const glued = new RegExp(GLUED_PO.source, 'g');
  const labelled = new RegExp(PO_IN_TEXT.source, 'gi');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.replace(/\t/g, ' ');
    for (const m of [...text.matchAll(glued), ...text.matchAll(labelled)]) {
      const value = acceptPoNumber(m[1]);
      // "order 200 of the nuts": a bare short number after "order" is a quantity.
      if (value && value.length >= 4) return { value, lineIndex: i, page: lines[i].page, confidence: 0.8, rule: 'PO number in a sentence' };
    }
  }
  return null;
}

/** "Contact: Femke Hoekstra, +31 71 555 0190": a phone number written beside the contact. */
function phoneOnLine(lines: LayoutLine[], contact: Found<string>): Found<string> | null {
  const cell = lines[contact.lineIndex].segments.find((s) => s.text.includes(contact.value));
  const m = cell?.text.match(/(\+?\(?\d[\d ()./-]{7,}\d)/);
  const value = m ? acceptPhone(m[1]) : null;
  return value ? { ...contact, value, rule: 'phone beside the contact' } : null;
}

function acceptPerson(text: string): string | null {
  // "Alison Threlfall · a.t@x.example", "Bastien Chaumeil - 04 71 55 02 87": the name is the first part.
  const first = text.split(/\s*[·|•\t]\s*|\s+[-–—]\s+|,\s+(?=[\d+(])|\s{2,}|\s+(?=\(?\+?\d[\d\s()./-]{6,}\d)/)[0];
  const bare = first
    .trim()
    .replace(/^(?:(?:mr|mrs|ms|dr|prof|herr|frau|m\.|mme|mlle|sr|sra|srta|ing|dipl\.?-ing|lic|d\.|dña|don)\.?\s+)+/i, '')
    .replace(/\s*\/$/, '');
  // "Ellis, Morgan": surname first, as ERPs list people; the name as written in a letter.
  const t = bare.replace(/^(\p{Lu}[\p{Ll}'-]+(?:-\p{Lu}[\p{Ll}']+)?),\s+(\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}\.)?)$/u, '$2 $1');
  // Not a document number ("Purchase Order No. 16775", read with "Purchase" taken for
  // "Purchaser"), though a department code may stand for a contact ("ECS3014-HSE CST"); not a
  // company's legal form or trade word ("Service Achats, Ateliers Mercier SARL").
  if (t.length < 3 || t.length > 40 || !/\p{L}{2}/u.test(t) || /@|\d{4,}[\s/-]*\d{3,}|:/.test(t)) return null;
  if (/\b(?:no|nr|n°|#)\.?\s*[\d-]+$/i.test(t)) return null;
  if (/\b(inc|ltd|gmbh|llc|corp|s\.?l|s\.?a)\b/i.test(t) || hasLegalForm(t) || isLabelText(t) || allLabelWords(t)) return null;
  if (isDepartment(t)) return null;
  return t;
}

/** A phone number as written: digits with spaces, dots, dashes, brackets and a leading +. */
export function acceptPhone(text: string): string | null {
  const m = text.match(/^\s*[:.]?\s*(\+?\(?\d[\d\s()./-]{5,}\d)/);
  if (!m || m[1].replace(/\D/g, '').length < 7) return null;
  return m[1].trim();
}
