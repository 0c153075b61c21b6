// Mail bodies (6), spreadsheet mails (3), forwards (2), quote approvals (2).
import { O, A, MT, emitEmail, bodyDoc, pdfOf, msgId, L } from './core.ts';
import { orderTextTable, orderHtmlTable, totalsText, totalsHtml, renderXlsx, csvEsc, cellText, colHeader, money, d, addrLines, buildEml, rfc2822 } from './render.ts';
import { fmtNum, fmtQty, fmtDate } from './lib.ts';
import { FP } from './specs1.ts';

export async function specs2() {
  // ---- B01 de prose, Bandstillstand ----
  {
    const o = O({ id: 'b01', lang: 'de', numFmt: 'de', dateFmt: 'dot', currency: null, poNumber: 'BS-26-1093', orderDate: null, reqDate: '2026-10-12',
      company: 'Schäfer Landtechnik GmbH', contactName: 'Dieter Schäfer', email: 'd.schaefer@schaefer-landtechnik.example', phone: '06032 555-0109',
      letterAddr: A(null, 'Am Weinberg 3', '61231', 'Bad Nauheim', 'DE'), registry: '',
      shipTo: A('Schäfer Landtechnik GmbH', 'Am Weinberg 3', '61231', 'Bad Nauheim', 'DE'), billToMode: 'none',
      cols: ['sku', 'desc', 'qty', 'unit'], items: [{ item: 'NW-BRG-6205-2RS', qty: 12, unit: 'Stück' }, { item: 'NW-BRG-UCP208', qty: 2, unit: 'Stück' }, { item: 'NW-BRG-GRS-LG2', qty: 5, unit: 'kg' }],
      noTotals: true, urg: [{ level: 'urgent', phrase: 'Bandstillstand', where: 'subject and body' }, { level: 'urgent', phrase: 'dringend', where: 'body' }],
    } as any);
    const [l1, l2, l3] = o.lines;
    const text = `Hallo Frau Vogel,\n\nbei uns steht seit heute früh das Band in der Montage (Bandstillstand!), daher ganz dringend:\n\nbitte liefern Sie ${l1.quantity} Stück ${l1.description} (Ihre Art.-Nr. ${l1.sku}), dazu ${l2.quantity} Stück ${l2.description} (${l2.sku}) und ${fmtQty(l3.quantity, 'de')} kg ${l3.description}, Art.-Nr. ${l3.sku}.\n\nUnsere Bestellnummer dafür ist BS-26-1093. Lieferung bitte bis spätestens Montag, 12.10.2026 an:\n\nSchäfer Landtechnik GmbH\nAm Weinberg 3\n61231 Bad Nauheim\nDeutschland\n\nPreise wie gehabt laut Rahmenvereinbarung.\n\nDanke und Gruß\nDieter Schäfer\nSchäfer Landtechnik GmbH\nTel. 06032 555-0109\n`;
    const mail = { from: 'Dieter Schäfer <d.schaefer@schaefer-landtechnik.example>', subject: 'Bandstillstand – Lager dringend benötigt', date: '2026-10-09T13:40:00+02:00', messageId: msgId('b6f1c2d0-93aa-4c11@schaefer-landtechnik.example', 'schaefer-landtechnik.example'), text };
    await emitEmail('de-schaefer-prose-bs-26-1093', 'de', 'body-text', 'German prose order in the mail body ("bitte liefern Sie 12 Stück ..."), no prices, Bandstillstand / dringend, due next business day', mail, [{ o }], [bodyDoc()]);
  }
  // ---- B02 fr HTML Outlook table, "en priorité si possible" ----
  {
    const o = O({ id: 'b02', lang: 'fr', numFmt: 'fr', dateFmt: 'slash', poNumber: 'CDE-26-0457', orderDate: '2026-10-19', reqDate: '2026-11-02',
      company: 'Laboratoires Dufresne & Fils SARL', contactName: 'Nathalie Dufresne', email: 'n.dufresne@labo-dufresne.example', phone: '+33 2 40 555 0121',
      letterAddr: A(null, '8 rue de la Jonelière', '44300', 'Nantes', 'FR'), registry: 'SIRET 534 567 890 00017',
      shipTo: A('Laboratoires Dufresne & Fils – Réception', '8 rue de la Jonelière', '44300', 'Nantes', 'FR'), billToMode: 'none',
      cols: ['sku', 'desc', 'qty', 'unit', 'price', 'amount'], items: 5, itemPool: ['LAB', 'SAF-GLS', 'SAF-GLV'], taxRate: 20, paymentTerms: 'Virement à 30 jours',
      urg: [{ level: 'high', phrase: 'en priorité si possible', where: 'body' }],
    } as any);
    const Lb = { ...L(o), sku: 'Référence', desc: 'Désignation', qty: 'Qté', unit: 'Unité', price: 'PU HT', amount: 'Montant HT', subtotal: 'Total HT', tax: 'TVA', total: 'Total TTC' };
    const html = `<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial;font-size:11pt"><p>Bonjour,</p>
<p>Merci de bien vouloir nous livrer la commande suivante (notre réf. <b>CDE-26-0457</b> du 19/10/2026), <b>en priorité si possible</b> :</p>
${orderHtmlTable(o, Lb, 'outlook')}
${totalsHtml(o, Lb)}
<p>Date de livraison souhaitée : <b>02/11/2026</b><br>Adresse de livraison :<br>${addrLines(o.shipTo!, 'fr').join('<br>')}</p>
<p>Règlement : Virement à 30 jours</p>
<p>Bien cordialement,</p>
<p style="color:#555">Nathalie Dufresne<br>Responsable achats<br>Laboratoires Dufresne &amp; Fils SARL<br>Tél. +33 2 40 555 0121<br>n.dufresne@labo-dufresne.example</p></body></html>`;
    const mail = { from: 'Nathalie Dufresne <n.dufresne@labo-dufresne.example>', subject: 'Commande CDE-26-0457', date: '2026-10-19T16:22:00+02:00', messageId: msgId('PR1P264MB3321.FRAP264.PROD.OUTLOOK.COM', 'labo-dufresne.example'), html, headers: { 'X-Mailer': 'Microsoft Outlook 16.0' } };
    await emitEmail('fr-dufresne-html-cde-26-0457', 'fr', 'body-html', 'French Outlook HTML mail with a bordered HTML table, TVA and total TTC, "en priorité si possible"', mail, [{ o }], [bodyDoc(true)]);
  }
  // ---- B03 nl plain text aligned with spaces ----
  {
    const o = O({ id: 'b03', lang: 'nl', numFmt: 'de', dateFmt: 'dash', poNumber: 'GK-2026-1182', orderDate: '2026-11-12', reqDate: '2026-11-26',
      company: 'Groenveld Kassenbouw B.V.', contactName: 'Henk Groenveld', email: 'henk@groenveld-kassenbouw.example', phone: '+31 174 555 013',
      letterAddr: A(null, 'Middel Broekweg 21', '2675 KB', 'Honselersdijk', 'NL'), registry: '',
      shipTo: A('Groenveld Kassenbouw B.V.', 'Middel Broekweg 21', '2675 KB', 'Honselersdijk', 'NL'), billToMode: 'none',
      cols: ['sku', 'desc', 'qty', 'unit', 'price', 'amount'], items: 5, itemPool: ['FST', 'TLS', 'PKG-TAPE'], showSubtotal: false,
    } as any);
    const Lb = { ...L(o), sku: 'Artikelnr.', desc: 'Omschrijving', qty: 'Aantal', unit: 'Eenh.', price: 'Prijs', amount: 'Bedrag', total: 'Totaal excl. BTW' };
    const text = `Goedemiddag,\n\nHierbij bestellen wij het volgende (ons ordernummer GK-2026-1182, datum 12-11-2026):\n\n${orderTextTable(o, Lb)}\n\n${totalsText(o, Lb, 70)}\n\nGewenste leverdatum: 26-11-2026\nAfleveradres:\n${addrLines(o.shipTo!, 'nl').join('\n')}\n\nMet vriendelijke groet,\n\nHenk Groenveld\nGroenveld Kassenbouw B.V.\nTel. +31 174 555 013\n`;
    const mail = { from: 'Henk Groenveld <henk@groenveld-kassenbouw.example>', subject: 'Bestelling GK-2026-1182', date: '2026-11-12T14:03:00+01:00', messageId: msgId('0a1e55c2.groenveld', 'groenveld-kassenbouw.example'), text };
    await emitEmail('nl-groenveld-text-gk-2026-1182', 'nl', 'body-text', 'Dutch plain-text mail, table aligned with spaces, total excl. BTW only', mail, [{ o }], [bodyDoc()]);
  }
  // ---- B04 en by it-IT HTML zebra table ----
  {
    const o = O({ id: 'b04', lang: 'en', numFmt: 'de', dateFmt: 'slash', poNumber: 'ORD-26-0733', orderDate: '2026-10-27', reqDate: '2026-11-10',
      company: 'Plastotecnica Brianza S.r.l.', contactName: 'Marco Colombo', email: 'm.colombo@plastotecnica-brianza.example', phone: '+39 039 555 0177',
      letterAddr: A(null, 'Viale Lombardia 112', '20900', 'Monza', 'IT', 'MB'), registry: 'P.IVA 03456789012',
      shipTo: A('Plastotecnica Brianza S.r.l.', 'Viale Lombardia 112', '20900', 'Monza', 'IT', 'MB'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['ELE', 'BRG'], showSubtotal: false, paymentTerms: 'Bank transfer 60 days',
    } as any);
    const Lb = { ...L(o), pos: 'Row', sku: 'Code', desc: 'Description', qty: 'Q.ty', unit: 'U.M.', price: 'Price €', amount: 'Amount €', total: 'Total amount EUR' };
    const html = `<div style="font-family:Arial;font-size:10pt"><p>Dear Sirs,</p><p>with this mail we confirm you the order n. <b>ORD-26-0733</b> of 27/10/2026 for the following articles:</p>
${orderHtmlTable(o, Lb, 'zebra')}
${totalsHtml(o, { ...Lb, total: 'Total amount' })}
<p>Delivery requested for 10/11/2026 at our plant:<br>${addrLines(o.shipTo!, 'en').join('<br>')}</p><p>Payment: Bank transfer 60 days</p>
<p>Best regards<br>Marco Colombo<br>Purchasing Dept.<br>Plastotecnica Brianza S.r.l.<br>Tel. +39 039 555 0177</p></div>`;
    const text = `Dear Sirs,\n\nwith this mail we confirm you the order n. ORD-26-0733 of 27/10/2026 for the following articles:\n\n${orderTextTable(o, Lb)}\n\n${totalsText(o, { ...Lb, total: 'Total amount' }, 60)}\n\nDelivery requested for 10/11/2026 at our plant:\n${addrLines(o.shipTo!, 'en').join('\n')}\n\nPayment: Bank transfer 60 days\n\nBest regards\nMarco Colombo\nPurchasing Dept.\nPlastotecnica Brianza S.r.l.\nTel. +39 039 555 0177\n`;
    const mail = { from: 'Marco Colombo <m.colombo@plastotecnica-brianza.example>', subject: 'Order ORD-26-0733', date: '2026-10-27T09:31:00+01:00', messageId: msgId('ord260733.1761554000', 'plastotecnica-brianza.example'), html, text };
    await emitEmail('it-plastotecnica-html-ord-26-0733', 'en', 'body-html', 'Italian company, non-native English, multipart text+HTML body with zebra HTML table, total only', mail, [{ o }], [bodyDoc(), bodyDoc(true)]);
  }
  // ---- B05 en by de-CH text, CHF, expedite + 2 business days ----
  {
    const o = O({ id: 'b05', lang: 'en', numFmt: 'ch', dateFmt: 'dot', currency: 'CHF', curPrinted: 'CHF', poNumber: 'AS-4471', orderDate: '2026-11-18', reqDate: '2026-11-20',
      company: 'Alpina Seilbahntechnik AG', contactName: 'Corsin Caduff', email: 'c.caduff@alpina-seilbahn.example', phone: '+41 81 555 01 58',
      letterAddr: A(null, 'Kasernenstrasse 90', '7000', 'Chur', 'CH'), registry: '',
      shipTo: A('Alpina Seilbahntechnik AG', 'Werkstatt Talstation\nKasernenstrasse 90', '7000', 'Chur', 'CH'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['BRG', 'HYD-FLT', 'HYD-HLP', 'BRG-GRS'], shipping: 28,
      urg: [{ level: 'high', phrase: 'expedite if possible', where: 'body' }],
    } as any);
    const Lb = { ...L(o), pos: 'Pos', sku: 'Art. No.', desc: 'Description', qty: 'Qty', unit: 'Unit', price: 'Price CHF', amount: 'Total CHF', subtotal: 'Subtotal', shipping: 'Freight (flat)', total: 'Total' };
    const text = `Good day\n\nWe order as following, our order no. AS-4471 from 18.11.2026:\n\n${orderTextTable(o, Lb, '  ', '=')}\n\n${totalsText(o, Lb, 66)}\n\nDelivery until 20.11.2026 to:\n${addrLines(o.shipTo!, 'en').join('\n')}\n\nPlease expedite if possible, the revision of the cable car starts on Monday.\n\nThank you and kind regards\nCorsin Caduff\nAlpina Seilbahntechnik AG\nT +41 81 555 01 58\n`;
    const mail = { from: 'Corsin Caduff <c.caduff@alpina-seilbahn.example>', subject: 'Order AS-4471', date: '2026-11-18T15:50:00+01:00', messageId: msgId('AS-4471.caduff.20261118', 'alpina-seilbahn.example'), text };
    await emitEmail('ch-alpina-text-as-4471', 'en', 'body-text', 'Swiss company, English plain-text mail with =-ruled space table, CHF 1\'234.50, flat freight, "expedite if possible", due 2 business days after receipt', mail, [{ o }], [bodyDoc()]);
  }
  // ---- B06 es prose with prices, 4 days ----
  {
    const o = O({ id: 'b06', lang: 'es', numFmt: 'de', dateFmt: 'long', poNumber: '26/0412', orderDate: null, reqDate: '2026-11-06',
      company: 'Conservas Atlántico S.A.', contactName: 'Lucía Fernández', email: 'lucia.fernandez@conservas-atlantico.example', phone: '+34 986 555 017',
      letterAddr: A(null, 'Avenida de Beiramar 45', '36208', 'Vigo', 'ES', 'Pontevedra'), registry: '',
      shipTo: A('Conservas Atlántico S.A. – Nave 2', 'Avenida de Beiramar 45', '36208', 'Vigo', 'ES', 'Pontevedra'), billToMode: 'none',
      cols: ['sku', 'desc', 'qty', 'unit', 'price'], items: [{ item: 'NW-PKG-STR-500', qty: 24, unit: 'rollos' }, { item: 'NW-PKG-TAPE-50', qty: 72, unit: 'rollos' }, { item: 'NW-LAB-NIT-M', qty: 20, unit: 'cajas' }],
      noTotals: true,
    } as any);
    const [a, b, c] = o.lines; const m = (n: number) => fmtNum(n, 'de');
    const text = `Buenos días:\n\nOs pedimos lo siguiente (pedido 26/0412):\n\n- ${a.quantity} rollos de ${a.description} (ref. ${a.sku}) a ${m(a.unitPrice!)} €/rollo\n- ${b.quantity} rollos de ${b.description} (ref. ${b.sku}) a ${m(b.unitPrice!)} €/rollo\n- ${c.quantity} cajas de ${c.description} (ref. ${c.sku}) a ${m(c.unitPrice!)} €/caja\n\nNecesitamos la mercancía antes del viernes 6 de noviembre de 2026 en:\n${addrLines(o.shipTo!, 'es').join('\n')}\n\nGracias, un saludo\nLucía Fernández\nConservas Atlántico S.A.\nTel. +34 986 555 017\n`;
    const mail = { from: 'Lucía Fernández <lucia.fernandez@conservas-atlantico.example>', subject: 'Pedido 26/0412', date: '2026-11-02T10:05:00+01:00', messageId: msgId('CAM9xk2p0412@conservas-atlantico.example', 'conservas-atlantico.example'), text };
    await emitEmail('es-conservas-prose-26-0412', 'es', 'body-text', 'Spanish prose order with bullet lines and unit prices in the body, delivery 4 days after receipt', mail, [{ o }], [bodyDoc()]);
  }
  // ---- X01 de xlsx template with formulas and date cells ----
  {
    const o = O({ id: 'x01', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: 'IWP-26-0311', orderDate: '2026-10-06', reqDate: '2026-10-20',
      company: 'Institut für Werkstoffprüfung Dr. Lorenz GmbH', contactName: 'Dr. Katharina Lorenz', email: 'k.lorenz@iwp-lorenz.example', phone: '+49 241 555-0138',
      letterAddr: A(null, 'Pascalstraße 61', '52076', 'Aachen', 'DE'), registry: '',
      shipTo: A('Institut für Werkstoffprüfung Dr. Lorenz GmbH', 'Labor 2.14\nPascalstraße 61', '52076', 'Aachen', 'DE'), billTo: A('Institut für Werkstoffprüfung Dr. Lorenz GmbH', 'Buchhaltung\nPascalstraße 61', '52076', 'Aachen', 'DE'),
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 6, itemPool: ['LAB', 'SAF'], taxRate: 19, paymentTerms: '30 Tage netto',
    } as any);
    const xlsx = await renderXlsx(o, { sheet: 'Bestellung', dateCells: true, formulas: true, labels: { title: 'Bestellung', poNo: 'Bestellnummer', date: 'Bestelldatum', delDate: 'Liefertermin', tax: 'MwSt.', total: 'Gesamtbetrag', subtotal: 'Summe netto' } });
    const mail = { from: 'Dr. Katharina Lorenz <k.lorenz@iwp-lorenz.example>', subject: 'Bestellung IWP-26-0311 (Excel)', date: '2026-10-06T10:30:00+02:00', messageId: msgId('IWP-26-0311.1759739400', 'iwp-lorenz.example'),
      text: `Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung als Excel-Datei. Bitte um kurze Bestätigung.\n\nMit freundlichen Grüßen\nDr. Katharina Lorenz\nInstitut für Werkstoffprüfung Dr. Lorenz GmbH\nTel. +49 241 555-0138\n`,
      attachments: [{ filename: 'Bestellung_IWP-26-0311.xlsx', content: xlsx, contentType: MT.xlsx }] };
    await emitEmail('de-iwp-lorenz-xlsx-iwp-26-0311', 'de', 'email+xlsx', 'German lab, Excel order template (.xlsx) with formula cells and real date cells, MwSt. 19 %', mail, [{ o }], [bodyDoc(), { name: 'Bestellung_IWP-26-0311.xlsx', mediaType: MT.xlsx, method: 'spreadsheet', pages: null }]);
  }
  // ---- X02 en csv by de-DE, ; and decimal commas, 5 days ----
  {
    const o = O({ id: 'x02', lang: 'en', numFmt: 'plain', dateFmt: 'dot', poNumber: 'NOS-PO-26-2214', orderDate: '2026-10-22', reqDate: '2026-10-27',
      company: 'Nordsee Offshore Service GmbH', contactName: 'Hauke Petersen', email: 'h.petersen@nordsee-offshore.example', phone: '+49 471 555-0166',
      letterAddr: A(null, 'Am Seedeich 30', '27572', 'Bremerhaven', 'DE'), registry: '',
      shipTo: A('Nordsee Offshore Service GmbH – Hafenlager', 'Am Seedeich 30', '27572', 'Bremerhaven', 'DE'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 7, itemPool: ['SAF', 'HYD', 'TLS'], showSubtotal: false,
    } as any);
    const m = (n: number) => fmtNum(n, 'plain');
    const rows = [['PO Number', o.poNumber!], ['PO Date', '22.10.2026'], ['Buyer', 'Hauke Petersen'], ['E-mail', o.email!], ['Phone', o.phone!], ['Delivery date', '27.10.2026'],
      ['Deliver to', 'Nordsee Offshore Service GmbH – Hafenlager, Am Seedeich 30, 27572 Bremerhaven, Germany'], [],
      ['Line', 'Item No.', 'Description', 'Quantity', 'UoM', 'Unit price EUR', 'Amount EUR'],
      ...o.lines.map(l => [String(l.lineNo), l.sku!, l.description, fmtQty(l.quantity, 'plain'), l.unit!, m(l.unitPrice!), m(l.amount!)]), [], ['', '', 'Total EUR', '', '', '', m(o.total)]];
    const csv = '\ufeff' + rows.map(r => r.map(c => csvEsc(c)).join(';')).join('\r\n') + '\r\n';
    const mail = { from: 'Hauke Petersen <h.petersen@nordsee-offshore.example>', subject: 'PO NOS-PO-26-2214 (csv export)', date: '2026-10-22T07:45:00+02:00', messageId: msgId('NOS-PO-26-2214.csv', 'nordsee-offshore.example'),
      text: `Hello Northwind,\n\nour ERP only exports CSV, please find the order attached. Delivery is needed on 27.10. to our harbour warehouse.\n\nBest regards\nHauke Petersen\nNordsee Offshore Service GmbH\n+49 471 555-0166\n`,
      attachments: [{ filename: 'NOS-PO-26-2214.csv', content: Buffer.from(csv, 'utf8'), contentType: 'text/csv; charset=utf-8' }] };
    await emitEmail('de-nordsee-csv-nos-po-26-2214', 'en', 'email+csv', 'German company, English CSV export (semicolons, decimal commas, header rows before the table), delivery 5 days after receipt', mail, [{ o }], [bodyDoc(), { name: 'NOS-PO-26-2214.csv', mediaType: MT.csv, method: 'spreadsheet', pages: null }], [csv]);
  }
  // ---- X03 en xlsx by es-ES, text dates, due in 2 business days ----
  {
    const o = O({ id: 'x03', lang: 'en', numFmt: 'en', dateFmt: 'slash', poNumber: 'GCS-1126-044', orderDate: '2026-11-13', reqDate: '2026-11-17',
      company: 'Grupo Cárnico Segoviano S.A.', contactName: 'Álvaro Martín', email: 'alvaro.martin@gcsegoviano.example', phone: '+34 921 555 010',
      letterAddr: A(null, 'Polígono Industrial Hontoria, parcela 8', '40195', 'Segovia', 'ES'), registry: '',
      shipTo: A('Grupo Cárnico Segoviano S.A.', 'Polígono Industrial Hontoria, parcela 8', '40195', 'Segovia', 'ES'), billTo: A('Grupo Cárnico Segoviano S.A.', 'Apartado de Correos 112', '40080', 'Segovia', 'ES'),
      cols: ['sku', 'desc', 'qty', 'unit', 'price', 'amount'], items: 5, itemPool: ['PKG', 'LAB-NIT', 'SAF-EAR'], taxRate: 21, paymentTerms: '60 days', shippingMethod: 'Truck',
    } as any);
    const xlsx = await renderXlsx(o, { sheet: 'PO', dateCells: false, labels: { title: 'PURCHASE ORDER', poNo: 'PO No.', date: 'Date', delDate: 'Delivery date', tax: 'VAT', total: 'TOTAL', subtotal: 'Subtotal', terms: 'Payment', shipVia: 'Transport' } });
    const mail = { from: 'Álvaro Martín <alvaro.martin@gcsegoviano.example>', subject: 'New order GCS-1126-044', date: '2026-11-13T12:12:00+01:00', messageId: msgId('GCS-1126-044.xls', 'gcsegoviano.example'),
      text: `Hello,\n\nwe attach new order in excel. Please we need it for Tuesday 17/11.\n\nRegards\nÁlvaro Martín\nGrupo Cárnico Segoviano S.A.\nTel. +34 921 555 010\n`,
      attachments: [{ filename: 'PO GCS-1126-044.xlsx', content: xlsx, contentType: MT.xlsx }] };
    await emitEmail('es-gcsegoviano-xlsx-gcs-1126-044', 'en', 'email+xlsx', 'Spanish company, English .xlsx order with text dates dd/mm/yyyy, VAT 21 %, received Friday, due Tuesday (2 business days)', mail, [{ o }], [bodyDoc(), { name: 'PO GCS-1126-044.xlsx', mediaType: MT.xlsx, method: 'spreadsheet', pages: null }]);
  }
  // ---- F01 de inline forward by inside sales ----
  {
    const o = O({ id: 'f01', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: '26-B-0777', orderDate: null, reqDate: '2026-10-30',
      company: 'Albrecht Fördertechnik GmbH', contactName: 'Thomas Albrecht', email: 't.albrecht@albrecht-foerdertechnik.example', phone: '+49 5241 555-0193',
      letterAddr: A(null, 'Hülsbrockstraße 11', '33334', 'Gütersloh', 'DE'), registry: '',
      shipTo: A('Albrecht Fördertechnik GmbH', 'Hülsbrockstraße 11', '33334', 'Gütersloh', 'DE'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['BRG', 'ELE-CTR', 'ELE-MCB'], showSubtotal: false, paymentTerms: '30 Tage netto',
    } as any);
    const Lb = { ...L(o), pos: 'Pos', sku: 'Art.-Nr.', desc: 'Bezeichnung', qty: 'Menge', unit: 'ME', price: 'EP', amount: 'GP', total: 'Summe netto' };
    const inner = `Hallo Frau Vogel,\n\nwie telefonisch besprochen bestellen wir (Bestell-Nr. 26-B-0777):\n\n${orderTextTable(o, Lb)}\n\n${totalsText(o, Lb, 64)}\n\nLiefertermin: 30.10.2026, Lieferung an unser Werk:\n${addrLines(o.shipTo!, 'de').join('\n')}\n\nZahlung wie immer 30 Tage netto.\n\nViele Grüße\nThomas Albrecht\nAlbrecht Fördertechnik GmbH\nTel. +49 5241 555-0193`;
    const text = `Hallo zusammen,\n\nbitte die Bestellung von Albrecht Fördertechnik unten erfassen, kam bei mir direkt an.\n\nDanke!\nKatrin Vogel\nInnendienst / Inside Sales\nNorthwind Industrial Supply\nTel. +49 203 555-0100\n\n-------- Weitergeleitete Nachricht --------\nBetreff: Bestellung 26-B-0777\nDatum: Wed, 14 Oct 2026 07:48:12 +0200\nVon: Thomas Albrecht <t.albrecht@albrecht-foerdertechnik.example>\nAn: Katrin Vogel <k.vogel@northwind-supply.example>\n\n${inner}\n`;
    const mail = { from: 'Katrin Vogel <k.vogel@northwind-supply.example>', subject: 'WG: Bestellung 26-B-0777', date: '2026-10-14T10:05:00+02:00', messageId: msgId('fwd-26-B-0777.vogel', 'northwind-supply.example'), text, headers: { 'User-Agent': 'Mozilla Thunderbird' } };
    await emitEmail('de-albrecht-forward-inline-26-b-0777', 'de', 'forward-inline', 'Inline forward ("-------- Weitergeleitete Nachricht --------") by Northwind inside sales; original German order in the body as space table', mail, [{ o }], [bodyDoc()]);
  }
  // ---- F02 fr forwarded as attached message/rfc822 with PDF inside ----
  {
    const o = O({ id: 'f02', lang: 'fr', numFmt: 'fr', dateFmt: 'slash', poNumber: 'GH-CF-26-0219', orderDate: '2026-11-02', reqDate: '2026-11-06',
      company: 'Garnier Hydraulique SARL', contactName: 'Sophie Garnier', email: 's.garnier@garnier-hydraulique.example', phone: '+33 4 72 555 0114',
      letterAddr: A(null, '27 avenue Franklin Roosevelt', '69150', 'Décines-Charpieu', 'FR'), registry: 'SARL au capital de 80 000 € · SIRET 398 765 432 00025 · RCS Lyon',
      shipTo: A('Garnier Hydraulique SARL', '27 avenue Franklin Roosevelt', '69150', 'Décines-Charpieu', 'FR'), billToMode: 'asLetter',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 5, itemPool: ['HYD'], taxRate: 20, shipping: 15, paymentTerms: 'LCR à 45 jours fin de mois', shippingMethod: 'Messagerie', finePrint: FP.fr,
      labels: { title: 'Commande fournisseur', poNo: 'N° de commande', tax: 'TVA', total: 'Net à payer', subtotal: 'Total HT', shipping: 'Port' },
    } as any);
    const pdf = await pdfOf(o, { font: 'sans', table: 'borderless', creator: 'EBP Gestion Commerciale', labels: (o as any).labels, accent: '#a83232' });
    const innerMail = { from: 'Sophie Garnier <s.garnier@garnier-hydraulique.example>', to: 'Julien Marchand <j.marchand@northwind-supply.example>', subject: 'Commande GH-CF-26-0219', date: '2026-11-02T17:48:00+01:00', messageId: msgId('GH-CF-26-0219.ebp', 'garnier-hydraulique.example'),
      text: `Bonjour Julien,\n\nCi-joint notre commande GH-CF-26-0219. Livraison souhaitée le 06/11/2026.\n\nCordialement,\nSophie Garnier\nGarnier Hydraulique SARL\nTél. +33 4 72 555 0114\n`, attachments: [{ filename: 'Commande GH-CF-26-0219.pdf', content: pdf.buf, contentType: MT.pdf }] };
    const innerEml = await buildEml(innerMail);
    const mail = { from: 'Julien Marchand <j.marchand@northwind-supply.example>', subject: 'TR: Commande GH-CF-26-0219', date: '2026-11-03T08:12:00+01:00', messageId: msgId('fwd.GH-CF-26-0219.marchand', 'northwind-supply.example'),
      text: `Bonjour,\n\nMerci de saisir la commande de Garnier Hydraulique (message d'origine en pièce jointe).\n\nJulien Marchand\nService commercial sédentaire\nNorthwind Industrial Supply\nTél. +33 1 55 50 01 00\n`,
      attachments: [{ filename: 'Commande GH-CF-26-0219.eml', content: innerEml, contentType: 'message/rfc822' }] };
    await emitEmail('fr-garnier-forward-rfc822-gh-cf-26-0219', 'fr', 'forward-attached', 'Forward by Northwind inside sales with the customer\'s original mail attached as message/rfc822, which carries the PDF bon de commande; delivery 3 days after receipt', mail, [{ o }],
      [bodyDoc(), { name: 'Commande GH-CF-26-0219.eml', mediaType: 'message/rfc822', method: 'text', pages: null }, { name: 'Commande GH-CF-26-0219.pdf', mediaType: MT.pdf, method: 'pdf-text', pages: pdf.pages }]);
  }
  // ---- Q01 de quote approval ----
  {
    const o = O({ id: 'q01', lang: 'de', numFmt: 'de', dateFmt: 'dot', poNumber: 'KB-4471', orderDate: null, reqDate: '2026-11-06',
      company: 'Kaiser Stahlbau GmbH', contactName: 'Petra Kaiser', email: 'p.kaiser@kaiser-stahlbau.example', phone: '+49 231 555-0185',
      letterAddr: A(null, 'Hafenstraße 2', '44147', 'Dortmund', 'DE'), registry: '',
      shipTo: A('Kaiser Stahlbau GmbH – Lager Nord', 'Kanalstraße 25', '44147', 'Dortmund', 'DE'), billToMode: 'none',
      cols: ['pos', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'], lineNoStyle: '1', items: 4, itemPool: ['FST', 'TLS-TRQ', 'TLS-HSS'], showSubtotal: false,
    } as any);
    const Lb = { ...L(o), pos: 'Pos.', sku: 'Artikel', desc: 'Bezeichnung', qty: 'Menge', unit: 'ME', price: 'Preis', amount: 'Betrag', total: 'Angebotssumme netto' };
    const quoted = `Sehr geehrte Frau Kaiser,\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an (Angebot AN-2026-10457 vom 19.10.2026, gültig 30 Tage):\n\n${orderTextTable(o, Lb)}\n\n${totalsText(o, Lb, 64)}\nPreise zzgl. gesetzl. MwSt., frei Haus ab 250 EUR. Lieferzeit ca. 2 Wochen.\n\nMit freundlichen Grüßen\nKatrin Vogel\nInnendienst\nNorthwind Industrial Supply\nHafenstraße 120, 47119 Duisburg\nTel. +49 203 555-0100`;
    const text = `Hallo Frau Vogel,\n\nAngebot freigegeben, bitte liefern. Unsere Bestellnummer: KB-4471.\nLiefertermin 06.11.2026 wie angeboten, bitte an unser Lager:\nKaiser Stahlbau GmbH – Lager Nord, Kanalstraße 25, 44147 Dortmund, Deutschland\n\nGruß\nPetra Kaiser\nKaiser Stahlbau GmbH\nTel. +49 231 555-0185\n\nAm 19.10.2026 um 14:02 schrieb Katrin Vogel <k.vogel@northwind-supply.example>:\n${quoted.split('\n').map(x => '> ' + x).join('\n')}\n`;
    const mail = { from: 'Petra Kaiser <p.kaiser@kaiser-stahlbau.example>', subject: 'AW: Angebot AN-2026-10457', date: '2026-10-26T08:55:00+01:00', messageId: msgId('reply.AN-2026-10457.kaiser', 'kaiser-stahlbau.example'),
      inReplyTo: '<AN-2026-10457.vogel@northwind-supply.example>', references: '<AN-2026-10457.vogel@northwind-supply.example>', text };
    await emitEmail('de-kaiser-quote-approval-kb-4471', 'de', 'quote-approval', 'German reply "Angebot freigegeben, bitte liefern" with PO number and delivery address; the order lines are only in our quoted offer below (">" quoting)', mail, [{ o }], [bodyDoc()]);
  }
  // ---- Q02 fr bon pour accord, no PO number ----
  {
    const o = O({ id: 'q02', lang: 'fr', numFmt: 'fr', dateFmt: 'slash', poNumber: null, orderDate: null, reqDate: null,
      company: 'Transports Frigorifiques Moreau SARL', contactName: 'Éric Moreau', email: 'e.moreau@tf-moreau.example', phone: '+33 1 46 555 0187',
      letterAddr: A(null, 'MIN de Rungis, bâtiment C4\n1 rue de la Tour', '94150', 'Rungis', 'FR'), registry: '',
      shipTo: A('Transports Frigorifiques Moreau – Dépôt de Rungis', 'MIN de Rungis, bâtiment C4\n1 rue de la Tour', '94150', 'Rungis', 'FR'), billToMode: 'none',
      cols: ['sku', 'desc', 'qty', 'unit', 'price', 'amount'], items: 4, itemPool: ['SAF', 'TLS-SPR', 'PKG-STR'], taxRate: 20,
    } as any);
    const Lb = { ...L(o), sku: 'Réf.', desc: 'Désignation', qty: 'Qté', unit: 'U.', price: 'P.U. HT', amount: 'Montant HT', subtotal: 'Total HT', tax: 'TVA', total: 'Total TTC' };
    const quoted = `Monsieur Moreau,\n\nSuite à votre demande, voici notre devis DV-26-3318 :\n\n${orderTextTable(o, Lb)}\n\n${totalsText(o, Lb, 64)}\n\nValidité de l'offre : 30 jours. Délai : 8 à 10 jours ouvrés.\n\nCordialement,\nJulien Marchand\nNorthwind Industrial Supply\nTél. +33 1 55 50 01 00`;
    const text = `Bonjour,\n\nBon pour accord pour le devis DV-26-3318 ci-dessous. Merci de livrer à notre dépôt :\n${addrLines(o.shipTo!, 'fr').join('\n')}\n\nCordialement,\nÉric Moreau\nGérant – Transports Frigorifiques Moreau SARL\nTél. +33 1 46 555 0187\n\n-----Message d'origine-----\nDe : Julien Marchand <j.marchand@northwind-supply.example>\nEnvoyé : lundi 2 novembre 2026 11:20\nÀ : Éric Moreau <e.moreau@tf-moreau.example>\nObjet : Devis DV-26-3318\n\n${quoted}\n`;
    const mail = { from: 'Éric Moreau <e.moreau@tf-moreau.example>', subject: 'RE: Devis DV-26-3318', date: '2026-11-06T09:40:00+01:00', messageId: msgId('RE.DV-26-3318.moreau', 'tf-moreau.example'),
      inReplyTo: '<DV-26-3318.marchand@northwind-supply.example>', text, headers: { 'X-Mailer': 'Microsoft Outlook 16.0' } };
    await emitEmail('fr-moreau-bon-pour-accord-dv-26-3318', 'fr', 'quote-approval', 'French "Bon pour accord" reply approving our quote DV-26-3318 (Outlook "Message d\'origine" below), no PO number, no date', mail, [{ o }], [bodyDoc()]);
  }
}
export { cellText, colHeader, money, d, fmtDate, rfc2822 };
