// Emails with one PDF PO (14) and emails with two PO PDFs (3).
import { O, A, MT, emitEmail, bodyDoc, pdfOf, msgId, L } from './core.ts';
import type { Order } from './model.ts';
import { fmtDate } from './lib.ts';

export const FP = {
  de: ['Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen (AEB). Abweichende AGB des Lieferanten werden nicht anerkannt.', 'Liefertermin verbindlich. Bitte Bestellnummer auf Lieferschein und Rechnung angeben.', 'Warenannahme Mo–Do 7:00–14:30 Uhr, Fr 7:00–11:30 Uhr.'],
  fr: ["Nos conditions générales d'achat s'appliquent à la présente commande.", 'Merci de rappeler notre numéro de commande sur le bon de livraison et sur la facture.'],
  es: ['Imprescindible indicar el número de pedido en albarán y factura.', 'Horario de recepción de mercancía: de lunes a viernes de 8:00 a 14:00.'],
  it: ["Indicare sempre il numero d'ordine su DDT e fattura.", 'Orario ricevimento merci: lun-ven 8:00-12:00 / 13:30-16:30.'],
  nl: ['Op al onze inkopen zijn onze algemene inkoopvoorwaarden van toepassing.', 'Vermeld ons ordernummer op pakbon en factuur.'],
  en: ['Please quote our PO number on all delivery notes and invoices.', 'Our general terms and conditions of purchase apply.'],
};
const att = (filename: string, content: Buffer) => ({ filename, content, contentType: MT.pdf });
const pdoc = (name: string, pages: number) => ({ name, mediaType: MT.pdf, method: 'pdf-text', pages });

export async function specs1() {
  // ---- P01 de-DE SAP, multi-page, repeated header, carry-forward ----
  {
    const o = O({ id: 'p01', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: '4500087312', orderDate: '2026-10-02', reqDate: '2026-10-23',
      company: 'Kessler Antriebstechnik GmbH', contactName: 'Markus Lindner', email: 'm.lindner@kessler-antrieb.example', phone: '+49 711 555-0142',
      letterAddr: A(null, 'Industriestraße 14', '70565', 'Stuttgart', 'DE'), addrMode: 'prefix', registry: 'Kessler Antriebstechnik GmbH · Sitz Stuttgart · Amtsgericht Stuttgart HRB 765432 · USt-IdNr. DE812345678',
      shipTo: A('Kessler Antriebstechnik GmbH, Werk 2', 'Tor 3 / Warenannahme\nRobert-Bosch-Straße 40', '71254', 'Ditzingen', 'DE'), billTo: A('Kessler Antriebstechnik GmbH', 'Kreditorenbuchhaltung\nPostfach 80 11 20', '70511', 'Stuttgart', 'DE'),
      cols: ['pos', 'custMat', 'sku', 'desc', 'qty', 'unit', 'price', 'amount', 'date'], lineNoStyle: 'sap', custMatPrefix: '1000', lineDates: true, sap3: true, items: 26,
      paymentTerms: '30 Tage netto', shippingMethod: 'Spedition', incoterms: 'DAP Ditzingen (Incoterms 2020)', showSubtotal: false, supplierNo: '70012', finePrint: FP.de,
      labels: { total: 'Gesamtnettowert ohne MwSt.', title: 'Bestellung', poNo: 'Bestellnummer', desc: 'Kurztext', price: 'Preis', amount: 'Wert', qty: 'Menge', unit: 'ME', custMat: 'Material', sku: 'Lief.-Art.-Nr.', lineDate: 'Liefertermin', delDate: 'Liefertermin' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'borderless', repeatHeader: true, carry: true, creator: 'SAP NetWeaver', labels: (o as any).labels, pageHeader: true, accent: '#000000' });
    const mail = { from: 'Markus Lindner <m.lindner@kessler-antrieb.example>', subject: 'Bestellung 4500087312', date: '2026-10-05T09:14:00+02:00', messageId: msgId('SAP.4500087312.20261005091400', 'kessler-antrieb.example'),
      text: `Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500087312. Bitte senden Sie uns innerhalb von 3 Arbeitstagen eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nMarkus Lindner\nStrategischer Einkauf\nKessler Antriebstechnik GmbH\nTel. +49 711 555-0142\n`,
      attachments: [att('Bestellung_4500087312.pdf', pdf.buf)], headers: { 'X-Mailer': 'SAP NetWeaver 7.50' } };
    await emitEmail('de-kessler-sap-4500087312', 'de', 'email+pdf', 'German SAP Bestellung, 26 positions 00010-style with material + our article no., 3-decimal quantities, multi-page with repeated header and Übertrag, net total only', mail, [{ o }], [bodyDoc(), pdoc('Bestellung_4500087312.pdf', pdf.pages)]);
  }
  // ---- P02 de-DE Lexware, Skonto, DHL, date 3 days after receipt ----
  {
    const o = O({ id: 'p02', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: 'B-2026-0571', orderDate: '2026-10-12', reqDate: '2026-10-16',
      company: 'Brandl Metallbau GmbH & Co. KG', contactName: 'Sabine Brandl', email: 'einkauf@brandl-metallbau.example', phone: '0941 555-0117',
      letterAddr: A(null, 'Hafenstraße 8', '93055', 'Regensburg', 'DE'), registry: 'Brandl Metallbau GmbH & Co. KG · AG Regensburg HRA 9876 · pers. haft. Ges.: Brandl Verwaltungs GmbH, AG Regensburg HRB 11223',
      shipTo: A('Brandl Metallbau GmbH & Co. KG', 'Hafenstraße 8', '93055', 'Regensburg', 'DE'), shipToMode: 'block', billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['FST', 'TLS', 'SAF'],
      taxRate: 19, shipping: 12.9, paymentTerms: '14 Tage 2 % Skonto, 30 Tage netto', shippingMethod: 'DHL Paket', finePrint: [FP.de[1]],
      labels: { title: 'Bestellung', poNo: 'Bestell-Nr.', shipping: 'Versandkosten', tax: 'zzgl. MwSt.', total: 'Gesamtbetrag' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'borderless', creator: 'Lexware warenwirtschaft pro', labels: (o as any).labels, accent: '#7a1f1f' });
    const mail = { from: '"Brandl Metallbau Einkauf" <einkauf@brandl-metallbau.example>', subject: 'Bestellung B-2026-0571', date: '2026-10-13T11:02:00+02:00', messageId: msgId('20261013090212.4471@brandl-metallbau.example', 'mail.brandl-metallbau.example'),
      text: `Guten Tag,\n\nim Anhang unsere Bestellung B-2026-0571. Wir benötigen die Ware zum 16.10.2026.\n\nFreundliche Grüße\nSabine Brandl\nBrandl Metallbau GmbH & Co. KG\nTel. 0941 555-0117\n` ,
      attachments: [att('Bestellung B-2026-0571.pdf', pdf.buf)] };
    await emitEmail('de-brandl-lexware-b2026-0571', 'de', 'email+pdf', 'German Lexware-style Bestellung, borderless, Skonto terms, Versandkosten + MwSt., delivery date 3 days after receipt, invoice address "wie Briefkopf"', mail, [{ o }], [bodyDoc(), pdoc('Bestellung B-2026-0571.pdf', pdf.pages)]);
  }
  // ---- P03 de-AT sevDesk, zebra, line discounts, "keine Eile" ----
  {
    const o = O({ id: 'p03', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: '2026-0418', orderDate: '2026-10-20', reqDate: '2026-11-06',
      company: 'Huber & Steiner Haustechnik GmbH', contactName: 'Florian Steiner', email: 'f.steiner@huber-steiner.example', phone: '+43 732 555-0118',
      letterAddr: A(null, 'Wiener Straße 211', '4020', 'Linz', 'AT'), registry: 'FN 345678 k · Landesgericht Linz · UID ATU12345678',
      shipTo: A('Huber & Steiner Haustechnik GmbH – Lager', 'Industriezeile 47', '4020', 'Linz', 'AT'), billTo: A('Huber & Steiner Haustechnik GmbH', 'Wiener Straße 211', '4020', 'Linz', 'AT'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'disc', 'amount'], lineNoStyle: '1', lineDisc: true, items: 7, itemPool: ['ELE', 'HYD', 'FST'], unitVariant: 1,
      taxRate: 20, paymentTerms: '30 Tage netto', shippingMethod: 'Post.at Paket', urg: [{ level: 'neg', phrase: 'keine Eile', where: 'body' }],
      labels: { title: 'Bestellung', tax: 'USt.', total: 'Gesamtbetrag', disc: 'Rabatt %', poNo: 'Bestellnummer' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'zebra', creator: 'sevDesk', labels: (o as any).labels, accent: '#1b6e5a' });
    const mail = { from: 'Florian Steiner <f.steiner@huber-steiner.example>', subject: 'Bestellung 2026-0418', date: '2026-10-21T15:37:00+02:00', messageId: msgId('sevdesk-7d1f2a90-0418', 'huber-steiner.example'),
      text: `Servus,\n\nanbei unsere Bestellung 2026-0418. Es ist keine Eile – Lieferung Anfang November reicht völlig.\n\nLG\nFlorian Steiner\nHuber & Steiner Haustechnik GmbH\n+43 732 555-0118\n`, attachments: [att('Bestellung_2026-0418.pdf', pdf.buf)] };
    await emitEmail('at-huber-steiner-sevdesk-2026-0418', 'de', 'email+pdf', 'Austrian sevDesk-style Bestellung, zebra table, per-line Rabatt %, USt. 20 %, body says "keine Eile"', mail, [{ o }], [bodyDoc(), pdoc('Bestellung_2026-0418.pdf', pdf.pages)]);
  }
  // ---- P04 en by de-CH, CHF, 1'234.50, date next business day ----
  {
    const o = O({ id: 'p04', lang: 'en', numFmt: 'ch', dateFmt: 'dot', currency: 'CHF', curPrinted: 'CHF', poNumber: 'PO-26-01944', orderDate: '2026-10-08', reqDate: '2026-10-09',
      company: 'Brunner Präzisionstechnik AG', contactName: 'Reto Brunner', email: 'reto.brunner@brunner-praezision.example', phone: '+41 52 555 01 27',
      letterAddr: A(null, 'Tössfeldstrasse 31', '8406', 'Winterthur', 'CH'), registry: 'Brunner Präzisionstechnik AG · CHE-123.456.789 MWST · Handelsregister Kanton Zürich',
      shipTo: A('Brunner Präzisionstechnik AG', 'Halle C, Rampe 2\nTössfeldstrasse 31', '8406', 'Winterthur', 'CH'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '10', items: 5, itemPool: ['BRG', 'TLS'], unitVariant: 1,
      taxRate: 8.1, shipping: 35, paymentTerms: '30 days net', shippingMethod: 'DHL Freight', incoterms: 'DAP Winterthur', finePrint: FP.en,
      labels: { title: 'Purchase Order', tax: 'VAT', total: 'Total', shipping: 'Freight' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'ruled', creator: 'Abacus ERP', labels: (o as any).labels, accent: '#b01c2e' });
    const mail = { from: 'Reto Brunner <reto.brunner@brunner-praezision.example>', subject: 'PO-26-01944 Brunner Präzisionstechnik', date: '2026-10-08T08:21:00+02:00', messageId: msgId('AM0PR03MB4411.EURP.PROD.20261008', 'brunner-praezision.example'),
      text: `Hello,\n\nplease find attached our purchase order PO-26-01944. We need the goods on 09.10.2026 in Winterthur.\nPlease send us the order confirmation.\n\nThanks and best regards\nReto Brunner\nBrunner Präzisionstechnik AG\nPhone +41 52 555 01 27\n`, attachments: [att('PO-26-01944.pdf', pdf.buf)] };
    await emitEmail('ch-brunner-abacus-po-26-01944', 'en', 'email+pdf', 'Swiss company writing English, CHF with 1\'234.50 numbers, MWST 8.1 %, freight, requested the next business day (date rule)', mail, [{ o }], [bodyDoc(), pdoc('PO-26-01944.pdf', pdf.pages)]);
  }
  // ---- P05 fr-FR Sage, long dates, ruled, port ----
  {
    const o = O({ id: 'p05', lang: 'fr', numFmt: 'fr', dateFmt: 'long', poNumber: 'BC26-00731', orderDate: '2026-10-09', reqDate: '2026-10-30',
      company: 'Ateliers Mécaniques du Rhône SAS', contactName: 'Claire Dubois', email: 'c.dubois@amr-rhone.example', phone: '04 78 55 50 01 33'.replace('04 78 55 50 01 33', '+33 4 78 555-0133'),
      letterAddr: A(null, 'ZI du Puy d\'Or\n12 rue des Forges', '69200', 'Vénissieux', 'FR'), registry: 'SAS au capital de 250 000 € · SIRET 812 345 678 00021 · RCS Lyon · TVA FR12 812345678 · APE 2562B',
      shipTo: A('Ateliers Mécaniques du Rhône – Magasin', 'ZI du Puy d\'Or\n12 rue des Forges', '69200', 'Vénissieux', 'FR'), billTo: A('Ateliers Mécaniques du Rhône SAS', 'Service Comptabilité\n12 rue des Forges', '69200', 'Vénissieux', 'FR'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 8, itemPool: ['BRG', 'FST', 'HYD'],
      taxRate: 20, shipping: 18.5, paymentTerms: '30 jours fin de mois', shippingMethod: 'Messagerie', finePrint: [...FP.fr, 'Commande à annuler si non livrée avant le 13/11/2026.'],
      labels: { title: 'Bon de commande', poNo: 'Commande n°', shipping: 'Frais de port', tax: 'TVA', total: 'Total TTC', subtotal: 'Total HT' },
    } as any);
    const pdf = await pdfOf(o, { font: 'serif', table: 'ruled', creator: 'Sage 100 Gestion commerciale', labels: (o as any).labels, accent: '#123c69' });
    const mail = { from: 'Claire Dubois <c.dubois@amr-rhone.example>', subject: 'Commande BC26-00731', date: '2026-10-12T10:48:00+02:00', messageId: msgId('BC26-00731.1760258880@amr-rhone.example', 'amr-rhone.example'),
      text: `Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande BC26-00731.\nMerci de nous retourner un accusé de réception de commande.\n\nCordialement,\n\nClaire Dubois\nService Achats – Ateliers Mécaniques du Rhône\nTél. +33 4 78 555-0133\n`, attachments: [att('BC26-00731.pdf', pdf.buf)] };
    await emitEmail('fr-amr-sage-bc26-00731', 'fr', 'email+pdf', 'French Sage 100 bon de commande, ruled table, dates "30 octobre 2026", 1 234,50 numbers, frais de port, TVA 20 %, "annuler si non livrée avant" fine print', mail, [{ o }], [bodyDoc(), pdoc('BC26-00731.pdf', pdf.pages)]);
  }
  // ---- P06 en by fr-BE Odoo, [SKU] in description, priority words ----
  {
    const o = O({ id: 'p06', lang: 'en', numFmt: 'en', dateFmt: 'slash', poNumber: 'P00412', orderDate: '2026-10-19', reqDate: '2026-11-03',
      company: 'Vandersmissen Food Packaging SRL', contactName: 'Amélie Vandersmissen', email: 'purchase@vdsm-packaging.example', phone: '+32 56 555 01 45',
      letterAddr: A(null, 'Rue du Progrès 19\nZoning Industriel de Mouscron', '7700', 'Mouscron', 'BE'), registry: 'TVA BE 0456.789.123 · RPM Tournai · IBAN BE71 0961 2345 6769',
      shipTo: A('Vandersmissen Food Packaging SRL', 'Rue du Progrès 19\nZoning Industriel de Mouscron', '7700', 'Mouscron', 'BE'), billToMode: 'none',
      cols: ['desc', 'qty', 'unit', 'price', 'amount'], skuInDesc: true, items: 5, itemPool: ['PKG', 'LAB-NIT', 'SAF-GLS'],
      taxRate: 21, paymentTerms: '30 Days', incoterms: 'DAP', urg: [{ level: 'high', phrase: 'please treat as priority', where: 'document notes' }],
      notes: ['Note: please treat as priority, our stock is low.'], labels: { title: 'Purchase Order', poNo: 'Order Reference', tax: 'Taxes', total: 'Total', subtotal: 'Untaxed Amount', date: 'Order Date', delDate: 'Expected Arrival', unit: 'UoM' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'borderless', creator: 'Odoo', titleOverride: 'Purchase Order #P00412', labels: (o as any).labels, accent: '#714b67', signature: false });
    const mail = { from: 'Vandersmissen Food Packaging <purchase@vdsm-packaging.example>', subject: 'Vandersmissen Food Packaging SRL Order (Ref P00412)', date: '2026-10-20T09:55:00+02:00', messageId: msgId('1760946900.412.odoo-mail', 'vdsm-packaging.example'),
      text: `Dear Northwind Industrial Supply,\n\nHere is in attachment a purchase order P00412 amounting in 0.00 from Vandersmissen Food Packaging SRL.\n\nThe receipt is expected for 03/11/2026.\n\nCould you please acknowledge the receipt of this order?\n\n--\nAmélie Vandersmissen\n`.replace('0.00', '€ ' + o.total.toLocaleString('en-US', { minimumFractionDigits: 2 })), attachments: [att('PO - P00412.pdf', pdf.buf)] };
    await emitEmail('be-vandersmissen-odoo-p00412', 'en', 'email+pdf', 'Belgian Odoo purchase order in English, [SKU] inside description, no positions, line taxes 21 %, priority wording in document notes', mail, [{ o }], [bodyDoc(), pdoc('PO - P00412.pdf', pdf.pages)]);
  }
  // ---- P07 nl-NL Exact, SPOED, due in 2 business days ----
  {
    const o = O({ id: 'p07', lang: 'nl', numFmt: 'de', dateFmt: 'dash', poNumber: 'IO-26-3307', orderDate: '2026-10-26', reqDate: '2026-10-28',
      company: 'Van Dijk Installatietechniek B.V.', contactName: 'Ruud de Vries', email: 'r.devries@vandijk-installatie.example', phone: '+31 30 555 0129',
      letterAddr: A(null, 'Ravenswade 54', '3439 LD', 'Nieuwegein', 'NL'), registry: 'KvK 61234567 · BTW NL812345678B01 · IBAN NL91 ABNA 0417 1643 00',
      shipTo: A('Van Dijk Installatietechniek – Project Leidsche Rijn', 'Bouwterrein Veldhuizen, poort 2\nVeldhuizerweg 12', '3451 VB', 'Utrecht', 'NL'), billTo: A('Van Dijk Installatietechniek B.V.', 'Ravenswade 54', '3439 LD', 'Nieuwegein', 'NL'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['ELE', 'FST-ANK', 'SAF-HLM'],
      taxRate: 21, paymentTerms: '30 dagen netto', shippingMethod: 'PostNL Pakket', urg: [{ level: 'urgent', phrase: 'SPOED', where: 'subject and document' }],
      notes: ['SPOED – levering uiterlijk 28-10-2026 op de bouwplaats.'], labels: { title: 'Inkooporder', poNo: 'Ordernummer', tax: 'BTW', total: 'Totaal incl. BTW', subtotal: 'Totaal excl. BTW' },
    } as any);
    const pdf = await pdfOf(o, { font: 'cond', table: 'ruled', creator: 'Exact Globe+', labels: (o as any).labels, accent: '#e36c0a' });
    const mail = { from: 'Ruud de Vries <r.devries@vandijk-installatie.example>', subject: 'SPOED: inkooporder IO-26-3307', date: '2026-10-26T07:58:00+01:00', messageId: msgId('IO-26-3307.exact.20261026', 'vandijk-installatie.example'),
      text: `Goedemorgen,\n\nBijgaand onze inkooporder IO-26-3307. Graag woensdag 28-10 leveren op de bouwplaats, anders ligt het werk stil.\n\nMet vriendelijke groet,\nRuud de Vries\nInkoper\nVan Dijk Installatietechniek B.V.\nT +31 30 555 0129\n`, attachments: [att('Inkooporder IO-26-3307.pdf', pdf.buf)] };
    await emitEmail('nl-vandijk-exact-io-26-3307', 'nl', 'email+pdf', 'Dutch Exact inkooporder, ruled, dd-mm-yyyy dates, BTW 21 %, site delivery address (afleveradres), SPOED in subject, due in 2 business days', mail, [{ o }], [bodyDoc(), pdoc('Inkooporder IO-26-3307.pdf', pdf.pages)]);
  }
  // ---- P08 es-ES SAP Pedido ----
  {
    const o = O({ id: 'p08', lang: 'es', numFmt: 'de', dateFmt: 'dot', poNumber: '4100023318', orderDate: '2026-11-03', reqDate: '2026-11-18',
      company: 'Industrias Levante Componentes S.L.', contactName: 'Javier Morales Gil', email: 'compras@levante-componentes.example', phone: '+34 961 555 014',
      letterAddr: A(null, 'Polígono Fuente del Jarro\nCalle Ciudad de Sevilla 22', '46988', 'Paterna', 'ES', 'Valencia'), registry: 'CIF B-12345678 · Inscrita en el Registro Mercantil de Valencia, Tomo 1234, Folio 56, Hoja V-7890',
      shipTo: A('Industrias Levante Componentes S.L. – Almacén 3', 'Calle Ciudad de Sevilla 22', '46988', 'Paterna', 'ES', 'Valencia'), billTo: A('Industrias Levante Componentes S.L.', 'Calle Ciudad de Sevilla 22', '46988', 'Paterna', 'ES', 'Valencia'),
      cols: ['pos', 'custMat', 'sku', 'desc', 'qty', 'unit', 'price', 'amount', 'date'], lineNoStyle: 'sap', custMatPrefix: '3000', lineDates: true, items: 9, unitVariant: 1,
      taxRate: 21, shipping: 25, paymentTerms: 'Transferencia a 60 días fecha factura', shippingMethod: 'Agencia de transporte', incoterms: 'DAP Paterna', finePrint: FP.es,
      labels: { title: 'Pedido', poNo: 'Nº pedido', shipping: 'Portes', tax: 'IVA', total: 'Total pedido', subtotal: 'Base imponible', custMat: 'Material', sku: 'Ref. proveedor', desc: 'Denominación' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'borderless', creator: 'SAP', labels: (o as any).labels, accent: '#000', repeatHeader: true });
    const mail = { from: 'Compras Levante <compras@levante-componentes.example>', subject: 'Pedido 4100023318', date: '2026-11-04T12:30:00+01:00', messageId: msgId('SAP.4100023318.20261104', 'levante-componentes.example'),
      text: `Buenos días,\n\nLes adjuntamos nuestro pedido 4100023318. Rogamos confirmación de pedido y plazo de entrega.\n\nSaludos cordiales,\nJavier Morales Gil\nDepartamento de Compras\nIndustrias Levante Componentes S.L.\nTel. +34 961 555 014\n`, attachments: [att('Pedido_4100023318.pdf', pdf.buf)] };
    await emitEmail('es-levante-sap-4100023318', 'es', 'email+pdf', 'Spanish SAP pedido, positions 00010, material + our reference, per-line fecha entrega, portes, IVA 21 %, region in address (Valencia)', mail, [{ o }], [bodyDoc(), pdoc('Pedido_4100023318.pdf', pdf.pages)]);
  }
  // ---- P09 it-IT TeamSystem, no positions, sconto, date 5 days ----
  {
    const o = O({ id: 'p09', lang: 'it', numFmt: 'de', dateFmt: 'slash', poNumber: 'OF/2026/1187', orderDate: '2026-10-14', reqDate: '2026-10-20',
      company: 'Officine Meccaniche Bergamasche S.r.l.', contactName: 'Luca Rota', email: 'acquisti@omb-bergamo.example', phone: '+39 035 555 0126',
      letterAddr: A(null, "Via dell'Industria 27", '24040', 'Stezzano', 'IT', 'BG'), registry: 'P.IVA 01234567890 · REA BG-123456 · Cap. Soc. € 100.000 i.v.',
      shipTo: A('Officine Meccaniche Bergamasche S.r.l. – Stabilimento 2', 'Via Grumello 5', '24040', 'Stezzano', 'IT', 'BG'), billTo: A('Officine Meccaniche Bergamasche S.r.l.', "Via dell'Industria 27", '24040', 'Stezzano', 'IT', 'BG'),
      cols: ['sku', 'desc', 'unit', 'qty', 'price', 'disc', 'amount'], lineNoStyle: 'none', lineDisc: true, items: 6, itemPool: ['BRG', 'HYD', 'TLS'],
      taxRate: 22, shipping: 30, paymentTerms: 'Ri.Ba. 60 gg d.f.f.m.', shippingMethod: 'Corriere BRT', incoterms: 'Porto franco', finePrint: FP.it,
      labels: { title: "Ordine d'acquisto", poNo: 'Numero ordine', shipping: 'Spese di trasporto', tax: 'IVA', total: 'Totale ordine', subtotal: 'Imponibile', sku: 'Vs. codice' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'ruled', creator: 'TeamSystem Enterprise', labels: (o as any).labels, accent: '#225522' });
    const mail = { from: 'Ufficio Acquisti OMB <acquisti@omb-bergamo.example>', subject: "Ordine d'acquisto OF/2026/1187", date: '2026-10-15T14:12:00+02:00', messageId: msgId('TS-OF-2026-1187', 'omb-bergamo.example'),
      text: `Spett.le Northwind Industrial Supply,\n\nin allegato il nostro ordine OF/2026/1187. Vi preghiamo di inviarci conferma d'ordine.\n\nCordiali saluti\nLuca Rota\nUfficio Acquisti\nOfficine Meccaniche Bergamasche S.r.l.\nTel. +39 035 555 0126\n`, attachments: [att('OF_2026_1187.pdf', pdf.buf)] };
    await emitEmail('it-omb-teamsystem-of2026-1187', 'it', 'email+pdf', 'Italian TeamSystem ordine, no positions, sconto column, IVA 22 %, province codes (BG), delivery 5 days after receipt', mail, [{ o }], [bodyDoc(), pdoc('OF_2026_1187.pdf', pdf.pages)]);
  }
  // ---- P10 en by de-DE Dynamics, German numbers, freight row in table, multi-page w/o repeated header ----
  {
    const o = O({ id: 'p10', lang: 'en', numFmt: 'de', dateFmt: 'dot', poNumber: 'EK26-004521', orderDate: '2026-10-22', reqDate: '2026-11-06',
      company: 'Hoffmann Kunststofftechnik GmbH', contactName: 'Jens Hoffmann', email: 'j.hoffmann@hoffmann-kunststoff.example', phone: '+49 2151 555-0163',
      letterAddr: A(null, 'Oppumer Straße 140', '47799', 'Krefeld', 'DE'), registry: 'Hoffmann Kunststofftechnik GmbH · Amtsgericht Krefeld HRB 16543 · VAT ID DE298765432',
      shipTo: A('Hoffmann Kunststofftechnik GmbH', 'Gate 4 – Goods Receipt\nOppumer Straße 140', '47799', 'Krefeld', 'DE'), billTo: A('Hoffmann Kunststofftechnik GmbH', 'Accounts Payable\nOppumer Straße 140', '47799', 'Krefeld', 'DE'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '10', items: 24, unitVariant: 1,
      taxRate: 19, shipping: 45, freightInTable: true, paymentTerms: '30 days net', shippingMethod: 'Forwarder (Spedition)', incoterms: 'DAP Krefeld', finePrint: FP.en,
      notes: ['Please deliver until 06.11.2026 and send order confirmation within 2 working days.'],
      labels: { title: 'Purchase Order', poNo: 'Order No.', subtotal: 'Goods value', shipping: 'Freight and packing', tax: 'VAT', total: 'Total' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'zebra', repeatHeader: false, creator: 'Microsoft Dynamics NAV', labels: (o as any).labels, accent: '#004b87' });
    const mail = { from: 'Jens Hoffmann <j.hoffmann@hoffmann-kunststoff.example>', subject: 'Purchase Order EK26-004521', date: '2026-10-23T13:05:00+02:00', messageId: msgId('NAV.EK26-004521', 'hoffmann-kunststoff.example'),
      text: `Dear Sir or Madam,\n\nenclosed you receive our purchase order EK26-004521. We ask for your order confirmation.\n\nWith kind regards\nJens Hoffmann\nPurchasing\nHoffmann Kunststofftechnik GmbH\nPhone +49 2151 555-0163\n`, attachments: [att('EK26-004521.pdf', pdf.buf)] };
    await emitEmail('de-hoffmann-dynamics-ek26-004521', 'en', 'email+pdf', 'German company, English Dynamics NAV PO with German number format, 24 lines over two pages without repeated header, freight row inside the item table', mail, [{ o }], [bodyDoc(), pdoc('EK26-004521.pdf', pdf.pages)]);
  }
  // ---- P11 en by nl-NL lab, Exact Online, due in 2 bd + "by end of week" ----
  {
    const o = O({ id: 'p11', lang: 'en', numFmt: 'de', dateFmt: 'dash', poNumber: '26100388', orderDate: '2026-11-10', reqDate: '2026-11-12',
      company: 'Bakker Laboratoriumservice B.V.', contactName: 'Sanne Bakker', email: 's.bakker@bakker-labservice.example', phone: '+31 71 555 0152',
      letterAddr: A(null, 'Zernikedreef 9', '2333 CK', 'Leiden', 'NL'), registry: 'Chamber of Commerce (KvK) 28076543 · VAT NL854321098B01',
      shipTo: A('Bakker Laboratoriumservice B.V.', 'Zernikedreef 9', '2333 CK', 'Leiden', 'NL'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 5, itemPool: ['LAB', 'SAF-GLS', 'SAF-GLV'],
      taxRate: 21, paymentTerms: '30 days', shippingMethod: 'DHL Parcel', urg: [{ level: 'high', phrase: 'by end of week', where: 'body' }],
      labels: { title: 'Purchase order', poNo: 'Order number', tax: 'VAT', total: 'Total incl. VAT', subtotal: 'Total excl. VAT' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'borderless', creator: 'Exact Online', labels: (o as any).labels, accent: '#e31e24' });
    const mail = { from: 'Sanne Bakker <s.bakker@bakker-labservice.example>', subject: 'Purchase order 26100388', date: '2026-11-10T16:44:00+01:00', messageId: msgId('exactonline.26100388.1762789440', 'bakker-labservice.example'),
      text: `Hi Northwind team,\n\nAttached our purchase order 26100388. We need it delivered by end of week at the latest, Thursday 12-11 would be perfect.\n\nKind regards,\nSanne Bakker\nBakker Laboratoriumservice B.V.\n+31 71 555 0152\n`, attachments: [att('PO26100388.pdf', pdf.buf)] };
    await emitEmail('nl-bakker-exactonline-26100388', 'en', 'email+pdf', 'Dutch lab writing English (Exact Online), EU numbers, "by end of week" in body and delivery 2 business days after receipt', mail, [{ o }], [bodyDoc(), pdoc('PO26100388.pdf', pdf.pages)]);
  }
  // ---- P12 en by es-ES Holded, no units/positions, URGENT ----
  {
    const o = O({ id: 'p12', lang: 'en', numFmt: 'de', dateFmt: 'slash', poNumber: 'PO-2026-0087', orderDate: '2026-11-16', reqDate: '2026-11-27',
      company: 'Talleres Ebro Mantenimiento S.L.', contactName: 'Pilar Sánchez', email: 'pilar@talleres-ebro.example', phone: '+34 976 555 011',
      letterAddr: A(null, 'Polígono Malpica, Calle E, nave 14', '50016', 'Zaragoza', 'ES'), registry: 'CIF B-50123456',
      shipTo: A('Talleres Ebro Mantenimiento S.L.', 'Polígono Malpica, Calle E, nave 14', '50016', 'Zaragoza', 'ES'), billToMode: 'asLetter',
      cols: ['sku', 'desc', 'qty', 'price', 'disc', 'amount'], lineNoStyle: 'none', lineDisc: true, items: 4, itemPool: ['BRG', 'HYD'],
      taxRate: 21, paymentTerms: 'Bank transfer 60 days', urg: [{ level: 'urgent', phrase: 'URGENT', where: 'subject and body' }],
      labels: { title: 'Purchase order', poNo: 'Number', tax: 'VAT', total: 'Total', subtotal: 'Subtotal', disc: 'Disc. %' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'zebra', creator: 'Holded', labels: (o as any).labels, accent: '#f05a28', signature: false });
    const mail = { from: 'Pilar Sánchez <pilar@talleres-ebro.example>', subject: 'URGENT order PO-2026-0087', date: '2026-11-16T09:03:00+01:00', messageId: msgId('holded-po-2026-0087-64a1', 'talleres-ebro.example'),
      text: `Hello,\n\nwe send you the order PO-2026-0087. Please is URGENT, the machine of our client is stopped and we need the bearings quickly.\nPlease confirm us the date of sending.\n\nThank you\nPilar Sánchez\nTalleres Ebro Mantenimiento S.L.\nTel +34 976 555 011\n`, attachments: [att('PO-2026-0087.pdf', pdf.buf)] };
    await emitEmail('es-talleres-ebro-holded-po-2026-0087', 'en', 'email+pdf', 'Spanish workshop, non-native English Holded PO, no positions and no units, discount column, URGENT in subject/body', mail, [{ o }], [bodyDoc(), pdoc('PO-2026-0087.pdf', pdf.pages)]);
  }
  // ---- P13 en UK GBP, by tomorrow ----
  {
    const o = O({ id: 'p13', lang: 'en', numFmt: 'en', dateFmt: 'slash', currency: 'GBP', curPrinted: 'GBP', poNumber: '4410-2290', orderDate: '2026-10-28', reqDate: '2026-10-29',
      company: 'Pennine Process Engineering Ltd', contactName: 'Gareth Holroyd', email: 'g.holroyd@pennine-process.example', phone: '+44 113 555 0174',
      letterAddr: A(null, 'Unit 7, Stourton Link', 'LS10 1RW', 'Leeds', 'GB', 'West Yorkshire'), registry: 'Registered in England and Wales No. 04512345 · VAT Reg. GB 123 4567 89',
      shipTo: A('Pennine Process Engineering Ltd', 'Unit 7, Stourton Link', 'LS10 1RW', 'Leeds', 'GB', 'West Yorkshire'), billTo: A('Pennine Process Engineering Ltd', 'Accounts Payable\nUnit 7, Stourton Link', 'LS10 1RW', 'Leeds', 'GB', 'West Yorkshire'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['HYD', 'BRG-GRS', 'TLS-SPR'], unitVariant: 1,
      taxRate: 20, shipping: 15, paymentTerms: 'Net 30', shippingMethod: 'Next day courier', urg: [{ level: 'urgent', phrase: 'by tomorrow', where: 'subject' }, { level: 'urgent', phrase: 'Next day courier', where: 'document' }],
      labels: { title: 'Purchase Order', poNo: 'PO Number', shipping: 'Carriage', tax: 'VAT', total: 'Total', subtotal: 'Subtotal', unit: 'UoM' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'ruled', creator: 'Microsoft Dynamics 365 Business Central', labels: (o as any).labels, accent: '#2e7d32' });
    const mail = { from: 'Gareth Holroyd <g.holroyd@pennine-process.example>', subject: 'PO 4410-2290 - needed by tomorrow', date: '2026-10-28T10:17:00+00:00', messageId: msgId('LO2P265MB5120.GBRP265.PROD.4410-2290', 'pennine-process.example'),
      text: `Hi,\n\nPO attached. Please can you get this out today, we need it by tomorrow for a shutdown job.\n\nCheers\nGareth Holroyd\nPurchasing\nPennine Process Engineering Ltd\nT: +44 113 555 0174\n`, attachments: [att('Purchase Order 4410-2290.pdf', pdf.buf)] };
    await emitEmail('gb-pennine-bc-4410-2290', 'en', 'email+pdf', 'UK customer, GBP, Business Central PO, carriage + VAT 20 %, "by tomorrow" and next-day courier', mail, [{ o }], [bodyDoc(), pdoc('Purchase Order 4410-2290.pdf', pdf.pages)]);
  }
  // ---- P14 en by it-IT, non-native ----
  {
    const o = O({ id: 'p14', lang: 'en', numFmt: 'de', dateFmt: 'slash', poNumber: '2026/OA/1187', orderDate: '2026-10-30', reqDate: '2026-11-20',
      company: 'Ceramiche Valpadana S.p.A.', contactName: 'Giulia Ferrari', email: 'g.ferrari@ceramiche-valpadana.example', phone: '+39 0536 555 019',
      letterAddr: A(null, 'Via Radici in Piano 311', '41049', 'Sassuolo', 'IT', 'MO'), registry: 'P.IVA 02345678901 · REA MO-234567 · Cap. Soc. € 2.500.000 i.v.',
      shipTo: A('Ceramiche Valpadana S.p.A. – Magazzino ricambi', 'Via Radici in Piano 311', '41049', 'Sassuolo', 'IT', 'MO'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'unit', 'qty', 'price', 'amount'], lineNoStyle: '1', items: 7, itemPool: ['BRG', 'ELE', 'PKG'],
      taxRate: 22, paymentTerms: 'Bank transfer 90 days end of month', shippingMethod: 'Courier', finePrint: ['Please confirm the order within 48 hours with price and delivery date.', ...FP.en],
      labels: { title: 'Order of purchase', poNo: 'Order n.', tax: 'VAT', total: 'Total order', subtotal: 'Taxable amount', unit: 'U.M.' },
    } as any);
    const pdf = await pdfOf(o, { font: 'serif', table: 'ruled', creator: 'Zucchetti Ad Hoc Revolution', labels: (o as any).labels, accent: '#8b4513' });
    const mail = { from: 'Giulia Ferrari <g.ferrari@ceramiche-valpadana.example>', subject: 'Order of purchase n. 2026/OA/1187', date: '2026-11-02T11:26:00+01:00', messageId: msgId('OA20261187.zucchetti', 'ceramiche-valpadana.example'),
      text: `Good morning,\n\nin attachment you find our order of purchase n. 2026/OA/1187. We kindly ask you to send the confirmation of order.\n\nBest regards\nGiulia Ferrari\nPurchasing office\nCeramiche Valpadana S.p.A.\nTel. +39 0536 555 019\n`, attachments: [att('OA_2026_1187.pdf', pdf.buf)] };
    await emitEmail('it-valpadana-adhoc-2026-oa-1187', 'en', 'email+pdf', 'Italian manufacturer, non-native English PO, EU numbers, province (MO), "confirm within 48 hours" fine print (not urgency)', mail, [{ o }], [bodyDoc(), pdoc('OA_2026_1187.pdf', pdf.pages)]);
  }
  // ---- T01 de SAP, two plants, two PDFs ----
  {
    const base = { lang: 'de', numFmt: 'de', dateFmt: 'dot', orderDate: '2026-10-28', company: 'Weber Verpackungswerke GmbH', contactName: 'Anja Krüger', email: 'a.krueger@weber-verpackung.example', phone: '+49 521 555-0131',
      letterAddr: A(null, 'Eckendorfer Straße 77', '33609', 'Bielefeld', 'DE'), registry: 'Weber Verpackungswerke GmbH · Amtsgericht Bielefeld HRB 34567 · USt-IdNr. DE287654321',
      billTo: A('Weber Verpackungswerke GmbH', 'Rechnungsprüfung\nEckendorfer Straße 77', '33609', 'Bielefeld', 'DE'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: 'sap', paymentTerms: '30 Tage netto', shippingMethod: 'Spedition', incoterms: 'FCA Duisburg', finePrint: FP.de,
      labels: { title: 'Bestellung', poNo: 'Bestellnummer', total: 'Gesamtnettowert ohne MwSt.', sku: 'Lief.-Art.-Nr.' }, showSubtotal: false, itemPool: ['PKG', 'SAF', 'TLS'] } as any;
    const o1 = O({ ...base, id: 't01a', poNumber: '4500019871', reqDate: '2026-11-04', items: 4, shipTo: A('Weber Verpackungswerke GmbH, Werk Bielefeld', 'Eckendorfer Straße 77', '33609', 'Bielefeld', 'DE') });
    const o2 = O({ ...base, id: 't01b', poNumber: '4500019872', reqDate: '2026-11-16', items: 5, shipTo: A('Weber Verpackungswerke GmbH, Werk Gütersloh', 'Carl-Miele-Straße 9', '33334', 'Gütersloh', 'DE') });
    const p1 = await pdfOf(o1, { font: 'lib', table: 'borderless', creator: 'SAP', labels: base.labels, accent: '#000' });
    const p2 = await pdfOf(o2, { font: 'lib', table: 'borderless', creator: 'SAP', labels: base.labels, accent: '#000' });
    const mail = { from: 'Anja Krüger <a.krueger@weber-verpackung.example>', subject: 'Bestellungen 4500019871 und 4500019872', date: '2026-10-29T08:40:00+01:00', messageId: msgId('SAP.4500019871-72.20261029', 'weber-verpackung.example'),
      text: `Sehr geehrte Damen und Herren,\n\nanbei zwei Bestellungen für unsere Werke Bielefeld (4500019871) und Gütersloh (4500019872). Bitte getrennt liefern und berechnen.\n\nMit freundlichen Grüßen\nAnja Krüger\nEinkauf\nWeber Verpackungswerke GmbH\nTel. +49 521 555-0131\n`, attachments: [att('4500019871.pdf', p1.buf), att('4500019872.pdf', p2.buf)] };
    await emitEmail('de-weber-sap-two-orders', 'de', 'email+2pdf', 'German SAP, one email with two Bestellungen for two plants (different Lieferanschrift); first due 6 days after receipt', mail, [{ o: o1 }, { o: o2 }], [bodyDoc(), pdoc('4500019871.pdf', p1.pages), pdoc('4500019872.pdf', p2.pages)]);
  }
  // ---- T02 fr two bons de commande, one urgent (arrêt de production) ----
  {
    const base = { lang: 'fr', numFmt: 'fr', dateFmt: 'slash', orderDate: '2026-11-17', company: 'Lemaire Industrie SAS', contactName: 'Thomas Lefebvre', email: 't.lefebvre@lemaire-industrie.example', phone: '+33 3 20 555 0148',
      letterAddr: A(null, '45 boulevard de Fourmies', '59100', 'Roubaix', 'FR'), registry: 'SAS au capital de 1 200 000 € · SIRET 423 456 789 00034 · RCS Lille Métropole · TVA FR45 423456789',
      billTo: A('Lemaire Industrie SAS – Comptabilité fournisseurs', '45 boulevard de Fourmies', '59100', 'Roubaix', 'FR'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', taxRate: 20, paymentTerms: '45 jours fin de mois', shippingMethod: 'Transporteur', finePrint: FP.fr,
      labels: { title: 'Bon de commande', poNo: 'Bon de commande n°', tax: 'TVA', total: 'Total TTC', subtotal: 'Total HT' } } as any;
    const o1 = O({ ...base, id: 't02a', poNumber: 'BC-2611-0092', reqDate: '2026-11-19', items: 3, itemPool: ['HYD', 'BRG'], shipTo: A('Lemaire Industrie – Usine de Tourcoing', 'Rue du Congo 8', '59200', 'Tourcoing', 'FR'),
      urg: [{ level: 'urgent', phrase: 'URGENT – arrêt de production', where: 'document' }], notes: ['URGENT – arrêt de production ligne 3. Livraison impérative le 19/11/2026.'] });
    const o2 = O({ ...base, id: 't02b', poNumber: 'BC-2611-0093', reqDate: '2026-12-04', items: 5, itemPool: ['SAF', 'PKG', 'LAB-NIT'], shipTo: A('Lemaire Industrie – Entrepôt central', '45 boulevard de Fourmies', '59100', 'Roubaix', 'FR') });
    const p1 = await pdfOf(o1, { font: 'sans', table: 'ruled', creator: 'Sage X3', labels: base.labels, accent: '#0b4f8a' });
    const p2 = await pdfOf(o2, { font: 'sans', table: 'ruled', creator: 'Sage X3', labels: base.labels, accent: '#0b4f8a' });
    const mail = { from: 'Thomas Lefebvre <t.lefebvre@lemaire-industrie.example>', subject: 'Commandes BC-2611-0092 et BC-2611-0093', date: '2026-11-17T08:05:00+01:00', messageId: msgId('SX3.BC-2611-0092.0093', 'lemaire-industrie.example'),
      text: `Bonjour,\n\nCi-joint deux bons de commande. Attention, la commande BC-2611-0092 est à traiter en premier (voir mention sur le document). La BC-2611-0093 suit le délai normal.\n\nBien cordialement,\nThomas Lefebvre\nAcheteur – Lemaire Industrie SAS\nTél. +33 3 20 555 0148\n`, attachments: [att('BC-2611-0092.pdf', p1.buf), att('BC-2611-0093.pdf', p2.buf)] };
    await emitEmail('fr-lemaire-sagex3-two-orders', 'fr', 'email+2pdf', 'French Sage X3, two bons de commande in one email; the first carries "URGENT – arrêt de production" and is due in 2 days, the second is normal', mail, [{ o: o1 }, { o: o2 }], [bodyDoc(), pdoc('BC-2611-0092.pdf', p1.pages), pdoc('BC-2611-0093.pdf', p2.pages)]);
  }
  // ---- T03 en by BE (Flemish), two POs, one "no rush" ----
  {
    const base = { lang: 'en', numFmt: 'de', dateFmt: 'slash', orderDate: '2026-10-06', company: 'Maes Hydraulics NV', contactName: 'Pieter Maes', email: 'pieter.maes@maes-hydraulics.example', phone: '+32 9 555 01 36',
      letterAddr: A(null, 'Kortrijksesteenweg 1120', '9051', 'Gent', 'BE'), registry: 'BTW BE 0412.345.678 · RPR Gent',
      shipToMode: 'asLetter', billToMode: 'asLetter', cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', taxRate: 21, paymentTerms: '30 days end of month', itemPool: ['HYD', 'FST'],
      labels: { title: 'Purchase Order', poNo: 'PO No.', tax: 'VAT', total: 'Total', subtotal: 'Net Total' } } as any;
    const o1 = O({ ...base, id: 't03a', poNumber: '7700-5521', reqDate: '2026-10-20', items: 4 });
    const o2 = O({ ...base, id: 't03b', poNumber: '7700-5522', reqDate: '2026-11-30', items: 3, notes: ['Stock replenishment – no rush, delivery together with next shipment is fine.'], urg: [{ level: 'neg', phrase: 'no rush', where: 'document' }] });
    const p1 = await pdfOf(o1, { font: 'cond', table: 'zebra', creator: 'Exact Globe', labels: base.labels, accent: '#00457c' });
    const p2 = await pdfOf(o2, { font: 'cond', table: 'zebra', creator: 'Exact Globe', labels: base.labels, accent: '#00457c' });
    const mail = { from: 'Pieter Maes <pieter.maes@maes-hydraulics.example>', subject: 'POs 7700-5521 / 7700-5522', date: '2026-10-07T10:10:00+02:00', messageId: msgId('exact.7700-5521-5522', 'maes-hydraulics.example'),
      text: `Hello,\n\nattached 2 purchase orders from Maes Hydraulics. Please confirm both.\n\nMet vriendelijke groeten / Kind regards\nPieter Maes\nMaes Hydraulics NV\n+32 9 555 01 36\n`, attachments: [att('PO 7700-5521.pdf', p1.buf), att('PO 7700-5522.pdf', p2.buf)] };
    await emitEmail('be-maes-exact-two-orders', 'en', 'email+2pdf', 'Belgian (Flemish) company, English, two POs in one email, delivery "as letterhead", second says "no rush"', mail, [{ o: o1 }, { o: o2 }], [bodyDoc(), pdoc('PO 7700-5521.pdf', p1.pages), pdoc('PO 7700-5522.pdf', p2.pages)]);
  }
}
export type { Order };
export { fmtDate };
