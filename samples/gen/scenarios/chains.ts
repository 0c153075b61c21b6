import type { Rng } from '../random.ts';
import type { Po } from '../model.ts';
import { buildPo, poNumberFor } from '../po.ts';
import { DE_COMPANIES, US_COMPANIES, GB_COMPANIES } from '../fake.ts';
import { addDays, formatDate, isWeekend, weekday } from '../dates.ts';
import { renderErp } from '../pdf/erp.ts';
import { renderModern } from '../pdf/modern.ts';
import { renderCompact } from '../pdf/compact.ts';
import { textOrderBody } from '../body/text.ts';
import { CLOSINGS, GREETINGS, signature } from '../body/common.ts';
import { joinList, prosePhrases } from '../body/prose.ts';
import { forwardedBlock, quoted, personLine, SELLER_MAILBOX, type Person } from '../email.ts';
import { coverNote, fileNameFor, laterDelivery, pdfPart } from './parts.ts';
import { prosePo } from './bodykit.ts';
import { contactPerson, emailOrderSample, mailDateFor, person, receivedDay, scenario, style } from './kit.ts';

const US = style('en-US', 'symbol', 'us');
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** How mail clients print the date of a quoted / forwarded message. */
function clientDate(iso: string, hour: number, flavor: 'gmail' | 'outlook'): string {
  const t = `${hour > 12 ? hour - 12 : hour}:${String((hour * 13) % 60).padStart(2, '0')} ${hour >= 12 ? 'PM' : 'AM'}`;
  const long = formatDate(iso, 'us-long');
  return flavor === 'gmail' ? `${DAY_NAMES[weekday(iso)].slice(0, 3)}, ${long.replace(/^(\w{3})\w*/, '$1')} at ${t}` : `${DAY_NAMES[weekday(iso)]}, ${long} ${t}`;
}

function previousWeekday(iso: string): string {
  let d = addDays(iso, -1);
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

function twoLine(rng: Rng, lines: string[]): string {
  return [rng.pick(['Hi orders team,', 'Hello,']), '', ...lines].join('\n');
}

export const FORWARDS = [
  scenario('email-fwd-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[4], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, lineNumbers: 'seq', taxRate: 0.056, shipToSite: 0 });
    const rep = person('Dana Ruiz', 'dana.ruiz@northwind-supply.example');
    const part = pdfPart(fileNameFor(rng, po), await renderErp(po, { order: 'sku-first', repeatHeader: true }));
    const orig = { from: contactPerson(po), to: rep, date: clientDate(day, 8, 'gmail'), subject: `PO ${po.poNumber}` };
    const text = twoLine(rng, [`Please enter the attached PO from ${po.company.name} - they sent it to me directly.`, '', 'Thanks,', 'Dana', '', forwardedBlock('gmail', orig, coverNote(rng, po))]) + '\n';
    return emailOrderSample(rng, { name, from: rep, subject: `Fwd: PO ${po.poNumber}`, date: mailDateFor(rng, day, 'US', 10), text, parts: [part], orders: [{ po, expect: 'normal' }],
      notes: ['kind: email-forwarded (Gmail "Forwarded message" block, PDF attached)', 'forwarded by our own sales rep (northwind-supply.example): source.from is the rep, the buyer is the customer in the PDF', 'urgency: normal'] });
  }),
  scenario('email-fwd-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: GB_COMPANIES[0], style: style('en-GB', 'symbol', 'dmy-slash'), currency: 'GBP', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, shipToSite: 0, notes: null });
    const cs = person('Northwind Customer Service', 'service@northwind-supply.example');
    const original = textOrderBody(po, { order: 'sku-first', greeting: 'Hello,', intro: ['Please book the order below.'], signature: signature(po, 'Kind regards,') });
    const orig = { from: contactPerson(po), to: cs, date: clientDate(day, 9, 'outlook'), subject: `Order ${po.poNumber}` };
    const text = ['Forwarding to the orders mailbox.', '', forwardedBlock('outlook', orig, original)].join('\n');
    return emailOrderSample(rng, { name, from: cs, subject: `FW: Order ${po.poNumber}`, date: mailDateFor(rng, day, 'GB', 10), text, orders: [{ po, expect: 'normal' }],
      notes: ['kind: email-forwarded (Outlook "-----Original Message-----" block, order as a text table in the body)', 'forwarded by our customer service: buyer = the original writer (contact and e-mail from the forwarded header and signature)', 'urgency: normal'] });
  }),
];

function oldOrder(rng: Rng, po: Po): Po {
  const earlier = addDays(po.orderDate!, -rng.int(15, 30));
  return buildPo(rng, { company: po.company, style: po.style, currency: po.currency, orderDate: earlier, deliveryDate: addDays(earlier, 14), lineCount: 3, contact: po.contact, shipToSite: 0, paymentTerms: po.paymentTerms, shippingMethod: po.shippingMethod, notes: null, taxRate: null });
}

export const REPLIES = [
  scenario('email-reply-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: US_COMPANIES[7], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, taxRate: null, shipToSite: 0, notes: null, paymentTerms: 'Net 30', shippingMethod: 'UPS Ground' });
    const old = oldOrder(rng, po);
    const sig = signature(po, 'Thanks,');
    const fresh = textOrderBody(po, { order: 'sku-first', greeting: 'Hi,', intro: [`Here is our next order, PO ${po.poNumber}. Same terms as last time.`], signature: sig });
    const prev = textOrderBody(old, { order: 'sku-first', greeting: 'Hi,', intro: [`Please process PO ${old.poNumber}.`], signature: sig });
    const text = `${fresh}\n${quoted(`On ${clientDate(old.orderDate!, 10, 'gmail')} ${personLine(contactPerson(po))} wrote:`, prev)}\n`;
    return emailOrderSample(rng, { name, from: contactPerson(po), subject: `Re: PO ${old.poNumber}`, date: mailDateFor(rng, day, 'US'), text, orders: [{ po, expect: 'normal' }],
      notes: ['kind: email-reply-chain: a new text-table order above a quoted older order', `only the new PO ${po.poNumber} counts; the quoted PO ${old.poNumber} (also named in the subject) is not an order of this mail`, 'urgency: normal'] });
  }),
  scenario('email-reply-en-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'en', 3);
    const po = prosePo(rng, US_COMPANIES[9], US, phrases.map((p) => p.line), { poNumber: poNumberFor(rng) });
    const rep: Person = person('Dana Ruiz', 'dana.ruiz@northwind-supply.example');
    const confirmation = [`Hi ${po.contact!.name.split(' ')[0]},`, '', `Thank you for your order. We confirm sales order SO-${rng.digits(6)} for your PO ${poNumberFor(rng)},`, 'shipping from Tacoma within 5 business days by UPS Ground.', '', 'Dana Ruiz', 'Northwind Industrial Supply'].join('\n');
    const body = [`Thanks Dana. Please also send ${joinList(phrases.map((p) => p.text), 'en')} - new PO ${po.poNumber}, same delivery address.`, '', ...signature(po, 'Best,')].join('\n');
    const text = `${body}\n\n${quoted(`On ${clientDate(previousWeekday(day), 14, 'gmail')} ${personLine(rep)} wrote:`, confirmation)}\n`;
    return emailOrderSample(rng, { name, from: contactPerson(po), cc: [rep], subject: 'Re: Order confirmation', date: mailDateFor(rng, day, 'US'), text, orders: [{ po, expect: 'normal' }],
      notes: ['kind: email-reply-chain: a short prose order replying to our quoted order confirmation', '"same delivery address" is not an address: shipTo null', 'no prices: needs review', 'urgency: normal'] });
  }),
];

export const MULTI = [
  scenario('email-2pdf-en-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const make = (site: number) => buildPo(rng, { company: US_COMPANIES[2], style: US, currency: 'USD', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3 + site, taxRate: 0.0925, shipToSite: site, billTo: true, notes: null });
    const pos = [make(0), make(1)];
    pos[1].contact = pos[0].contact;
    const parts = await Promise.all(pos.map(async (p) => pdfPart(`PO_${p.poNumber}.pdf`, await renderModern(p, { order: 'sku-first', repeatHeader: true }))));
    const text = [rng.pick(GREETINGS.en), '', `Attached are two POs: ${pos[0].poNumber} for Hayward and ${pos[1].poNumber} for our Stockton DC.`, 'Please confirm both.', '', ...signature(pos[0], 'Thanks,')].join('\n') + '\n';
    return emailOrderSample(rng, { name, from: contactPerson(pos[0]), subject: `POs ${pos[0].poNumber} and ${pos[1].poNumber}`, date: mailDateFor(rng, day, 'US'), text, parts,
      orders: [{ po: pos[0], parts: [0], expect: 'normal' }, { po: pos[1], parts: [1], expect: 'normal' }],
      notes: ['kind: email-two-pdf-attachments = two orders, in attachment order', 'same buyer, different ship-to sites', 'urgency: normal for both'] });
  }),
  scenario('email-2pdf-de-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const st = style('de-DE', 'symbol', 'dmy-dot');
    const make = (site: number, notes: string | null) => buildPo(rng, { company: DE_COMPANIES[0], style: st, currency: 'EUR', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 3, lineNumbers: 'tens', shipToSite: site, notes, poNumber: `45000${rng.digits(5)}` });
    const pos = [make(1, 'Eilauftrag - Maschinenstillstand in Werk 2, bitte umgehend liefern.'), make(0, null)];
    pos[1].contact = pos[0].contact;
    const parts = await Promise.all(pos.map(async (p) => pdfPart(`Bestellung_${p.poNumber}.pdf`, await renderCompact(p))));
    const text = ['Guten Tag,', '', `anbei erhalten Sie zwei Bestellungen (${pos[0].poNumber} und ${pos[1].poNumber}).`, 'Bitte senden Sie uns jeweils eine Auftragsbestätigung.', '', ...signature(pos[0], 'Mit freundlichen Grüßen')].join('\n') + '\n';
    return emailOrderSample(rng, { name, from: contactPerson(pos[0]), subject: `Bestellungen ${pos[0].poNumber} / ${pos[1].poNumber}`, date: mailDateFor(rng, day, 'DE'), text, parts,
      orders: [{ po: pos[0], parts: [0], expect: 'urgent' }, { po: pos[1], parts: [1], expect: 'normal' }],
      notes: ['kind: email-two-pdf-attachments = two orders', 'lang: de, compact SAP-style layout', 'urgency differs per order: the first PDF says "Eilauftrag" in its notes (urgent), the second has no urgency words (normal)'] });
  }),
];
