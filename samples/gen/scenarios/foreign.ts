import { buildPo, breakTotals } from '../po.ts';
import { DE_COMPANIES, ES_COMPANIES, FR_COMPANIES } from '../fake.ts';
import { addBusinessDays, addDays } from '../dates.ts';
import { renderErp } from '../pdf/erp.ts';
import { renderModern } from '../pdf/modern.ts';
import { renderLetter } from '../pdf/letter.ts';
import { renderCompact } from '../pdf/compact.ts';
import { addressLines } from '../address.ts';
import { joinList, prosePhrases } from '../body/prose.ts';
import { laterDelivery, orderDay, pdfEmail } from './parts.ts';
import { bodyTableEmail, prosePo, proseEmail } from './bodykit.ts';
import { mailDateFor, receivedDay, scenario, style } from './kit.ts';

const DE = style('de-DE', 'symbol', 'dmy-dot');
const FR = style('fr-FR', 'symbol', 'dmy-slash');
const ES = style('es-ES', 'symbol', 'dmy-slash');

export const GERMAN = [
  scenario('email-pdf-de-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: DE_COMPANIES[0], style: DE, currency: 'EUR', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 6, lineNumbers: 'tens', shipToSite: 1, billTo: true, paymentTerms: '30 Tage netto', freight: { amount: 24.5, inTable: false } });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true, vendorNo: '70012' }),
      notes: ['kind: email-pdf-attachment', 'lang: de (Bestellung, Menge, Einzelpreis, Liefertermin, MwSt. 19 %, Zahlungsbedingungen "30 Tage netto")', 'numbers 1.234,50, dates DD.MM.YYYY, EUR with €; units as written (Stk, Pkt, kg, m) upper-cased', 'urgency: normal'] });
  }),
  scenario('email-pdf-de-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: DE_COMPANIES[2], style: style('de-DE', 'code', 'dmy-dot'), currency: 'EUR', orderDate: day, deliveryDate: null, lineCount: 3, lineNumbers: 'tens', shipToSite: 0, notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), expect: 'urgent', subject: `Eilauftrag: Bestellung ${po.poNumber}`, render: (p) => renderCompact(p),
      notes: ['kind: email-pdf-attachment', 'lang: de, compact SAP-style layout, amounts with the code "EUR"', 'urgency: urgent by words ("Eilauftrag" in the subject)'] });
  }),
  scenario('email-pdf-de-03.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: DE_COMPANIES[1], style: style('de-DE', 'symbol', 'de-long'), currency: 'EUR', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, shipToSite: 0, notes: null });
    breakTotals(po, 'total', -10);
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), expect: 'normal', render: (p) => renderLetter(p, 'qty-first'),
      notes: ['kind: email-pdf-attachment', 'lang: de, letter layout, dates like "5. März 2026"', 'totals: DELIBERATE error, printed Gesamtbetrag is 10,00 less than Nettobetrag + MwSt.', 'urgency: normal'] });
  }),
  scenario('email-text-de-01.eml', async (rng, name) => {
    const day = receivedDay(rng, 1);
    const po = buildPo(rng, { company: DE_COMPANIES[0], style: DE, currency: 'EUR', orderDate: day, deliveryDate: addDays(day, 4), lineCount: 4, lineNumbers: 'seq', shipToSite: 0, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), subject: `Bestellung ${po.poNumber}`, order: 'sku-first', expect: 'high',
      intro: ['wir bestellen hiermit wie folgt:'],
      notes: ['kind: email-body-text-table', 'lang: de', 'urgency: date-based high: Monday mail, Liefertermin Friday = 4 calendar days (4 business days)'] });
  }),
  scenario('email-prose-de-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'de', 3);
    const po = prosePo(rng, DE_COMPANIES[2], DE, phrases.map((p) => p.line), { poNumber: `B-${rng.digits(6)}`, shipToSite: 0 });
    return proseEmail(rng, { name, po, date: mailDateFor(rng, day, 'DE'), subject: `Bestellung ${po.poNumber}`, expect: 'high',
      body: [`bitte liefern Sie uns bis Ende der Woche ${joinList(phrases.map((p) => p.text), 'de')}.`, `Unsere Bestellnummer: ${po.poNumber}`, '', 'Lieferanschrift:', ...addressLines(po.shipTo!, 'de')],
      notes: ['kind: email-body-prose', 'lang: de; units from words (Beutel, Karton, m) upper-cased', 'no prices: needs review', 'urgency: high by words ("bis Ende der Woche")'] });
  }),
];

export const FRENCH = [
  scenario('email-pdf-fr-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: FR_COMPANIES[1], style: FR, currency: 'EUR', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 8, lineNumbers: 'seq', shipToSite: 1, billTo: true, paymentTerms: '30 jours fin de mois', freight: { amount: 45, inTable: true } });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'FR'), expect: 'normal', render: (p) => renderErp(p, { order: 'sku-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'lang: fr (Bon de commande, Qté, Prix unitaire, Total HT, TVA 20 %, Total TTC, "30 jours fin de mois")', 'numbers "1 234,50", dates DD/MM/YYYY (day first, France)', 'Frais de port as a row of the item table: shipping, not a line', 'urgency: normal'] });
  }),
  scenario('email-pdf-fr-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: FR_COMPANIES[0], style: style('fr-FR', 'symbol', 'fr-long'), currency: 'EUR', orderDate: day, deliveryDate: null, lineCount: 3, shipToSite: 0, notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'FR'), expect: 'urgent', render: (p) => renderModern(p, { order: 'desc-first', repeatHeader: true }),
      subject: `Commande urgente ${po.poNumber}`, extra: ["Commande urgente : notre atelier est à l'arrêt, merci d'expédier aujourd'hui."],
      notes: ['kind: email-pdf-attachment', 'lang: fr, modern layout, dates like "5 mars 2026"', 'urgency: urgent by words ("urgente" in subject and body)'] });
  }),
  scenario('email-html-fr-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: FR_COMPANIES[2], style: FR, currency: 'EUR', orderDate: day, deliveryDate: laterDelivery(rng, day), lineCount: 4, shipToSite: 0, notes: null });
    return bodyTableEmail(rng, { name, po, date: mailDateFor(rng, day, 'FR'), subject: `Commande prioritaire ${po.poNumber}`, order: 'desc-first', html: 'outlook', expect: 'high',
      intro: ['Merci de bien vouloir traiter la commande suivante :'],
      notes: ['kind: email-body-html-table', 'lang: fr', 'urgency: high by words ("prioritaire" in the subject)'] });
  }),
];

export const SPANISH = [
  scenario('email-pdf-es-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const po = buildPo(rng, { company: ES_COMPANIES[0], style: ES, currency: 'EUR', orderDate: orderDay(rng, day), deliveryDate: laterDelivery(rng, day), lineCount: 5, lineNumbers: 'seq', shipToSite: 0, billTo: true, paymentTerms: 'Transferencia a 60 días' });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'ES'), expect: 'normal', render: (p) => renderErp(p, { order: 'qty-first', repeatHeader: true }),
      notes: ['kind: email-pdf-attachment', 'lang: es (Pedido de compra, Cantidad, Precio, Fecha de entrega, IVA 21%)', 'numbers 1.234,50, dates DD/MM/YYYY', 'urgency: normal'] });
  }),
  scenario('email-pdf-es-02.eml', async (rng, name) => {
    const day = receivedDay(rng, 2);
    const po = buildPo(rng, { company: ES_COMPANIES[2], style: ES, currency: 'EUR', orderDate: day, deliveryDate: addBusinessDays(day, 1), lineCount: 3, shipToSite: 0, notes: null });
    return pdfEmail(rng, { name, po, date: mailDateFor(rng, day, 'ES'), expect: 'urgent', render: (p) => renderLetter(p, 'sku-first'),
      notes: ['kind: email-pdf-attachment', 'lang: es, letter layout', 'urgency: date-based urgent: Fecha de entrega 1 business day after the mail'] });
  }),
  scenario('email-prose-es-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const phrases = prosePhrases(rng, 'es', 3);
    const po = prosePo(rng, ES_COMPANIES[1], ES, phrases.map((p) => p.line), { poNumber: `PC-${rng.digits(5)}`, shipToSite: 1 });
    return proseEmail(rng, { name, po, date: mailDateFor(rng, day, 'ES'), subject: `Pedido urgente ${po.poNumber}`, expect: 'urgent',
      body: [`Necesitamos ${joinList(phrases.map((p) => p.text), 'es')}.`, `Es urgente: tenemos la línea parada. Nuestro número de pedido es ${po.poNumber}.`, '', 'Entregar en:', ...addressLines(po.shipTo!, 'es')],
      notes: ['kind: email-body-prose', 'lang: es; units from words (cajas -> CAJA, bolsas -> BOLSA, m -> M)', 'no prices: needs review', 'urgency: urgent by words ("urgente")'] });
  }),
];
