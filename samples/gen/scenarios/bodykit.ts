import type { Rng } from '../random.ts';
import type { Company, Line, Po, Style } from '../model.ts';
import type { MailDate } from '../dates.ts';
import type { Level } from '../urgency.ts';
import type { ColumnOrder } from '../pdf/columns.ts';
import { contactFor, copyAddress } from '../fake.ts';
import { CLOSINGS, GREETINGS, signature } from '../body/common.ts';
import { textOrderBody } from '../body/text.ts';
import { htmlOrderBody, type HtmlFlavor } from '../body/html.ts';
import { contactPerson, emailOrderSample, type Sample } from './kit.ts';

/** An order written as running text: no prices, header fields only where the writer gives them. */
export function prosePo(rng: Rng, company: Company, st: Style, lines: Line[], o: { poNumber: string | null; shipToSite?: number | null; deliveryDate?: string | null }): Po {
  const site = o.shipToSite ?? null;
  return {
    style: st, poNumber: o.poNumber, orderDate: null, deliveryDate: o.deliveryDate ?? null, company,
    contact: contactFor(rng, company), shipTo: site === null ? null : copyAddress(company.sites[site], { showCountry: company.country !== 'US' }),
    billTo: null, currency: null, lines, discount: null, freight: null, taxRate: null, subtotal: null, tax: null, total: null,
    paymentTerms: null, shippingMethod: null, notes: null, reviewReasons: [], labelNotes: [],
  };
}

export interface BodyEmail {
  name: string;
  po: Po;
  date: MailDate;
  subject: string;
  intro: string[];
  after?: string[];
  expect: Level;
  notes: string[];
  order: ColumnOrder;
  html?: HtmlFlavor;
}

/** An order whose lines are a table in the mail body: plain text (aligned with spaces) or HTML only. */
export async function bodyTableEmail(rng: Rng, b: BodyEmail): Promise<Sample> {
  const lang = b.po.style.lang;
  const common = { order: b.order, greeting: rng.pick(GREETINGS[lang]), intro: b.intro, after: b.after, signature: signature(b.po, rng.pick(CLOSINGS[lang])) };
  const text = b.html ? undefined : textOrderBody(b.po, common);
  const html = b.html ? htmlOrderBody(b.po, { ...common, flavor: b.html }) : undefined;
  return emailOrderSample(rng, { name: b.name, from: contactPerson(b.po), subject: b.subject, date: b.date, text, html, orders: [{ po: b.po, expect: b.expect }], notes: b.notes });
}

/** A prose order: greeting, sentences, signature. */
export async function proseEmail(rng: Rng, a: { name: string; po: Po; date: MailDate; subject: string; body: string[]; expect: Level; notes: string[] }): Promise<Sample> {
  const lang = a.po.style.lang;
  const text = [rng.pick(GREETINGS[lang]), '', ...a.body, '', ...signature(a.po, rng.pick(CLOSINGS[lang]))].join('\n') + '\n';
  return emailOrderSample(rng, { name: a.name, from: contactPerson(a.po), subject: a.subject, date: a.date, text, orders: [{ po: a.po, expect: a.expect }], notes: a.notes });
}
