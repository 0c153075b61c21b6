// The layout fuzzer: each document composed from independent axes (axes.ts), each value drawn from
// a seeded PRNG, so a seed always gives the same bytes. A document's truth is what a perfect reader
// prints for it (the contract), with its axis values in labelNotes ("axis:NAME=VALUE").
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import sharp from 'sharp';
import type { DraftOrder, SourceDocument } from '../../src/domain/draft-order.ts';
import { addDays, mailDate, weekday, type MailDate } from '../gen/dates.ts';
import { messageId } from '../gen/email.ts';
import { Rng } from '../gen/random.ts';
import { toFax, toScannedPdf } from '../gen/scans/degrade-page.ts';
import { renderPdfPages } from '../gen/scans/render-pdf-pages.ts';
import { bodyDoc, emailSource, fileSource, makeTruth, pdfDoc, sheetDoc, truthJson, type Truth } from '../gen/truth.ts';
import { judgeUrgency, type Level, type TextSource } from '../gen/urgency.ts';
import { drawAxes, DEFAULT_MIX, type Axes, type MixOptions } from './axes.ts';
import { csvOf, htmlHeader, htmlPage, htmlTable, htmlVisible, textHeader, textTable, xlsxOf } from './bodies.ts';
import { LOCALE_INFO, personFor, SELLER, type Addr, type LocaleId } from './locale.ts';
import { BODY_INTROS, GREETINGS, hasNoise, INTROS, signatureLines } from './noise.ts';
import { buildOrder, receivedDay, rolesOf, type Order } from './order.ts';
import { renderOrderPdf } from './pdf.ts';
import { negativeDoc } from './negatives.ts';

export interface FuzzDoc { name: string; bytes: Buffer; truth: Truth }

export interface Person { name: string; address: string }
export interface Part { filename: string; content: Buffer; contentType: string; doc: SourceDocument; texts: string[]; encoding?: string }
export interface Mail {
  from: Person; to?: Person[]; subject: string; date: MailDate; text?: string; html?: string; parts?: Part[];
  headers?: Record<string, string>; inReplyTo?: string;
}

export const SELLER_BOX: Person = { name: SELLER.name, address: SELLER.email };
export const STAFF: Person[] = [{ name: 'Dana Ruiz', address: 'dana.ruiz@northwind-supply.example' }, { name: 'Northwind Customer Service', address: 'service@northwind-supply.example' }, { name: 'Pieter Jansen', address: 'p.jansen@northwind-supply.example' }];

/** A .eml by nodemailer's MailComposer, seeded boundary and Message-ID so the bytes repeat. */
export async function eml(rng: Rng, m: Mail): Promise<{ bytes: Buffer; messageId: string }> {
  const id = messageId(rng, m.from.address.split('@')[1], m.date);
  const composer = new MailComposer({
    from: m.from, to: m.to ?? [SELLER_BOX], subject: m.subject, date: m.date.header, messageId: id, text: m.text, html: m.html,
    headers: m.headers, inReplyTo: m.inReplyTo, references: m.inReplyTo, baseBoundary: rng.hex(16),
    attachments: m.parts?.map((p) => ({ filename: p.filename, content: p.content, contentType: p.contentType, contentDisposition: 'attachment', ...(p.encoding ? { contentTransferEncoding: p.encoding } : {}) })),
  } as ConstructorParameters<typeof MailComposer>[0]);
  const bytes = await new Promise<Buffer>((resolve, reject) => composer.compile().build((err: Error | null, msg: Buffer) => (err ? reject(err) : resolve(msg))));
  return { bytes, messageId: id };
}

export function mailDateFor(rng: Rng, day: string, locale: LocaleId, hours: [number, number] = [7, 15]): MailDate {
  const base = LOCALE_INFO[locale].tz;
  const offset = base < 0 ? rng.pick([-5, -6, -7, -8]) + (day >= '2026-03-08' ? 1 : 0) : base;
  return mailDate(day, offset, rng.int(hours[0], hours[1]), rng.int(0, 59));
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** How a mail client prints a quoted message's date. */
export function clientDate(iso: string, hour: number, gmail: boolean): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = `${hour > 12 ? hour - 12 : hour}:${String((hour * 13) % 60).padStart(2, '0')} ${hour >= 12 ? 'PM' : 'AM'}`;
  return gmail ? `${DAYS[weekday(iso)].slice(0, 3)}, ${MONTHS[m - 1].slice(0, 3)} ${d}, ${y} at ${t}` : `${DAYS[weekday(iso)]}, ${MONTHS[m - 1]} ${d}, ${y} ${t}`;
}

function quote(attribution: string, body: string): string {
  return [attribution, ...body.trimEnd().split('\n').map((l) => (l ? `> ${l}` : '>'))].join('\n');
}

// ---- truth

const LEVEL: Record<Axes['urgency'], Level> = { normal: 'normal', negated: 'normal', 'urgent-word': 'urgent', 'date-urgent': 'urgent', 'high-word': 'high', 'date-high': 'high' };

function address(a: Addr | null): DraftOrder['shipTo'] {
  return a && { name: a.name, street: a.street.join('\n'), city: a.city, region: a.region, postalCode: a.postalCode, country: a.country };
}

/** The draft a perfect reader makes of the order, urgency judged by the contract's rules on what the reader sees. */
function draftOf(o: Order, sources: TextSource[], received: string | null, extraReasons: string[] = []): DraftOrder {
  const judgement = judgeUrgency(sources, received, o.deliveryDate);
  if (judgement.level !== LEVEL[o.axes.urgency]) throw new Error(`urgency ${judgement.level} but the axis is ${o.axes.urgency}: ${judgement.reasons}`);
  const reasons = [...extraReasons, ...(o.currency ? [] : ['no prices'])];
  return {
    poNumber: o.poNumber, orderDate: o.orderDate, requestedDeliveryDate: o.deliveryDate,
    buyer: { company: o.firm.name, contactName: o.contact.name, email: o.contact.email, phone: o.contact.phone, customerId: null },
    shipTo: address(o.shipTo), billTo: address(o.billTo), currency: o.currency,
    lines: o.lines.map((l) => ({ lineNo: l.lineNo, sku: l.sku, catalogSku: null, description: l.desc, quantity: l.qty, unit: l.unit === null ? null : l.unit.toUpperCase(), unitPrice: l.price, amount: l.amount, confidence: 1 })),
    subtotal: o.subtotal, tax: o.tax, shipping: o.freight, total: o.total, paymentTerms: o.terms, shippingMethod: o.carrier, notes: o.notes,
    urgency: { level: judgement.level, reasons: judgement.reasons }, confidence: 1, needsReview: reasons.length > 0, reviewReasons: reasons,
  };
}

/** The axis values that apply to the order, as labelNotes. */
function axisNotes(o: Order, extra: Record<string, string>): string[] {
  const a = o.axes;
  const roles = rolesOf(a);
  const v: Record<string, string> = {
    kind: a.kind, wrapper: a.wrapper, image: a.image, locale: a.locale, urgency: a.urgency, length: a.length, presence: a.presence,
    columns: a.columns, headers: a.headers, headerCase: a.headerCase, numbers: a.numbers, dates: a.dates, noise: a.noise,
  };
  if (roles.includes('line')) v.lineNumbers = a.lineNumbers;
  if (roles.includes('price')) v.money = a.money;
  Object.assign(v, extra);
  return [...Object.entries(v).map(([k, x]) => `axis:${k}=${x}`), `detail:headerSet=${a.headers}/${o.lang}`, `detail:headerWords=${o.columns.map((c) => c.header).join(' | ')}`];
}

function pdfAxes(o: Order, pages: number, wrapped: boolean): Record<string, string> {
  const v: Record<string, string> = { tableStyle: o.axes.tableStyle, blocks: o.axes.blocks, fields: o.axes.fields, font: o.axes.font, descWrap: wrapped ? 'wrapped' : 'single' };
  if (pages > 1) v.pageHeader = o.axes.pageHeader;
  return v;
}

const PO_FILE: Record<string, string> = { en: 'PO', de: 'Bestellung', fr: 'Commande', es: 'Pedido', nl: 'Inkooporder', it: 'Ordine' };
const PO_SUBJECT: Record<string, string> = { en: 'Purchase Order', de: 'Bestellung', fr: 'Bon de commande', es: 'Pedido', nl: 'Inkooporder', it: 'Ordine di acquisto' };

async function pdfPart(rng: Rng, o: Order): Promise<{ part: Part; pages: number; wrapped: boolean }> {
  const r = await renderOrderPdf(rng, o);
  const filename = `${PO_FILE[o.lang]}_${o.poNumber.replace(/[^\w-]+/g, '_')}.pdf`;
  return { part: { filename, content: r.bytes, contentType: 'application/pdf', doc: pdfDoc(filename, r.pages), texts: r.texts }, pages: r.pages, wrapped: r.wrapped };
}

function cover(rng: Rng, o: Order): string {
  const sig = hasNoise(o, 'signature') || rng.chance(0.7) ? signatureLines(rng, o) : [rng.pick(['Thanks', 'Regards']), o.contact.name];
  const lines = [rng.pick(GREETINGS[o.lang]), '', rng.pick(INTROS[o.lang]), '', ...sig];
  if (!sig.some((l) => l.includes(o.contact.phone))) lines.splice(3, 0, '', `${o.labels.phone}: ${o.contact.phone}`);
  return lines.join('\n') + '\n';
}

function subjectOf(rng: Rng, o: Order): string {
  const base = rng.pick([`${PO_SUBJECT[o.lang]} ${o.poNumber}`, `PO ${o.poNumber}`, `${PO_SUBJECT[o.lang]} ${o.poNumber} - ${o.firm.name}`]);
  return o.axes.urgency === 'urgent-word' && rng.chance(0.5) ? `URGENT: ${base}` : base;
}

const person = (o: Order): Person => ({ name: o.contact.name, address: o.contact.email });

// ---- one document

export async function fuzzDoc(seed: number, index: number, mix: MixOptions = DEFAULT_MIX): Promise<FuzzDoc> {
  const rng = new Rng(seed).fork(`doc ${index}`);
  const axes = drawAxes(rng.fork('axes'), mix);
  const stem = `doc-${String(index + 1).padStart(4, '0')}`;
  if (axes.kind !== 'po') return negativeDoc(rng.fork('negative'), axes, stem);
  const r = rng.fork('order');
  const received = receivedDay(r);
  const o = buildOrder(r, axes, received);
  return orderDoc(rng.fork('render'), o, stem, received);
}

async function orderDoc(rng: Rng, o: Order, stem: string, received: string): Promise<FuzzDoc> {
  const a = o.axes;
  const day = received;
  switch (a.wrapper) {
    case 'file-pdf': {
      if (a.image !== 'none') return imageDoc(rng, o, stem);
      const { part, pages, wrapped } = await pdfPart(rng, o);
      const name = `${stem}.pdf`;
      const truth = makeTruth(fileSource(name, { ...part.doc, name }), [draftOf(o, [{ where: 'document', text: part.texts.join('\n') }], null)], axisNotes(o, pdfAxes(o, pages, wrapped)));
      return { name, bytes: part.content, truth };
    }
    case 'file-xlsx':
    case 'file-csv': {
      const xlsx = a.wrapper === 'file-xlsx';
      const sheet = xlsx ? await xlsxOf(o) : csvOf(o);
      const name = `${stem}.${xlsx ? 'xlsx' : 'csv'}`;
      const doc = xlsx ? sheetDoc(name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet') : sheetDoc(name, 'text/csv');
      const truth = makeTruth(fileSource(name, doc), [draftOf(o, [{ where: 'document', text: sheet.texts.join('\n') }], null)], axisNotes(o, { descWrap: 'single' }));
      return { name, bytes: sheet.bytes, truth };
    }
    case 'mail-pdf': {
      const { part, pages, wrapped } = await pdfPart(rng, o);
      return mailDoc(rng, stem, { from: person(o), subject: subjectOf(rng, o), date: mailDateFor(rng, day, o.locale), text: cover(rng, o), parts: [part] }, [{ o, parts: [0] }], axisNotes(o, pdfAxes(o, pages, wrapped)));
    }
    case 'mail-xlsx':
    case 'mail-csv': {
      const xlsx = a.wrapper === 'mail-xlsx';
      const sheet = xlsx ? await xlsxOf(o) : csvOf(o);
      const filename = `${PO_FILE[o.lang]}_${o.poNumber.replace(/[^\w-]+/g, '_')}.${xlsx ? 'xlsx' : 'csv'}`;
      const mediaType = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
      const part: Part = { filename, content: sheet.bytes, contentType: mediaType, doc: sheetDoc(filename, mediaType), texts: sheet.texts };
      return mailDoc(rng, stem, { from: person(o), subject: subjectOf(rng, o), date: mailDateFor(rng, day, o.locale), text: cover(rng, o), parts: [part] }, [{ o, parts: [0] }], axisNotes(o, { descWrap: 'single' }));
    }
    case 'mail-text': {
      const table = textTable(o, a.longDesc ? 44 : null);
      const text = [rng.pick(GREETINGS[o.lang]), '', rng.pick(BODY_INTROS[o.lang]), '', ...textHeader(o), '', ...table.lines, '', ...signatureLines(rng, o)].join('\n') + '\n';
      return mailDoc(rng, stem, { from: person(o), subject: subjectOf(rng, o), date: mailDateFor(rng, day, o.locale), text }, [{ o, parts: [] }], axisNotes(o, { descWrap: table.wrapped ? 'wrapped' : 'single' }));
    }
    case 'mail-html': {
      const html = htmlPage([[rng.pick(GREETINGS[o.lang])], [rng.pick(BODY_INTROS[o.lang])], signatureLines(rng, o)], [htmlHeader(o), htmlTable(o, rng.pick(['outlook', 'plain', 'webmail'] as const))]);
      // Greeting, then the intro, header and table, then the signature.
      return mailDoc(rng, stem, { from: person(o), subject: subjectOf(rng, o), date: mailDateFor(rng, day, o.locale), html }, [{ o, parts: [] }], axisNotes(o, { descWrap: 'single' }));
    }
    case 'mail-multi': return multiDoc(rng, o, stem, received);
    case 'fwd-inline': return forwardInline(rng, o, stem, received);
    case 'fwd-rfc822': return forwardAttached(rng, o, stem, received);
    case 'reply-quoted': return replyDoc(rng, o, stem, received);
  }
}

interface Owned { o: Order; parts: number[]; reasons?: string[] }

async function mailDoc(rng: Rng, stem: string, m: Mail, orders: Owned[], notes: string[], extraTexts: string[] = []): Promise<FuzzDoc> {
  const { bytes, messageId: id } = await eml(rng, m);
  const body = m.text ?? htmlVisible(m.html ?? '');
  const spec = { from: m.from, subject: m.subject, date: m.date, messageId: id };
  const docs = [bodyDoc(!m.text && !!m.html), ...(m.parts ?? []).map((p) => p.doc)];
  const drafts = orders.map(({ o, parts, reasons }) => {
    const own = parts.map((i) => m.parts![i]);
    const sources: TextSource[] = [{ where: 'subject', text: m.subject }, { where: 'body', text: [body, ...extraTexts].join('\n') }, ...own.map((p) => ({ where: p.filename, text: p.texts.join('\n') }))];
    return draftOf(o, sources, m.date.localDate, reasons);
  });
  const name = `${stem}.eml`;
  return { name, bytes, truth: makeTruth(emailSource(spec as never, docs), drafts, notes) };
}

async function multiDoc(rng: Rng, first: Order, stem: string, received: string): Promise<FuzzDoc> {
  const count = rng.int(2, 3);
  const orders = [first];
  for (let i = 1; i < count; i++) orders.push(buildOrder(rng.fork(`order ${i}`), first.axes, received, first.firm, first.contact));
  const rendered = [];
  for (const o of orders) rendered.push(await pdfPart(rng, o));
  const L = first.lang;
  const intro = { en: `Please find attached ${count} purchase orders: ${orders.map((o) => o.poNumber).join(', ')}.`, de: `anbei ${count} Bestellungen: ${orders.map((o) => o.poNumber).join(', ')}.`, fr: `Veuillez trouver ci-joint ${count} commandes : ${orders.map((o) => o.poNumber).join(', ')}.`, es: `Adjuntamos ${count} pedidos: ${orders.map((o) => o.poNumber).join(', ')}.`, nl: `Bijgaand ${count} inkooporders: ${orders.map((o) => o.poNumber).join(', ')}.`, it: `in allegato ${count} ordini: ${orders.map((o) => o.poNumber).join(', ')}.` }[L];
  const text = [rng.pick(GREETINGS[L]), '', intro, '', ...signatureLines(rng, first)].join('\n') + '\n';
  const subject = `${PO_SUBJECT[L]} ${orders.map((o) => o.poNumber).join(' / ')}`;
  const pages = Math.max(...rendered.map((r) => r.pages));
  return mailDoc(rng, stem, { from: person(first), subject, date: mailDateFor(rng, received, first.locale), text, parts: rendered.map((r) => r.part) },
    orders.map((o, i) => ({ o, parts: [i] })), axisNotes(first, { ...pdfAxes(first, pages, rendered.some((r) => r.wrapped)), orders: String(count) }));
}

/** Forwarded with an inline "Forwarded message" block, the PDF attached; by our staff or a colleague of the buyer. */
async function forwardInline(rng: Rng, o: Order, stem: string, received: string): Promise<FuzzDoc> {
  const { part, pages, wrapped } = await pdfPart(rng, o);
  const ours = rng.chance(0.6);
  const colleague = personFor(rng, o.firm);
  const by: Person = ours ? rng.pick(STAFF) : { name: colleague.name, address: colleague.email };
  const gmail = rng.chance(0.5);
  const origSubject = subjectOf(rng, o);
  const orig = { from: `${o.contact.name} <${o.contact.email}>`, to: ours ? `${by.name} <${by.address}>` : `${colleague.name} <${colleague.email}>`, date: clientDate(received, 9, gmail) };
  const head = gmail
    ? ['---------- Forwarded message ---------', `From: ${orig.from}`, `Date: ${orig.date}`, `Subject: ${origSubject}`, `To: ${orig.to}`]
    : ['-----Original Message-----', `From: ${orig.from}`, `Sent: ${orig.date}`, `To: ${orig.to}`, `Subject: ${origSubject}`];
  const note = ours ? 'Please enter the attached PO - the customer sent it to me directly.' : 'Forwarding our order, please process.';
  const text = [rng.pick(['Hi orders team,', 'Hello,']), '', note, '', by.name.split(' ')[0], '', ...head, '', cover(rng, o)].join('\n');
  return mailDoc(rng, stem, { from: by, subject: `${gmail ? 'Fwd' : 'FW'}: ${origSubject}`, date: mailDateFor(rng, received, o.locale), text, parts: [part] }, [{ o, parts: [0] }],
    axisNotes(o, { ...pdfAxes(o, pages, wrapped), forwardedBy: ours ? 'our-staff' : 'colleague' }));
}

/** The customer's mail attached whole (message/rfc822) to a note from our staff. */
async function forwardAttached(rng: Rng, o: Order, stem: string, received: string): Promise<FuzzDoc> {
  const { part, pages, wrapped } = await pdfPart(rng, o);
  const by = rng.pick(STAFF);
  const inner: Mail = { from: person(o), to: [by], subject: subjectOf(rng, o), date: mailDateFor(rng, received, o.locale, [7, 10]), text: cover(rng, o), parts: [part] };
  const innerEml = await eml(rng.fork('inner'), inner);
  const text = `${rng.pick(['FYI - order from', 'Please book this order from', 'Customer order from'])} ${o.firm.name} attached.\n\n${by.name}\nNorthwind Industrial Supply\n`;
  const attached: Part = { filename: `${inner.subject.replace(/[^\w -]+/g, '')}.eml`, content: innerEml.bytes, contentType: 'message/rfc822', encoding: '8bit', doc: { name: 'forwarded message', mediaType: 'message/rfc822', method: 'text', pages: null }, texts: [inner.subject, inner.text!, ...part.texts] };
  const outer: Mail = { from: by, subject: `FW: ${inner.subject}`, date: mailDateFor(rng, received, o.locale, [11, 15]), text, parts: [attached] };
  const fd = await mailDoc(rng, stem, outer, [{ o, parts: [0] }], axisNotes(o, { ...pdfAxes(o, pages, wrapped), forwardedBy: 'our-staff' }));
  fd.truth.source.documents.push(part.doc);
  return fd;
}

/** "Approved, go ahead": the new text has the PO number and addresses, the lines stand in our quoted quotation. */
async function replyDoc(rng: Rng, o: Order, stem: string, received: string): Promise<FuzzDoc> {
  const rep = rng.pick(STAFF.filter((s) => s.address.startsWith('d') || s.address.startsWith('p')));
  const quoteNo = `Q-${rng.digits(6)}`;
  const quoteDay = addDays(received, -rng.int(2, 9));
  const table = textTable(o, o.axes.longDesc ? 44 : null);
  const quoteText = [`Hi ${o.contact.name.split(' ')[0]},`, '', `Thank you for your inquiry. Our quotation ${quoteNo}:`, '', ...table.lines, '', 'Prices valid for 30 days.', '', rep.name, 'Northwind Industrial Supply'].join('\n');
  const approve: Record<string, string> = {
    en: `Approved - please go ahead with quotation ${quoteNo} as quoted below.`, de: `Freigegeben - bitte liefern Sie gemäß Angebot ${quoteNo} unten.`,
    fr: `Validé : merci de lancer la commande selon votre offre ${quoteNo} ci-dessous.`, es: `Aprobado: pueden proceder según su oferta ${quoteNo} de abajo.`,
    nl: `Akkoord - graag leveren volgens offerte ${quoteNo} hieronder.`, it: `Approvato: procedete pure come da vs. offerta ${quoteNo} qui sotto.`,
  };
  const text = [rng.pick(GREETINGS[o.lang]), '', approve[o.lang], '', ...textHeader(o), '', ...signatureLines(rng, o), '', quote(`On ${clientDate(quoteDay, 14, true)} ${rep.name} <${rep.address}> wrote:`, quoteText)].join('\n') + '\n';
  return mailDoc(rng, stem, { from: person(o), to: [rep], subject: `Re: Quotation ${quoteNo}`, date: mailDateFor(rng, received, o.locale), text }, [{ o, parts: [] }],
    axisNotes(o, { descWrap: table.wrapped ? 'wrapped' : 'single' }));
}

// ---- degraded images (OCR)

async function imageDoc(rng: Rng, o: Order, stem: string): Promise<FuzzDoc> {
  const r = await renderOrderPdf(rng, o);
  const pages = await renderPdfPages(r.bytes, r.pages);
  let bytes: Buffer;
  let name: string;
  let mediaType: string;
  if (o.axes.image === 'fax-tiff') {
    bytes = await toFax(rng.fork('fax'), pages, { yDpi: rng.chance(0.5) ? 196 : 98 });
    [name, mediaType] = [`${stem}.tif`, 'image/tiff'];
  } else if (o.axes.image === 'scan-pdf') {
    bytes = await toScannedPdf(rng.fork('scan'), pages, rng.chance(0.5) ? 200 : 300);
    [name, mediaType] = [`${stem}.pdf`, 'application/pdf'];
  } else {
    const meta = await sharp(pages[0]).metadata();
    bytes = await sharp(pages[0]).greyscale().rotate(rng.int(-10, 10) / 10 || 0.3, { background: '#ffffff' }).resize(Math.round((meta.width * 2) / 3)).linear(0.9, 10).png({ compressionLevel: 9 }).toBuffer();
    [name, mediaType] = [`${stem}.png`, 'image/png'];
  }
  const doc: SourceDocument = { name, mediaType, method: 'ocr', pages: r.pages };
  const truth = makeTruth(fileSource(name, doc), [draftOf(o, [{ where: 'document', text: r.texts.join('\n') }], null)], axisNotes(o, pdfAxes(o, r.pages, r.wrapped)));
  return { name, bytes, truth };
}

// ---- a set

export interface WriteOptions {
  seed: number;
  count: number;
  /** Only these document numbers (0-based, below count); all when omitted. */
  indexes?: number[];
  mix?: MixOptions;
  onDoc?: (doc: FuzzDoc, index: number) => void;
}

/** Writes `count` documents with their truths into `dir`; returns how many files and bytes. */
export async function writeFuzzSet(dir: string, o: WriteOptions): Promise<{ files: number; bytes: number }> {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const indexes = o.indexes ?? Array.from({ length: o.count }, (_, i) => i);
  for (const i of indexes) {
    const doc = await fuzzDoc(o.seed, i, o.mix ?? DEFAULT_MIX);
    writeFileSync(join(dir, doc.name), doc.bytes);
    writeFileSync(join(dir, `${doc.name}.truth.json`), truthJson(doc.truth));
    bytes += doc.bytes.length;
    o.onDoc?.(doc, i);
  }
  return { files: indexes.length, bytes };
}

