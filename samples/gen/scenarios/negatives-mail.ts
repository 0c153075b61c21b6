import { US_COMPANIES, DE_COMPANIES, FR_COMPANIES, ES_COMPANIES, contactFor } from '../fake.ts';
import { poNumberFor } from '../po.ts';
import { addDays, formatDate } from '../dates.ts';
import { esc } from '../body/html.ts';
import { emailNegativeSample, mailDateFor, person, receivedDay, scenario } from './kit.ts';
import { SENDERS } from './negkit.ts';

/** Mail that carries no order: quote requests, questions, auto-replies, notifications, newsletters. */
export const NEGATIVE_MAIL = [
  scenario('email-text-en-04.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, US_COMPANIES[0]);
    const text = ['Hi,', '', 'Could you quote 500 pcs of HX-M8-40 (hex cap screw M8 x 40) and 200 boxes of NLN-M10?', 'Please include your lead time and freight to Dayton, OH 45414.', 'If the price is right we will send a PO next week.', '', 'Thanks,', c.name, `${c.title} | ${US_COMPANIES[0].name}`, `Phone: ${c.phone}`].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: 'RFQ - hex screws and lock nuts', date: mailDateFor(rng, day, 'US'), text,
      notes: ['kind: negative-quote-request: quantities and item numbers, but it asks for a price ("could you quote"), it does not order'] });
  }),
  scenario('email-text-en-05.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, US_COMPANIES[6]);
    const po = poNumberFor(rng);
    const text = ['Hello,', '', `Any update on our PO ${po}? We sent it on ${formatDate(addDays(day, -9), 'us-long')} and have not received a confirmation yet.`, 'Can you tell us the ship date and send tracking once it goes out?', '', 'Regards,', c.name, US_COMPANIES[6].name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: `Status of PO ${po}`, date: mailDateFor(rng, day, 'US'), text,
      notes: ['kind: negative-question about an existing order (PO number in subject and body, no new order)'] });
  }),
  scenario('email-text-en-06.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, US_COMPANIES[4]);
    const text = ['Hi,', '', 'Do you have about 2,000 pcs of ORG-NBR-25X3 (O-ring 25 x 3) in stock?', 'We may need them next month - what would the lead time and price be?', '', c.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: 'Stock check O-rings', date: mailDateFor(rng, day, 'US'), text,
      notes: ['kind: negative-question about stock and price (quantity and item number, but nothing is ordered)'] });
  }),
  scenario('email-text-en-07.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, US_COMPANIES[3]);
    const back = formatDate(addDays(day, 7), 'us-long');
    const text = [`Thank you for your message. I am out of the office until ${back} with limited access to email.`, `For urgent matters regarding purchase orders please contact purchasing@${US_COMPANIES[3].domain}.`, '', c.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: `Automatic reply: PO ${poNumberFor(rng)} confirmation`, date: mailDateFor(rng, day, 'US'), text, headers: { 'Auto-Submitted': 'auto-replied' },
      notes: ['kind: negative-out-of-office auto-reply (mentions a PO and "urgent" but carries no order)'] });
  }),
  scenario('email-text-de-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, DE_COMPANIES[1]);
    const text = ['Vielen Dank für Ihre Nachricht.', '', `Ich bin bis einschließlich ${formatDate(addDays(day, 5), 'dmy-dot')} nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.`, `In dringenden Fällen wenden Sie sich bitte an einkauf@${DE_COMPANIES[1].domain}.`, '', c.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: `Abwesenheitsnotiz: Bestellung ${poNumberFor(rng)}`, date: mailDateFor(rng, day, 'DE'), text, headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
      notes: ['kind: negative-out-of-office (German Abwesenheitsnotiz)', 'lang: de'] });
  }),
  scenario('email-text-es-01.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const ref = `PC-${rng.digits(5)}`;
    const text = ['Estimado cliente:', '', `Le informamos de que el envío con referencia ${ref} destinado a ${ES_COMPANIES[0].name} ha sido entregado hoy a las 11:42.`, 'Bultos: 3   Peso: 41 kg', 'Firmado por: M. Ortega', '', 'Puede consultar el justificante de entrega en nuestra web.', SENDERS.levante.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person(SENDERS.levante.name, `avisos@${SENDERS.levante.domain}`), subject: `Aviso de entrega - envío ${ref}`, date: mailDateFor(rng, day, 'ES'), text,
      notes: ['kind: negative-delivery-notification (Spanish carrier: shipment delivered)', 'lang: es'] });
  }),
  scenario('email-text-en-08.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const s = SENDERS.pacfast;
    const rows = [['Date', 'Invoice', 'Amount', 'Paid', 'Open'], ['01/09/2026', `INV-${rng.digits(6)}`, '1,204.50', '1,204.50', '0.00'], ['01/28/2026', `INV-${rng.digits(6)}`, '688.10', '0.00', '688.10'], ['02/11/2026', `INV-${rng.digits(6)}`, '2,310.00', '0.00', '2,310.00']];
    const table = rows.map((r) => [r[0].padEnd(12), r[1].padEnd(12), ...r.slice(2).map((v) => v.padStart(10))].join(' '));
    const text = ['Dear customer,', '', 'Below is your statement of open items as of today:', '', ...table, '', 'Total open: 2,998.10 USD', 'Please arrange payment of the overdue items.', '', 'Credit Department', s.name].join('\n') + '\n';
    return emailNegativeSample(rng, { name, from: person('Pacific Fastener Credit Dept', `credit@${s.domain}`), subject: 'Open items statement', date: mailDateFor(rng, day, 'US'), text,
      notes: ['kind: negative-statement (open items as an aligned text table in the body)'] });
  }),
];

function newsletterHtml(): string {
  const items = [['NW-44120', 'Nitrile gloves, size L, 100/box', '$9.95'], ['SG-AF-CLR', 'Safety glasses, anti-fog', '$3.49'], ['HV-VEST-XL', 'Hi-vis vest class 2', '$7.25']];
  const rows = items.map((r) => `<tr>${r.map((v) => `<td style="padding:6px">${esc(v)}</td>`).join('')}</tr>`).join('\n');
  return `<!DOCTYPE html>\n<html><body style="font-family:Arial,sans-serif">\n<h1>Spring Safety Sale - 20% off</h1>\n<p>Stock up before the season starts. Order by March 31 and save on our best sellers:</p>\n<table>\n<tr><th>Item</th><th>Description</th><th>Sale price</th></tr>\n${rows}\n</table>\n<p><a href="https://safetyfirst-distrib.example/shop">Shop now</a></p>\n<p style="font-size:10px">You receive this newsletter because you are a SafetyFirst customer. <a href="https://safetyfirst-distrib.example/unsubscribe">Unsubscribe</a></p>\n</body></html>\n`;
}

function trackingHtml(ref: string, tracking: string): string {
  return `<!DOCTYPE html>\n<html><body>\n<h2>Your shipment is on its way</h2>\n<p>Shipment for order <b>${ref}</b> was picked up today.</p>\n<table border="1" cellpadding="4"><tr><th>Tracking number</th><td>${tracking}</td></tr><tr><th>Service</th><td>LTL Standard</td></tr><tr><th>Pieces</th><td>2 pallets, 412 lb</td></tr><tr><th>Estimated delivery</th><td>3-4 business days</td></tr></table>\n<p>Items: 24 x SF-1815-80 stretch film, 6 x TAPE-CS-48 carton tape</p>\n<p>FastFreight Logistics - this is an automated message, please do not reply.</p>\n</body></html>\n`;
}

export const NEGATIVE_HTML = [
  scenario('email-html-en-04.eml', async (rng, name) => {
    const day = receivedDay(rng);
    return emailNegativeSample(rng, { name, from: person('SafetyFirst Distribution', `news@${SENDERS.safety.domain}`), subject: 'Spring Safety Sale - 20% off gloves, glasses and vests', date: mailDateFor(rng, day, 'US'), html: newsletterHtml(),
      headers: { 'List-Unsubscribe': '<https://safetyfirst-distrib.example/unsubscribe>', Precedence: 'bulk' },
      notes: ['kind: negative-newsletter (HTML only, product table with prices, unsubscribe link)'] });
  }),
  scenario('email-html-en-05.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const ref = `NW-PO-${rng.digits(5)}`;
    return emailNegativeSample(rng, { name, from: person('FastFreight Logistics', `noreply@${SENDERS.freight.domain}`), subject: `Shipment picked up - order ${ref}`, date: mailDateFor(rng, day, 'US'), html: trackingHtml(ref, `FF${rng.digits(10)}`),
      notes: ['kind: negative-shipping-notification (carrier tracking mail with items and quantities)'] });
  }),
  scenario('email-html-fr-02.eml', async (rng, name) => {
    const day = receivedDay(rng);
    const c = contactFor(rng, FR_COMPANIES[0]);
    const rows = [['VTH-M8-40', 'Vis tête hexagonale M8 x 40 zinguée', '2 000'], ['RLT-6204', 'Roulement 6204-2RS', '40'], ['GNT-NIT-L', 'Gants nitrile taille L (boîte de 100)', '25']];
    const table = rows.map((r) => `<tr>${r.map((v) => `<td>${esc(v)}</td>`).join('')}</tr>`).join('\n');
    const html = `<!DOCTYPE html>\n<html><body>\n<p>Bonjour,</p>\n<p>Pourriez-vous nous faire une offre de prix pour les articles suivants, avec le délai de livraison :</p>\n<table border="1" cellpadding="4">\n<tr><th>Référence</th><th>Désignation</th><th>Qté</th></tr>\n${table}\n</table>\n<p>Merci de nous répondre avant vendredi.</p>\n<p>Cordialement,<br>${esc(c.name)}<br>${esc(FR_COMPANIES[0].name)}</p>\n</body></html>\n`;
    return emailNegativeSample(rng, { name, from: person(c.name, c.email), subject: 'Demande de prix', date: mailDateFor(rng, day, 'FR'), html,
      notes: ['kind: negative-quote-request (French "Demande de prix" with an item table and quantities)', 'lang: fr'] });
  }),
];
