import type { DocumentClassification, DraftOrder, ExtractionResult } from '../../domain/draft-order.ts';
import type { LayoutDocument, Mailbox, MailHeader, ReadInput } from '../../domain/layout.ts';
import { classifyDocument, classifyText, describeSigns, formatSign, WEIGHTS, type Classification, type Sign } from '../classify/classify-document.ts';
import { detectUrgency } from '../classify/detect-urgency.ts';
import { readDocument, toDraftOrder, type DocumentReading } from './extract-document-order.ts';
import { acceptPoNumber, GLUED_PO } from '../header/extract-header-fields.ts';
import { extractSignature } from '../parties/extract-signature.ts';
import { readingEvidence } from '../evidence/reading-evidence.ts';
import { reviewReading } from '../review/review-order.ts';
import type { Charge } from '../../domain/draft-order.ts';
import { finding, type Finding } from '../../domain/findings.ts';
import { withFindings } from '../../domain/review-draft.ts';
import { fold } from '../reading/vocabulary.ts';
import { foldKey } from '../../domain/fold-text.ts';
import { AUTOMATED_MAIL, ORDER_NOUNS, ORDER_NUMBER_LABEL, QUOTE_APPROVALS } from '../lexicon/index.ts';
import { unplacedDateFindings } from '../review/find-unplaced-dates.ts';
import { unreadBillToFindings, unreadLabelFindings } from '../review/find-unread-labels.ts';
import { printedCompanyName } from '../parties/printed-company-name.ts';
import { isOcrDocument } from '../reading/ocr-tolerance.ts';
import type { LearnedLayout } from '../../domain/learned-layout.ts';
import { supersedeRuleFindings } from '../layout-model/supersede-rule-findings.ts';
import { readWithLayout } from '../layout-model/read-with-layout.ts';
import { organisationName } from '../parties/organisation-name.ts';
import { isDepartment } from '../reading/is-department.ts';
import { structuredClassification, toStructuredDrafts } from '../structured/to-structured-drafts.ts';

export interface AssembleOptions {
  sellerNames: string[];
  /** Layouts learned from approvals (issue 17); a document printed in one is read with it too. */
  layouts?: readonly LearnedLayout[];
}

type Partial0 = ReturnType<typeof toDraftOrder>;

/** A word for an order anywhere in a subject ("Order: 40 x WG-118", "Bestellung"). */
const ORDER_NOUN = new RegExp(`\\b(?:${ORDER_NOUNS})\\b`, 'i');
const SUBJECT_PO = new RegExp(String.raw`${ORDER_NUMBER_LABEL}\s*[:#]?\s*([A-Z0-9][A-Z0-9\-/._]{2,30})`, 'i');

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
 * A mail in the message whose sender may be the buyer: the message itself, or a message forwarded in
 * it (inline or attached), with its own body. Our own staff forwarding a customer's mail is not the
 * buyer: the customer is.
 */
interface MailContext {
  from: string | null;
  fromName: string | null;
  subject: string | null;
  /** 0: the message itself; 1: forwarded in it ... */
  depth: number;
  body: DocumentReading | undefined;
  /** The sender is one of us (our domain, our name): not the buyer. */
  ours: boolean;
}

const NO_REPLY = /(?:^|[-_.])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|notifications?|automailer|system)(?:$|[-_.])/i;
const AUTOMATED = new RegExp(AUTOMATED_MAIL.join('|'));

/** A mailbox nobody reads: a no-reply address, a relay ("Lakeshore Health via Coupa"), a mail that says so. */
function isAutomatedSender(mail: MailContext, body: DocumentReading | undefined): boolean {
  if (NO_REPLY.test(mail.from?.split('@')[0] ?? '') || / via /i.test(mail.fromName ?? '')) return true;
  return !!body && AUTOMATED.test(fold(body.doc.text));
}

/** The Reply-To of an automated mail, when it names another mailbox that is not automated itself. */
function personalReplyTo(replyTo: Mailbox | undefined, from: string | null): { address: string; name: string | null } | null {
  if (!replyTo) return null;
  const { address } = replyTo;
  if (address === from?.toLowerCase() || NO_REPLY.test(address.split('@')[0])) return null;
  return { address, name: replyTo.name || null };
}

/**
 * Fields the email and the signatures give when the document leaves them open. The sender is the
 * buyer's contact, except in a forward, where the forwarded message names the buyer.
 */
function fillGaps(order: Partial0, input: ReadInput, r: DocumentReading | null, mail: MailContext, single: boolean): Partial0 {
  const body = mail.body;
  const sig = body ? extractSignature(body.doc.text) : null;
  const docSig = r && r !== body ? extractSignature(r.doc.text) : null;
  const o = { ...order, buyer: { ...order.buyer } };
  if (single && !o.poNumber) o.poNumber = body?.fields.poNumber?.value ?? poFromSubject(mail.subject) ?? (mail.depth > 0 ? poFromSubject(input.subject) : null);
  if (input.kind === 'email') {
    // "sap-noreply@", "do-not-reply@": a system that sent the mail, not the buyer; the document's
    // own address for the buyer wins over it.
    // A portal or ERP ("X via Coupa", a mail saying "please do not reply") sends for a person its
    // Reply-To names; with no such person, the document's own address is the buyer's or none is.
    const system = mail.from !== null && isAutomatedSender(mail, body);
    const replyTo = system && mail.depth === 0 ? personalReplyTo(input.replyTo, mail.from) : null;
    const sender = mail.ours ? null : (replyTo?.address ?? (system && o.buyer.email ? null : mail.from));
    const senderName = mail.ours ? null : replyTo ? replyTo.name : system ? null : mail.fromName;
    // A forward we could not take apart: the forwarded header in the body names the buyer.
    const forwarded = FORWARDED.test(mail.subject ?? '') || (mail.ours && mail.depth === 0);
    const fwdEmail = forwarded && body ? forwardedSender(body.doc.text) : null;
    o.buyer.email = fwdEmail ?? (forwarded ? (o.buyer.email ?? sender) : (sender ?? o.buyer.email));
    // In a mail body the signature names the contact more surely than a "Buyer" label in it.
    const bodyOrder = r !== null && r === body;
    const contact = (bodyOrder ? sig?.name : null) ?? o.buyer.contactName ?? docSig?.name ?? sig?.name ?? (forwarded ? null : personName(senderName));
    // "Pete" signing a mail from "Pete Kowalski": the sender's full name.
    const full = !forwarded ? personName(senderName) : null;
    o.buyer.contactName = contact && full && full.startsWith(`${contact} `) ? full : contact;
  } else {
    o.buyer.contactName = o.buyer.contactName ?? docSig?.name ?? null;
  }
  // The sender's signature names the buyer; when the document prints that name too, it wins.
  // A signature's "company" that is the signer's own name ("Jess Nguyen | Coordinator") is none.
  const sigCompany = sig?.company && !samePerson(sig.company, sig.name ?? o.buyer.contactName) ? sig.company : null;
  const signed = sigCompany && r && r !== body && fold(r.doc.text).includes(fold(sigCompany)) ? printedCompanyName(sigCompany, r.lines) : null;
  // The first candidate that names an organisation: not the contact's own name, not a desk.
  const companies = [signed, o.buyer.company, docSig?.company, sigCompany, body?.parties.buyer.company, r?.parties.fallbackCompany];
  const company = companies.find((c): c is string => !!c && !samePerson(c, o.buyer.contactName) && !isDepartment(c)) ?? null;
  o.buyer.company = company === null ? null : organisationName(company);
  // The sender's own line (signature) beats the switchboard printed in a letterhead.
  const senderPhone = input.kind === 'email' && signed ? (sig?.phone ?? null) : null;
  // A "phone" that is the PO number's digits ("PO 4600-11873") is the PO number.
  const phones = [senderPhone, o.buyer.phone, docSig?.phone, sig?.phone, body?.fields.phone?.value].filter((p): p is string => !!p && !sameDigits(p, o.poNumber));
  o.buyer.phone = phones[0] ?? null;
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

function samePerson(a: string, b: string | null | undefined): boolean {
  return !!b && foldKey(a) === foldKey(b);
}

function sameDigits(phone: string, po: string | null | undefined): boolean {
  const digits = (s: string) => s.replace(/\D/g, '');
  return !!po && digits(po).length >= 6 && digits(phone) === digits(po);
}

/** Is this sender one of us: our domain (the mailbox the message was sent to, SELLER_NAME) or our name? */
function isOurs(from: string | null, fromName: string | null, sellerNames: string[]): boolean {
  const domain = from?.split('@')[1]?.toLowerCase();
  return sellerNames.some((name) =>
    name.startsWith('@') ? !!domain && `@${domain}.`.startsWith(`${name.toLowerCase()}.`) : name.length >= 4 && !!fromName && fold(fromName).includes(fold(name)),
  );
}

/** The mails of the message: itself, then every message forwarded in it, each with its body. */
function mailContexts(input: ReadInput, readings: DocumentReading[], sellerNames: string[]): { top: MailContext; forwarded: Map<string, MailContext> } {
  const top: MailContext = {
    from: input.from,
    fromName: input.fromName,
    subject: input.subject,
    depth: 0,
    body: readings.find((r) => r.doc.isBody && !r.doc.forwardedFrom),
    ours: isOurs(input.from, input.fromName, sellerNames),
  };
  const forwarded = new Map<string, MailContext>();
  for (const r of readings) {
    const h = r.doc.forwardedFrom;
    if (!h) continue;
    const key = headerKey(h);
    const known = forwarded.get(key);
    if (!known)
      forwarded.set(key, {
        from: h.from,
        fromName: h.fromName,
        subject: h.subject,
        depth: h.depth,
        body: r.doc.isBody ? r : undefined,
        ours: isOurs(h.from, h.fromName, sellerNames),
      });
    else if (!known.body && r.doc.isBody) known.body = r;
  }
  return { top, forwarded };
}

function headerKey(h: MailHeader): string {
  return `${h.depth}\u0000${h.from ?? ''}\u0000${h.fromName ?? ''}\u0000${h.subject ?? ''}\u0000${h.date ?? ''}`;
}

/** The customer's mail: the deepest forwarded message not sent by us (the original sender), else the message itself. */
function customerMail(top: MailContext, forwarded: Map<string, MailContext>): MailContext {
  const theirs = [...forwarded.values()].filter((m) => !m.ours && (m.from || m.fromName)).sort((a, b) => b.depth - a.depth);
  return theirs[0] ?? top;
}

/** "PO 4500123.pdf", "Bestellung B-2231.xlsx": a document's name gives its PO number when nothing in it did. */
function withNamePoNumber(order: Partial0, r: DocumentReading): [Partial0, Finding[]] {
  if (order.poNumber || r.doc.isBody) return [order, []];
  const name = r.doc.name
    .replace(/^(?:fwd: )+/, '')
    .replace(/\.[a-z0-9]{2,5}$/i, '')
    .replace(/_/g, ' ');
  const po = poFromSubject(name);
  if (!po) return [order, []];
  return [{ ...order, poNumber: po }, [finding('extract', 'file-name', 'uncertain', 'warn', `PO number uncertain (read from the file name "${r.doc.name}")`, 'poNumber', true)]];
}

/** "Order: 40 x WG-118 asap" with an empty body: the subject is the order. */
function readSubjectOrder(input: ReadInput, sellerNames: string[]): DocumentReading | null {
  if (!input.subject || !ORDER_NOUN.test(input.subject)) return null;
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
  if (!name || /@|\b(orders?|purchasing|einkauf|achats|compras|info|sales|team|department|via)\b/i.test(name)) return null;
  return name.trim();
}

const FIELD_NAMES: Record<string, string> = {
  poNumber: 'PO number',
  orderDate: 'order date',
  requestedDeliveryDate: 'requested delivery date',
  paymentTerms: 'payment terms',
  shippingMethod: 'shipping method',
  contactName: 'contact name',
  currency: 'currency',
};

/** Fields read by a weak rule (a pattern, not a label): a human confirms them, or the model does. */
function uncertainFields(r: DocumentReading | null): Finding[] {
  if (!r) return [];
  return Object.entries(FIELD_NAMES)
    .map(([key, name]) => [key, name, (r.fields as unknown as Record<string, { confidence: number; rule: string } | null>)[key]] as const)
    .filter(([, , f]) => f && f.confidence < 0.7)
    .map(([key, name, f]) => finding('extract', f!.rule, 'uncertain', 'warn', `${name} uncertain (${f!.rule})`, key === 'contactName' ? 'buyer.contactName' : key, true));
}

/** A total the sums proved but whose label names no kind ("Expresszuschlag 38,00"): a rep says what it is. */
function uncertainTotals(r: DocumentReading | null): Finding[] {
  if (!r) return [];
  return (Object.entries(r.fields.totals) as [string, { value: number; confidence: number; rule: string } | undefined][])
    .filter(([, f]) => f && f.confidence < 0.7)
    .map(([kind, f]) =>
      finding(
        'extract',
        f!.rule,
        'uncertain',
        'warn',
        `${kind === 'other' ? 'charge' : kind} ${f!.value.toFixed(2)} uncertain (${f!.rule})`,
        kind === 'other' ? 'charges' : kind,
        true,
      ),
    );
}

/** How one document was judged, for the result: its verdict, what it is when not an order, and the signs. */
function toClassification(r: DocumentReading, c: Classification): DocumentClassification {
  return { document: r.doc.name, verdict: c.verdict, kind: c.kind, score: c.score, signs: c.signs.map(formatSign) };
}

/** The draft of a document that may not be an order is held for review and says why. */
function classificationFindings(c: Classification): Finding[] {
  return c.verdict === 'possible-order' ? [finding('read', 'classify-document', 'possible-order', 'warn', `may not be an order: ${describeSigns(c.signs)}`)] : [];
}

/** Parts that could not be read, and what a mail bomb's trimming left out: the draft may lack what they held. */
function skippedFindings(input: ReadInput): Finding[] {
  const parts = input.documents.filter((d) => d.method === 'skipped').map((d) => finding('read', 'read-part', 'skipped', 'warn', `${d.name}: ${d.skippedReason ?? 'not read'}`));
  return [...parts, ...(input.trimmed ?? []).map((note) => finding('read', 'trim-mime', 'mail-trimmed', 'warn', note))];
}

/** Discount and charge rows of the item tables, and charges between subtotal and total. */
function chargesOf(r: DocumentReading | null): Charge[] {
  if (!r) return [];
  const rows: Charge[] = r.tables
    .flatMap((t) => t.charges)
    .flatMap((c) => (c.kind === 'discount' || c.kind === 'other' ? [{ kind: c.kind, label: c.label, amount: c.amount, applies: 'lines' as const }] : []));
  const other = r.fields.totals.other;
  return other ? [...rows, { kind: 'other', label: 'other charges', amount: other.value, applies: 'subtotal' }] : rows;
}

/** Product names ("Rush+ goggles") are no requests: urgency reads the document around its tables. */
function textOutsideTables(r: DocumentReading): string {
  const inTable = (i: number) => r.tables.some((t) => i > t.start && i < t.end);
  return r.lines
    .filter((_, i) => !inTable(i))
    .map((l) => l.text)
    .join('\n');
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
  const rowIssues =
    r?.items.flatMap((item, i) =>
      item.issues.map((x) => finding('extract', 'row-arithmetic', 'row-issue', 'warn', `line ${item.lineNo ?? ''}: ${x}`.replace('line : ', ''), `lines.${i}`)),
    ) ?? [];
  const charges = chargesOf(r);
  const evidence = r ? readingEvidence(r, input.documents.indexOf(r.doc), order) : [];
  const draft: DraftOrder = {
    ...order,
    ...(charges.length ? { charges } : {}),
    ...(evidence.length ? { evidence } : {}),
    urgency,
    confidence: 0,
    needsReview: true,
    reviewReasons: [],
  };
  const review = reviewReading(draft, conf, [
    ...extra,
    ...scanned,
    ...rowIssues,
    ...uncertainFields(r),
    ...uncertainTotals(r),
    ...unplacedDateFindings(r, order),
    ...unreadLabelFindings(r, order),
    ...unreadBillToFindings(r, order),
  ]);
  return withFindings({ ...draft, findings: [], readingConfidence: review.readingConfidence }, supersedeRuleFindings(review.findings));
}

const APPROVAL = new RegExp(QUOTE_APPROVALS.map((source) => `(?:${source})`).join('|'));
/** "not approved", "once the quote is approved", "wenn das Angebot freigegeben ist": no approval yet. */
const NOT_YET =
  /\b(?:not|no|n't|never|once|when|if|after|until|unless|nicht|kein\w*|wenn|sobald|falls|nach|pas|non|si|quand|des que|apres|no|sin|cuando|una vez|niet|geen|zodra|als|se|quando|dopo)\b[^.\n]{0,25}$/;

/** The words of a reply that accept a quote ("Approved, please go ahead"), or null. */
export function approvalWording(text: string): string | null {
  const folded = fold(text.slice(0, 3000));
  for (const m of folded.matchAll(new RegExp(APPROVAL.source, 'g'))) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const said = m[0];
    if (
      NOT_YET.test(
        `${before.split(/[.\n]/).pop() ?? ''}${said.slice(0, said.search(/approved|accepted|confirmed|freigegeben|angenommen|bestatigt|genehmigt|accepte|approuve|valide|aprobad|aceptad|goedgekeurd|geaccepteerd|approvat|accettat|$/))}`,
      )
    )
      continue;
    return clip(said);
  }
  return null;
}

const QUOTE_NUMBER =
  /\b(?:quot(?:e|ation)|angebot|offerte|offerta|devis|presupuesto|cotizaci[oó]n|oferta|preventivo)\s*(?:no\.?|nr\.?|n[°º]|#|number|nummer)?\s*[:#]?\s*((?=[A-Z0-9\-/.]*\d)[A-Z0-9][A-Z0-9\-/.]{1,30}[A-Z0-9])/i;

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 50 ? `${t.slice(0, 49)}…` : t;
}

interface Approval {
  reply: DocumentReading;
  /** The quote (null: only the subject names it). */
  quote: DocumentReading | null;
  /** Its lines could be read. */
  linesRead: boolean;
  said: string;
  quoteNumber: string | null;
}

/**
 * A reply that approves a quote and carries no order of its own: the quote it approves (quoted
 * below it, forwarded in it from us, or attached) holds the lines.
 */
function findApproval(input: ReadInput, readings: DocumentReading[], read: (doc: LayoutDocument) => DocumentReading, sellerNames: string[]): Approval | null {
  const isOursHeader = (h: { from: string | null; fromName: string | null } | null | undefined) => !!h && isOurs(h.from, h.fromName, sellerNames);
  const ours = (r: DocumentReading) => isOursHeader(r.doc.forwardedFrom);
  for (const reply of readings.filter((r) => r.doc.isBody)) {
    const said = approvalWording(reply.doc.text);
    if (!said) continue;
    const depth = reply.doc.forwardedFrom?.depth ?? 0;
    const candidates = [
      ...(reply.doc.quoted ? [() => read(reply.doc.quoted!.document)] : []),
      ...readings.filter((r) => r.doc.isBody && r.doc.forwardedFrom?.depth === depth + 1 && ours(r)).map((r) => () => r),
      ...readings.filter((r) => !r.doc.isBody).map((r) => () => r),
    ];
    const number = (quote: DocumentReading | null) =>
      [reply.doc.text, quote?.doc.text ?? '', input.subject ?? ''].map((t) => t.match(QUOTE_NUMBER)?.[1] ?? null).find((n) => n !== null) ?? null;
    for (const candidate of candidates) {
      const quote = candidate();
      if (quote.items.some((i) => i.quantity > 0)) return { reply, quote, linesRead: true, said, quoteNumber: number(quote) };
    }
    // A reply to a quote that approves it and names its PO number is an order, though its lines are unread.
    const quoted = reply.doc.quoted;
    const quoteBelow = (quoted && (isOursHeader(quoted.header) || QUOTE_NUMBER.test(quoted.document.text))) || QUOTE_NUMBER.test(input.subject ?? '');
    const quote = quoted ? read(quoted.document) : null;
    if (quoteBelow) return { reply, quote, linesRead: false, said, quoteNumber: number(quote) };
  }
  return null;
}

/** The approved quote as the order: its lines and totals, the reply's PO number, dates, ship-to and contact. */
function approvedReading(a: Approval): DocumentReading {
  if (!a.quote) return a.reply;
  const f = a.reply.fields;
  const q = a.quote.fields;
  const fields = {
    ...q,
    poNumber: f.poNumber,
    orderDate: f.orderDate,
    requestedDeliveryDate: f.requestedDeliveryDate,
    paymentTerms: f.paymentTerms ?? q.paymentTerms,
    shippingMethod: f.shippingMethod ?? q.shippingMethod,
    contactName: f.contactName,
    phone: f.phone,
    currency: f.currency ?? q.currency,
  };
  const parties = { ...a.reply.parties, shipTo: a.reply.parties.shipTo ?? a.quote.parties.shipTo, billTo: a.reply.parties.billTo ?? a.quote.parties.billTo };
  return { ...a.quote, doc: a.reply.doc, fields, parties };
}

/**
 * Nothing speaks against the part being an order and something for it: an attachment with an
 * order title or wording, or rows whose quantity x price = amount; a mail body that asks for goods
 * under a PO number. In doubt, a draft a rep looks at rather than a mail nobody sees.
 */
function inDoubt(r: DocumentReading, c: Classification): boolean {
  if (c.signs.some((x) => x.weight < 0)) return false;
  const has = (rule: string) => c.signs.some((x) => x.rule === rule);
  if (r.doc.isBody) return has('order-wording') && has('po-number');
  return (c.score >= 2 && (has('title') || has('order-wording'))) || has('arithmetic');
}

/** Documents no draft came from and no sign spoke against are listed as possible orders: a mail
 * with a document or an item table is never dropped without a word. */
function listPossible(classified: Array<{ r: DocumentReading; c: Classification }>): DocumentClassification[] {
  return classified.map(({ r, c }) => {
    const entry = toClassification(r, c);
    const against = c.signs.some((s) => s.weight < 0);
    const carries = !r.doc.isBody || r.items.length > 0 || r.tables.length > 0;
    return entry.verdict === 'not-order' && !against && carries ? { ...entry, verdict: 'possible-order' as const } : entry;
  });
}

/** From what was read to the contract's result: which parts are orders, one draft per order. */
export function assembleOrders(input: ReadInput, options: AssembleOptions): ExtractionResult {
  // An order sent as data is read exactly and takes precedence over every text reading of the
  // message; a structured non-order (a punch-out cart, a request for quotation) is left out of
  // the text reading and says what it is.
  const structured = input.documents.filter((d) => d.structured && d.method !== 'skipped');
  if (structured.length > 0) {
    const drafts = structured.flatMap((d) => toStructuredDrafts(d, input));
    const judged = structured.flatMap(structuredClassification);
    if (drafts.length > 0) return { source: toSource(input), isPurchaseOrder: true, orders: drafts, classification: judged };
    const rest = assembleOrders({ ...input, documents: input.documents.filter((d) => !d.structured) }, options);
    return { ...rest, source: toSource(input), classification: [...judged, ...(rest.classification ?? [])] };
  }
  const readable = input.documents.filter((d) => d.method !== 'skipped');
  const sellerNames = [...options.sellerNames, ...recipientDomains(input)];
  const context = { sellerNames, reference: input.receivedAt ? new Date(input.receivedAt) : undefined };
  const readings = readable.map((d, i) => readDocument(d, context, i));
  const bodies = readings.filter((r) => r.doc.isBody);
  const mails = mailContexts(input, readings, sellerNames);
  const customer = customerMail(mails.top, mails.forwarded);
  // A document of a forwarded message belongs to that message; the rest to the customer's mail.
  const mailOf = (r: DocumentReading): MailContext => {
    const m = r.doc.forwardedFrom ? mails.forwarded.get(headerKey(r.doc.forwardedFrom)) : undefined;
    return m && !m.ours ? m : customer;
  };
  const bodyText = bodies.length > 0 ? bodies.map((b) => b.doc.text).join('\n\n') : null;
  const emailClass = classifyText(input.subject ?? '', bodyText ?? '');
  const source = toSource(input);
  // The subject counts for the body: "Thank you for your order #AB-1" above a table is no order.
  const subjectSign: Sign | null = emailClass.negative
    ? { rule: 'subject', weight: WEIGHTS.subjectAgainst, what: `subject reads as ${emailClass.negative}`, kind: emailClass.negative }
    : null;
  const classified = readings.map((r) => ({ r, c: classifyDocument(r, r.doc.isBody && subjectSign ? [subjectSign] : []) }));
  const classification = classified.map(({ r, c }) => toClassification(r, c));
  const skipped = skippedFindings(input);
  const negativeMail = emailClass.negative !== null && !emailClass.poTitle;
  // "RE: Quotation Q-7" above "Approved, please go ahead": the quote is the order.
  const approval = () => findApproval(input, readings, (doc) => readDocument(doc, context, readings.length), sellerNames);
  if (negativeMail && emailClass.negative !== 'quotation') return { source, isPurchaseOrder: false, orders: [], classification };
  const attached = negativeMail ? [] : classified.filter(({ r, c }) => !r.doc.isBody && c.isOrder);
  const chosen = attached.length > 0 || negativeMail ? attached : classified.filter(({ r, c }) => r.doc.isBody === true && c.isOrder);
  const orderReadings = chosen.map(({ r }) => r);
  const doubts = new Map(chosen.map(({ r, c }) => [r, classificationFindings(c)]));
  if (orderReadings.length === 0) {
    const a = approval();
    if (a) {
      const merged = approvedReading(a);
      const quoteName = `the quoted quote${a.quoteNumber ? ` ${a.quoteNumber}` : ''}`;
      const what = a.linesRead
        ? `lines read from ${quoteName} that the reply approves ("${a.said}"): check them against the quote`
        : `the reply approves ${quoteName} ("${a.said}"), but no line of the quote could be read: enter them from the quote`;
      const approved = finding('read', 'quote-approval', 'quote-approval', 'warn', what);
      const order = finish(fillGaps(toDraftOrder(merged), input, merged, mailOf(a.reply), true), merged, input, bodyText, [...skipped, approved]);
      return { source, isPurchaseOrder: true, orders: [order], classification };
    }
  }
  if (negativeMail) return { source, isPurchaseOrder: false, orders: [], classification };
  const subjectOrder = orderReadings.length === 0 ? readSubjectOrder(input, sellerNames) : null;
  if (subjectOrder) orderReadings.push(subjectOrder);
  // An attached document that says it is an order ("Please supply the following", an order title)
  // with nothing against it, though no line of it could be read: a draft to review, not silence.
  if (orderReadings.length === 0) {
    const unread = classified.filter(({ r, c }) => inDoubt(r, c));
    for (const { r, c } of unread) {
      orderReadings.push(r);
      doubts.set(r, [finding('read', 'classify-document', 'possible-order', 'warn', `may not be an order: no order lines read; ${describeSigns(c.signs)}`)]);
    }
  }
  if (orderReadings.length === 0) {
    const scanOnly = skipped.length > 0 && (input.kind === 'file' || emailClass.poTitle);
    if (!scanOnly) return { source, isPurchaseOrder: false, orders: [], classification: listPossible(classified) };
    const empty = emptyOrder();
    return { source, isPurchaseOrder: true, orders: [finish(fillGaps(empty, input, null, customer, true), null, input, bodyText, skipped)], classification };
  }
  const single = orderReadings.length === 1;
  const orders = orderReadings.map((r) => {
    const [order, named] = withNamePoNumber(fillGaps(toDraftOrder(r), input, r, mailOf(r), single), r);
    if (!options.layouts?.length) return finish(order, r, input, bodyText, [...skipped, ...(doubts.get(r) ?? []), ...named]);
    const learned = readWithLayout(r, order, options.layouts, mailOf(r).from ?? input.from);
    // Lines read under learned columns have no rule rows behind them: no row evidence, no row doubts.
    const reading = learned.linesReplaced ? { ...r, items: [] } : r;
    const draft = finish(learned.order, reading, input, bodyText, [...skipped, ...(doubts.get(r) ?? []), ...named, ...learned.findings]);
    return learned.read ? { ...draft, layout: learned.read } : draft;
  });
  return { source, isPurchaseOrder: true, orders, classification };
}

function emptyOrder(): Partial0 {
  return {
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    buyer: { company: null, contactName: null, email: null, phone: null, customerId: null },
    shipTo: null,
    billTo: null,
    currency: null,
    lines: [],
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
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
    ...(input.trimmed?.length ? { trimmed: input.trimmed } : {}),
  };
}
