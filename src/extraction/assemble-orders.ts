import type { DocumentClassification, DraftOrder, ExtractionResult } from '../domain/draft-order.ts';
import type { ReadInput } from '../domain/layout.ts';
import { classifyDocument, classifyText, describeSigns, formatSign, WEIGHTS, type Classification, type Sign } from './classify-document.ts';
import { detectUrgency } from './detect-urgency.ts';
import { readDocument, toDraftOrder, type DocumentReading } from './extract-document-order.ts';
import { acceptPoNumber, GLUED_PO } from './extract-header-fields.ts';
import { extractSignature } from './extract-signature.ts';
import { readingEvidence } from './reading-evidence.ts';
import { reviewReading } from './review-order.ts';
import type { Charge } from '../domain/draft-order.ts';
import { finding, type Finding } from '../domain/findings.ts';
import { withFindings } from '../domain/review-draft.ts';
import { fold } from './vocabulary.ts';
import { ORDER_NOUNS } from './lexicon/index.ts';
import { unplacedDateFindings } from './find-unplaced-dates.ts';
import { printedCompanyName } from './printed-company-name.ts';
import { isOcrDocument } from './ocr-tolerance.ts';

export interface AssembleOptions {
  sellerNames: string[];
}

type Partial0 = ReturnType<typeof toDraftOrder>;

const SUBJECT_PO = new RegExp(String.raw`\b(?:${ORDER_NOUNS})\s*(?:#|no\.?|nr\.?|number|n[°º]|nummer|ref(?:erence)?\.?)?\s*[:#]?\s*([A-Z0-9][A-Z0-9\-/._]{2,30})`, 'i');

function poFromSubject(subject: string | null): string | null {
  const glued = subject?.match(GLUED_PO);
  if (glued) return acceptPoNumber(glued[1]);
  const m = subject?.match(SUBJECT_PO);
  return m ? acceptPoNumber(m[1]) : null;
}

/** The sender named in the header of a forwarded message inside a body. */
function forwardedSender(text: string): string | null {
  const at = text.search(/forwarded message|begin forwarded|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|original message|urspr[üu]ngliche nachricht/i);
  if (at < 0) return null;
  const m = text.slice(at, at + 2000).match(/^(?:from|von|de)\s*:?[^\n]{0,200}?([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8})/im);
  return m ? m[1].toLowerCase() : null;
}

const FORWARDED = /^\s*(fwd?|wg|tr|rv|fw|weitergeleitet)\s*:/i;

/**
 * Fields the email and the signatures give when the document leaves them open. The sender is the
 * buyer's contact, except in a forward, where the forwarded message names the buyer.
 */
function fillGaps(order: Partial0, input: ReadInput, r: DocumentReading | null, body: DocumentReading | undefined, single: boolean): Partial0 {
  const sig = body ? extractSignature(body.doc.text) : null;
  const docSig = r && r !== body ? extractSignature(r.doc.text) : null;
  const o = { ...order, buyer: { ...order.buyer } };
  if (single && !o.poNumber) o.poNumber = body?.fields.poNumber?.value ?? poFromSubject(input.subject);
  if (input.kind === 'email') {
    const forwarded = FORWARDED.test(input.subject ?? '');
    const fwdEmail = forwarded && body ? forwardedSender(body.doc.text) : null;
    o.buyer.email = fwdEmail ?? (forwarded ? o.buyer.email ?? input.from : input.from ?? o.buyer.email);
    // In a mail body the signature names the contact more surely than a "Buyer" label in it.
    const bodyOrder = r !== null && r === body;
    const contact = (bodyOrder ? sig?.name : null) ?? o.buyer.contactName ?? docSig?.name ?? sig?.name ?? (forwarded ? null : personName(input.fromName));
    // "Pete" signing a mail from "Pete Kowalski": the sender's full name.
    const full = !forwarded ? personName(input.fromName) : null;
    o.buyer.contactName = contact && full && full.startsWith(`${contact} `) ? full : contact;
  } else {
    o.buyer.contactName = o.buyer.contactName ?? docSig?.name ?? null;
  }
  // The sender's signature names the buyer; when the document prints that name too, it wins.
  const signed = sig?.company && r && r !== body && fold(r.doc.text).includes(fold(sig.company)) ? printedCompanyName(sig.company, r.lines) : null;
  o.buyer.company = signed ?? o.buyer.company ?? docSig?.company ?? sig?.company ?? body?.parties.buyer.company ?? r?.parties.fallbackCompany ?? null;
  // The sender's own line (signature) beats the switchboard printed in a letterhead.
  const senderPhone = input.kind === 'email' && signed ? sig?.phone ?? null : null;
  o.buyer.phone = senderPhone ?? o.buyer.phone ?? docSig?.phone ?? sig?.phone ?? body?.fields.phone?.value ?? null;
  if (single && body && body !== r) {
    o.requestedDeliveryDate = o.requestedDeliveryDate ?? body.fields.requestedDeliveryDate?.value ?? null;
    o.orderDate = o.orderDate ?? body.fields.orderDate?.value ?? null;
    o.shipTo = o.shipTo ?? body.parties.shipTo;
    o.billTo = o.billTo ?? body.parties.billTo;
    o.paymentTerms = o.paymentTerms ?? body.fields.paymentTerms?.value ?? null;
    o.shippingMethod = o.shippingMethod ?? body.fields.shippingMethod?.value ?? null;
    o.currency = o.currency ?? body.fields.currency?.value ?? null;
  }
  return o;
}

/** "Order: 40 x WG-118 asap" with an empty body: the subject is the order. */
function readSubjectOrder(input: ReadInput, sellerNames: string[]): DocumentReading | null {
  if (!input.subject || !/\b(order|bestell\w*|commande|pedido|auftrag)\b/i.test(input.subject)) return null;
  const text = input.subject.replace(/^\s*(?:re|aw|fwd?|wg)\s*:\s*/i, '').replace(/^[^:]{0,20}:\s*/, 'Please send ');
  const doc = { name: 'subject', mediaType: 'text/plain', method: 'text' as const, pageCount: null, pages: [], text, monospace: true, isBody: true };
  const reading = readDocument(doc, { sellerNames });
  return reading.items.some((i) => i.sku !== null) ? reading : null;
}

/** The mailbox the order was sent to is ours: its domain ("@northwind-supply.example") marks our name. */
function recipientDomains(input: ReadInput): string[] {
  const to = input.headers?.To ?? '';
  return [...to.matchAll(/@([\w-]+)\.[\w.-]+/g)].map((m) => `@${m[1].toLowerCase()}`);
}

function personName(name: string | null): string | null {
  if (!name || /@|\b(orders?|purchasing|einkauf|achats|compras|info|sales|team|department)\b/i.test(name)) return null;
  return name.trim();
}

const FIELD_NAMES: Record<string, string> = {
  poNumber: 'PO number', orderDate: 'order date', requestedDeliveryDate: 'requested delivery date',
  paymentTerms: 'payment terms', shippingMethod: 'shipping method', contactName: 'contact name', currency: 'currency',
};

/** Fields read by a weak rule (a pattern, not a label): a human confirms them, or the model does. */
function uncertainFields(r: DocumentReading | null): Finding[] {
  if (!r) return [];
  return Object.entries(FIELD_NAMES)
    .map(([key, name]) => [key, name, (r.fields as unknown as Record<string, { confidence: number; rule: string } | null>)[key]] as const)
    .filter(([, , f]) => f && f.confidence < 0.7)
    .map(([key, name, f]) => finding('extract', f!.rule, 'uncertain', 'warn', `${name} uncertain (${f!.rule})`, key === 'contactName' ? 'buyer.contactName' : key, true));
}

/** How one document was judged, for the result: its verdict, what it is when not an order, and the signs. */
function toClassification(r: DocumentReading, c: Classification): DocumentClassification {
  return { document: r.doc.name, verdict: c.verdict, kind: c.kind, score: c.score, signs: c.signs.map(formatSign) };
}

/** The draft of a document that may not be an order is held for review and says why. */
function classificationFindings(c: Classification): Finding[] {
  return c.verdict === 'possible-order' ? [finding('read', 'classify-document', 'possible-order', 'warn', `may not be an order: ${describeSigns(c.signs)}`)] : [];
}

/** Parts that could not be read: the draft may lack what they held. */
function skippedFindings(input: ReadInput): Finding[] {
  return input.documents.filter((d) => d.method === 'skipped').map((d) => finding('read', 'read-part', 'skipped', 'warn', `${d.name}: ${d.skippedReason ?? 'not read'}`));
}

/** Discount and charge rows of the item tables, and charges between subtotal and total. */
function chargesOf(r: DocumentReading | null): Charge[] {
  if (!r) return [];
  const rows: Charge[] = r.tables.flatMap((t) => t.charges).flatMap((c) => (c.kind === 'discount' || c.kind === 'other' ? [{ kind: c.kind, label: c.label, amount: c.amount, applies: 'lines' as const }] : []));
  const other = r.fields.totals.other;
  return other ? [...rows, { kind: 'other', label: 'other charges', amount: other.value, applies: 'subtotal' }] : rows;
}

/** Product names ("Rush+ goggles") are no requests: urgency reads the document around its tables. */
function textOutsideTables(r: DocumentReading): string {
  const inTable = (i: number) => r.tables.some((t) => i > t.start && i < t.end);
  return r.lines.filter((_, i) => !inTable(i)).map((l) => l.text).join('\n');
}

function finish(order: Partial0, r: DocumentReading | null, input: ReadInput, body: string | null, extra: Finding[]): DraftOrder {
  const urgency = detectUrgency({
    subject: input.subject,
    body,
    documentTexts: r && !r.doc.isBody ? [textOutsideTables(r)] : [],
    receivedAt: input.receivedAt,
    requestedDeliveryDate: order.requestedDeliveryDate,
  });
  const f = r?.fields;
  const conf = {
    poNumber: f?.poNumber?.confidence ?? (order.poNumber ? 0.7 : 0),
    orderDate: f?.orderDate?.confidence ?? (order.orderDate ? 0.7 : 0.5),
    company: r?.parties.confidence.company ?? (order.buyer.company ? 0.6 : 0),
    lines: order.lines.length ? Math.min(...order.lines.map((l) => l.confidence)) : 0,
    totals: f?.totals.total ? 0.9 : 0.5,
  };
  // OCR reading is not yet measured good enough to let a scanned order through unseen.
  const scanned = r && isOcrDocument(r.doc) ? [finding('read', 'ocr', 'ocr', 'warn', `${r.doc.name}: read by OCR, check it against the scan`)] : [];
  const rowIssues = r?.items.flatMap((item, i) => item.issues.map((x) => finding('extract', 'row-arithmetic', 'row-issue', 'warn', `line ${item.lineNo ?? ''}: ${x}`.replace('line : ', ''), `lines.${i}`))) ?? [];
  const charges = chargesOf(r);
  const evidence = r ? readingEvidence(r, input.documents.indexOf(r.doc), order) : [];
  const draft: DraftOrder = { ...order, ...(charges.length ? { charges } : {}), ...(evidence.length ? { evidence } : {}), urgency, confidence: 0, needsReview: true, reviewReasons: [] };
  const review = reviewReading(draft, conf, [...extra, ...scanned, ...rowIssues, ...uncertainFields(r), ...unplacedDateFindings(r, order)]);
  return withFindings({ ...draft, findings: [], readingConfidence: review.readingConfidence }, review.findings);
}

/** From what was read to the contract's result: which parts are orders, one draft per order. */
export function assembleOrders(input: ReadInput, options: AssembleOptions): ExtractionResult {
  const readable = input.documents.filter((d) => d.method !== 'skipped');
  const sellerNames = [...options.sellerNames, ...recipientDomains(input)];
  const readings = readable.map((d, i) => readDocument(d, { sellerNames, reference: input.receivedAt ? new Date(input.receivedAt) : undefined }, i));
  const body = readings.find((r) => r.doc.isBody);
  const emailClass = classifyText(input.subject ?? '', body?.doc.text ?? '');
  const source = toSource(input);
  // The subject counts for the body: "Thank you for your order #AB-1" above a table is no order.
  const subjectSign: Sign | null = emailClass.negative ? { rule: 'subject', weight: WEIGHTS.subjectAgainst, what: `subject reads as ${emailClass.negative}`, kind: emailClass.negative } : null;
  const classified = readings.map((r) => ({ r, c: classifyDocument(r, r.doc.isBody && subjectSign ? [subjectSign] : []) }));
  const classification = classified.map(({ r, c }) => toClassification(r, c));
  if (emailClass.negative && !emailClass.poTitle) return { source, isPurchaseOrder: false, orders: [], classification };
  const attached = classified.filter(({ r, c }) => !r.doc.isBody && c.isOrder);
  const chosen = attached.length > 0 ? attached : classified.filter(({ r, c }) => r.doc.isBody === true && c.isOrder);
  const orderReadings = chosen.map(({ r }) => r);
  const doubts = new Map(chosen.map(({ r, c }) => [r, classificationFindings(c)]));
  const subjectOrder = orderReadings.length === 0 ? readSubjectOrder(input, sellerNames) : null;
  if (subjectOrder) orderReadings.push(subjectOrder);
  const skipped = skippedFindings(input);
  const bodyText = body?.doc.text ?? null;
  if (orderReadings.length === 0) {
    const scanOnly = skipped.length > 0 && (input.kind === 'file' || emailClass.poTitle);
    if (!scanOnly) return { source, isPurchaseOrder: false, orders: [], classification };
    const empty = emptyOrder();
    return { source, isPurchaseOrder: true, orders: [finish(fillGaps(empty, input, null, body, true), null, input, bodyText, skipped)], classification };
  }
  const single = orderReadings.length === 1;
  const orders = orderReadings.map((r) => finish(fillGaps(toDraftOrder(r), input, r, body, single), r, input, bodyText, [...skipped, ...(doubts.get(r) ?? [])]));
  return { source, isPurchaseOrder: true, orders, classification };
}

function emptyOrder(): Partial0 {
  return {
    poNumber: null, orderDate: null, requestedDeliveryDate: null,
    buyer: { company: null, contactName: null, email: null, phone: null, customerId: null },
    shipTo: null, billTo: null, currency: null, lines: [], subtotal: null, tax: null, shipping: null, total: null,
    paymentTerms: null, shippingMethod: null, notes: null,
  };
}

function toSource(input: ReadInput): ExtractionResult['source'] {
  return {
    kind: input.kind,
    messageId: input.messageId,
    from: input.from,
    subject: input.subject,
    receivedAt: input.receivedAt,
    file: input.file,
    documents: input.documents.map((d) => ({ name: d.name, mediaType: d.mediaType, method: d.method, pages: d.pageCount, ...(d.partId ? { partId: d.partId } : {}) })),
  };
}
