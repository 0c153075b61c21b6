// Mail that is not an order, so PO detection is measured: an invoice to us, a request for quotation,
// a shipping notice, an out-of-office reply. Truth: isPurchaseOrder false, no orders.
import type { Rng } from '../gen/random.ts';
import { addDays } from '../gen/dates.ts';
import { bodyDoc, emailSource, fileSource, makeTruth, pdfDoc } from '../gen/truth.ts';
import type { Axes } from './axes.ts';
import { textTable } from './bodies.ts';
import { eml, mailDateFor, type FuzzDoc, type Mail, type Part } from './generate.ts';
import type { Lang } from './lexicon.ts';
import { fmtDate, LOCALE_INFO } from './locale.ts';
import { GREETINGS, signatureLines } from './noise.ts';
import { buildOrder, receivedDay, type Order } from './order.ts';
import { renderOrderPdf } from './pdf.ts';

const INVOICE: Record<Lang, { title: string; no: string; date: string; due: string; customer: string; amountDue: string; subject: string; body: string }> = {
  en: { title: 'INVOICE', no: 'Invoice No.', date: 'Invoice Date', due: 'Due Date', customer: 'Bill To', amountDue: 'Amount Due', subject: 'Invoice', body: 'Please find attached our invoice. Payment is due within 30 days.' },
  de: { title: 'RECHNUNG', no: 'Rechnungsnummer', date: 'Rechnungsdatum', due: 'Fällig am', customer: 'Rechnungsempfänger', amountDue: 'Zahlbetrag', subject: 'Rechnung', body: 'anbei erhalten Sie unsere Rechnung. Bitte überweisen Sie den Betrag innerhalb von 30 Tagen.' },
  fr: { title: 'FACTURE', no: 'N° de facture', date: 'Date de facture', due: 'Échéance', customer: 'Client', amountDue: 'Net à payer', subject: 'Facture', body: 'Veuillez trouver ci-joint notre facture, payable à 30 jours.' },
  es: { title: 'FACTURA', no: 'Nº de factura', date: 'Fecha factura', due: 'Vencimiento', customer: 'Cliente', amountDue: 'Total a pagar', subject: 'Factura', body: 'Adjuntamos nuestra factura con vencimiento a 30 días.' },
  nl: { title: 'FACTUUR', no: 'Factuurnummer', date: 'Factuurdatum', due: 'Vervaldatum', customer: 'Klant', amountDue: 'Te betalen', subject: 'Factuur', body: 'Bijgaand onze factuur. Gelieve binnen 30 dagen te betalen.' },
  it: { title: 'FATTURA', no: 'N. fattura', date: 'Data fattura', due: 'Scadenza', customer: 'Cliente', amountDue: 'Totale da pagare', subject: 'Fattura', body: 'in allegato la ns. fattura con scadenza a 30 giorni.' },
};

const RFQ: Record<Lang, [subject: string, intro: string, outro: string]> = {
  en: ['Request for quotation', 'Could you please send us a quote for the items below? This is not an order yet.', 'Please include your lead time.'],
  de: ['Angebotsanfrage', 'bitte senden Sie uns ein Angebot für folgende Positionen. Dies ist noch keine Bestellung.', 'Bitte nennen Sie uns auch die Lieferzeit.'],
  fr: ['Demande de prix', 'Pourriez-vous nous faire une offre pour les articles ci-dessous ? Ceci n\'est pas une commande.', 'Merci d\'indiquer votre délai.'],
  es: ['Solicitud de oferta', '¿Podrían enviarnos una oferta para los artículos siguientes? Todavía no es un pedido.', 'Indiquen también el plazo de entrega.'],
  nl: ['Offerteaanvraag', 'Kunt u ons een offerte sturen voor onderstaande artikelen? Dit is nog geen bestelling.', 'Graag ook de levertijd vermelden.'],
  it: ['Richiesta di offerta', 'potete inviarci un\'offerta per gli articoli seguenti? Non si tratta ancora di un ordine.', 'Indicate anche i tempi di consegna.'],
};

const SHIPPED: Record<Lang, (ref: string, track: string, eta: string) => [string, string]> = {
  en: (ref, t, eta) => [`Your shipment for order ${ref} is on its way`, `Your shipment is on its way.\n\nReference: ${ref}\nTracking number: ${t}\nEstimated delivery: ${eta}\n\nTrack your parcel at track.fastfreight.example.`],
  de: (ref, t, eta) => [`Ihre Sendung zu Auftrag ${ref} ist unterwegs`, `Ihre Sendung ist unterwegs.\n\nReferenz: ${ref}\nSendungsnummer: ${t}\nVoraussichtliche Zustellung: ${eta}`],
  fr: (ref, t, eta) => [`Votre colis ${ref} a été expédié`, `Votre colis a été expédié.\n\nRéférence : ${ref}\nNuméro de suivi : ${t}\nLivraison prévue : ${eta}`],
  es: (ref, t, eta) => [`Su envío ${ref} está en camino`, `Su envío está en camino.\n\nReferencia: ${ref}\nNúmero de seguimiento: ${t}\nEntrega prevista: ${eta}`],
  nl: (ref, t, eta) => [`Uw zending ${ref} is onderweg`, `Uw zending is onderweg.\n\nReferentie: ${ref}\nTrack & trace: ${t}\nVerwachte levering: ${eta}`],
  it: (ref, t, eta) => [`La sua spedizione ${ref} è in viaggio`, `La sua spedizione è in viaggio.\n\nRiferimento: ${ref}\nNumero di tracking: ${t}\nConsegna prevista: ${eta}`],
};

const AWAY: Record<Lang, (subject: string, back: string) => [string, string]> = {
  en: (s, b) => [`Automatic reply: ${s}`, `Thank you for your message. I am out of the office until ${b} with limited access to email. Your message will not be forwarded.`],
  de: (s, b) => [`Abwesenheitsnotiz: ${s}`, `Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich ${b} nicht im Büro und lese meine E-Mails nur eingeschränkt.`],
  fr: (s, b) => [`Réponse automatique : ${s}`, `Merci pour votre message. Je suis absent(e) jusqu'au ${b} inclus, avec un accès limité à ma messagerie.`],
  es: (s, b) => [`Respuesta automática: ${s}`, `Gracias por su mensaje. Estaré fuera de la oficina hasta el ${b} con acceso limitado al correo.`],
  nl: (s, b) => [`Automatisch antwoord: ${s}`, `Bedankt voor uw bericht. Ik ben afwezig tot en met ${b} en lees mijn e-mail beperkt.`],
  it: (s, b) => [`Risposta automatica: ${s}`, `Grazie per il messaggio. Sarò fuori ufficio fino al ${b} con accesso limitato alla posta.`],
};

function notes(a: Axes, wrapper: string): string[] {
  return [`axis:kind=${a.kind}`, `axis:wrapper=${wrapper}`, `axis:locale=${a.locale}`];
}

async function send(rng: Rng, stem: string, m: Mail, wrapper: string, a: Axes): Promise<FuzzDoc> {
  const { bytes, messageId } = await eml(rng, m);
  const docs = [bodyDoc(false), ...(m.parts ?? []).map((p) => p.doc)];
  const truth = makeTruth(emailSource({ from: m.from, subject: m.subject, date: m.date, messageId } as never, docs), [], notes(a, wrapper));
  return { name: `${stem}.eml`, bytes, truth };
}

export async function negativeDoc(rng: Rng, a: Axes, stem: string): Promise<FuzzDoc> {
  const received = receivedDay(rng);
  const lang = LOCALE_INFO[a.locale].lang;
  // A normal order's content, then turned into the document at hand (all urgency words off).
  const base: Axes = { ...a, urgency: 'normal', presence: a.kind === 'quote-request' ? 'no-prices' : a.presence === 'no-prices' ? 'all' : a.presence, length: a.length === 'long' ? 'medium' : a.length };
  const o = buildOrder(rng.fork('content'), base, received);
  o.notes = null;
  const d = (iso: string) => fmtDate(iso, a.dates, a.locale);
  switch (a.kind) {
    case 'invoice': return invoice(rng, o, stem, received, a);
    case 'quote-request': {
      const [subject, intro, outro] = RFQ[lang];
      const text = [GREETINGS[lang][0], '', intro, '', ...textTable(o, null).lines, '', outro, '', ...signatureLines(rng, o)].join('\n') + '\n';
      return send(rng, stem, { from: { name: o.contact.name, address: o.contact.email }, subject, date: mailDateFor(rng, received, a.locale), text }, 'mail-text', a);
    }
    case 'shipping-notice': {
      const [subject, text] = SHIPPED[lang](o.poNumber, `1Z${rng.hex(6).toUpperCase()}${rng.digits(10)}`, d(addDays(received, 2)));
      return send(rng, stem, { from: { name: 'FastFreight Notifications', address: 'noreply@notify.fastfreight.example' }, subject, date: mailDateFor(rng, received, a.locale), text: text + '\n' }, 'mail-text', a);
    }
    default: {
      const [subject, text] = AWAY[lang](`Order confirmation ${rng.digits(6)}`, d(addDays(received, rng.int(3, 12))));
      return send(rng, stem, { from: { name: o.contact.name, address: o.contact.email }, subject, date: mailDateFor(rng, received, a.locale), text: `${text}\n\n${o.contact.name}\n${o.firm.name}\n`, headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } }, 'mail-text', a);
    }
  }
}

/** A supplier's invoice to us: the order layout with the invoice's title, number and our address as the customer. */
async function invoice(rng: Rng, o: Order, stem: string, received: string, a: Axes): Promise<FuzzDoc> {
  const t = INVOICE[o.lang];
  const number = `${rng.pick(['INV-', 'RE', 'F', ''])}${rng.digits(6)}`;
  Object.assign(o.labels, { title: t.title, po: t.no, date: t.date, delivery: t.due, vendor: t.customer, total: t.amountDue, buyer: o.labels.buyer });
  o.poNumber = number;
  o.deliveryDate = addDays(received, 30);
  o.deliveryInHeader = true;
  o.shipTo = null;
  o.billTo = null;
  const r = await renderOrderPdf(rng, o);
  const filename = `${t.subject}_${number}.pdf`;
  if (rng.chance(0.3)) {
    const name = `${stem}.pdf`;
    return { name, bytes: r.bytes, truth: makeTruth(fileSource(name, pdfDoc(name, r.pages)), [], notes(a, 'file-pdf')) };
  }
  const part: Part = { filename, content: r.bytes, contentType: 'application/pdf', doc: pdfDoc(filename, r.pages), texts: r.texts };
  const text = [GREETINGS[o.lang][0], '', t.body, '', `${o.firm.name}`, `accounts@${o.firm.domain}`].join('\n') + '\n';
  return send(rng, stem, { from: { name: `${o.firm.name} Accounts`, address: `accounts@${o.firm.domain}` }, subject: `${t.subject} ${number}`, date: mailDateFor(rng, received, a.locale), text, parts: [part] }, 'mail-pdf', a);
}
