// Bare files (4), scans (5), negatives (6).
import { O, A, MT, emitEmail, emitFile, bodyDoc, pdfOf, msgId, L, imgText, sha } from './core.ts';
import { renderXlsx, csvEsc, rasterize, faxTiff, greyScan, phonePhoto, imagePdf, pdfText, textTable, orderTextTable, addrLines, renderPdf } from './render.ts';
import { fmtNum, fmtQty, fmtDate } from './lib.ts';
import { FP } from './specs1.ts';
import PDFDocument from 'pdfkit';

const att = (filename: string, content: Buffer) => ({ filename, content, contentType: MT.pdf });
const pdoc = (name: string, pages: number) => ({ name, mediaType: MT.pdf, method: 'pdf-text', pages });
async function reg(img: Buffer, srcPdf: Buffer) { imgText.set(sha(img), (await pdfText(srcPdf)).text); }

export async function specs3() {
  // ---- BF1 bare PDF, en by de-AT, priority ----
  {
    const o = O({ id: 'bf1', lang: 'en', numFmt: 'de', dateFmt: 'dot', poNumber: 'AK-26-00912', orderDate: '2026-11-09', reqDate: '2026-11-27',
      company: 'Alpenländische Kältetechnik GmbH', contactName: 'Martina Pölzl', email: 'm.poelzl@alpen-kaelte.example', phone: '+43 316 555-0124',
      letterAddr: A(null, 'Puchstraße 85', '8020', 'Graz', 'AT'), registry: 'FN 223344 b · Landesgericht für ZRS Graz · UID ATU23456789',
      shipTo: A('Alpenländische Kältetechnik GmbH – Lager', 'Puchstraße 85, Objekt 3', '8020', 'Graz', 'AT'), billTo: A('Alpenländische Kältetechnik GmbH', 'Puchstraße 85', '8020', 'Graz', 'AT'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '10', items: 8, itemPool: ['ELE', 'HYD', 'FST', 'SAF'], taxRate: 20, shipping: 19.9,
      paymentTerms: '30 days net, 14 days 2 % discount', shippingMethod: 'Österreichische Post', urg: [{ level: 'high', phrase: 'please ship with priority', where: 'document notes' }],
      notes: ['Please ship with priority – material is needed for a customer installation.'], finePrint: FP.en,
      labels: { title: 'Purchase Order', poNo: 'PO No.', tax: 'VAT', total: 'Total', subtotal: 'Net Total', shipping: 'Freight' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'ruled', creator: 'BMD NTCS', labels: (o as any).labels, accent: '#005b96' });
    emitFile('at-alpenkaelte-po-ak-26-00912', 'pdf', 'en', 'file-pdf', 'Bare PDF: Austrian company, English PO, EU numbers, ruled table, positions 10/20, freight + VAT 20 %, "please ship with priority"', pdf.buf, [{ o }], 'pdf-text', pdf.pages);
  }
  // ---- BF2 bare xlsx, en by fr-CH, CHF ----
  {
    const o = O({ id: 'bf2', lang: 'en', numFmt: 'ch', dateFmt: 'dot', currency: 'CHF', curPrinted: 'CHF', poNumber: 'BAL-2026-118', orderDate: '2026-10-16', reqDate: '2026-11-05',
      company: 'BioAnalytica Léman SA', contactName: 'Camille Favre', email: 'c.favre@bioanalytica-leman.example', phone: '+41 21 555 01 64',
      letterAddr: A(null, 'Chemin des Croisettes 22', '1066', 'Epalinges', 'CH'), registry: '',
      shipTo: A('BioAnalytica Léman SA – Réception marchandises', 'Chemin des Croisettes 22', '1066', 'Epalinges', 'CH'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['LAB', 'SAF'], taxRate: 8.1, paymentTerms: '30 days net',
    } as any);
    const xlsx = await renderXlsx(o, { sheet: 'Order', dateCells: true, formulas: true, labels: { title: 'Purchase Order', poNo: 'PO Number', date: 'Order date', delDate: 'Required by', tax: 'VAT', total: 'Total', subtotal: 'Subtotal' } });
    emitFile('ch-bioanalytica-order-bal-2026-118', 'xlsx', 'en', 'file-xlsx', 'Bare .xlsx: Swiss (Romandy) lab, English order sheet, CHF, formulas and date cells, VAT 8.1 %', xlsx, [{ o }], 'spreadsheet', null);
  }
  // ---- BF3 bare csv, de-AT ERP export with repeated header columns, Eilauftrag ----
  {
    const o = O({ id: 'bf3', lang: 'de', numFmt: 'plain', dateFmt: 'dot', poNumber: '2026-BE-05531', orderDate: '2026-10-29', reqDate: '2026-11-03',
      company: 'Tiroler Holzwerke Pichler GmbH', contactName: 'Andreas Pichler', email: 'a.pichler@pichler-holz.example', phone: null,
      letterAddr: A(null, 'Industriestraße 12', '6130', 'Schwaz', 'AT'), registry: '', shipToMode: 'none', billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['TLS', 'FST', 'PKG', 'SAF-EAR'], noTotals: true,
      urg: [{ level: 'urgent', phrase: 'Eilauftrag', where: 'Bemerkung column' }],
    } as any);
    const m = (n: number) => fmtNum(n, 'plain');
    const head = ['Bestellnr', 'Bestelldatum', 'Liefertermin', 'Besteller', 'Ansprechpartner', 'E-Mail', 'Pos', 'Artikelnr', 'Bezeichnung', 'Menge', 'ME', 'Preis', 'Betrag', 'Währung', 'Bemerkung'];
    const rows = o.lines.map((l, i) => [o.poNumber!, '29.10.2026', '03.11.2026', o.company, o.contactName!, o.email!, String(l.lineNo), l.sku!, l.description, fmtQty(l.quantity, 'plain'), l.unit!, m(l.unitPrice!), m(l.amount!), 'EUR', i === 0 ? 'Eilauftrag' : '']);
    const csv = [head, ...rows].map(r => r.map(c => csvEsc(c)).join(';')).join('\r\n') + '\r\n';
    emitFile('at-pichler-export-2026-be-05531', 'csv', 'de', 'file-csv', 'Bare .csv: Austrian ERP line export (header fields repeated on every row, semicolons, decimal commas, no totals), "Eilauftrag" in Bemerkung', Buffer.from(csv, 'latin1'), [{ o }], 'spreadsheet', null, [csv]);
  }
  // ---- BF4 bare txt, en by nl-NL, fixed-width printout, PRIORITY: NORMAL ----
  {
    const o = O({ id: 'bf4', lang: 'en', numFmt: 'en', dateFmt: 'iso', poNumber: 'HMS0048812', orderDate: '2026-11-04', reqDate: '2026-11-25',
      company: 'Hoogendijk Marine Services B.V.', contactName: 'J. Hoogendijk', email: 'purchasing@hoogendijk-marine.example', phone: '+31 78 555 0139',
      letterAddr: A(null, 'Merwedestraat 60', '3313 CS', 'Dordrecht', 'NL'), registry: '',
      shipTo: A('Hoogendijk Marine Services B.V.', 'Merwedestraat 60', '3313 CS', 'Dordrecht', 'NL'), billTo: A('Hoogendijk Marine Services B.V.', 'P.O. Box 1045', '3300 BA', 'Dordrecht', 'NL'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['HYD', 'BRG', 'SPR'], showSubtotal: false, unitVariant: 1,
      paymentTerms: 'NET 30 DAYS', shippingMethod: 'ROAD FREIGHT', urg: [{ level: 'neg', phrase: 'PRIORITY: NORMAL', where: 'header' }],
    } as any);
    const Lb = { pos: 'LN', sku: 'ITEM NUMBER', desc: 'DESCRIPTION', qty: 'QTY', unit: 'UM', price: 'UNIT PRICE', amount: 'EXT AMOUNT' } as any;
    const ad = (a: any) => addrLines(a, 'en').map(x => '    ' + x.toUpperCase()).join('\n');
    const up = { ...o, lines: o.lines.map(l => ({ ...l, description: l.description.toUpperCase() })) } as any;
    o.lines.forEach(l => { l.description = l.description.toUpperCase(); });
    const txt = `HOOGENDIJK MARINE SERVICES B.V.                              PURCHASE ORDER\nMERWEDESTRAAT 60  3313 CS DORDRECHT  NETHERLANDS\nTEL +31 78 555 0139   PURCHASING@HOOGENDIJK-MARINE.EXAMPLE\n${'='.repeat(78)}\nPO NUMBER  : HMS0048812            PO DATE    : 2026-11-04\nBUYER      : J. HOOGENDIJK         REQ. DATE  : 2026-11-25\nVENDOR     : NORTHWIND INDUSTRIAL SUPPLY (V10233)\nTERMS      : NET 30 DAYS           SHIP VIA   : ROAD FREIGHT\nPRIORITY: NORMAL\n\nSHIP TO:\n${ad(o.shipTo)}\nINVOICE TO:\n${ad(o.billTo)}\n${'-'.repeat(78)}\n${orderTextTable(up, Lb, ' | ', '-')}\n${'-'.repeat(78)}\n${' '.repeat(40)}ORDER TOTAL EUR ${fmtNum(o.total, 'en').padStart(14)}\n\n*** END OF PURCHASE ORDER ***   PAGE 1\n`;
    emitFile('nl-hoogendijk-printout-hms0048812', 'txt', 'en', 'file-txt', 'Bare .txt: Dutch marine company, fixed-width upper-case ERP printout in English, ISO dates, "PRIORITY: NORMAL"', txt, [{ o }], 'text', null, [txt]);
  }
  // ---- S1 bare fax TIFF, de-AT, Maschinenstillstand ----
  {
    const o = O({ id: 's1', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: '11/2026-147', orderDate: '2026-11-11', reqDate: '2026-11-13',
      company: 'Eisenwerk Gruber KG', contactName: 'Ing. Walter Gruber', email: 'w.gruber@eisenwerk-gruber.example', phone: '+43 7252 555-0163',
      letterAddr: A(null, 'Ennser Straße 48', '4400', 'Steyr', 'AT'), registry: 'FN 87654 t · LG Steyr · UID ATU34567890',
      shipToMode: 'asLetter', billToMode: 'asLetter', cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['BRG', 'HYD-CPL', 'HYD-FLT'],
      showSubtotal: false, paymentTerms: '30 Tage netto', urg: [{ level: 'urgent', phrase: 'Maschinenstillstand', where: 'document' }],
      notes: ['ACHTUNG: Maschinenstillstand – bitte sofort liefern!'], labels: { title: 'Bestellung', poNo: 'Bestell-Nr.', total: 'Summe netto' },
    } as any);
    const pdf = await pdfOf(o, { font: 'mono', table: 'ruled', creator: 'Word', labels: (o as any).labels, accent: '#000', fontSize: 9.5, supplierBlock: true });
    const png = await rasterize(pdf.buf, 200);
    const tif = await faxTiff(png, 's1', '11.11.2026 08:47   FAX +43 7252 555-0163   EISENWERK GRUBER KG   S. 01/01');
    await reg(tif, pdf.buf);
    emitFile('at-gruber-fax-11-2026-147', 'tif', 'de', 'scan-tiff', 'Scan: 200-dpi black-and-white fax TIFF (Group 4) of an Austrian Bestellung typed in monospace, fax header line, "Maschinenstillstand"', tif, [{ o }], 'ocr', 1);
  }
  // ---- S2 bare grey PNG, fr-FR ----
  {
    const o = O({ id: 's2', lang: 'fr', numFmt: 'fr', dateFmt: 'slash', poNumber: 'MIB-26-0388', orderDate: '2026-10-21', reqDate: '2026-11-09',
      company: 'Menuiserie Industrielle Bretonne SARL', contactName: 'Yann Le Goff', email: 'y.legoff@mib-bretagne.example', phone: '+33 2 99 555 0112',
      letterAddr: A(null, 'ZA de la Janais\n5 rue Blaise Pascal', '35000', 'Rennes', 'FR'), registry: 'SARL au capital de 50 000 € · SIRET 445 566 778 00012 · RCS Rennes',
      shipTo: A('Menuiserie Industrielle Bretonne – Atelier', '5 rue Blaise Pascal', '35000', 'Rennes', 'FR'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 5, itemPool: ['FST', 'TLS', 'SAF', 'PKG'], taxRate: 20, paymentTerms: '30 jours fin de mois', shippingMethod: 'Transporteur',
      labels: { title: 'Bon de commande', poNo: 'N° de commande', tax: 'TVA', total: 'Total TTC', subtotal: 'Total HT' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'ruled', creator: 'Word', labels: (o as any).labels, accent: '#333', fontSize: 9.5 });
    const png = await rasterize(pdf.buf, 150);
    const out = await greyScan(png, 's2', 1.4);
    await reg(out, pdf.buf);
    emitFile('fr-mib-scan-mib-26-0388', 'png', 'fr', 'scan-png', 'Scan: grey 150-dpi PNG of a French bon de commande, rotated ~1.4°, low contrast, speckle noise', out, [{ o }], 'ocr', 1);
  }
  // ---- S3 email with image-only PDF, it-IT, "con priorità" ----
  {
    const o = O({ id: 's3', lang: 'it', numFmt: 'de', dateFmt: 'slash', poNumber: '2026/0956', orderDate: '2026-11-06', reqDate: '2026-11-25',
      company: 'Fonderia Bresciana Zanetti S.p.A.', contactName: 'Roberto Zanetti', email: 'r.zanetti@fonderia-zanetti.example', phone: '+39 030 555 0191',
      letterAddr: A(null, 'Via Industriale 64', '25016', 'Ghedi', 'IT', 'BS'), registry: 'P.IVA 04567890123 · REA BS-345678',
      shipTo: A('Fonderia Bresciana Zanetti S.p.A.', 'Via Industriale 64', '25016', 'Ghedi', 'IT', 'BS'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 5, itemPool: ['SAF', 'BRG', 'HYD-HLP'], taxRate: 22, paymentTerms: 'Bonifico 60 gg d.f.', shippingMethod: 'Corriere',
      labels: { title: "Ordine d'acquisto", poNo: 'N. ordine', tax: 'IVA', total: 'Totale', subtotal: 'Imponibile' }, urg: [{ level: 'high', phrase: 'con priorità', where: 'body' }],
    } as any);
    const pdf = await pdfOf(o, { font: 'serif', table: 'ruled', creator: 'Word', labels: (o as any).labels, accent: '#222', fontSize: 9.5 });
    const png = await rasterize(pdf.buf, 150);
    const grey = await greyScan(png, 's3', -0.9);
    const jpg = await (await import('sharp')).default(grey).jpeg({ quality: 72 }).toBuffer();
    const ipdf = await imagePdf(jpg, 'RICOH IM C3000');
    await reg(ipdf, pdf.buf);
    const mail = { from: 'Roberto Zanetti <r.zanetti@fonderia-zanetti.example>', subject: 'Ordine 2026/0956', date: '2026-11-09T11:15:00+01:00', messageId: msgId('scan-20261109-1115.ricoh', 'fonderia-zanetti.example'),
      text: `Buongiorno,\n\nin allegato l'ordine firmato (scansione). Vi chiediamo di evaderlo con priorità.\n\nSaluti\nRoberto Zanetti\nFonderia Bresciana Zanetti S.p.A.\nTel. +39 030 555 0191\n`, attachments: [att('SCAN_20261109_111502.pdf', ipdf)] };
    await emitEmail('it-zanetti-scanpdf-2026-0956', 'it', 'scan-pdf', 'Scan: email with an image-only PDF (office MFP scan, grey, slightly rotated) of an Italian ordine; "con priorità" in body', mail, [{ o }], [bodyDoc(), { name: 'SCAN_20261109_111502.pdf', mediaType: MT.pdf, method: 'ocr', pages: 1 }]);
  }
  // ---- S4 email with phone photo JPEG, es-ES, URGENTE + next day ----
  {
    const o = O({ id: 's4', lang: 'es', numFmt: 'de', dateFmt: 'slash', poNumber: 'HR-1015', orderDate: '2026-10-15', reqDate: '2026-10-16',
      company: 'Ferretería Industrial Hermanos Ruiz S.L.', contactName: 'Manuel Ruiz', email: 'manuel@hermanosruiz.example', phone: '+34 954 555 013',
      letterAddr: A(null, 'Calle Astronomía 1, Polígono Store', '41015', 'Sevilla', 'ES'), registry: 'CIF B-41234567',
      shipToMode: 'asLetter', billToMode: 'asLetter', cols: ['sku', 'desc', 'qty', 'unit', 'price', 'amount'], items: 4, itemPool: ['TLS', 'FST', 'SAF-GLV'], taxRate: 21,
      labels: { title: 'PEDIDO', poNo: 'Nº pedido', tax: 'IVA', total: 'TOTAL', subtotal: 'Base imponible' }, urg: [{ level: 'urgent', phrase: 'URGENTE', where: 'subject and body' }],
    } as any);
    const pdf = await pdfOf(o, { font: 'cond', table: 'ruled', creator: 'Word', labels: (o as any).labels, accent: '#000', fontSize: 10 });
    const png = await rasterize(pdf.buf, 130);
    const jpg = await phonePhoto(png, 's4');
    await reg(jpg, pdf.buf);
    const mail = { from: 'Manuel Ruiz <manuel@hermanosruiz.example>', subject: 'URGENTE pedido HR-1015', date: '2026-10-15T18:22:00+02:00', messageId: msgId('IMG-20261015-WA0007.ruiz', 'hermanosruiz.example'),
      text: `Hola, os mando foto del pedido HR-1015. Es URGENTE, lo necesitamos mañana.\n\nManuel Ruiz\nEnviado desde mi móvil\n`, attachments: [{ filename: 'IMG_20261015_181907.jpg', content: jpg, contentType: MT.jpg }] };
    await emitEmail('es-ruiz-photo-hr-1015', 'es', 'scan-jpeg', 'Scan: phone photo JPEG (tilted, sheared, blurred, uneven light, table background) of a Spanish pedido; URGENTE, due next day', mail, [{ o }], [bodyDoc(), { name: 'IMG_20261015_181907.jpg', mediaType: MT.jpg, method: 'ocr', pages: 1 }]);
  }
  // ---- S5 bare image-only PDF, en by de-DE ----
  {
    const o = O({ id: 's5', lang: 'en', numFmt: 'de', dateFmt: 'dot', poNumber: '4711-26-0093', orderDate: '2026-10-13', reqDate: '2026-11-02',
      company: 'Maschinenbau Ostertag GmbH', contactName: 'Uwe Ostertag', email: 'u.ostertag@ostertag-maschinenbau.example', phone: '+49 7131 555-0157',
      letterAddr: A(null, 'Wannenäckerstraße 20', '74078', 'Heilbronn', 'DE'), registry: 'Amtsgericht Stuttgart HRB 101234',
      shipTo: A('Maschinenbau Ostertag GmbH', 'Wannenäckerstraße 20', '74078', 'Heilbronn', 'DE'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '10', items: 5, itemPool: ['BRG', 'TLS', 'ELE'], showSubtotal: false, paymentTerms: '30 days net',
      labels: { title: 'Purchase Order', poNo: 'PO No.', total: 'Net total' },
    } as any);
    const pdf = await pdfOf(o, { font: 'lib', table: 'borderless', creator: 'Word', labels: (o as any).labels, accent: '#444', fontSize: 9.5 });
    const png = await rasterize(pdf.buf, 150);
    const grey = await greyScan(png, 's5', 0.7);
    const ipdf = await imagePdf(await (await import('sharp')).default(grey).jpeg({ quality: 75 }).toBuffer(), 'Canon iR-ADV C5535');
    await reg(ipdf, pdf.buf);
    emitFile('de-ostertag-scan-4711-26-0093', 'pdf', 'en', 'scan-pdf', 'Scan: bare image-only PDF (grey, slightly rotated) of a German company\'s English PO, net total only', ipdf, [{ o }], 'ocr', 1);
  }
  // ================= negatives =================
  // N1 facture from a forwarder to Northwind
  {
    const o = O({ id: 'n1', lang: 'fr', numFmt: 'fr', dateFmt: 'slash', poNumber: null, orderDate: '2026-10-21', company: 'Transports Berthelot & Cie', contactName: 'Service Facturation', email: 'facturation@berthelot-transports.example', phone: '+33 3 88 555 0105',
      letterAddr: A(null, '14 rue du Port du Rhin', '67000', 'Strasbourg', 'FR'), registry: 'SAS au capital de 400 000 € · SIRET 356 789 012 00045 · RCS Strasbourg',
      shipToMode: 'none', billTo: A('Northwind Industrial Supply', 'Hafenstraße 120', '47119', 'Duisburg', 'DE'), cols: ['pos', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1',
      items: [{ desc: 'Transport groupage Duisburg → Lyon, 3 palettes, lettre de voiture 88412', qty: 1, unit: 'forfait', price: 412.0 }, { desc: 'Transport Duisburg → Vénissieux, 1 palette, CMR 88419', qty: 1, unit: 'forfait', price: 186.5 }, { desc: 'Surcharge gazole octobre 2026', qty: 1, unit: 'forfait', price: 41.9 }],
      taxRate: 20, paymentTerms: 'À régler avant le 20/11/2026 par virement', labels: { title: 'FACTURE', poNo: 'Facture n°', date: 'Date de facture', billTo: 'Client', total: 'Net à payer', subtotal: 'Total HT', tax: 'TVA' },
    } as any);
    const pdf = await renderPdf({ ...o, poNumber: 'FA-2026-10871' } as any, { font: 'sans', table: 'ruled', labels: (o as any).labels, supplierBlock: false, accent: '#333', signature: false });
    const mail = { from: 'Transports Berthelot <facturation@berthelot-transports.example>', subject: 'Facture FA-2026-10871', date: '2026-10-22T06:30:00+02:00', messageId: msgId('FA-2026-10871.facturation', 'berthelot-transports.example'),
      text: `Madame, Monsieur,\n\nVeuillez trouver ci-joint notre facture FA-2026-10871 d'un montant de ${fmtNum(o.total, 'fr')} € TTC, payable avant le 20/11/2026.\n\nCordialement,\nService Facturation\nTransports Berthelot & Cie\n`, attachments: [att('Facture_FA-2026-10871.pdf', pdf.buf)] };
    await emitEmail('fr-berthelot-fa-2026-10871', 'fr', 'negative-invoice', 'NOT an order: French carrier\'s facture (invoice) to Northwind for transport services, PDF attached', mail, [], [bodyDoc(), pdoc('Facture_FA-2026-10871.pdf', pdf.pages)]);
  }
  // N2 Mahnung
  {
    const text = `Sehr geehrte Damen und Herren,\n\nbei Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnungen trotz Fälligkeit noch offen sind:\n\n${textTable(['Rechnung', 'Datum', 'Fällig am', 'Betrag EUR'], [['RE-2026-30415', '08.09.2026', '08.10.2026', '2.318,40'], ['RE-2026-30877', '17.09.2026', '17.10.2026', '964,15']], [false, false, false, true])}\n\nOffener Gesamtbetrag: 3.282,55 EUR\nMahngebühr: 5,00 EUR\n\nWir bitten Sie, den Betrag von 3.287,55 EUR bis zum 18.11.2026 auf unser Konto zu überweisen. Sollten Sie die Zahlung bereits veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.\n\n1. Mahnung – Kundennummer 40233 (Northwind Industrial Supply)\n\nMit freundlichen Grüßen\nBuchhaltung / Debitorenmanagement\nElektrogroßhandel Sommer GmbH\nTel. +49 421 555-0172\n`;
    const mail = { from: 'Buchhaltung Sommer <buchhaltung@sommer-elektro.example>', subject: '1. Mahnung – Kundennr. 40233', date: '2026-11-11T07:15:00+01:00', messageId: msgId('mahnung-40233-1.20261111', 'sommer-elektro.example'), text };
    await emitEmail('de-sommer-elektro-40233', 'de', 'negative-reminder', 'NOT an order: German payment reminder (1. Mahnung) from a Northwind supplier listing overdue invoices', mail, [], [bodyDoc()]);
  }
  // N3 Versandavis / Lieferschein with tracking
  {
    const o = O({ id: 'n3', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: null, orderDate: '2026-10-30', company: 'Lagertechnik Krüger GmbH', contactName: 'Versand', email: 'versand@krueger-lagertechnik.example', phone: '+49 5731 555-0144',
      letterAddr: A(null, 'Mindener Straße 201', '32547', 'Bad Oeynhausen', 'DE'), registry: 'Amtsgericht Bad Oeynhausen HRB 7788',
      shipTo: A('Northwind Industrial Supply', 'Hafenstraße 120\nRampe 4', '47119', 'Duisburg', 'DE'), billToMode: 'none', cols: ['pos', 'sku', 'desc', 'qty', 'unit'], lineNoStyle: '1', items: 4, itemPool: ['PKG', 'TLS'], noTotals: true,
      labels: { title: 'Lieferschein', poNo: 'Lieferschein-Nr.', date: 'Lieferdatum', shipTo: 'Lieferanschrift' }, notes: ['Ihre Bestellung: NW-PO-2026-3381 vom 21.10.2026', 'Versand mit DHL, 2 Packstücke, Sendungsnummern 00340434161234567890 / 00340434161234567906'],
    } as any);
    const pdf = await renderPdf({ ...o, poNumber: 'LS-2026-08812' } as any, { font: 'lib', table: 'borderless', labels: (o as any).labels, supplierBlock: false, signature: false });
    const mail = { from: 'Lagertechnik Krüger Versand <versand@krueger-lagertechnik.example>', subject: 'Versandavis zu Ihrer Bestellung NW-PO-2026-3381 – Lieferschein LS-2026-08812', date: '2026-10-30T15:02:00+01:00', messageId: msgId('avis-LS-2026-08812', 'krueger-lagertechnik.example'),
      text: `Sehr geehrte Damen und Herren,\n\nIhre Bestellung NW-PO-2026-3381 wurde heute versandt.\n\nVersanddienstleister: DHL\nSendungsnummern: 00340434161234567890, 00340434161234567906\nVoraussichtliche Zustellung: 02.11.2026\n\nDen Lieferschein finden Sie im Anhang.\n\nMit freundlichen Grüßen\nVersandabteilung\nLagertechnik Krüger GmbH\n`, attachments: [att('Lieferschein_LS-2026-08812.pdf', pdf.buf)] };
    await emitEmail('de-krueger-ls-2026-08812', 'de', 'negative-delivery', 'NOT an order: German shipping notice (Versandavis) with DHL tracking numbers and a Lieferschein PDF for one of Northwind\'s own purchase orders', mail, [], [bodyDoc(), pdoc('Lieferschein_LS-2026-08812.pdf', pdf.pages)]);
  }
  // N4 out-of-office (English, Dutch sender)
  {
    const mail = { from: 'Ruud de Vries <r.devries@vandijk-installatie.example>', subject: 'Automatic reply: Order confirmation AB-2026-55123 / your order IO-26-3307', date: '2026-10-27T11:00:00+01:00', messageId: msgId('autoreply.r.devries.20261027', 'vandijk-installatie.example'),
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' }, inReplyTo: '<AB-2026-55123@northwind-supply.example>',
      text: `Thank you for your e-mail. I am out of the office until Monday 2 November 2026 with limited access to e-mail.\nFor urgent matters regarding orders please contact our purchasing team at inkoop@vandijk-installatie.example or +31 30 555 0100.\n\nBedankt voor uw e-mail. Ik ben afwezig tot en met 30 oktober.\n\nRuud de Vries\nVan Dijk Installatietechniek B.V.\n` };
    await emitEmail('nl-vandijk-autoreply', 'en', 'negative-ooo', 'NOT an order: automatic out-of-office reply (English with Dutch line) to our order confirmation; mentions orders and "urgent"', mail, [], [bodyDoc()]);
  }
  // N5 demande de prix (RFQ)
  {
    const rows = [['NW-FST-933-M10X40', 'Vis H DIN 933 M10x40 8.8 zinguée', '20', 'boîte'], ['NW-FST-934-M10', 'Écrou H DIN 934 M10', '20', 'boîte'], ['NW-FST-ANK-M12', 'Cheville à expansion M12x110', '8', 'boîte'], ['NW-SAF-HLM-WHT', 'Casque de chantier blanc EN 397', '15', 'pce']];
    const text = `Bonjour,\n\nNous préparons un chantier et souhaiterions recevoir votre meilleure offre de prix pour les articles suivants (demande de prix n° DP-26-118) :\n\n${textTable(['Référence', 'Désignation', 'Qté', 'Unité'], rows, [false, false, true, false])}\n\nMerci de préciser le délai de livraison et les frais de port pour une livraison à Épinal.\nRéponse souhaitée avant le 13/11/2026. Il ne s'agit pas d'une commande.\n\nCordialement,\nSébastien Thiriet\nAcheteur – Chaudronnerie Vosgienne SAS\n88000 Épinal\nTél. +33 3 29 555 0119\n`;
    const mail = { from: 'Sébastien Thiriet <s.thiriet@chaudronnerie-vosgienne.example>', subject: 'Demande de prix DP-26-118', date: '2026-11-05T09:20:00+01:00', messageId: msgId('DP-26-118.thiriet', 'chaudronnerie-vosgienne.example'), text };
    await emitEmail('fr-chaudronnerie-vosgienne-dp-26-118', 'fr', 'negative-rfq', 'NOT an order: French request for quotation (demande de prix) with article table and quantities, no prices', mail, [], [bodyDoc()]);
  }
  // N6 order confirmation from another supplier to a customer, cc'd to Northwind
  {
    const o = O({ id: 'n6', lang: 'en', numFmt: 'de', dateFmt: 'dash', poNumber: null, orderDate: '2026-11-18', reqDate: '2026-11-26', company: 'Delta Fluid Power B.V.', contactName: 'Lotte Jansen', email: 'sales@deltafluidpower.example', phone: '+31 10 555 0188',
      letterAddr: A(null, 'Waalhaven Zuidzijde 19', '3089 JH', 'Rotterdam', 'NL'), registry: 'KvK 24123456 · VAT NL801234567B01',
      shipTo: A('Maes Hydraulics NV', 'Kortrijksesteenweg 1120', '9051', 'Gent', 'BE'), billToMode: 'none', cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '10',
      items: [{ desc: 'Gear pump 16 cc/rev, SAE-A flange', qty: 2, unit: 'pcs', price: 318.0 }, { desc: 'Pressure relief valve DN10, 50-315 bar', qty: 4, unit: 'pcs', price: 96.5 }], skuOverride: (_it: any, i: number) => ['DFP-GP16-SAEA', 'DFP-PRV-DN10'][i],
      taxRate: 21, paymentTerms: '30 days net', shippingMethod: 'DAP Gent', labels: { title: 'ORDER CONFIRMATION', poNo: 'Confirmation No.', date: 'Date', delDate: 'Confirmed delivery', shipTo: 'Customer / delivery address', total: 'Total', subtotal: 'Net', tax: 'VAT' },
      notes: ['Your purchase order: 7700-5530 dated 16-11-2026. Thank you for your order.'],
    } as any);
    const pdf = await renderPdf({ ...o, poNumber: 'SO-88412' } as any, { font: 'sans', table: 'zebra', labels: (o as any).labels, supplierBlock: false, accent: '#0a6e8a' });
    const mail = { from: 'Delta Fluid Power Sales <sales@deltafluidpower.example>', to: 'Pieter Maes <pieter.maes@maes-hydraulics.example>', cc: 'orders@northwind-supply.example', subject: 'Order Confirmation SO-88412 – your PO 7700-5530', date: '2026-11-19T10:40:00+01:00', messageId: msgId('SO-88412.confirm', 'deltafluidpower.example'),
      text: `Dear Mr Maes,\n\nThank you for your order 7700-5530. Please find attached our order confirmation SO-88412. Confirmed delivery: 26-11-2026.\n\nKind regards\nLotte Jansen\nDelta Fluid Power B.V.\n+31 10 555 0188\n`, attachments: [att('OC_SO-88412.pdf', pdf.buf)] };
    await emitEmail('nl-deltafluid-so-88412', 'en', 'negative-confirmation', 'NOT an order for us: another supplier\'s order confirmation to one of our customers, Northwind only in Cc, PDF attached', mail, [], [bodyDoc(), pdoc('OC_SO-88412.pdf', pdf.pages)]);
  }
}
export { PDFDocument, fmtDate };
