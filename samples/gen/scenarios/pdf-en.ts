import { buildPo, breakTotals } from '../po.ts';
import { GB_COMPANIES, US_COMPANIES } from '../fake.ts';
import { renderErp } from '../pdf/erp.ts';
import { renderModern } from '../pdf/modern.ts';
import { renderLetter } from '../pdf/letter.ts';
import { renderCompact } from '../pdf/compact.ts';
import { addBusinessDays, addDays } from '../dates.ts';
import { laterDelivery, orderDay, pdfEmail } from './parts.ts';
import { mailDateFor, receivedDay, scenario, style } from './kit.ts';

const US = style('en-US', 'symbol', 'us');
const GB = style('en-GB', 'symbol', 'dmy-slash');

/** English purchase orders sent as PDF attachments, one layout or twist each. */
export const PDF_EN = [
  scenario('email-pdf-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[0], style: US, currency: 'USD', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 5, lineNumbers: 'seq', billTo: true, shipToSite: 1, taxRate: 0.0725, freight: { amount: 48.5, inTable: false } });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true, vendorNo: 'V-10233' }),
      notes: ['kind: email-pdf-attachment', 'layout: erp, ruled table, Vendor / Ship To / Bill To boxes, line numbers, units', 'lang: en-US, dates MM/DD/YYYY', 'totals: subtotal + sales tax + freight = total', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[1], style: style('en-US', 'symbol', 'us-long'), currency: 'USD', orderDate: day, deliveryDate: null, lineCount: 3, units: false, taxRate: null, shipToSite: 0, notes: null });
    po.shipTo!.showCountry = false;
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderModern(p, { order: 'desc-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: modern borderless, zebra rows, description first, no units, no line numbers', 'only a Total is printed (no tax, no freight): subtotal = total', 'ship-to country not written: US inferred from state + ZIP', 'dates written like "March 5, 2026"', 'urgency: normal, no delivery date'] });
  }),
  scenario('email-pdf-en-03.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[5], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, skus: false, units: false, taxRate: 0.0475, shipToSite: 0 });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderLetter(p, 'qty-first'),
      notes: ['kind: email-pdf-attachment', 'layout: small-shop letter, borderless table, quantity first, no item numbers (sku null)', 'delivery address and terms written as sentences below the table; buyer contact from the signature', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-04.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[2], style: US, currency: 'USD', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 30, lineNumbers: 'seq', billTo: true, shipToSite: 1, taxRate: 0.0825, freight: { amount: 185, inTable: true } });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: erp, multi-page: table continues on page 2 with the header repeated', '30 lines, some descriptions wrap onto a second line', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-05.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[0], style: GB, currency: 'GBP', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 31, billTo: true, shipToSite: 0, freight: { amount: 35, inTable: false } });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'GB'), expect: 'high', render: (p) => renderModern(p, { order: 'sku-first', repeatHeader: false }),
      extra: ['Could you expedite if possible? Our stock of several of these is low.'],
      notes: ['kind: email-pdf-attachment', 'layout: modern, multi-page, table continues on page 2 WITHOUT a repeated header', 'lang: en-GB, dates DD/MM/YYYY, GBP with £, VAT 20% on goods + carriage', 'urgency: high by words ("expedite if possible" in the body)'] });
  }),
  scenario('email-pdf-en-06.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[3], style: style('en-US', 'symbol', 'iso'), currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, lineNumbers: 'tens', taxRate: null, shipToSite: 0 });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', inline: true, render: (p) => renderErp(p, { order: 'qty-first', repeatHeader: true }),
      notes: ['kind: email-pdf-inline (Content-Disposition: inline)', 'layout: erp, quantity first, line numbers 10/20/30, ISO dates', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-07.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[1], style: style('en-GB', 'symbol', 'en-long'), currency: 'GBP', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, shipToSite: 1, billTo: true });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'GB'), expect: 'normal', inline: true, render: (p) => renderLetter(p, 'desc-first'),
      notes: ['kind: email-pdf-inline', 'layout: letter, description first', 'lang: en-GB, dates like "5 March 2026", UK address format (town, postcode lines)', 'delivery and invoice addresses written below the table'] });
  }),
  scenario('email-pdf-en-08.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[4], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 6, lineNumbers: 'seq', taxRate: 0.056, shipToSite: 1, billTo: true });
    breakTotals(po, 'subtotal', 90);
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: erp', 'totals: DELIBERATE error, printed subtotal is 90.00 more than the line amounts (tax and total follow the printed subtotal)', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-09.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[6], style: style('en-US', 'code', 'us'), currency: 'USD', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 5, discountPct: 0.05, taxRate: 0.056, shipToSite: 1, billTo: true });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderModern(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: modern', 'amounts written with the code "USD 1,234.00" instead of $', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-10.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[6], style: US, currency: 'USD', orderDate: day, deliveryDate: null, lineCount: 2, lineNumbers: 'seq', taxRate: null, shipToSite: 0, shippingMethod: 'FedEx Overnight', notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'urgent', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      subject: `URGENT - PO ${po.poNumber} - line down`, extra: ['Filler line 2 is down until we get these parts. Line down - please ship today, FedEx Overnight.'],
      notes: ['kind: email-pdf-attachment', 'layout: erp, 2 lines', 'urgency: urgent by words ("URGENT" and "line down" in subject and body, FedEx Overnight ship method)'] });
  }),
  scenario('email-pdf-en-11.eml', async (rng, name) => {
    const day = receivedDay(rng, 5);
    const po = buildPo(rng, { company: US_COMPANIES[7], style: US, currency: 'USD', orderDate: day, deliveryDate: addBusinessDays(day, 2), lineCount: 3, taxRate: null, shipToSite: 0, notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'urgent', render: (p) => renderErp(p, { order: 'desc-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: erp, description first', 'urgency: date-based urgent: mail on a Friday, delivery the following Tuesday = 2 business days (4 calendar days: the weekend does not count)'] });
  }),
  scenario('email-pdf-en-12.eml', async (rng, name) => {
    const day = receivedDay(rng, 3);
    const po = buildPo(rng, { company: US_COMPANIES[8], style: style('en-US', 'none', 'iso'), currency: 'USD', orderDate: day, deliveryDate: addDays(day, 5), lineCount: 4, lineNumbers: 'tens', taxRate: 0.0725, shipToSite: 1 });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'high', render: (p) => renderCompact(p),
      notes: ['kind: email-pdf-attachment', 'layout: compact SAP-style, each item on two rows (numbers, then description), line numbers printed 00010', 'currency given as a "Currency: USD" field and as codes in the totals', 'urgency: date-based high: mail on Wednesday, delivery Monday = 5 calendar days (3 business days)'] });
  }),
  scenario('email-pdf-en-13.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[9], style: style('en-US', 'symbol', 'us-long'), currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, units: true, taxRate: null, shipToSite: 0, poNumber: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', subject: `Order from ${po.company.name}`, render: (p) => renderLetter(p, 'sku-first'),
      notes: ['kind: email-pdf-attachment', 'layout: letter without any order number: poNumber null, needs review', 'urgency: normal'] });
  }),
  scenario('email-pdf-en-14.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[2], style: GB, currency: 'GBP', orderDate: day, deliveryDate: addDays(day, 24), lineCount: 5, lineNumbers: 'seq', shipToSite: 0, billTo: true });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'GB'), expect: 'normal', render: (p) => renderErp(p, { order: 'qty-first', repeatHeader: true }),
      extra: ['No rush on this one - the delivery date on the PO is fine.'],
      notes: ['kind: email-pdf-attachment', 'layout: erp, quantity first', 'lang: en-GB', 'urgency: negated ("No rush" in the body) -> normal'] });
  }),
  scenario('email-pdf-en-15.eml', async (rng, name) => {
    const day = receivedDay(rng, 1);
    const po = buildPo(rng, { company: US_COMPANIES[0], style: US, currency: 'USD', orderDate: day, deliveryDate: null, lineCount: 4, lineNumbers: 'seq', taxRate: 0.0725, shipToSite: 0 });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'high', render: (p) => renderModern(p, { order: 'qty-first', repeatHeader: true }),
      extra: ['We would need these by end of week if at all possible.'],
      notes: ['kind: email-pdf-attachment', 'layout: modern, quantity first', 'urgency: high by words ("by end of week" in the body), no delivery date on the PO'] });
  }),
  scenario('email-pdf-en-16.eml', async (rng, name) => {
    const day = receivedDay(rng, 4);
    const po = buildPo(rng, { company: US_COMPANIES[2], style: US, currency: 'USD', orderDate: day, deliveryDate: addDays(day, 8), lineCount: 3, taxRate: 0.0925, shipToSite: 0, billTo: true, notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: erp', 'urgency: date rule does NOT fire: delivery 8 calendar days after a Thursday mail -> normal'] });
  }),
  scenario('email-pdf-en-17.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[3], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, lineNumbers: 'seq', taxRate: null, shipToSite: 0 });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'US'), expect: 'high', subject: `Priority order - PO ${po.poNumber}`, render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'layout: erp', 'urgency: high by words ("Priority" in the subject)'] });
  }),
];
