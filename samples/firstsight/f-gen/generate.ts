// Writes samples/firstsight/f: one week (8-12 June 2026) of Calder Fluid Systems' order mailbox.
// Deterministic: fixed seeds, fixed dates. Run: node_modules/.bin/tsx samples/firstsight/f-gen/generate.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Rng } from '../../gen/random.ts';
import { renderPdfPages } from '../../gen/scans/render-pdf-pages.ts';
import { toFax, toPhoto, toScannedPdf, renderFaxCover } from '../../gen/scans/degrade-page.ts';
import type { Person } from '../../gen/email.ts';
import { A, US_DE, US_MAIL_DE, US_MAIL_UK, US_UK } from './catalog.ts';
import { priced, num, qty, date, money, type Order, type Line, type Loc, type DateStyle, type Address, type Contact } from './model.ts';
import { sap, oracle, dynamics, sage, quickbooks, odoo, letter, greenbar, addrLines, type Doc, type Letterhead } from './pdfs.ts';
import { ATTACHED, sig } from './bodies.ts';
import { lines, hoseLines, mail, file, xlsx, manifest, OUT, PDF, XLSX } from './lib.ts';
import type { Lang } from './labels.ts';
import { L } from './labels.ts';

const root = new Rng(20260608);
type Tpl = 'sap' | 'oracle' | 'dynamics' | 'sage' | 'quickbooks' | 'odoo' | 'letter' | 'greenbar';
const LETTER_TEXT: Record<string, { opening: string; closing: string }> = {
  de: { opening: 'Sehr geehrte Damen und Herren, hiermit bestellen wir zu den bekannten Konditionen:', closing: 'Bitte bestätigen Sie den Auftrag. Mit freundlichen Grüßen' },
  fr: { opening: 'Madame, Monsieur, nous vous prions de bien vouloir nous livrer les articles suivants :', closing: 'Dans l’attente de votre confirmation, veuillez agréer nos salutations distinguées.' },
  en: { opening: 'Dear Sirs, please supply the following items:', closing: 'Yours faithfully,' },
  it: { opening: 'Spett.le Ditta, con la presente Vi ordiniamo quanto segue:', closing: 'Distinti saluti.' },
  es: { opening: 'Muy señores nuestros: les rogamos nos suministren el siguiente material:', closing: 'Atentamente,' },
};

async function render(tpl: Tpl, d: Doc) {
  if (tpl === 'letter') {
    const t = LETTER_TEXT[d.lang] ?? LETTER_TEXT.en;
    const c = d.order.contact;
    return letter(d, { ...t, sign: [c.name ?? '', d.order.company, ...(c.phone ? [`${L[d.lang].phone} ${c.phone}`] : []), ...(c.email ? [c.email] : [])].filter(Boolean) });
  }
  return { sap, oracle, dynamics, sage, quickbooks, odoo, greenbar }[tpl](d);
}

interface Cust { company: string; addr: Address; contact: Contact; lh?: Partial<Letterhead> }
const lh = (c: Cust): Letterhead => ({ company: c.company, address: c.addr, ...c.lh });
const person = (c: Cust): Person => ({ name: c.contact.name ?? c.company, address: c.contact.email! });

interface PdfMail {
  name: string; cust: Cust; tpl: Tpl; lang: Lang; loc: Loc; ds: DateStyle; money?: Doc['money']; order: Order; local: string; offset: string;
  subject: string; body?: string; bodyLang?: string; de?: boolean; size?: 'A4' | 'LETTER'; file?: string; describe: string; supplierNo?: string; title?: string;
  labels?: Doc['labels']; qtyDecimals?: number; html?: string;
}
function doc(p: { cust: Cust; lang: Lang; loc: Loc; ds: DateStyle; money?: Doc['money']; order: Order; de?: boolean; size?: 'A4' | 'LETTER'; supplierNo?: string; title?: string; labels?: Doc['labels']; qtyDecimals?: number }): Doc {
  return { order: p.order, lang: p.lang, loc: p.loc, ds: p.ds, money: p.money ?? 'symbol', head: lh(p.cust), supplier: p.de ? US_DE : US_UK, size: p.size, supplierNo: p.supplierNo, title: p.title, labels: p.labels, qtyDecimals: p.qtyDecimals };
}
async function pdfMail(rng: Rng, p: PdfMail) {
  const r = await render(p.tpl, doc(p));
  const body = p.body ?? `${ATTACHED[p.bodyLang ?? p.lang](p.order.poNumber ?? '')}\n${sig(p.order.contact, p.cust.company)}`;
  await mail(rng, {
    name: p.name, from: person(p.cust), to: p.de ? US_MAIL_DE : US_MAIL_UK, subject: p.subject, local: p.local, offset: p.offset, text: body, html: p.html,
    attachments: [{ filename: p.file ?? `${p.order.poNumber}.pdf`, content: r.bytes, contentType: PDF }], orders: [p.order], cls: `PO, PDF (${p.tpl}${r.pages > 1 ? `, ${r.pages} pages` : ''})`, lang: p.loc, describe: p.describe,
  });
  return r;
}

const O = (o: Omit<Order, 'subtotal' | 'tax' | 'total' | 'shipping' | 'billTo' | 'notes' | 'shippingMethod' | 'paymentTerms'> & Partial<Pick<Order, 'shipping' | 'billTo' | 'notes' | 'shippingMethod' | 'paymentTerms'>> & { taxRate?: number }, opts?: { tax?: boolean; subtotal?: boolean }): Order =>
  priced({ shipping: null, billTo: null, notes: null, shippingMethod: null, paymentTerms: null, ...o }, opts);

async function main() {
  const R = (k: string) => root.fork(k);

  // ---------------------------------------------------------------- 01 SAP, German
  {
    const rng = R('01');
    const cust: Cust = { company: 'Kessler Maschinenbau GmbH', addr: A('Kessler Maschinenbau GmbH', ['Heilbronner Straße 212'], '70191', 'Stuttgart', 'DE'),
      contact: { name: 'Sabine Wörner', email: 'sabine.woerner@kessler-mb.de', phone: '+49 711 25590-143' }, lh: { phone: '+49 711 25590-0', vat: 'USt-IdNr. DE814523097' } };
    const order = O({ poNumber: '4500187236', orderDate: '2026-06-05', deliveryDate: '2026-06-26', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Kessler Maschinenbau GmbH, Werk 2 / Tor 3', ['Robert-Bosch-Straße 9'], '73760', 'Ostfildern', 'DE'), billTo: null,
      lines: lines(rng, 'de', 'EUR', 4, { lineNo: 10, sku: 'ours' }), taxRate: 19, shipping: 18.5, paymentTerms: '30 Tage netto, 14 Tage 2 % Skonto', shippingMethod: 'Spedition frei Haus' });
    await pdfMail(rng, { name: '01-de-sap-kessler', cust, tpl: 'sap', lang: 'de', loc: 'de-DE', ds: 'dmy.', order, de: true, supplierNo: '700412', local: '2026-06-08T08:12:40', offset: '+0200',
      subject: 'Bestellung 4500187236', describe: 'SAP-style Bestellung, positions 10/20/.., freight + 19% MwSt, Werk-2 ship-to', file: 'Bestellung_4500187236.pdf' });
  }
  // ---------------------------------------------------------------- 02 Sage, UK, VAT, no line numbers
  {
    const rng = R('02');
    const cust: Cust = { company: 'Pennine Plant Hire Ltd', addr: A('Pennine Plant Hire Ltd', ['Brook Mill', 'Holmfirth Road'], 'HD9 3TR', 'Huddersfield', 'GB', 'West Yorkshire'),
      contact: { name: 'Gary Hepworth', email: 'gary.hepworth@pennineplanthire.co.uk', phone: '01484 662 310' }, lh: { phone: '01484 662 300', vat: 'VAT Reg No. GB 284 5512 07' } };
    const order = O({ poNumber: 'PO-11873', orderDate: '2026-06-08', deliveryDate: '2026-06-19', company: cust.company, contact: cust.contact, currency: 'GBP',
      shipTo: A('Pennine Plant Hire - Workshop', ['Unit 7 Lowfields Business Park'], 'HX5 9DA', 'Elland', 'GB'), lines: lines(rng, 'en', 'GBP', 3, { lineNo: null }), taxRate: 20, shipping: 9.95, paymentTerms: '30 days EOM', shippingMethod: 'Carrier' });
    await pdfMail(rng, { name: '02-en-sage-pennine', cust, tpl: 'sage', lang: 'en', loc: 'en-GB', ds: 'dmy/', order, local: '2026-06-08T09:47:03', offset: '+0100',
      subject: 'Purchase Order PO-11873', describe: 'Sage 50 style UK PO, no line numbers, carriage + VAT 20%, dd/mm/yyyy', labels: { poNumber: 'Order No.', deliveryDate: 'Delivery Date', shipping: 'Carriage', shipTo: 'Deliver To' } });
  }
  // ---------------------------------------------------------------- 03 QuickBooks, US
  {
    const rng = R('03');
    const cust: Cust = { company: 'Great Lakes Hydraulic Repair, Inc.', addr: A('Great Lakes Hydraulic Repair, Inc.', ['2240 N. Reynolds Rd'], '43615', 'Toledo', 'US', 'OH'),
      contact: { name: 'Mike Kowalczyk', email: 'mike@glhydraulic.com', phone: '(419) 555-0187' }, lh: { phone: '(419) 555-0100' } };
    const order = O({ poNumber: '3391', orderDate: '2026-06-05', deliveryDate: null, company: cust.company, contact: cust.contact, currency: 'USD',
      shipTo: A('Great Lakes Hydraulic Repair, Inc.', ['2240 N. Reynolds Rd', 'Dock B'], '43615', 'Toledo', 'US', 'OH'), lines: lines(rng, 'en', 'USD', 3, { lineNo: null, unit: false }),
      shippingMethod: 'UPS Ground', paymentTerms: 'Net 30' }, { subtotal: false });
    await pdfMail(rng, { name: '03-en-us-quickbooks-greatlakes', cust, tpl: 'quickbooks', lang: 'en', loc: 'en-US', ds: 'mdy/', order, local: '2026-06-08T10:05:11', offset: '-0400',
      subject: 'PO 3391 from Great Lakes Hydraulic Repair', bodyLang: 'us', describe: 'QuickBooks-style PO, US dates, no units, total only (no subtotal/tax)', file: 'PO_3391.pdf' });
  }
  // ---------------------------------------------------------------- 04 Oracle-like, French, remise column
  {
    const rng = R('04');
    const cust: Cust = { company: 'Presses Lyonnaises SAS', addr: A('Presses Lyonnaises SAS', ['14 rue de l’Industrie', 'ZI de Corbas'], '69960', 'Corbas', 'FR'),
      contact: { name: 'Nathalie Giraud', email: 'n.giraud@presses-lyonnaises.fr', phone: '+33 4 72 51 30 18' }, lh: { phone: 'Tél. +33 4 72 51 30 00' } };
    const order = O({ poNumber: 'CA-2026-01544', orderDate: '2026-06-08', deliveryDate: '2026-07-03', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Presses Lyonnaises SAS – Magasin central', ['14 rue de l’Industrie', 'Quai 4'], '69960', 'Corbas', 'FR'),
      billTo: A('Presses Lyonnaises SAS – Service comptabilité', ['BP 112'], '69961', 'Corbas Cedex', 'FR'),
      lines: lines(rng, 'fr', 'EUR', 4, { lineNo: 1, disc: [5, 5, 0, 10] }), taxRate: 20, paymentTerms: '45 jours fin de mois', shippingMethod: 'Messagerie' });
    await pdfMail(rng, { name: '04-fr-oracle-presses', cust, tpl: 'oracle', lang: 'fr', loc: 'fr-FR', ds: 'dmy/', order, size: 'A4', local: '2026-06-08T11:20:00', offset: '+0200', de: true,
      subject: 'Commande CA-2026-01544', describe: 'Oracle-style grid header, ship-to + bill-to boxes, per-line remise %, TVA 20%, "1 234,56" numbers' });
  }
  // ---------------------------------------------------------------- 05 Dynamics, Spanish
  {
    const rng = R('05');
    const cust: Cust = { company: 'Talleres Navarro Hidráulica S.L.', addr: A('Talleres Navarro Hidráulica S.L.', ['Polígono Industrial Malpica, Calle E, nave 31'], '50016', 'Zaragoza', 'ES'),
      contact: { name: 'Javier Lasheras', email: 'compras@talleresnavarro.es', phone: '976 57 44 20' }, lh: { phone: 'Tel. 976 57 44 00', vat: 'CIF B50123874', web: 'www.talleresnavarro.es' } };
    const order = O({ poNumber: 'PC26/0412', orderDate: '2026-06-08', deliveryDate: '2026-06-30', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Talleres Navarro Hidráulica S.L.', ['Polígono Industrial Malpica, Calle E, nave 31'], '50016', 'Zaragoza', 'ES'),
      lines: lines(rng, 'es', 'EUR', 5, { lineNo: 1 }), taxRate: 21, shipping: 25, paymentTerms: 'Transferencia 60 días', shippingMethod: 'Agencia de transporte' });
    await pdfMail(rng, { name: '05-es-dynamics-navarro', cust, tpl: 'dynamics', lang: 'es', loc: 'es-ES', ds: 'dmy/', order, local: '2026-06-08T12:02:45', offset: '+0200',
      subject: 'Pedido de compra PC26/0412', describe: 'Dynamics-style Spanish PO, portes + IVA 21%, 1.234,56', file: 'Pedido_PC26-0412.pdf' });
  }
  // ---------------------------------------------------------------- 06 Odoo, Dutch
  {
    const rng = R('06');
    const cust: Cust = { company: 'Van der Berg Agritech B.V.', addr: A('Van der Berg Agritech B.V.', ['Industrieweg 41'], '8304 AD', 'Emmeloord', 'NL'),
      contact: { name: 'Henk Jansen', email: 'h.jansen@vdberg-agritech.nl', phone: '+31 527 61 82 00' } };
    const order = O({ poNumber: 'P00871', orderDate: '2026-06-08', deliveryDate: '2026-06-29', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Van der Berg Agritech B.V.', ['Industrieweg 41'], '8304 AD', 'Emmeloord', 'NL'), lines: lines(rng, 'en', 'EUR', 3, { lineNo: null, sku: 'ours' }), taxRate: 21, paymentTerms: '30 days' });
    await pdfMail(rng, { name: '06-en-nl-odoo-vdberg', cust, tpl: 'odoo', lang: 'en', loc: 'en-GB', ds: 'dmy-', order, local: '2026-06-08T14:31:09', offset: '+0200', de: true,
      subject: 'Purchase Order P00871 - Van der Berg Agritech B.V.', describe: 'Dutch company, English Odoo purchase order "#P00871", VAT 21%, dd-mm-yyyy', file: 'Purchase Order - P00871.pdf', labels: { deliveryDate: 'Expected Arrival' } });
  }
  // ---------------------------------------------------------------- 07 SAP-like, Italian, per-line dates (all same)
  {
    const rng = R('07');
    const cust: Cust = { company: 'Officine Meccaniche Ferraris S.p.A.', addr: A('Officine Meccaniche Ferraris S.p.A.', ['Via dell’Artigianato 27'], '25030', 'Castel Mella', 'IT', 'BS'),
      contact: { name: 'Paolo Bonetti', email: 'acquisti@omferraris.it', phone: '+39 030 2583 411' }, lh: { vat: 'P.IVA IT01983450179' } };
    const ls = lines(rng, 'it', 'EUR', 4, { lineNo: 10, sku: 'theirs', theirPrefix: 'MP' }).map((l) => ({ ...l, date: '2026-07-06' }));
    const order = O({ poNumber: 'OA 26/1187', orderDate: '2026-06-08', deliveryDate: '2026-07-06', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Officine Meccaniche Ferraris S.p.A. - Stabilimento 2', ['Via Industriale 4'], '25030', 'Torbole Casaglia', 'IT', 'BS'), lines: ls, taxRate: 22, paymentTerms: 'RiBa 60 gg d.f.f.m.', shippingMethod: 'Franco destino' });
    await pdfMail(rng, { name: '07-it-sap-ferraris', cust, tpl: 'sap', lang: 'it', loc: 'it-IT', ds: 'dmy.', order, local: '2026-06-08T15:44:20', offset: '+0200', de: true,
      subject: 'Ordine di acquisto OA 26/1187', describe: 'SAP-style Italian ordine, buyer material codes MPxxxxxx with our code in description, per-line consegna (same date), IVA 22%', file: 'OA_26_1187.pdf' });
  }
  // ---------------------------------------------------------------- 08 Dynamics, Portuguese
  {
    const rng = R('08');
    const cust: Cust = { company: 'Metalúrgica do Ave, Lda.', addr: A('Metalúrgica do Ave, Lda.', ['Rua da Indústria, 155', 'Zona Industrial de Ruivães'], '4760-480', 'Vila Nova de Famalicão', 'PT'),
      contact: { name: 'Rui Fernandes', email: 'rui.fernandes@metalurgicadoave.pt', phone: '+351 252 318 240' }, lh: { vat: 'NIF 503 887 120' } };
    const order = O({ poNumber: 'NE 2026/318', orderDate: '2026-06-08', deliveryDate: '2026-07-10', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: null, lines: lines(rng, 'en', 'EUR', 3, { lineNo: 1 }), taxRate: 23, shipping: 35, paymentTerms: '60 days', shippingMethod: 'Freight forwarder' });
    await pdfMail(rng, { name: '08-en-pt-dynamics-ave', cust, tpl: 'dynamics', lang: 'en', loc: 'en-GB', ds: 'dmy/', order, local: '2026-06-08T16:10:00', offset: '+0100',
      subject: 'Purchase Order NE 2026/318', describe: 'Portuguese company, English Dynamics PO, no ship-to block, freight + VAT 23%' });
  }
  // ---------------------------------------------------------------- 09 Odoo, Swedish, SEK
  {
    const rng = R('09');
    const cust: Cust = { company: 'Norrlands Skogsmaskiner AB', addr: A('Norrlands Skogsmaskiner AB', ['Verkstadsvägen 12'], '903 62', 'Umeå', 'SE'),
      contact: { name: 'Erik Lindqvist', email: 'erik.lindqvist@norrskog.se', phone: '090-17 45 20' } };
    const order = O({ poNumber: 'IO-26-0193', orderDate: '2026-06-08', deliveryDate: '2026-06-30', company: cust.company, contact: cust.contact, currency: 'SEK',
      shipTo: A('Norrlands Skogsmaskiner AB, Godsmottagning', ['Verkstadsvägen 12'], '903 62', 'Umeå', 'SE'), lines: lines(rng, 'en', 'SEK', 4, { lineNo: null }), taxRate: 25, paymentTerms: '30 dagar netto', shippingMethod: 'DHL Freight' });
    await pdfMail(rng, { name: '09-sv-odoo-norrskog', cust, tpl: 'odoo', lang: 'sv', loc: 'sv-SE', ds: 'iso', order, money: 'code', local: '2026-06-09T08:03:30', offset: '+0200',
      subject: 'Beställning IO-26-0193', describe: 'Swedish Odoo PO in SEK, ISO dates, moms 25%, "1 234,56 SEK"' });
  }
  // ---------------------------------------------------------------- 10 letter, Swiss German, CHF, no VAT
  {
    const rng = R('10');
    const cust: Cust = { company: 'Hydrotec Wil AG', addr: A('Hydrotec Wil AG', ['Toggenburgerstrasse 88'], '9500', 'Wil SG', 'CH'),
      contact: { name: 'Reto Brunner', email: 'r.brunner@hydrotec-wil.ch', phone: '+41 71 913 27 40' }, lh: { phone: 'Tel. +41 71 913 27 27', web: 'www.hydrotec-wil.ch' } };
    const order = O({ poNumber: 'B-2026-0617', orderDate: '2026-06-09', deliveryDate: '2026-07-15', company: cust.company, contact: cust.contact, currency: 'CHF',
      shipTo: null, lines: lines(rng, 'de', 'CHF', 3, { lineNo: 1 }), paymentTerms: '30 Tage netto', shippingMethod: 'DAP Wil, verzollt durch Spediteur', notes: 'Lieferung mit Ursprungserklärung auf der Rechnung.' }, { subtotal: false });
    await pdfMail(rng, { name: '10-de-ch-letter-hydrotec', cust, tpl: 'letter', lang: 'de', loc: 'de-CH', ds: 'dmy.', order, de: true, local: '2026-06-09T09:15:55', offset: '+0200',
      subject: 'Bestellung B-2026-0617', describe: 'Word-style letter order from Switzerland, CHF, 1\'234.56 numbers, no VAT, total only', file: 'Bestellung B-2026-0617.pdf' });
  }
  // ---------------------------------------------------------------- 11 AS/400 green-bar, US
  {
    const rng = R('11');
    const cust: Cust = { company: 'Midwest Ag Equipment Co.', addr: A('Midwest Ag Equipment Co.', ['1800 Industrial Pkwy'], '50702', 'Waterloo', 'US', 'IA'),
      contact: { name: 'Donna Riedel', email: 'driedel@midwestag.com', phone: '319-555-0142' }, lh: { phone: '319-555-0100' } };
    const order = O({ poNumber: '0087412', orderDate: '2026-06-09', deliveryDate: '2026-06-29', company: cust.company, contact: cust.contact, currency: 'USD',
      shipTo: A('Midwest Ag Equipment Co. - Plant 3', ['4410 Hammond Ave'], '50702', 'Waterloo', 'US', 'IA'), lines: lines(rng, 'en', 'USD', 6, { lineNo: 1, qtyMax: 60 }),
      paymentTerms: '2% 10 Net 30', shippingMethod: 'Best Way' }, { subtotal: false });
    await pdfMail(rng, { name: '11-en-us-as400-midwestag', cust, tpl: 'greenbar', lang: 'en', loc: 'en-US', ds: 'mdy/', order, local: '2026-06-09T07:58:12', offset: '-0500',
      subject: 'PURCHASE ORDER 0087412', bodyLang: 'us', describe: 'AS/400 green-bar print (Courier, upper case, fixed columns), PO with leading zeros, total only', file: 'PO0087412.PDF',
      body: `This purchase order was generated automatically. Please do not reply to this address; send acknowledgements to ${cust.contact.email}.\n\nMIDWEST AG EQUIPMENT CO. - PURCHASING\n${cust.contact.name}  ${cust.contact.phone}` });
  }
  // ---------------------------------------------------------------- 12 multi-page German Dynamics, page break inside table
  {
    const rng = R('12');
    const cust: Cust = { company: 'Baumaschinen Rhein-Ruhr GmbH', addr: A('Baumaschinen Rhein-Ruhr GmbH', ['Emscherstraße 71'], '45891', 'Gelsenkirchen', 'DE'),
      contact: { name: 'Thomas Brenk', email: 't.brenk@bm-rheinruhr.de', phone: '0209 97742-31' }, lh: { phone: 'Tel. 0209 97742-0', vat: 'USt-IdNr. DE298834512', web: 'www.bm-rheinruhr.de' } };
    const order = O({ poNumber: 'BE-2026-004471', orderDate: '2026-06-09', deliveryDate: '2026-06-24', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Baumaschinen Rhein-Ruhr GmbH, Werkstatt Bottrop', ['Gladbecker Straße 300'], '46236', 'Bottrop', 'DE'),
      billTo: A('Baumaschinen Rhein-Ruhr GmbH, Kreditorenbuchhaltung', ['Postfach 10 12 44'], '45812', 'Gelsenkirchen', 'DE'),
      lines: hoseLines(rng, 'de', 'EUR', 34, 1, 1), taxRate: 19, paymentTerms: '30 Tage netto', shippingMethod: 'Paketdienst' });
    await pdfMail(rng, { name: '12-de-dynamics-multipage-rheinruhr', cust, tpl: 'dynamics', lang: 'de', loc: 'de-DE', ds: 'dmy.', order, de: true, local: '2026-06-09T08:40:00', offset: '+0200',
      subject: 'Bestellung BE-2026-004471 Schlauchleitungen', describe: '34 hose-assembly lines, table continues on page 2, ship-to and bill-to, 19% MwSt' });
  }
  // ---------------------------------------------------------------- 13 multi-page Oracle UK, urgent in notes
  {
    const rng = R('13');
    const cust: Cust = { company: 'Northumbria Water Services Ltd', addr: A('Northumbria Water Services Ltd', ['Abbey Road', 'Pity Me'], 'DH1 5FJ', 'Durham', 'GB'),
      contact: { name: 'Claire Robson', email: 'claire.robson@nws-water.co.uk', phone: '0191 301 4477' }, lh: { phone: 'Tel 0191 301 4400' } };
    const order = O({ poNumber: '4100092217', orderDate: '2026-06-09', deliveryDate: '2026-06-10', company: cust.company, contact: cust.contact, currency: 'GBP',
      shipTo: A('NWS Howdon Treatment Works', ['Howdon Lane'], 'NE28 0QD', 'Wallsend', 'GB'), billTo: A('NWS Accounts Payable', ['PO Box 320'], 'DH1 9WD', 'Durham', 'GB'),
      lines: hoseLines(rng, 'en', 'GBP', 40, 1, 1), taxRate: 20, shipping: 45, paymentTerms: '60 days from invoice', shippingMethod: 'Next-day courier',
      notes: 'EMERGENCY - pump station P4 down. Deliver by 10:00 on 10/06/2026. Contact site on 0191 301 4490 on arrival.', phrase: { level: 'urgent', text: 'EMERGENCY - pump station P4 down' } });
    await pdfMail(rng, { name: '13-en-oracle-multipage-nws', cust, tpl: 'oracle', lang: 'en', loc: 'en-GB', ds: 'dmy/', order, size: 'A4', local: '2026-06-09T10:22:31', offset: '+0100',
      subject: 'URGENT PO 4100092217 - Howdon', describe: '40 lines, table breaks onto page 2 (Oracle layout), urgent subject+notes, next-day delivery, carriage + VAT',
      body: `Hi,\n\nUrgent order attached - PO 4100092217. We need this on site tomorrow morning please, pumps are down at Howdon.\n\nThanks\n${sig(cust.contact, cust.company, 'Procurement Officer')}` });
  }
  // ---------------------------------------------------------------- 14 one mail, two PO PDFs (two depots)
  {
    const rng = R('14');
    const cust: Cust = { company: 'Severn Valley Cranes Ltd', addr: A('Severn Valley Cranes Ltd', ['Kingsway Business Park', 'Unit 12'], 'GL2 2AQ', 'Gloucester', 'GB'),
      contact: { name: 'Ian Pritchard', email: 'purchasing@severnvalleycranes.co.uk', phone: '01452 880 214' }, lh: { phone: '01452 880 200', vat: 'VAT No. GB 611 2093 45' } };
    const a = O({ poNumber: 'SVC-24418', orderDate: '2026-06-09', deliveryDate: '2026-06-23', company: cust.company, contact: cust.contact, currency: 'GBP',
      shipTo: A('Severn Valley Cranes - Gloucester Depot', ['Kingsway Business Park', 'Unit 12'], 'GL2 2AQ', 'Gloucester', 'GB'), lines: lines(rng, 'en', 'GBP', 3, { lineNo: 1 }), taxRate: 20, paymentTerms: '30 days' });
    const b = O({ poNumber: 'SVC-24419', orderDate: '2026-06-09', deliveryDate: '2026-06-23', company: cust.company, contact: cust.contact, currency: 'GBP',
      shipTo: A('Severn Valley Cranes - Newport Depot', ['Maesglas Industrial Estate', 'Unit 3B'], 'NP20 2NN', 'Newport', 'GB'), lines: lines(rng, 'en', 'GBP', 2, { lineNo: 1 }), taxRate: 20, paymentTerms: '30 days' });
    const ra = await sage(doc({ cust, lang: 'en', loc: 'en-GB', ds: 'dmy/', order: a, labels: { poNumber: 'Order No.', shipTo: 'Deliver To' } }));
    const rb = await sage(doc({ cust, lang: 'en', loc: 'en-GB', ds: 'dmy/', order: b, labels: { poNumber: 'Order No.', shipTo: 'Deliver To' } }));
    await mail(rng, { name: '14-en-two-pdfs-severn', from: person(cust), to: US_MAIL_UK, subject: 'Orders SVC-24418 & SVC-24419', local: '2026-06-09T11:05:00', offset: '+0100',
      text: `Morning,\n\nTwo orders attached, one for each depot - please invoice separately.\n\nRegards\n${sig(cust.contact, cust.company, 'Purchasing')}`,
      attachments: [{ filename: 'SVC-24418.pdf', content: ra.bytes, contentType: PDF }, { filename: 'SVC-24419.pdf', content: rb.bytes, contentType: PDF }],
      orders: [a, b], cls: 'PO x2, two PDFs (sage)', lang: 'en-GB', describe: 'one mail, two purchase orders for two depots (two orders in truth)' });
  }
  // ---------------------------------------------------------------- 15 forwarded order (German), order in the forwarded text
  {
    const rng = R('15');
    const orig: Contact = { name: 'Markus Haller', email: 'm.haller@fischer-foerdertechnik.de', phone: '+49 821 45090-27' };
    const fwd: Cust = { company: 'Fischer Fördertechnik GmbH', addr: A(null, [], null, 'Augsburg', 'DE'), contact: { name: 'Jana Seitz', email: 'j.seitz@fischer-foerdertechnik.de', phone: null } };
    const ls = lines(rng, 'de', null, 3, { lineNo: null, sku: 'ours' }).map((l) => ({ ...l, unit: l.unit === 'EA' ? 'Stk' : l.unit === 'M' ? 'm' : l.unit }));
    const table = ls.map((l) => `${qty(l.quantity, 'de-DE')} ${l.unit}  ${l.sku}  ${l.description}`).join('\n');
    const order = O({ poNumber: '26-0833', orderDate: null, deliveryDate: null, company: 'Fischer Fördertechnik GmbH', contact: orig, currency: null,
      shipTo: A('Fischer Fördertechnik GmbH', ['Lechhauser Straße 40'], '86153', 'Augsburg', 'DE'), lines: ls, notes: 'Preise lt. Rahmenvertrag.' });
    const inner = `Hallo Jana,\n\nbitte an Calder schicken, ich bin ab morgen im Urlaub:\n\nBestellung Nr. 26-0833\n\n${table}\n\nLieferung an: Fischer Fördertechnik GmbH, Lechhauser Straße 40, 86153 Augsburg\nPreise lt. Rahmenvertrag.\n\nDanke!\nMarkus\n\n--\nMarkus Haller | Instandhaltung\nFischer Fördertechnik GmbH\nTel. ${orig.phone}`;
    const body = `Sehr geehrte Damen und Herren,\n\nunten die Bestellung meines Kollegen Herrn Haller. Bitte Auftragsbestätigung an ihn.\n\nViele Grüße\nJana Seitz\nEinkauf\n\n---------- Forwarded message ---------\nVon: Markus Haller <${orig.email}>\nDate: Mo., 8. Juni 2026 um 17:12\nSubject: Bestellung Calder\nTo: Jana Seitz <${fwd.contact.email}>\n\n${inner}`;
    await mail(rng, { name: '15-de-forwarded-fischer', from: person(fwd), to: US_MAIL_DE, subject: 'WG: Bestellung Calder', local: '2026-06-09T08:55:00', offset: '+0200', text: body,
      orders: [order], cls: 'PO, forwarded plain-text body', lang: 'de-DE', describe: 'forwarded mail, order lines (qty first, "Stk.") in the forwarded text, no prices; contact is the original author' });
  }
  // ---------------------------------------------------------------- 16 reply approving our quotation; lines only in quoted text
  {
    const rng = R('16');
    const cust: Cust = { company: 'Tyne Marine Engineering Ltd', addr: A(null, [], null, 'Blyth', 'GB'), contact: { name: 'Steve Armstrong', email: 'steve.armstrong@tynemarine.co.uk', phone: '01670 352 918' } };
    const ls = lines(rng, 'en', 'GBP', 4, { lineNo: 1 });
    const order = O({ poNumber: 'TME/PO/5521', orderDate: null, deliveryDate: null, company: cust.company, contact: cust.contact, currency: 'GBP',
      shipTo: A('Tyne Marine Engineering Ltd', ['Bates Terminal', 'Port of Blyth'], 'NE24 1PH', 'Blyth', 'GB', 'Northumberland'), lines: ls, taxRate: 20, shipping: 15, paymentTerms: '30 days net' });
    const q = order.lines.map((l) => `${String(l.lineNo).padEnd(4)}${l.sku!.padEnd(16)}${l.description.slice(0, 42).padEnd(44)}${String(l.quantity).padStart(6)} ${l.unit!.padEnd(5)}${num(l.unitPrice!, 'en-GB').padStart(10)}${num(l.amount!, 'en-GB').padStart(12)}`).join('\n');
    const quote = `Dear Steve,\n\nThank you for your enquiry. We are pleased to quote as follows:\n\nQuotation Q-26-0412   Date: 02/06/2026   Valid: 30 days\n\nLn  Part No.        Description                                    Qty Unit     Price      Amount\n${q}\n\n${'Goods total'.padStart(86)} ${num(order.subtotal!, 'en-GB').padStart(11)}\n${'Carriage'.padStart(86)} ${num(15, 'en-GB').padStart(11)}\n${'VAT 20%'.padStart(86)} ${num(order.tax!, 'en-GB').padStart(11)}\n${'Total GBP'.padStart(86)} ${num(order.total!, 'en-GB').padStart(11)}\n\nLead time: 5 working days from order. Payment: 30 days net.\n\nKind regards,\nOliver Grant\nInternal Sales\nCalder Fluid Systems Ltd\n0113 496 0721`;
    const body = `Oliver,\n\nThanks - please go ahead with the quote below. Our PO number is TME/PO/5521.\nPlease deliver to Bates Terminal, Port of Blyth, Blyth, Northumberland NE24 1PH.\n\nCheers\nSteve Armstrong\nTyne Marine Engineering Ltd\nTel ${cust.contact.phone}\n\nOn Tue, 2 Jun 2026 at 14:31, Oliver Grant <oliver.grant@calderfluid.co.uk> wrote:\n${quote.split('\n').map((l) => `> ${l}`).join('\n')}`;
    await mail(rng, { name: '16-en-quote-approval-tynemarine', from: person(cust), to: { name: 'Oliver Grant', address: 'oliver.grant@calderfluid.co.uk' }, subject: 'RE: Quotation Q-26-0412', local: '2026-06-09T12:48:10', offset: '+0100',
      text: body, orders: [order], cls: 'PO, reply approving quote', lang: 'en-GB', describe: 'buyer approves our quotation; PO number in the reply, lines/prices/totals only in the quoted quote text', inReplyTo: '<q260412.7f31c@calderfluid.co.uk>' });
  }
  // ---------------------------------------------------------------- 17 HTML body, French, no attachment
  {
    const rng = R('17');
    const cust: Cust = { company: 'Agrimat Bretagne SARL', addr: A('Agrimat Bretagne SARL', ['ZA de la Janais, 8 allée des Forges'], '35131', 'Chartres-de-Bretagne', 'FR'), contact: { name: 'Yann Le Goff', email: 'y.legoff@agrimat-bretagne.fr', phone: '02 99 41 62 08' } };
    const order = O({ poNumber: 'CMD-7712', orderDate: '2026-06-09', deliveryDate: '2026-06-26', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Agrimat Bretagne SARL', ['ZA de la Janais, 8 allée des Forges'], '35131', 'Chartres-de-Bretagne', 'FR'), lines: lines(rng, 'fr', 'EUR', 3, { lineNo: null }), taxRate: 20 });
    const loc: Loc = 'fr-FR';
    const rows = order.lines.map((l) => `<tr><td>${l.sku}</td><td>${l.description}</td><td align="right">${qty(l.quantity, loc)}</td><td>${l.unit}</td><td align="right">${num(l.unitPrice!, loc)} €</td><td align="right">${num(l.amount!, loc)} €</td></tr>`).join('');
    const html = `<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p>Bonjour,</p><p>Merci de bien vouloir enregistrer notre commande <b>n° CMD-7712</b> du 09/06/2026 :</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse"><tr style="background:#dde"><th>Réf.</th><th>Désignation</th><th>Qté</th><th>Unité</th><th>PU HT</th><th>Total HT</th></tr>${rows}
<tr><td colspan="5" align="right">Total HT</td><td align="right">${num(order.subtotal!, loc)} €</td></tr><tr><td colspan="5" align="right">TVA 20 %</td><td align="right">${num(order.tax!, loc)} €</td></tr><tr><td colspan="5" align="right"><b>Total TTC</b></td><td align="right"><b>${num(order.total!, loc)} €</b></td></tr></table>
<p>Livraison souhaitée le 26/06/2026 à notre adresse : Agrimat Bretagne SARL, ZA de la Janais, 8 allée des Forges, 35131 Chartres-de-Bretagne.</p><p>Cordialement,</p>
<p style="color:#555">Yann Le Goff<br>Responsable magasin<br>Agrimat Bretagne SARL<br>Tél. 02 99 41 62 08</p></body></html>`;
    const text = `Bonjour,\n\nMerci de bien vouloir enregistrer notre commande n° CMD-7712 du 09/06/2026 :\n\n${order.lines.map((l) => `${l.sku} | ${l.description} | ${qty(l.quantity, loc)} ${l.unit} | ${num(l.unitPrice!, loc)} € | ${num(l.amount!, loc)} €`).join('\n')}\nTotal HT ${num(order.subtotal!, loc)} €\nTVA 20 % ${num(order.tax!, loc)} €\nTotal TTC ${num(order.total!, loc)} €\n\nLivraison souhaitée le 26/06/2026 à notre adresse : Agrimat Bretagne SARL, ZA de la Janais, 8 allée des Forges, 35131 Chartres-de-Bretagne.\n\nCordialement,\n\nYann Le Goff\nResponsable magasin\nAgrimat Bretagne SARL\nTél. 02 99 41 62 08`;
    await mail(rng, { name: '17-fr-html-body-agrimat', from: person(cust), to: US_MAIL_DE, subject: 'Commande CMD-7712', local: '2026-06-09T14:02:00', offset: '+0200', html, text,
      orders: [order], cls: 'PO, HTML body table', lang: 'fr-FR', describe: 'order as HTML table in the mail body (multipart/alternative), TVA and TTC rows' });
  }
  // ---------------------------------------------------------------- 18 plain text US, line down, overnight
  {
    const rng = R('18');
    const cust: Cust = { company: 'Rocky Mountain Mining Supply LLC', addr: A(null, [], null, 'Elko', 'US'), contact: { name: 'Travis Dunn', email: 'tdunn@rmminingsupply.com', phone: '(775) 555-0163' } };
    const ls = lines(rng, 'en', null, 2, { lineNo: null, unit: false, qtyMax: 4 });
    const order = O({ poNumber: 'RM-60418', orderDate: null, deliveryDate: null, company: cust.company, contact: cust.contact, currency: null,
      shipTo: A('Rocky Mountain Mining Supply LLC', ['1475 Idaho St'], '89801', 'Elko', 'US', 'NV'), lines: ls, shippingMethod: 'FedEx Priority Overnight',
      phrase: { level: 'urgent', text: 'LINE DOWN' } });
    const text = `Need these shipped today, our crusher line is down.\n\nPO# RM-60418\n\n${ls.map((l) => `(${l.quantity}) ${l.sku} - ${l.description}`).join('\n')}\n\nShip FedEx Priority Overnight on our account 4417-2290-3 to:\nRocky Mountain Mining Supply LLC\n1475 Idaho St\nElko, NV 89801\n\nCall me with tracking.\n\nTravis Dunn\nRocky Mountain Mining Supply\nCell (775) 555-0163\n\nSent from my iPhone`;
    await mail(rng, { name: '18-en-us-plain-linedown-rmms', from: person(cust), to: US_MAIL_UK, subject: 'LINE DOWN - PO RM-60418 valves', local: '2026-06-09T09:14:00', offset: '-0600', text,
      orders: [order], cls: 'PO, plain-text body', lang: 'en-US', describe: 'short phone mail, "(2) SKU - desc" lines, no prices, LINE DOWN + overnight = urgent' });
  }
  // ---------------------------------------------------------------- 19 XLSX order form, German
  {
    const rng = R('19');
    const cust: Cust = { company: 'Landtechnik Moser GmbH & Co. KG', addr: A('Landtechnik Moser GmbH & Co. KG', ['Am Gewerbepark 6'], '94469', 'Deggendorf', 'DE'), contact: { name: 'Florian Moser', email: 'einkauf@landtechnik-moser.de', phone: '0991 370 85-12' } };
    const order = O({ poNumber: 'LM-2026-211', orderDate: '2026-06-09', deliveryDate: '2026-06-22', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Landtechnik Moser GmbH & Co. KG', ['Am Gewerbepark 6'], '94469', 'Deggendorf', 'DE'), lines: lines(rng, 'de', 'EUR', 6, { lineNo: 1 }) }, { subtotal: false });
    const bytes = await xlsx((ws) => {
      ws.columns = [{ width: 6 }, { width: 16 }, { width: 44 }, { width: 9 }, { width: 7 }, { width: 12 }, { width: 13 }];
      ws.addRow(['Landtechnik Moser GmbH & Co. KG — Bestellung']).font = { bold: true, size: 14 };
      ws.addRow(['Bestell-Nr.', null, order.poNumber]);
      ws.addRow(['Datum', null, new Date('2026-06-09T00:00:00Z')]);
      ws.addRow(['Liefertermin', null, new Date('2026-06-22T00:00:00Z')]);
      ws.addRow(['Lieferant', null, 'Calder Fluid Systems GmbH, Duisburg']);
      ws.addRow(['Lieferadresse', null, 'Am Gewerbepark 6, 94469 Deggendorf']);
      ws.addRow(['Besteller', null, `${cust.contact.name}, Tel. ${cust.contact.phone}`]);
      for (const r of [3, 4]) ws.getCell(`C${r}`).numFmt = 'dd.mm.yyyy';
      ws.addRow([]);
      const h = ws.addRow(['Pos', 'Artikel-Nr.', 'Bezeichnung', 'Menge', 'ME', 'EP €', 'GP €']); h.font = { bold: true };
      for (const l of order.lines) {
        const r = ws.addRow([l.lineNo, l.sku, l.description, l.quantity, l.unit, l.unitPrice, { formula: `D${ws.rowCount + 1}*F${ws.rowCount + 1}`, result: l.amount }]);
        r.getCell(6).numFmt = '#,##0.00'; r.getCell(7).numFmt = '#,##0.00';
      }
      const first = 10; const last = ws.rowCount;
      const t = ws.addRow([null, null, null, null, null, 'Gesamtsumme', { formula: `SUM(G${first}:G${last})`, result: order.total }]); t.font = { bold: true }; t.getCell(7).numFmt = '#,##0.00';
    }, 'Bestellung');
    await mail(rng, { name: '19-de-xlsx-moser', from: person(cust), to: US_MAIL_DE, subject: 'Bestellung LM-2026-211', local: '2026-06-09T15:30:00', offset: '+0200',
      text: `Hallo,\n\nim Anhang unsere Bestellung als Excel-Datei.\n\nGruß\nFlorian Moser\nLandtechnik Moser GmbH & Co. KG\nTel. ${cust.contact.phone}`,
      attachments: [{ filename: 'Bestellung_LM-2026-211.xlsx', content: bytes, contentType: XLSX }], orders: [order], cls: 'PO, XLSX attachment', lang: 'de-DE',
      describe: 'Excel order form: header cells, real date cells, formulas with cached results, one "Gesamtsumme" row (total only, no VAT line)' });
  }
  // ---------------------------------------------------------------- 20 CSV, Dutch, semicolons and decimal commas
  {
    const rng = R('20');
    const cust: Cust = { company: 'Hoogendijk Kraanverhuur B.V.', addr: A(null, [], null, 'Rotterdam', 'NL'), contact: { name: 'Sanne de Vries', email: 'inkoop@hoogendijk-kranen.nl', phone: '010 - 428 19 50' } };
    const order = O({ poNumber: '2026-3305', orderDate: '2026-06-10', deliveryDate: '2026-06-25', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Hoogendijk Kraanverhuur B.V.', ['Waalhaven Oostzijde 80'], '3087 BM', 'Rotterdam', 'NL'), lines: lines(rng, 'en', 'EUR', 5, { lineNo: null }) }, { subtotal: false });
    const loc: Loc = 'nl-NL';
    const csv = ['Ordernummer;Orderdatum;Leverdatum;Artikelnummer;Omschrijving;Aantal;Eenheid;Prijs;Bedrag',
      ...order.lines.map((l) => ['2026-3305', '10-06-2026', '25-06-2026', l.sku, `"${l.description.replace(/"/g, '""')}"`, qty(l.quantity, loc).replace('.', ''), l.unit, num(l.unitPrice!, loc, 2, false), num(l.amount!, loc, 2, false)].join(';')),
      `;;;;;;;Totaal;${num(order.total!, loc, 2, false)}`].join('\r\n') + '\r\n';
    await mail(rng, { name: '20-nl-csv-hoogendijk', from: person(cust), to: US_MAIL_DE, subject: 'Order 2026-3305', local: '2026-06-10T08:20:00', offset: '+0200',
      text: `Goedemorgen,\n\nIn de bijlage order 2026-3305 (csv-export uit ons systeem).\nAfleveren: Hoogendijk Kraanverhuur B.V., Waalhaven Oostzijde 80, 3087 BM Rotterdam.\n\nMet vriendelijke groet,\nSanne de Vries\nInkoop\nHoogendijk Kraanverhuur B.V.\nT 010 - 428 19 50`,
      attachments: [{ filename: 'order_2026-3305.csv', content: Buffer.from(csv, 'latin1'), contentType: 'text/csv; charset=windows-1252' }], orders: [order], cls: 'PO, CSV attachment', lang: 'nl-NL',
      describe: 'semicolon CSV, windows-1252, decimal comma, header fields repeated per row, ship-to in body, Totaal row' });
  }
  // ---------------------------------------------------------------- 21 XLSX, UK, no prices, requested date per line
  {
    const rng = R('21');
    const cust: Cust = { company: 'Fenland Food Machinery Ltd', addr: A(null, [], null, 'Wisbech', 'GB'), contact: { name: 'Priya Shah', email: 'priya.shah@fenlandfm.co.uk', phone: '01945 581 300' } };
    const ls = lines(rng, 'en', null, 5, { lineNo: null, sku: 'ours' }).map((l) => ({ ...l, date: '2026-07-01' }));
    const order = O({ poNumber: 'FFM-PO-09921', orderDate: '2026-06-10', deliveryDate: '2026-07-01', company: cust.company, contact: cust.contact, currency: null,
      shipTo: A('Fenland Food Machinery Ltd', ['Cromwell Road Industrial Estate'], 'PE14 0RG', 'Wisbech', 'GB', 'Cambridgeshire'), lines: ls, notes: 'Prices as per our agreed price list 2026.' });
    const bytes = await xlsx((ws) => {
      ws.columns = [{ width: 18 }, { width: 46 }, { width: 8 }, { width: 8 }, { width: 14 }];
      ws.addRow(['Purchase Order', 'FFM-PO-09921']).font = { bold: true };
      ws.addRow(['Order date', '10/06/2026']);
      ws.addRow(['Supplier', 'Calder Fluid Systems Ltd']);
      ws.addRow(['Deliver to', 'Fenland Food Machinery Ltd, Cromwell Road Industrial Estate, Wisbech, Cambridgeshire PE14 0RG']);
      ws.addRow([]);
      ws.addRow(['Part number', 'Description', 'Qty', 'UOM', 'Required by']).font = { bold: true };
      for (const l of ls) ws.addRow([l.sku, l.description, l.quantity, l.unit, '01/07/2026']);
      ws.addRow([]);
      ws.addRow(['Note', 'Prices as per our agreed price list 2026.']);
    }, 'PO');
    await mail(rng, { name: '21-en-xlsx-noprice-fenland', from: person(cust), to: US_MAIL_UK, subject: 'PO FFM-PO-09921', local: '2026-06-10T09:02:00', offset: '+0100',
      text: `Hi,\n\nPlease see attached PO.\n\nMany thanks\nPriya Shah\nBuyer | Fenland Food Machinery Ltd\nT: 01945 581 300`,
      attachments: [{ filename: 'FFM-PO-09921.xlsx', content: bytes, contentType: XLSX }], orders: [order], cls: 'PO, XLSX attachment', lang: 'en-GB', describe: 'spreadsheet without prices, dates as text dd/mm/yyyy, required-by per line (all same)' });
  }
  // ---------------------------------------------------------------- 22 CSV, US, comma separated, quoted fields
  {
    const rng = R('22');
    const cust: Cust = { company: 'Bayou Marine Services, LLC', addr: A(null, [], null, 'Houma', 'US'), contact: { name: 'Jolene Thibodeaux', email: 'jthibodeaux@bayoumarine.com', phone: '985-555-0134' } };
    const order = O({ poNumber: 'BMS-22871', orderDate: '2026-06-09', deliveryDate: '2026-06-15', company: cust.company, contact: cust.contact, currency: 'USD',
      shipTo: A('Bayou Marine Services, LLC', ['200 Dockside Blvd'], '70363', 'Houma', 'US', 'LA'), lines: lines(rng, 'en', 'USD', 4, { lineNo: 1, qtyMax: 40 }) }, { subtotal: false });
    const csv = ['"PO Number","PO Date","Line","Vendor Item","Description","Qty Ordered","UOM","Unit Cost","Extended Cost","Need By"',
      ...order.lines.map((l) => [`"${order.poNumber}"`, '"06/09/2026"', l.lineNo, `"${l.sku}"`, `"${l.description.replace(/"/g, '""')}"`, l.quantity, `"${l.unit}"`, l.unitPrice!.toFixed(2), `"${num(l.amount!, 'en-US')}"`, '"06/15/2026"'].join(','))].join('\n') + '\n';
    await mail(rng, { name: '22-en-us-csv-bayou', from: person(cust), to: US_MAIL_UK, subject: 'Purchase Order BMS-22871 - please expedite', local: '2026-06-10T07:41:00', offset: '-0500',
      text: `Good morning,\n\nPO attached as CSV. Please expedite if possible - vessel is in the yard next week.\nShip to: Bayou Marine Services, LLC, 200 Dockside Blvd, Houma, LA 70363.\nPO total $${num(order.total!, 'en-US')}.\n\nThank you,\nJolene Thibodeaux\nPurchasing\nBayou Marine Services, LLC\n985-555-0134`,
      attachments: [{ filename: 'PO_BMS-22871.csv', content: Buffer.from(csv), contentType: 'text/csv' }], orders: [{ ...order, phrase: { level: 'high', text: 'please expedite' } }], cls: 'PO, CSV attachment', lang: 'en-US',
      describe: 'ERP CSV export, quoted fields, "1,234.56" extended cost, need-by 5 days after receipt + "expedite if possible" = high' });
  }
  // ---------------------------------------------------------------- 23 letter, German, "dringend"
  {
    const rng = R('23');
    const cust: Cust = { company: 'Sägewerk Huber OHG', addr: A('Sägewerk Huber OHG', ['Mühlweg 3'], '83646', 'Bad Tölz', 'DE'), contact: { name: 'Josef Huber', email: 'info@saegewerk-huber.de', phone: '08041 7893-0' }, lh: { phone: 'Telefon 08041 7893-0', fax: 'Telefax 08041 7893-19' } };
    const order = O({ poNumber: '118/26', orderDate: '2026-06-10', deliveryDate: null, company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: null, lines: lines(rng, 'de', 'EUR', 2, { lineNo: 1, qtyMax: 3 }), shippingMethod: 'Express', notes: 'DRINGEND – Maschinenstillstand an der Bandsäge! Bitte heute noch per Express versenden.',
      phrase: { level: 'urgent', text: 'DRINGEND – Maschinenstillstand' } }, { subtotal: false });
    await pdfMail(rng, { name: '23-de-letter-dringend-huber', cust, tpl: 'letter', lang: 'de', loc: 'de-DE', ds: 'dmy.', order, de: true, local: '2026-06-10T07:12:00', offset: '+0200',
      subject: 'Eilbestellung 118/26 – Maschinenstillstand', describe: 'small sawmill, Word letter, 2 lines, "DRINGEND – Maschinenstillstand", express, total only', file: 'Bestellung 118-26.pdf', title: 'Bestellung Nr.' });
  }
  // ---------------------------------------------------------------- 24 letter, French (Belgium), signature with phone
  {
    const rng = R('24');
    const cust: Cust = { company: 'Hydro-Services Wallonie SRL', addr: A('Hydro-Services Wallonie SRL', ['Rue des Technologies 11', 'Parc industriel des Hauts-Sarts'], '4040', 'Herstal', 'BE'), contact: { name: 'Amélie Dubois', email: 'a.dubois@hydroservices-wallonie.be', phone: '+32 4 240 71 33' }, lh: { phone: 'Tél. +32 4 240 71 00', web: 'www.hydroservices-wallonie.be' } };
    const order = O({ poNumber: 'BC-26-0450', orderDate: '2026-06-10', deliveryDate: '2026-06-30', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Hydro-Services Wallonie SRL - Atelier', ['Rue des Technologies 11'], '4040', 'Herstal', 'BE'), lines: lines(rng, 'fr', 'EUR', 4, { lineNo: 1 }), taxRate: 21, paymentTerms: '30 jours date de facture' });
    await pdfMail(rng, { name: '24-fr-be-letter-hydroservices', cust, tpl: 'letter', lang: 'fr', loc: 'fr-FR', ds: 'dmy/', order, de: true, local: '2026-06-10T10:30:00', offset: '+0200',
      subject: 'Bon de commande BC-26-0450', describe: 'Belgian letter-style bon de commande, qty-first table, TVA 21%', title: 'Bon de commande n°' });
  }
  // ---------------------------------------------------------------- 25 Spanish plain text, "urgente"
  {
    const rng = R('25');
    const cust: Cust = { company: 'Grúas y Elevación Levante S.A.', addr: A(null, [], null, 'Valencia', 'ES'), contact: { name: 'Marta Ibáñez', email: 'm.ibanez@gruaslevante.es', phone: '963 18 42 77' } };
    const ls = lines(rng, 'es', 'EUR', 3, { lineNo: null, qtyMax: 6 });
    const order = O({ poNumber: '26-PED-0981', orderDate: '2026-06-10', deliveryDate: null, company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Grúas y Elevación Levante S.A.', ['Carrer de la Fusta, 22', 'Polígono Fuente del Jarro'], '46988', 'Paterna', 'ES', 'Valencia'), lines: ls, phrase: { level: 'urgent', text: 'URGENTE' } }, { subtotal: false });
    const loc: Loc = 'es-ES';
    const text = `Hola buenos días,\n\nOs paso pedido URGENTE, tenemos una grúa parada en obra:\n\nPedido nº 26-PED-0981 (10/06/2026)\n\n${ls.map((l) => `- ${qty(l.quantity, loc)} ${l.unit === 'EA' ? 'uds' : l.unit === 'M' ? 'm' : l.unit} ref. ${l.sku} ${l.description} a ${num(l.unitPrice!, loc)} €/ud = ${num(l.amount!, loc)} €`).join('\n')}\n\nTotal pedido: ${num(order.total!, loc)} € (IVA no incluido)\n\nEntrega en: Grúas y Elevación Levante S.A., Carrer de la Fusta, 22, Polígono Fuente del Jarro, 46988 Paterna (Valencia)\n\nGracias,\nMarta Ibáñez\nDpto. Compras\nGrúas y Elevación Levante S.A.\nTel. 963 18 42 77`;
    order.lines.forEach((l) => { l.unit = l.unit === 'EA' ? 'UDS' : l.unit; });
    await mail(rng, { name: '25-es-plain-urgente-gruas', from: person(cust), to: US_MAIL_DE, subject: 'PEDIDO URGENTE 26-PED-0981', local: '2026-06-10T11:47:00', offset: '+0200', text,
      orders: [order], cls: 'PO, plain-text body', lang: 'es-ES', describe: 'bullet lines "qty uds ref. X ... a P €/ud = A €", URGENTE, total excl. IVA' });
  }
  // ---------------------------------------------------------------- 26 Italian HTML body
  {
    const rng = R('26');
    const cust: Cust = { company: 'Idraulica Veneta S.r.l.', addr: A(null, [], null, 'Padova', 'IT'), contact: { name: 'Giulia Zanon', email: 'ordini@idraulicaveneta.it', phone: '049 870 1152' } };
    const ls = lines(rng, 'it', 'EUR', 4, { lineNo: 1, disc: [10, 10, 10, 10] });
    const order = O({ poNumber: '0626/2026', orderDate: '2026-06-10', deliveryDate: '2026-07-03', company: cust.company, contact: cust.contact, currency: 'EUR',
      shipTo: A('Idraulica Veneta S.r.l.', ['Via Venezia 118'], '35129', 'Padova', 'IT', 'PD'), lines: ls, taxRate: 22, paymentTerms: 'Bonifico 30 gg f.m.' });
    const loc: Loc = 'it-IT';
    const rows = order.lines.map((l) => `<tr><td>${l.lineNo}</td><td>${l.sku}</td><td>${l.description}</td><td style="text-align:right">${qty(l.quantity, loc)}</td><td>${l.unit}</td><td style="text-align:right">${num(l.unitPrice!, loc)}</td><td style="text-align:right">${num(l.discountPct!, loc, 0)}%</td><td style="text-align:right">${num(l.amount!, loc)}</td></tr>`).join('');
    const html = `<div style="font-family:Arial"><p>Buongiorno,</p><p>con la presente trasmettiamo l'ordine <b>n. 0626/2026</b> del 10/06/2026.<br>Consegna richiesta: <b>03/07/2026</b> presso Idraulica Veneta S.r.l., Via Venezia 118, 35129 Padova (PD).</p>
<table style="border-collapse:collapse" border="1" cellpadding="3"><thead><tr><th>Pos.</th><th>Codice</th><th>Descrizione</th><th>Q.tà</th><th>U.M.</th><th>Prezzo €</th><th>Sconto</th><th>Importo €</th></tr></thead><tbody>${rows}</tbody></table>
<p>Imponibile: € ${num(order.subtotal!, loc)}<br>IVA 22%: € ${num(order.tax!, loc)}<br><b>Totale: € ${num(order.total!, loc)}</b></p><p>Pagamento: Bonifico 30 gg f.m.</p>
<p>Cordiali saluti<br><br>Giulia Zanon<br>Ufficio Acquisti – Idraulica Veneta S.r.l.<br>Tel. 049 870 1152</p></div>`;
    await mail(rng, { name: '26-it-html-idraulicaveneta', from: person(cust), to: US_MAIL_DE, subject: 'Ordine n. 0626/2026', local: '2026-06-10T12:15:00', offset: '+0200', html,
      orders: [order], cls: 'PO, HTML-only body', lang: 'it-IT', describe: 'HTML-only mail with table incl. sconto 10% column, Imponibile/IVA/Totale lines' });
  }
  // ---------------------------------------------------------------- 27 UK plain text, "no rush"
  {
    const rng = R('27');
    const cust: Cust = { company: 'Dales Agricultural Engineers', addr: A(null, [], null, 'Skipton', 'GB'), contact: { name: 'Rob Metcalfe', email: 'rob@dalesagri.co.uk', phone: '07700 914 552' } };
    const ls = lines(rng, 'en', null, 2, { lineNo: null, unit: false, qtyMax: 4 });
    const order = O({ poNumber: null, orderDate: null, deliveryDate: null, company: cust.company, contact: cust.contact, currency: null, shipTo: null, lines: ls, phrase: { level: 'normal', text: 'no rush' } });
    const text = `Hi folks\n\nCan you send me\n\n${ls.map((l) => `${l.quantity} x ${l.description} (${l.sku})`).join('\n')}\n\nNo rush, next week is fine. Usual account, deliver to the yard as normal.\n\nCheers\nRob\n\nDales Agricultural Engineers\nMob ${cust.contact.phone}`;
    await mail(rng, { name: '27-en-plain-norush-dales', from: person(cust), to: US_MAIL_UK, subject: 'bits', local: '2026-06-10T13:05:00', offset: '+0100', text,
      orders: [order], cls: 'PO, plain-text body', lang: 'en-GB', describe: 'informal order, no PO number, "N x desc (SKU)", "No rush" (normal), no ship-to address' });
  }
  // ---------------------------------------------------------------- 28-37: more ERP prints
  const simple: Array<{ k: string; name: string; tpl: Tpl; lang: Lang; loc: Loc; ds: DateStyle; cust: Cust; po: string; od: string; dd: string | null; cur: string; n: number; tax?: number; ship?: number;
    shipTo?: Address | null; billTo?: Address | null; terms?: string; via?: string; local: string; off: string; subj: string; desc: string; de?: boolean; lineNo?: 1 | 10 | null; sku?: 'ours' | 'theirs' | 'mixed' | 'none'; prefix?: string;
    phrase?: Order['phrase']; notes?: string; body?: string; money?: Doc['money']; size?: 'A4' | 'LETTER'; labels?: Doc['labels']; il?: string; sub?: boolean }> = [
    { k: '28', name: '28-de-odoo-high-weber', tpl: 'odoo', lang: 'de', loc: 'de-DE', ds: 'dmy.', de: true, cust: { company: 'Weber Hydraulik Service GmbH', addr: A('Weber Hydraulik Service GmbH', ['Industriestraße 14a'], '34123', 'Kassel', 'DE'), contact: { name: 'Lena Weber', email: 'l.weber@weber-hydraulik.de', phone: '0561 50 77 3-21' } },
      po: 'P02291', od: '2026-06-10', dd: '2026-06-16', cur: 'EUR', n: 4, tax: 19, terms: '14 Tage netto', via: 'DHL Paket', local: '2026-06-10T14:20:00', off: '+0200', subj: 'Bestellung P02291', desc: 'Odoo (German), Liefertermin 6 days after receipt = high' },
    { k: '29', name: '29-en-us-oracle-expedite-prairie', tpl: 'oracle', lang: 'en', loc: 'en-US', ds: 'dd-mon-yy', cust: { company: 'Prairie Fluid Power Corp.', addr: A('Prairie Fluid Power Corp.', ['7700 W. 119th St'], '66213', 'Overland Park', 'US', 'KS'), contact: { name: 'Brian Castillo', email: 'bcastillo@prairiefp.com', phone: '913-555-0177' }, lh: { phone: '913-555-0100' } },
      po: '1005874', od: '2026-06-10', dd: '2026-07-08', cur: 'USD', n: 5, ship: 85, shipTo: A('Prairie Fluid Power Corp. - Receiving', ['7700 W. 119th St', 'Dock 2'], '66213', 'Overland Park', 'US', 'KS'), billTo: A('Prairie Fluid Power Corp.', ['Accounts Payable', 'PO Box 25510'], '66225', 'Overland Park', 'US', 'KS'), terms: 'Net 45', via: 'FedEx Freight Economy', local: '2026-06-10T09:33:00', off: '-0500', subj: 'PO 1005874', desc: 'Oracle-style US PO, DD-MON-YY dates, freight, "expedite if possible" note = high', size: 'LETTER', notes: 'Please expedite if possible. Partial shipments accepted.', phrase: { level: 'high', text: 'Please expedite if possible' }, lineNo: 1, il: 'us' },
    { k: '30', name: '30-pt-sage-lusohidra', tpl: 'sage', lang: 'pt', loc: 'pt-PT', ds: 'dmy-', cust: { company: 'Lusohidra - Equipamentos Hidráulicos, S.A.', addr: A('Lusohidra - Equipamentos Hidráulicos, S.A.', ['Av. da Siderurgia Nacional, 410'], '2840-075', 'Seixal', 'PT'), contact: { name: 'Ana Costa', email: 'compras@lusohidra.pt', phone: '+351 212 267 400' }, lh: { phone: '212 267 400', vat: 'NIF PT 500 734 281' } },
      po: 'ENC-0347/26', od: '2026-06-10', dd: '2026-07-15', cur: 'EUR', n: 5, tax: 23, terms: '90 dias', local: '2026-06-10T15:11:00', off: '+0100', subj: 'Encomenda ENC-0347/26', desc: 'Portuguese Sage-like encomenda, no line numbers, IVA 23%, dd-mm-yyyy', de: true, lineNo: null },
    { k: '31', name: '31-en-se-sap-kiruna', tpl: 'sap', lang: 'en', loc: 'en-GB', ds: 'iso', cust: { company: 'Kiruna Bergteknik AB', addr: A('Kiruna Bergteknik AB', ['Gruvvägen 5'], '981 38', 'Kiruna', 'SE'), contact: { name: 'Maja Nilsson', email: 'inkop@kirunabergteknik.se', phone: '0980-655 10' } },
      po: '4500031877', od: '2026-06-10', dd: '2026-07-20', cur: 'EUR', n: 4, terms: '30 days net', via: 'Schenker', local: '2026-06-10T16:40:00', off: '+0200', subj: 'Purchase order 4500031877', desc: 'Swedish company, English SAP print in EUR, ISO dates, no VAT (intra-EU), buyer material numbers, total only', sku: 'theirs', prefix: '10', lineNo: 10, sub: false },
    { k: '32', name: '32-en-ie-sage-shannon', tpl: 'sage', lang: 'en', loc: 'en-GB', ds: 'dmy.', cust: { company: 'Shannon Quarry Products Ltd', addr: A('Shannon Quarry Products Ltd', ['Ballycasey Industrial Estate'], 'V14 FD92', 'Shannon', 'IE', 'Co. Clare'), contact: { name: 'Declan Byrne', email: 'declan.byrne@shannonquarry.ie', phone: '+353 61 702 218' }, lh: { phone: '+353 61 702 200' } },
      po: 'SQP 7781', od: '2026-06-11', dd: '2026-06-26', cur: 'EUR', n: 3, tax: 23, ship: 40, terms: '30 days', local: '2026-06-11T08:25:00', off: '+0100', subj: 'Order SQP 7781', desc: 'Irish Sage PO in EUR, dd.mm.yyyy, VAT 23% + carriage', lineNo: null, labels: { poNumber: 'Order No.', shipping: 'Carriage', shipTo: 'Delivery Address' } },
    { k: '33', name: '33-de-at-sap-steirer', tpl: 'sap', lang: 'de', loc: 'de-DE', ds: 'dmy.', de: true, cust: { company: 'Steirer Anlagenbau GmbH', addr: A('Steirer Anlagenbau GmbH', ['Puchstraße 85'], '8020', 'Graz', 'AT'), contact: { name: 'Ing. Martin Pölzl', email: 'martin.poelzl@steirer-anlagenbau.at', phone: '+43 316 27 44-310' } },
      po: '4700012839', od: '2026-06-11', dd: '2026-07-01', cur: 'EUR', n: 5, terms: '30 Tage 3 % Skonto, 60 Tage netto', via: 'LKW frei Baustelle', local: '2026-06-11T09:00:00', off: '+0200', subj: 'Bestellung 4700012839', desc: 'Austrian SAP print, ship-to construction site, mixed own/our codes, reverse charge (no VAT)', sku: 'mixed', prefix: 'A-', lineNo: 10,
      shipTo: A('Baustelle KW Mur / Steirer Anlagenbau', ['Zufahrt Murufer, Tor B'], '8101', 'Gratkorn', 'AT'), notes: 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).', sub: true },
    { k: '34', name: '34-fr-be-odoo-liege', tpl: 'odoo', lang: 'fr', loc: 'fr-FR', ds: 'dmy/', de: true, cust: { company: 'Meuse Manutention SA', addr: A('Meuse Manutention SA', ['Quai de la Boverie 52'], '4020', 'Liège', 'BE'), contact: { name: 'Olivier Lambert', email: 'achats@meuse-manutention.be', phone: '+32 4 342 18 90' } },
      po: 'P00412', od: '2026-06-11', dd: '2026-06-25', cur: 'EUR', n: 3, tax: 21, terms: '30 jours fin de mois', local: '2026-06-11T10:12:00', off: '+0200', subj: 'Bon de commande P00412', desc: 'Belgian Odoo bon de commande, TVA 21%' },
    { k: '35', name: '35-en-nl-sap-rijnmond', tpl: 'sap', lang: 'en', loc: 'en-GB', ds: 'dmy-', de: true, cust: { company: 'Rijnmond Offshore Techniek B.V.', addr: A('Rijnmond Offshore Techniek B.V.', ['Seattleweg 7'], '3195 ND', 'Pernis', 'NL'), contact: { name: 'Dennis Bakker', email: 'd.bakker@rijnmond-offshore.nl', phone: '+31 10 416 32 70' } },
      po: '4500773102', od: '2026-06-11', dd: '2026-06-12', cur: 'EUR', n: 3, tax: 21, ship: 65, terms: '30 days net', via: 'Courier', local: '2026-06-11T10:50:00', off: '+0200', subj: 'Rush order 4500773102', desc: 'Dutch company, English SAP order, delivery next day (date rule) + "Rush" in subject and notes', lineNo: 10,
      phrase: { level: 'urgent', text: 'Rush order' }, notes: 'RUSH: vessel sails Friday.' },
    { k: '36', name: '36-es-oracle-bilbao', tpl: 'oracle', lang: 'es', loc: 'es-ES', ds: 'dmy/', de: true, cust: { company: 'Forjas del Nervión S.A.', addr: A('Forjas del Nervión S.A.', ['Barrio Ugarte s/n'], '48510', 'Trapagaran', 'ES', 'Bizkaia'), contact: { name: 'Iñaki Etxeberria', email: 'compras@forjasnervion.es', phone: '944 92 10 55' }, lh: { phone: 'Tel. 944 92 10 00' } },
      po: 'OC-2026-1432', od: '2026-06-11', dd: '2026-07-10', cur: 'EUR', n: 6, tax: 21, terms: 'Confirming 90 días', via: 'Camión', local: '2026-06-11T12:30:00', off: '+0200', subj: 'Orden de compra OC-2026-1432', desc: 'Basque forge, Oracle-style orden de compra, 6 lines, IVA 21%', lineNo: 1, size: 'A4',
      labels: { title: 'ORDEN DE COMPRA', poNumber: 'Nº Orden' }, billTo: A('Forjas del Nervión S.A. - Administración', ['Apartado de Correos 77'], '48510', 'Trapagaran', 'ES', 'Bizkaia'), shipTo: A('Forjas del Nervión S.A. - Almacén', ['Barrio Ugarte s/n'], '48510', 'Trapagaran', 'ES', 'Bizkaia') },
    { k: '37', name: '37-it-letter-ceramiche', tpl: 'letter', lang: 'it', loc: 'it-IT', ds: 'dmy/', de: true, cust: { company: 'Ceramiche Emiliane S.p.A.', addr: A('Ceramiche Emiliane S.p.A.', ['Via Radici in Piano 431'], '41049', 'Sassuolo', 'IT', 'MO'), contact: { name: 'Ing. Luca Ferrari', email: 'l.ferrari@ceramiche-emiliane.it', phone: '0536 818 244' }, lh: { phone: 'Tel. 0536 818 200' } },
      po: '2026/0772', od: '2026-06-11', dd: '2026-07-06', cur: 'EUR', n: 3, tax: 22, terms: 'RiBa 90 gg', local: '2026-06-11T14:45:00', off: '+0200', subj: 'ordine 2026/0772', desc: 'Italian letter-style ordine, consegna entro, IVA 22%', lineNo: 1, shipTo: A('Ceramiche Emiliane S.p.A. - Stabilimento di Fiorano', ['Via Ghiarola Nuova 62'], '41042', 'Fiorano Modenese', 'IT', 'MO') },
  ];
  for (const s of simple) {
    const rng = R(s.k);
    const order = O({ poNumber: s.po, orderDate: s.od, deliveryDate: s.dd, company: s.cust.company, contact: s.cust.contact, currency: s.cur, shipTo: s.shipTo === undefined ? s.cust.addr : s.shipTo, billTo: s.billTo ?? null,
      lines: lines(rng, ['de', 'fr', 'es', 'it'].includes(s.lang) ? s.lang : 'en', s.cur, s.n, { lineNo: s.lineNo === undefined ? 1 : s.lineNo, sku: s.sku ?? 'ours', theirPrefix: s.prefix }),
      taxRate: s.tax, shipping: s.ship ?? null, paymentTerms: s.terms ?? null, shippingMethod: s.via ?? null, notes: s.notes ?? null, phrase: s.phrase }, { subtotal: s.sub ?? true });
    await pdfMail(rng, { name: s.name, cust: s.cust, tpl: s.tpl, lang: s.lang, loc: s.loc, ds: s.ds, order, de: s.de, local: s.local, offset: s.off, subject: s.subj, describe: s.desc, money: s.money, size: s.size, labels: s.labels, bodyLang: s.il });
  }
  // ---------------------------------------------------------------- scans
  const scans: Array<{ k: string; name: string; kind: 'fax' | 'fax-cover' | 'pdf' | 'photo' | 'mail-pdf' | 'mail-photo'; tpl: Tpl; lang: Lang; loc: Loc; ds: DateStyle; cust: Cust; po: string | null; od: string; dd: string | null; cur: string | null;
    n: number; tax?: number; ship?: number; shipTo?: Address | null; terms?: string; via?: string; desc: string; de?: boolean; lineNo?: 1 | 10 | null; notes?: string; phrase?: Order['phrase']; labels?: Doc['labels']; size?: 'A4' | 'LETTER'; sub?: boolean }> = [
    { k: 's1', name: 's01-de-fax-hansa.tif', kind: 'fax', tpl: 'letter', lang: 'de', loc: 'de-DE', ds: 'dmy.', de: true, cust: { company: 'Hansa Hydraulik Kiel GmbH', addr: A('Hansa Hydraulik Kiel GmbH', ['Werftstraße 112'], '24148', 'Kiel', 'DE'), contact: { name: 'Uwe Petersen', email: null, phone: '0431 72 09 44' }, lh: { phone: 'Tel. 0431 72 09 40', fax: 'Fax 0431 72 09 49' } },
      po: 'HH-26-1102', od: '2026-06-08', dd: '2026-06-29', cur: 'EUR', n: 3, lineNo: 1, desc: 'fax (G4 TIFF, 204x98 dpi), letter-style Bestellung, no e-mail address printed', sub: false },
    { k: 's2', name: 's02-en-fax-cover-blackcountry.tif', kind: 'fax-cover', tpl: 'sage', lang: 'en', loc: 'en-GB', ds: 'dmy/', cust: { company: 'Black Country Presswork Ltd', addr: A('Black Country Presswork Ltd', ['Unit 9, Hainge Road'], 'B69 2NY', 'Oldbury', 'GB', 'West Midlands'), contact: { name: 'Sandra Lees', email: 'sandra@bcpresswork.co.uk', phone: '0121 552 7801' }, lh: { phone: '0121 552 7800' } },
      po: '19844', od: '2026-06-08', dd: '2026-06-26', cur: 'GBP', n: 4, tax: 20, terms: '30 days', desc: 'fax with cover sheet (2 pages, 196 dpi fine mode), Sage PO, VAT 20%', lineNo: null, labels: { poNumber: 'Order No.', shipTo: 'Deliver To' } },
    { k: 's3', name: 's03-fr-scan-normandie.pdf', kind: 'pdf', tpl: 'oracle', lang: 'fr', loc: 'fr-FR', ds: 'dmy/', de: true, size: 'A4', cust: { company: 'Normandie Levage SAS', addr: A('Normandie Levage SAS', ['ZI du Madrillet, 3 rue Ampère'], '76800', 'Saint-Étienne-du-Rouvray', 'FR'), contact: { name: 'Julien Lefèvre', email: 'j.lefevre@normandie-levage.fr', phone: '02 35 64 19 70' } },
      po: 'BC 26-0611', od: '2026-06-09', dd: '2026-07-07', cur: 'EUR', n: 4, tax: 20, ship: 22, terms: 'Virement 45 jours fin de mois', desc: 'image-only PDF (grey JPEG at 200 dpi, skewed), Oracle-style bon de commande', lineNo: 1 },
    { k: 's4', name: 's04-it-scan-brescia.pdf', kind: 'pdf', tpl: 'sap', lang: 'it', loc: 'it-IT', ds: 'dmy.', de: true, cust: { company: 'Carpenterie Bresciane S.r.l.', addr: A('Carpenterie Bresciane S.r.l.', ['Via Lamarmora 230'], '25124', 'Brescia', 'IT', 'BS'), contact: { name: 'Davide Gatti', email: 'd.gatti@carpenteriebresciane.it', phone: '030 224 5801' } },
      po: 'ODA-26-0390', od: '2026-06-09', dd: '2026-07-13', cur: 'EUR', n: 3, tax: 22, terms: 'RiBa 60 gg', desc: 'image-only PDF scan of SAP-style ordine, IVA 22%', lineNo: 10 },
    { k: 's5', name: 's05-en-photo-cumbria.jpg', kind: 'photo', tpl: 'sage', lang: 'en', loc: 'en-GB', ds: 'dmy/', cust: { company: 'Cumbria Forestry Contractors', addr: A('Cumbria Forestry Contractors', ['Low Mill Yard'], 'CA11 0XR', 'Penrith', 'GB'), contact: { name: 'Neil Atkinson', email: null, phone: '01768 891 220' } },
      po: 'CFC-0442', od: '2026-06-10', dd: null, cur: null, n: 3, desc: 'phone photo (JPEG, EXIF orientation 6, sheared, uneven light) of a PO without prices', lineNo: 1, labels: { poNumber: 'Order No.' } },
    { k: 's6', name: 's06-es-photo-murcia.jpg', kind: 'photo', tpl: 'dynamics', lang: 'es', loc: 'es-ES', ds: 'dmy/', cust: { company: 'Riegos y Maquinaria de Murcia S.L.', addr: A('Riegos y Maquinaria de Murcia S.L.', ['Avda. de la Industria 17'], '30169', 'San Ginés', 'ES', 'Murcia'), contact: { name: 'Antonio Gil', email: 'agil@riegosmurcia.es', phone: '968 88 21 40' } },
      po: 'P-2026-0288', od: '2026-06-10', dd: '2026-07-06', cur: 'EUR', n: 3, tax: 21, desc: 'phone photo of a Dynamics-style pedido, IVA 21%', lineNo: 1, de: true },
    { k: 's7', name: 's07-en-us-scan-carolina.pdf', kind: 'pdf', tpl: 'quickbooks', lang: 'en', loc: 'en-US', ds: 'mdy/', cust: { company: 'Carolina Lift Truck Repair', addr: A('Carolina Lift Truck Repair', ['3120 Wilkinson Blvd'], '28208', 'Charlotte', 'US', 'NC'), contact: { name: 'Dwayne Hicks', email: null, phone: '(704) 555-0191' }, lh: { phone: '(704) 555-0191' } },
      po: '2217', od: '2026-06-10', dd: null, cur: 'USD', n: 4, via: 'UPS Ground', terms: 'Net 30', desc: 'image-only PDF of a QuickBooks PO, US dates, total only', lineNo: null, sub: false },
    { k: 's8', name: 's08-nl-fax-zeeland.tif', kind: 'fax', tpl: 'odoo', lang: 'nl', loc: 'nl-NL', ds: 'dmy-', de: true, cust: { company: 'Zeeuwse Baggertechniek B.V.', addr: A('Zeeuwse Baggertechniek B.V.', ['Havenweg 3'], '4538 AK', 'Terneuzen', 'NL'), contact: { name: 'Kees Verhage', email: 'k.verhage@zeeuwsebagger.nl', phone: '0115 69 30 20' } },
      po: 'P01177', od: '2026-06-11', dd: '2026-07-02', cur: 'EUR', n: 4, tax: 21, terms: '30 dagen', desc: 'fax TIFF of an Odoo inkooporder, BTW 21%', lineNo: null },
  ];
  for (const s of scans) {
    const rng = R(s.k);
    const order = O({ poNumber: s.po, orderDate: s.od, deliveryDate: s.dd, company: s.cust.company, contact: s.cust.contact, currency: s.cur, shipTo: s.shipTo === undefined ? s.cust.addr : s.shipTo,
      lines: lines(rng, ['de', 'fr', 'es', 'it'].includes(s.lang) ? s.lang : 'en', s.cur, s.n, { lineNo: s.lineNo === undefined ? 1 : s.lineNo }),
      taxRate: s.tax, shipping: s.ship ?? null, paymentTerms: s.terms ?? null, shippingMethod: s.via ?? null, notes: s.notes ?? null, phrase: s.phrase }, { subtotal: s.sub ?? true });
    const r = await render(s.tpl, doc({ cust: s.cust, lang: s.lang, loc: s.loc, ds: s.ds, order, de: s.de, size: s.size, labels: s.labels }));
    const pages = await renderPdfPages(r.bytes, r.pages);
    let bytes: Buffer;
    if (s.kind === 'fax') bytes = await toFax(rng, pages, { yDpi: 98 });
    else if (s.kind === 'fax-cover') {
      const sharp = (await import('sharp')).default;
      const m = await sharp(pages[0]).metadata();
      bytes = await toFax(rng, [await renderFaxCover(m.width, m.height, pages.length + 1), ...pages], { yDpi: 196 });
    } else if (s.kind === 'pdf') bytes = await toScannedPdf(rng, pages, 200);
    else bytes = await toPhoto(rng, pages[0]);
    file(s.name, bytes, [order], `PO, scan (${s.kind}, ${s.tpl})`, s.loc, s.desc);
  }
  // scans inside mails
  {
    const rng = R('s9');
    const cust: Cust = { company: 'Allgäuer Käsereitechnik GmbH', addr: A('Allgäuer Käsereitechnik GmbH', ['Kemptener Straße 54'], '87509', 'Immenstadt im Allgäu', 'DE'), contact: { name: 'Anna Berchtold', email: 'a.berchtold@akt-allgaeu.de', phone: '08323 96 41-0' } };
    const order = O({ poNumber: 'AKT-3318', orderDate: '2026-06-11', deliveryDate: '2026-06-30', company: cust.company, contact: cust.contact, currency: 'EUR', shipTo: cust.addr,
      lines: lines(rng, 'de', 'EUR', 3, { lineNo: 1 }), taxRate: 19, paymentTerms: '30 Tage netto' });
    const r = await sage(doc({ cust, lang: 'de', loc: 'de-DE', ds: 'dmy.', order, de: true }));
    const bytes = await toScannedPdf(rng, await renderPdfPages(r.bytes, r.pages), 150);
    await mail(rng, { name: 's09-de-mail-scanpdf-allgaeu', from: person(cust), to: US_MAIL_DE, subject: 'Bestellung', local: '2026-06-11T15:20:00', offset: '+0200',
      text: `Hallo,\n\nanbei unsere unterschriebene Bestellung (Scan).\n\nMfG\nAnna Berchtold\nAllgäuer Käsereitechnik GmbH`, attachments: [{ filename: 'Scan_20260611_152.pdf', content: bytes, contentType: PDF }],
      orders: [order], cls: 'PO, scanned PDF in mail', lang: 'de-DE', describe: 'mail with a 150 dpi image-only PDF scan; subject without PO number' });
  }
  {
    const rng = R('s10');
    const cust: Cust = { company: 'Humber Dock Engineering Ltd', addr: A('Humber Dock Engineering Ltd', ['Alexandra Dock', 'Shed 14'], 'HU9 1TA', 'Hull', 'GB'), contact: { name: 'Kev Marshall', email: 'kev.marshall@humberdock.co.uk', phone: '07712 339 041' } };
    const order = O({ poNumber: 'HDE 20417', orderDate: '2026-06-12', deliveryDate: '2026-06-15', company: cust.company, contact: cust.contact, currency: 'GBP', shipTo: cust.addr,
      lines: lines(rng, 'en', 'GBP', 2, { lineNo: 1, qtyMax: 6 }), taxRate: 20 });
    const r = await sage(doc({ cust, lang: 'en', loc: 'en-GB', ds: 'dmy/', order, labels: { poNumber: 'Order No.', shipTo: 'Deliver To', deliveryDate: 'Required By' } }));
    const bytes = await toPhoto(rng, (await renderPdfPages(r.bytes, r.pages))[0]);
    await mail(rng, { name: 's10-en-mail-photo-humber', from: person(cust), to: US_MAIL_UK, subject: 'PO HDE 20417', local: '2026-06-12T07:35:00', offset: '+0100',
      text: `Photo of the PO attached, printer's broken. Needed Monday.\n\nKev\n\nSent from my Samsung Galaxy`, attachments: [{ filename: 'IMG_20260612_073211.jpg', content: bytes, contentType: 'image/jpeg' }],
      orders: [order], cls: 'PO, phone photo in mail', lang: 'en-GB', describe: 'JPEG phone photo attached; required Mon 15/06, received Fri 12/06 = 1 business day = urgent' });
  }
  // ---------------------------------------------------------------- negatives
  {
    // N1: an invoice sent TO us by our haulier (German)
    const rng = R('n1');
    const cust: Cust = { company: 'Spedition Brandt GmbH & Co. KG', addr: A('Spedition Brandt GmbH & Co. KG', ['Am Containerhafen 9'], '47119', 'Duisburg', 'DE'), contact: { name: 'Buchhaltung', email: 'rechnung@spedition-brandt.de', phone: '0203 80 45-0' } };
    const inv = O({ poNumber: 'RE-2026-06-0184', orderDate: '2026-06-05', deliveryDate: null, company: cust.company, contact: cust.contact, currency: 'EUR', shipTo: null,
      lines: [{ lineNo: 1, sku: 'FR-NAH', description: 'Nahverkehr Sammelgut KW 22, 14 Sendungen', quantity: 14, unit: 'SDG', unitPrice: 38.5, amount: null }, { lineNo: 2, sku: 'MAUT', description: 'Mautzuschlag', quantity: 1, unit: null, unitPrice: 41.2, amount: null }], taxRate: 19 });
    const r = await dynamics({ ...doc({ cust, lang: 'de', loc: 'de-DE', ds: 'dmy.', order: inv }), supplier: US_DE, title: 'RECHNUNG', labels: { poNumber: 'Rechnungsnummer', orderDate: 'Rechnungsdatum', supplier: 'Rechnungsempfänger', contact: 'Sachbearbeiter' } });
    await mail(rng, { name: 'n01-de-invoice-to-us-brandt', from: person(cust), to: { name: 'Calder Fluid Systems GmbH Buchhaltung', address: 'buchhaltung@calderfluid.de' }, subject: 'Rechnung RE-2026-06-0184', local: '2026-06-08T13:00:00', offset: '+0200',
      text: 'Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung RE-2026-06-0184. Zahlbar innerhalb 14 Tagen ohne Abzug.\n\nMit freundlichen Grüßen\nSpedition Brandt GmbH & Co. KG\nBuchhaltung',
      attachments: [{ filename: 'RE-2026-06-0184.pdf', content: r.bytes, contentType: PDF }], orders: [], cls: 'NEGATIVE: invoice', lang: 'de-DE', describe: 'haulier invoice addressed to us (PDF with lines/totals), not an order' });
  }
  {
    const rng = R('n2');
    await mail(rng, { name: 'n02-en-despatch-notice', from: { name: 'Sheffield Seals Dispatch', address: 'despatch@sheffieldseals.co.uk' }, to: US_MAIL_UK, subject: 'Despatch Notification - your order 4500211 / our ref SO-88213', local: '2026-06-09T16:05:00', offset: '+0100',
      text: `Dear Customer,\n\nWe are pleased to advise that the following goods have been despatched today via DPD Next Day.\n\nYour order: 4500211\nOur sales order: SO-88213\nConsignment: 15501 8834 2210\n\n  200  OR-NBR-2112   O-ring NBR70 21.89 x 2.62\n  150  BU-PTFE-40    Backup ring PTFE 40mm\n\nDelivery address:\nCalder Fluid Systems Ltd\nUnit 4, Thornbury Trading Estate\nGelderd Road, Leeds LS12 6DX\n\nTrack your parcel at dpd.co.uk.\n\nSheffield Seals Ltd - Dispatch Dept.`,
      orders: [], cls: 'NEGATIVE: shipping notice', lang: 'en-GB', describe: 'our supplier tells us our purchase has shipped (item lines, "Next Day"), not a customer order' });
  }
  {
    const rng = R('n3');
    await mail(rng, { name: 'n03-fr-auto-reply', from: { name: 'Nathalie Giraud', address: 'n.giraud@presses-lyonnaises.fr' }, to: US_MAIL_DE, subject: 'Réponse automatique : Confirmation de commande AB-26-21877 / CA-2026-01544', local: '2026-06-09T08:01:00', offset: '+0200',
      text: `Bonjour,\n\nJe suis absente du bureau jusqu'au 19/06/2026 inclus, avec un accès limité à mes e-mails.\nPour toute urgence concernant les commandes, merci de contacter le service achats au 04 72 51 30 00 ou achats@presses-lyonnaises.fr.\n\nCordialement,\nNathalie Giraud\nPresses Lyonnaises SAS`,
      orders: [], cls: 'NEGATIVE: out-of-office', lang: 'fr-FR', describe: 'auto-reply to our order confirmation, mentions PO number and "urgence"' });
  }
  {
    const rng = R('n4');
    await mail(rng, { name: 'n04-es-quote-request', from: { name: 'Pablo Ortega', address: 'p.ortega@montajesortega.es' }, to: US_MAIL_DE, subject: 'Solicitud de oferta - cilindros y válvulas', local: '2026-06-10T10:10:00', offset: '+0200',
      text: `Buenos días,\n\nEstamos preparando un proyecto y necesitaríamos precio y plazo de entrega para:\n\n- 6 uds. Cilindro hidráulico 50/28 carrera 300 (CFS-CY-50-300)\n- 6 uds. Kit de juntas cilindro 50/28 (CFS-SK-5028)\n- 2 uds. Válvula direccional NG10 4/3 230VCA (CFS-DV-1043)\n\nPor favor envíen su mejor oferta antes del 17/06/2026. De momento no es un pedido en firme.\n\nSaludos,\nPablo Ortega\nMontajes Ortega S.L.\nTel. 986 22 41 90`,
      orders: [], cls: 'NEGATIVE: request for quotation', lang: 'es-ES', describe: 'RFQ with SKUs and quantities, explicitly "no es un pedido en firme"' });
  }
  {
    const rng = R('n5');
    const html = `<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#0b3d5c;color:#fff;padding:16px"><h1>Fluid Power Monthly</h1><p>June 2026 edition</p></td></tr>
<tr><td><h2>Order now: summer price promotion on hydraulic hoses</h2><p>Save 15% on 2SN hose when you order 100 m or more before 30 June. Use code SUMMER26 on your purchase order.</p>
<h2>Urgent safety notice: counterfeit couplings</h2><p>Several distributors report fake ISO-A couplings. Check your stock.</p><p><a href="https://fluidpowermonthly.example/unsubscribe">Unsubscribe</a> | You receive this mail because you subscribed at FPM Expo 2025.</p></td></tr></table></body></html>`;
    await mail(rng, { name: 'n05-en-newsletter', from: { name: 'Fluid Power Monthly', address: 'news@fluidpowermonthly.example' }, to: US_MAIL_UK, subject: 'June: hose promotion, counterfeit coupling alert, event dates', local: '2026-06-11T06:00:00', offset: '+0000', html,
      orders: [], cls: 'NEGATIVE: newsletter', lang: 'en', describe: 'HTML newsletter with "Order now", "purchase order" and "Urgent" words' });
  }
  {
    const rng = R('n6');
    await mail(rng, { name: 'n06-nl-payment-advice', from: { name: 'Crediteurenadministratie Van der Berg', address: 'crediteuren@vdberg-agritech.nl' }, to: { name: 'Calder Fluid Systems GmbH Buchhaltung', address: 'buchhaltung@calderfluid.de' }, subject: 'Betalingsadvies 12-06-2026', local: '2026-06-12T09:00:00', offset: '+0200',
      text: `Geachte relatie,\n\nHierbij ontvangt u het betalingsadvies van onze betaling van vandaag.\n\nFactuur        Datum        Ons ordernr.   Bedrag\n90041877       14-05-2026   P00802         1.482,30\n90041912       21-05-2026   P00815           612,75\n---------------------------------------------------\nTotaal betaald                             2.095,05 EUR\n\nMet vriendelijke groet,\nVan der Berg Agritech B.V.\nCrediteurenadministratie`,
      orders: [], cls: 'NEGATIVE: payment advice', lang: 'nl-NL', describe: 'remittance advice listing paid invoices with PO numbers and amounts' });
  }
  {
    const rng = R('n7');
    await mail(rng, { name: 'n07-en-order-status-question', from: { name: 'Claire Robson', address: 'claire.robson@nws-water.co.uk' }, to: US_MAIL_UK, subject: 'RE: URGENT PO 4100092217 - Howdon', local: '2026-06-10T08:45:00', offset: '+0100',
      text: `Hi,\n\nCan you let me know where PO 4100092217 is? Site says nothing has arrived yet and it is urgent. Please send the tracking number.\n\nThanks\nClaire Robson\nProcurement Officer\nNorthumbria Water Services Ltd\n0191 301 4477`,
      orders: [], cls: 'NEGATIVE: question (order status)', lang: 'en-GB', describe: 'chaser about an earlier PO (same number as 13), "urgent", no new order' });
  }

  manifest.sort();
  writeFileSync(join(import.meta.dirname, 'MANIFEST.md'), `# samples/firstsight/f — manifest\n\nOne week (Mon 8 – Fri 12 June 2026) of the order mailbox of Calder Fluid Systems (Leeds, UK / Duisburg, DE), an invented hydraulics & pneumatics distributor.\nGenerated by \`node_modules/.bin/tsx samples/firstsight/f-gen/generate.ts\`; truth beside each input as \`<input file name>.truth.json\`; \`check.ts\` validates every truth against the contract schema and re-adds the sums.\n\nTruth conventions used here (beyond the contract README):\n- \`billTo\` only where a billing block is printed (a letterhead is not a bill-to); \`subtotal\` null where only a total is printed; \`shipping\` = printed freight/carriage/portes.\n- Discount columns: \`unitPrice\` is the printed gross price, \`amount\` the printed net line amount.\n- Urgency: receipt day = local date of the mail's Date header; bare files (scans) have no receipt date, so only written phrases count there.\n- \`customerId\`/\`catalogSku\` null (no catalogue match known to a reader); \`confidence\` 1, \`needsReview\` false, \`reviewReasons\` [] are placeholders, not judgements.\n- \`source.messageId\` keeps the angle brackets of the header.\n\n| input | class | language/locale | what is special |\n|---|---|---|---|\n${manifest.join('\n')}\n`);
  console.log(`wrote ${manifest.length} inputs to ${OUT}`);
}

await main();
