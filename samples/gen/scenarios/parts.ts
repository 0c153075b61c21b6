import type { Rng } from '../random.ts';
import type { Lang, Po } from '../model.ts';
import type { PdfResult } from '../pdf/doc.ts';
import type { SheetResult } from '../sheets.ts';
import { contactPerson, emailOrderSample, type Part, type Sample } from './kit.ts';
import type { MailDate } from '../dates.ts';
import type { Level } from '../urgency.ts';
import { addDays, isWeekend, onWeekday } from '../dates.ts';
import { MEDIA } from '../email.ts';
import { pdfDoc, sheetDoc } from '../truth.ts';
import { CLOSINGS, GREETINGS, signature } from '../body/common.ts';

export function pdfPart(filename: string, r: PdfResult, inline = false): Part {
  return { filename, content: r.bytes, contentType: MEDIA.pdf, inline, doc: pdfDoc(filename, r.pages), texts: r.texts };
}

export function sheetPart(filename: string, r: SheetResult, kind: 'xlsx' | 'csv'): Part {
  const type = MEDIA[kind];
  return { filename, content: r.bytes, contentType: type, doc: sheetDoc(filename, type), texts: r.texts };
}

const SUBJECTS: Record<Lang, string[]> = {
  en: ['PO {n}', 'Purchase Order {n}', 'New order - PO {n}', 'PO# {n}', 'Order {n}'],
  de: ['Bestellung {n}', 'Bestellung Nr. {n}', 'Neue Bestellung {n}'],
  fr: ['Bon de commande {n}', 'Commande {n}', 'Notre commande n° {n}'],
  es: ['Pedido {n}', 'Pedido de compra {n}', 'Nuevo pedido {n}'],
};

const INTROS: Record<Lang, string[]> = {
  en: ['Please find attached our PO {n}.', 'Attached is purchase order {n}. Please confirm receipt.', 'PO {n} attached - please process.', 'Please see the attached order {n} and confirm the ship date.'],
  de: ['anbei erhalten Sie unsere Bestellung {n}.', 'bitte beachten Sie die beigefügte Bestellung {n} und senden Sie uns eine Auftragsbestätigung.'],
  fr: ['Veuillez trouver ci-joint notre bon de commande {n}.', 'Ci-joint notre commande {n}. Merci de nous envoyer un accusé de réception.'],
  es: ['Adjuntamos nuestro pedido {n}.', 'Les enviamos adjunto el pedido de compra {n}. Rogamos confirmen la recepción.'],
};

const UNNUMBERED: Record<Lang, string> = {
  en: 'Please find our order attached.',
  de: 'anbei unsere Bestellung.',
  fr: 'Veuillez trouver notre commande en pièce jointe.',
  es: 'Adjuntamos nuestro pedido.',
};

const FILES: Record<Lang, string[]> = {
  en: ['PO_{n}.pdf', '{n}.pdf', 'PurchaseOrder-{n}.pdf'],
  de: ['Bestellung_{n}.pdf', 'BE_{n}.pdf'],
  fr: ['BC_{n}.pdf', 'Commande_{n}.pdf'],
  es: ['Pedido_{n}.pdf', 'PC_{n}.pdf'],
};

const fill = (t: string, n: string) => t.replace('{n}', n);

export function subjectFor(rng: Rng, po: Po, lang: Lang = po.style.lang): string {
  return fill(rng.pick(SUBJECTS[lang]), po.poNumber ?? '');
}

export function fileNameFor(rng: Rng, po: Po, lang: Lang = po.style.lang, ext = 'pdf'): string {
  const n = (po.poNumber ?? 'order').replace(/[^A-Za-z0-9-]/g, '_');
  return fill(rng.pick(FILES[lang]), n).replace(/\.pdf$/, `.${ext}`);
}

/** Short covering note for an attached order, with optional extra sentences (urgency, delivery wishes). */
export function coverNote(rng: Rng, po: Po, extra: string[] = [], lang: Lang = po.style.lang): string {
  const intro = po.poNumber ? fill(rng.pick(INTROS[lang]), po.poNumber) : UNNUMBERED[lang];
  const lines = [rng.pick(GREETINGS[lang]), '', intro, ...extra, '', ...signature(po, rng.pick(CLOSINGS[lang]))];
  return lines.join('\n') + '\n';
}

export interface PdfEmail {
  name: string;
  po: Po;
  render: (po: Po) => Promise<PdfResult>;
  date: MailDate;
  expect: Level;
  notes: string[];
  inline?: boolean;
  subject?: string;
  extra?: string[];
}

/** The most common kind: a short covering note from the buyer with the PO as a PDF attachment. */
export async function pdfEmail(rng: Rng, a: PdfEmail): Promise<Sample> {
  const part = pdfPart(fileNameFor(rng, a.po), await a.render(a.po), a.inline);
  return emailOrderSample(rng, {
    name: a.name, from: contactPerson(a.po), subject: a.subject ?? subjectFor(rng, a.po), date: a.date,
    text: coverNote(rng, a.po, a.extra), parts: [part], orders: [{ po: a.po, expect: a.expect }], notes: a.notes,
  });
}

/** A comfortable requested delivery date: 10 to 28 days out, on a weekday. */
export function laterDelivery(rng: Rng, received: string): string {
  return onWeekday(addDays(received, rng.int(10, 28)));
}

/** Order date: the day of the mail or the weekday before. */
export function orderDay(rng: Rng, received: string): string {
  if (rng.chance(0.6)) return received;
  let d = addDays(received, -1);
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}
