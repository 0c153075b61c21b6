import type { Rng } from '../random.ts';
import type { Country, Po, Style } from '../model.ts';
import type { Locale, MoneyStyle } from '../format.ts';
import type { DateStyle, MailDate } from '../dates.ts';
import { addDays, calendarDaysBetween, isWeekend, mailDate } from '../dates.ts';
import { buildEml, messageId, type Attachment, type MailSpec, type Person } from '../email.ts';
import { judgeUrgency, type Level, type TextSource } from '../urgency.ts';
import { bodyDoc, draftOrder, emailSource, fileSource, makeTruth, type Truth } from '../truth.ts';
import { checkMentions } from '../selfcheck.ts';
import { htmlText } from '../body/html.ts';
import type { SourceDocument } from '../../../src/domain/draft-order.ts';

export interface Sample { name: string; bytes: Buffer; truth: Truth }

export interface Scenario { name: string; build: (rng: Rng) => Promise<Sample> }

export function scenario(name: string, build: (rng: Rng, name: string) => Promise<Sample>): Scenario {
  return { name, build: (rng) => build(rng, name) };
}

export function style(locale: Locale, money: MoneyStyle, date: DateStyle): Style {
  const lang = locale.slice(0, 2) as Style['lang'];
  return { locale, lang, money, date };
}

/** A weekday in the generator's window (2 Feb - 13 Mar 2026), optionally a given weekday (1 = Monday). */
export function receivedDay(rng: Rng, weekday?: number): string {
  for (;;) {
    const d = addDays('2026-02-02', rng.int(0, 39));
    if (!isWeekend(d) && (weekday === undefined || new Date(`${d}T00:00:00Z`).getUTCDay() === weekday)) return d;
  }
}

/** Date header in the sender's time zone (US zones shift for DST on 8 March 2026). */
export function mailDateFor(rng: Rng, day: string, country: Country, minHour = 7): MailDate {
  const dst = day >= '2026-03-08' ? 1 : 0;
  const offset = country === 'US' ? rng.pick([-5, -6, -7, -8]) + dst : country === 'GB' ? 0 : 1;
  return mailDate(day, offset, rng.int(minHour, 15), rng.int(0, 59));
}

/** An attachment together with what the label needs to know about it. */
export interface Part extends Attachment { doc: SourceDocument; texts: string[] }

export interface EmailOrder {
  name: string;
  from: Person;
  subject: string;
  date: MailDate;
  text?: string;
  html?: string;
  parts?: Part[];
  /** Orders with the parts that belong to each (index into parts; all parts when omitted). */
  orders: { po: Po; parts?: number[]; expect: Level }[];
  /** Extra text the reader sees that is not in text/html (e.g. nothing); kept for the mention check. */
  notes: string[];
  cc?: Person[];
  inReplyTo?: string;
  headers?: Record<string, string>;
}

export async function emailOrderSample(rng: Rng, e: EmailOrder): Promise<Sample> {
  const spec: MailSpec = { from: e.from, cc: e.cc, subject: e.subject, date: e.date, messageId: messageId(rng, e.from.address.split('@')[1], e.date), text: e.text, html: e.html, attachments: e.parts, inReplyTo: e.inReplyTo };
  const bytes = await buildEml(rng, spec);
  const body = e.text ?? htmlText(e.html ?? '');
  const docs = [bodyDoc(!e.text && !!e.html), ...(e.parts ?? []).map((p) => p.doc)];
  const orders = e.orders.map(({ po, parts, expect }) => {
    const own = (parts ?? (e.parts ?? []).map((_, i) => i)).map((i) => e.parts![i]);
    const sources: TextSource[] = [{ where: 'subject', text: e.subject }, { where: 'body', text: body }, ...own.map((p) => ({ where: p.filename, text: p.texts.join('\n') }))];
    const judgement = judgeUrgency(sources, e.date.localDate, po.deliveryDate);
    if (judgement.level !== expect) throw new Error(`${e.name}: urgency ${judgement.level}, expected ${expect}: ${judgement.reasons}`);
    checkMentions(e.name, po, [e.subject, body, `${e.from.name} <${e.from.address}>`, ...own.flatMap((p) => p.texts)]);
    return draftOrder(po, judgement);
  });
  const labelNotes = [...e.notes, ...e.orders.flatMap(({ po }) => po.labelNotes)];
  return { name: e.name, bytes, truth: makeTruth(emailSource(spec, docs), orders, labelNotes) };
}

export async function emailNegativeSample(rng: Rng, e: Omit<EmailOrder, 'orders'>): Promise<Sample> {
  const spec: MailSpec = { from: e.from, cc: e.cc, subject: e.subject, date: e.date, messageId: messageId(rng, e.from.address.split('@')[1], e.date), text: e.text, html: e.html, attachments: e.parts, inReplyTo: e.inReplyTo, headers: e.headers };
  const bytes = await buildEml(rng, spec);
  const docs = [bodyDoc(!e.text && !!e.html), ...(e.parts ?? []).map((p) => p.doc)];
  return { name: e.name, bytes, truth: makeTruth(emailSource(spec, docs), [], e.notes) };
}

/** A bare file: no received date, so urgency by words only. */
export function fileOrderSample(name: string, bytes: Buffer, doc: SourceDocument, texts: string[], po: Po, expect: Level, notes: string[]): Sample {
  const judgement = judgeUrgency([{ where: 'document', text: texts.join('\n') }], null, po.deliveryDate);
  const gap = po.orderDate && po.deliveryDate ? calendarDaysBetween(po.orderDate, po.deliveryDate) : null;
  if (gap !== null && gap <= 7) judgement.reasons[0] += ` (the delivery date is ${gap} day${gap === 1 ? "" : "s"} after the order date, but that is not a received date)`;
  if (judgement.level !== expect) throw new Error(`${name}: urgency ${judgement.level}, expected ${expect}`);
  checkMentions(name, po, texts);
  const truth = makeTruth(fileSource(name, { ...doc, name }), [draftOrder(po, judgement)], [...notes, ...po.labelNotes]);
  return { name, bytes, truth };
}

export function person(name: string, address: string): Person {
  return { name, address };
}

export function contactPerson(po: Po): Person {
  if (!po.contact) throw new Error('po has no contact');
  return { name: po.contact.name, address: po.contact.email };
}
