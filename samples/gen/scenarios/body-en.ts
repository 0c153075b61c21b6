import { buildPo, breakTotals, poNumberFor } from '../po.ts';
import { GB_COMPANIES, US_COMPANIES } from '../fake.ts';
import { addBusinessDays, addDays } from '../dates.ts';
import { addressLines } from '../address.ts';
import { joinList, prosePhrases } from '../body/prose.ts';
import { laterDelivery, orderDay } from './parts.ts';
import { mailDateFor, receivedDay, scenario, style } from './kit.ts';
import { bodyTableEmail, prosePo, proseEmail } from './bodykit.ts';

const US = style('en-US', 'symbol', 'us');

/** Orders written in the mail body: aligned text tables, HTML tables, prose. */
export const BODY_EN = [
  scenario('email-text-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[1], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, taxRate: null, shipToSite: 0, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `PO ${po.poNumber}`, order: 'sku-first', expect: 'normal',
      intro: ['Please enter the following order:'],
      notes: ['kind: email-body-text-table (columns aligned with spaces, no attachment)', 'header fields as "Label: value" lines above the table', 'only a Total is printed: subtotal = total', 'urgency: normal'] });
  }),
  scenario('email-text-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[8], style: US, currency: null, orderDate: null, deliveryDate: null, lineCount: 5, lineNumbers: 'seq', shipToSite: 1, paymentTerms: null, shippingMethod: null, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `Order ${po.poNumber} for Pit 7`, order: 'qty-first', expect: 'urgent',
      intro: ['We need the items below at Pit 7.'], after: ['Please ship ASAP, the crew is waiting on these.'],
      notes: ['kind: email-body-text-table', 'no prices in the table: currency, prices and totals null; needs review (no prices)', 'urgency: urgent by words ("ASAP" in the body)'] });
  }),
  scenario('email-text-en-03.eml', async (rng, name) => {
    const day = receivedDay(rng, 4);
    const po = buildPo(rng, { company: GB_COMPANIES[1], style: style('en-GB', 'symbol', 'dmy-slash'), currency: 'GBP', orderDate: day, deliveryDate: addBusinessDays(day, 2), lineCount: 3, shipToSite: 1, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'GB'), subject: `Order ${po.poNumber}`, order: 'desc-first', expect: 'urgent',
      intro: ['Please supply the following for delivery to our workshop.'],
      notes: ['kind: email-body-text-table', 'lang: en-GB, dates DD/MM/YYYY, £, VAT 20%', 'urgency: date-based urgent: Thursday mail, Monday delivery = 2 business days although 4 calendar days'] });
  }),
  scenario('email-html-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[4], style: US, currency: 'USD', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 5, lineNumbers: 'seq', taxRate: 0.056, shipToSite: 1, billTo: true, freight: { amount: 65, inTable: false } });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `Purchase Order ${po.poNumber}`, order: 'sku-first', html: 'outlook', expect: 'normal',
      intro: ['Please process the purchase order below and send a confirmation.'],
      notes: ['kind: email-body-html-table (text/html only, no text part)', 'Outlook-style inline CSS, totals in <tfoot>', 'urgency: normal'] });
  }),
  scenario('email-html-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[9], style: US, currency: null, orderDate: day, deliveryDate: null, lineCount: 4, shipToSite: 0, paymentTerms: null, shippingMethod: null, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `Supplies order ${po.poNumber}`, order: 'sku-first', html: 'plain', expect: 'normal',
      intro: ['Here is our monthly supplies order.'], after: ['Not urgent - any delivery in the next couple of weeks works.'],
      notes: ['kind: email-body-html-table', 'no prices: needs review (no prices)', 'urgency: negated ("Not urgent") -> normal'] });
  }),
  scenario('email-html-en-03.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[7], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, taxRate: 0.0, shipToSite: 0, notes: null });
    breakTotals(po, 'total', 100);
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `PO ${po.poNumber}`, order: 'desc-first', html: 'webmail', expect: 'normal',
      intro: ['Please see our order below.'],
      notes: ['kind: email-body-html-table', 'tax printed as 0.00', 'totals: DELIBERATE error, printed total is 100.00 more than subtotal + tax', 'urgency: normal'] });
  }),
];

/** Prose orders: quantities and item numbers in sentences, no prices. */
export const PROSE_EN = [
  scenario('email-prose-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'en', 2);
    const po = prosePo(rng, US_COMPANIES[3], US, phrases.map((p) => p.line), { poNumber: poNumberFor(rng) });
    return proseEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: `PO ${po.poNumber}`, expect: 'normal',
      body: [`Please send ${joinList(phrases.map((p) => p.text), 'en')}.`, `Our PO number is ${po.poNumber}.`],
      notes: ['kind: email-body-prose', 'no prices: needs review (no prices)', 'units from words: "boxes" -> BOX, "cases" -> CASE, "rolls" -> ROLL, "m" -> M; "12 x AB-1234" has no unit', 'no ship-to written: shipTo null; orderDate null (not written)', 'urgency: normal'] });
  }),
  scenario('email-prose-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'en', 3);
    const po = prosePo(rng, US_COMPANIES[5], US, phrases.map((p) => p.line), { poNumber: null, shipToSite: 0 });
    return proseEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), subject: 'Need by tomorrow', expect: 'urgent',
      body: [`Can you get us ${joinList(phrases.map((p) => p.text), 'en')}? We need them by tomorrow.`, '', 'Deliver to:', ...addressLines(po.shipTo!, 'en')],
      notes: ['kind: email-body-prose', 'no PO number and no prices: needs review', 'urgency: urgent by words ("by tomorrow")'] });
  }),
  scenario('email-prose-en-03.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'en', 4);
    const po = prosePo(rng, GB_COMPANIES[2], style('en-GB', 'symbol', 'dmy-slash'), phrases.map((p) => p.line), { poNumber: `PF${rng.digits(5)}`, shipToSite: 0 });
    return proseEmail(rng, { name, po, date: mailDateFor(rng, day, 'GB'), subject: `Order ref ${po.poNumber}`, expect: 'high',
      body: ['Could we order the following please:', '', ...phrases.map((p) => `- ${p.text}`), '', `Order reference ${po.poNumber}. Priority please as we are running low.`, 'Deliver to our usual address:', ...addressLines(po.shipTo!, 'en')],
      notes: ['kind: email-body-prose (bullet list)', 'no prices: needs review', 'urgency: high by words ("Priority")'] });
  }),
];
