// Friday 2026-12-11
import { Order, addr, renderPdfPo, xlsx, settle, money, usLines, euLines, toFax, toPhoto, toScanJpeg, imagePdf, qtyFmt, taxParts } from './lib.ts';
import { email, file, at, urg, bodyDoc, htmlDoc, ORDERS, KESTREL, svgPo } from './kit.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function friday() {
  // 41 Oracle EBS PO, "expedite if possible", line/shipment numbers, buyer item and ours
  {
    const r = at('2026-12-11', '08:10:05', '-05:00');
    const o: Order = {
      po: '1190457', date: '2026-12-10', req: '2026-12-22',
      buyer: { company: 'Granite State Foods, Inc.', contactName: 'Michael Ouellette', email: 'mouellette@granitestatefoods.com', phone: '603-555-0112' },
      shipTo: addr('Granite State Foods, Inc. - Manchester Plant', '75 Gold St', 'Manchester', 'NH', '03103', 'US'),
      billTo: addr('Granite State Foods, Inc.', 'Accounts Payable\n1 Granite Pl', 'Concord', 'NH', '03301', 'US'), currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, bp: '40-2210', sku: 'KP-FOOD-1510', desc: 'Food-grade carton 15 x 10 x 4 in, bleached, with lid, FDA compliant coating', qty: 4000, unit: 'EA', price: 1.18, date: '2026-12-22' },
        { no: 2, bp: '40-2302', sku: 'KL-2X1-DT', desc: 'Direct thermal labels 2 x 1 in, 1,000/roll', qty: 60, unit: 'RL', price: 8.95, date: '2026-12-22' },
        { no: 3, bp: '40-3100', sku: 'KS-20-MAC', desc: 'Machine stretch film 20 in x 5000 ft, 80 ga', qty: 30, unit: 'RL', price: 64, date: '2026-12-29' },
      ],
      terms: '2% 10, Net 45', via: 'Best Way', notes: 'Expedite if possible - holiday production run.', urgency: urg('2026-12-11', '2026-12-22', { level: 'high', text: 'Expedite if possible', where: 'PO note' }),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'courier', fs: 8, loc: 'en', df: 'dd-Mon-yy', title: 'Standard Purchase Order',
      letterhead: ['GRANITE STATE FOODS, INC.', '1 Granite Pl', 'Concord, NH 03301'],
      meta: [['PO Number', '1190457, 0'], ['Revision Date', ''], ['Created', '10-DEC-26'], ['Buyer', 'Ouellette, Michael'], ['Phone', '603-555-0112'], ['Payment Terms', '2% 10, Net 45'], ['Ship Via', 'Best Way'], ['FOB', 'Destination']],
      blocks: [{ label: 'Supplier: 30418', lines: KESTREL.us }, { label: 'Ship To:', lines: usLines(o.shipTo!) }, { label: 'Bill To:', lines: usLines(o.billTo!) }],
      intro: ['Note to Supplier: Expedite if possible - holiday production run.', 'Email: mouellette@granitestatefoods.com'],
      cols: [{ key: 'no', label: 'Line', w: 28 }, { key: 'bp', label: 'Part Number', w: 55 }, { key: 'sku', label: 'Supplier Item', w: 70 }, { key: 'desc', label: 'Description', w: 180 }, { key: 'date', label: 'Need By', w: 55 }, { key: 'qty', label: 'Quantity', w: 45, align: 'right' }, { key: 'unit', label: 'UOM', w: 36 }, { key: 'price', label: 'Unit Price', w: 50, align: 'right' }, { key: 'amount', label: 'Amount', w: 60, align: 'right' }],
      table: 'ruled', totals: [['Total:', t.total]], cur: 'USD', after: ['This PO is subject to Granite State Foods standard terms and conditions.'],
      pageLabel: (i, n) => `Page ${i} of ${n}`, headerEachPage: 'Standard Purchase Order 1190457, 0',
    });
    o.noSubtotal = true;
    email('fri-01-granite-state-oracle.eml', {
      from: 'Michael Ouellette <mouellette@granitestatefoods.com>', to: ORDERS, subject: 'Standard Purchase Order 1190457, 0', date: '', messageId: 'oracle-po-1190457-0@granitestatefoods.com',
      text: 'Please find attached Standard Purchase Order 1190457, 0 from Granite State Foods, Inc.\n\nMichael Ouellette\nSenior Buyer\n603-555-0112\n',
      attachments: [{ filename: 'PO_1190457_0.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO_1190457_0.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 42 Polish printer, order typed in the body, PILNE
  {
    const r = at('2026-12-11', '08:55:37', '+01:00');
    const o: Order = {
      po: '118/12/2026', date: '2026-12-11', req: '2026-12-15',
      buyer: { company: 'Drukarnia Wisła Sp. z o.o.', contactName: 'Agnieszka Nowak', email: 'a.nowak@drukarnia-wisla.pl', phone: '+48 12 555 63 90' },
      shipTo: addr('Drukarnia Wisła Sp. z o.o.', 'ul. Półłanki 64', 'Kraków', null, '30-740', 'PL'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-EU-400300', desc: 'Karton 400 x 300 x 200 mm, 5-warstwowy', qty: 2000, unit: 'SZT', price: 1.35 },
        { sku: 'KS-500-23', desc: 'Folia stretch 500 mm, 23 µm', qty: 40, unit: 'ROL', price: 18.75 },
        { sku: 'KPL-EPAL-1', desc: 'Paleta EPAL 1200 x 800', qty: 60, unit: 'SZT', price: 12.9 },
      ],
      terms: 'Przelew 14 dni', via: null, notes: null,
      urgency: urg('2026-12-11', '2026-12-15', { level: 'urgent', text: 'PILNE', where: 'subject' }),
    };
    const t = settle(o);
    const f = (n: number) => money(n, 'pl') + ' EUR';
    email('fri-02-drukarnia-wisla-body-pl.eml', {
      from: 'Agnieszka Nowak <a.nowak@drukarnia-wisla.pl>', to: ORDERS, subject: 'PILNE: zamówienie nr 118/12/2026', date: '', messageId: 'zam118122026.an@drukarnia-wisla.pl',
      text: `Dzień dobry,

zamawiamy (zamówienie nr 118/12/2026 z dnia 11.12.2026):

1. ${o.lines[0].sku} – ${o.lines[0].desc} – ${qtyFmt(o.lines[0].qty, 'pl')} szt. × ${f(o.lines[0].price!)} = ${f(o.lines[0].amount!)}
2. ${o.lines[1].sku} – ${o.lines[1].desc} – ${qtyFmt(o.lines[1].qty, 'pl')} rol. × ${f(o.lines[1].price!)} = ${f(o.lines[1].amount!)}
3. ${o.lines[2].sku} – ${o.lines[2].desc} – ${qtyFmt(o.lines[2].qty, 'pl')} szt. × ${f(o.lines[2].price!)} = ${f(o.lines[2].amount!)}

Razem netto: ${f(t.sub)}

Termin dostawy: 15.12.2026 (wtorek) – bardzo prosimy o dotrzymanie, maszyna pakująca stoi.
Adres dostawy: Drukarnia Wisła Sp. z o.o., ul. Półłanki 64, 30-740 Kraków
Płatność: przelew 14 dni.

Z poważaniem
Agnieszka Nowak
Zaopatrzenie, Drukarnia Wisła Sp. z o.o.
tel. +48 12 555 63 90
`,
    }, r, [o], [bodyDoc]);
  }

  // 43 bare image-only PDF, outdoor retailer, two pages scanned
  {
    const o: Order = {
      po: 'LPO-30981', date: '2026-12-08', req: '2026-12-30',
      buyer: { company: 'Lone Pine Outfitters', contactName: 'Cody Brandt', email: 'cody@lonepineoutfitters.com', phone: '(406) 555-0157' },
      shipTo: addr('Lone Pine Outfitters - Warehouse', '2211 N Reserve St', 'Missoula', 'MT', '59808', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-RSC-2016', desc: 'RSC 20 x 16 x 12 in, 44 ECT double wall', qty: 500, unit: 'EA', price: 1.98 },
        { sku: 'KP-RSC-2416', desc: 'RSC 24 x 16 x 16 in, 44 ECT double wall', qty: 400, unit: 'EA', price: 2.65 },
        { sku: 'KP-POLY-1215', desc: 'Poly mailer 12 x 15.5 in, 500/case', qty: 12, unit: 'CS', price: 46.25 },
        { sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m', qty: 10, unit: 'CS', price: 54 },
        { sku: 'KV-PEA-14', desc: 'Loose fill peanuts, 14 cu ft bag', qty: 20, unit: 'BAG', price: 27.6 },
      ],
      shipping: 210, terms: 'Net 30', via: 'Old Dominion LTL', notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'en', df: 'us', title: 'PURCHASE ORDER', head: ['LONE PINE OUTFITTERS', '2211 N Reserve St · Missoula, MT 59808', '(406) 555-0157'],
      meta: [['PO Number', 'LPO-30981'], ['Date', '12/08/2026'], ['Deliver by', '12/30/2026'], ['Buyer', 'Cody Brandt'], ['Terms', 'Net 30']],
      blocks: [{ label: 'Vendor', lines: KESTREL.us.slice(0, 3), x: 80 }, { label: 'Ship To', lines: usLines(o.shipTo!), x: 640 }],
      cols: [{ key: 'sku', label: 'Item', x: 80 }, { key: 'desc', label: 'Description', x: 290 }, { key: 'qty', label: 'Qty', x: 880, anchor: 'end' }, { key: 'unit', label: 'UM', x: 895 }, { key: 'price', label: 'Price', x: 1050, anchor: 'end' }, { key: 'amount', label: 'Amount', x: 1160, anchor: 'end' }],
      totals: [['Subtotal', t.sub], ['Freight', 210], ['Total', t.total]], size: 21, cur: 'USD',
      after: ['Ship via Old Dominion LTL. Email: cody@lonepineoutfitters.com', 'Page 1 of 1'],
    });
    const pdf = await imagePdf([await toScanJpeg(svg, 4303, 0.9, 55)], 'LETTER');
    file('fri-03-lone-pine-scan.pdf', pdf, [o], { name: 'fri-03-lone-pine-scan.pdf', mediaType: 'application/pdf', method: 'ocr', pages: 1 });
  }

  // 44 French-Canadian fax (bare TIFF), TPS/TVQ
  {
    const o: Order = {
      po: 'IG-44120', date: '2026-12-10', req: '2026-12-28',
      buyer: { company: 'Imprimerie Garnier ltée', contactName: 'Luc Garnier', email: null, phone: '514 555-0165' },
      shipTo: addr('Imprimerie Garnier ltée', '9150, boul. Saint-Laurent', 'Montréal', 'QC', 'H2N 1M9', 'CA'), billTo: null, currency: 'CAD',
      lines: [
        { sku: 'KP-RSC-1711', desc: 'Boîte 17 x 11 x 10 po, 32 ECT', qty: 1500, unit: 'UN', price: 1.02 },
        { sku: 'KL-4X6-DT', desc: 'Étiquettes 4 x 6 po, thermiques', qty: 48, unit: 'RLX', price: 6.95 },
        { sku: 'KT-48C-55', desc: 'Ruban 48 mm x 55 m, clair', qty: 6, unit: 'CS', price: 58.9 },
      ],
      taxes: [{ label: 'TPS', rate: 0.05 }, { label: 'TVQ', rate: 0.09975 }], terms: 'Net 30 jours', via: null, notes: null, urgency: urg(null, null),
    };
    const t = settle(o); const tp = taxParts(o);
    const svg = svgPo(o, {
      loc: 'fr', df: 'dmy/', title: 'BON DE COMMANDE', top: '10 DEC 2026 15:48   IMPRIMERIE GARNIER   514 555 0166   P. 1', cur: '$',
      head: ['Imprimerie Garnier ltée', '9150, boul. Saint-Laurent', 'Montréal (Québec) H2N 1M9', 'Tél. 514 555-0165'],
      meta: [['Commande no', 'IG-44120'], ['Date', '10/12/2026'], ['Livrer le', '28/12/2026'], ['Acheteur', 'Luc Garnier']],
      blocks: [{ label: 'Fournisseur :', lines: KESTREL.ca.slice(0, 3), x: 80 }, { label: 'Livrer à :', lines: ['Imprimerie Garnier ltée', '9150, boul. Saint-Laurent', 'Montréal (Québec) H2N 1M9'], x: 640 }],
      cols: [{ key: 'sku', label: 'No article', x: 80 }, { key: 'desc', label: 'Description', x: 290 }, { key: 'qty', label: 'Qté', x: 880, anchor: 'end' }, { key: 'unit', label: 'Unité', x: 895 }, { key: 'price', label: 'Prix', x: 1050, anchor: 'end' }, { key: 'amount', label: 'Montant', x: 1160, anchor: 'end' }],
      totals: [['Sous-total', t.sub], [`TPS 5 %`, tp[0].amount], ['TVQ 9,975 %', tp[1].amount], ['Total', t.total]], size: 22, grid: true,
      after: ['Conditions : Net 30 jours', 'Signature : L. Garnier'],
    });
    file('fri-04-garnier-fax-fr.tif', await toFax(svg, 4404, 3.1), [o], { name: 'fri-04-garnier-fax-fr.tif', mediaType: 'image/tiff', method: 'ocr', pages: 1 });
  }

  // 45 German school, phone photo of a typed order (bare JPEG)
  {
    const o: Order = {
      po: 'GSA-2026-117', date: '2026-12-10', req: null,
      buyer: { company: 'Stadtteilschule Altona', contactName: 'M. Petersen', email: null, phone: '040 555 91 40' },
      shipTo: addr('Stadtteilschule Altona', 'Hausmeisterei\nBehringstraße 14', 'Hamburg', null, '22765', 'DE'),
      billTo: addr('Behörde für Schule und Berufsbildung', 'Rechnungsstelle\nHamburger Straße 31', 'Hamburg', null, '22083', 'DE'), currency: 'EUR',
      lines: [
        { sku: 'KL-A4-24', desc: 'Etiketten A4, 70 x 37 mm, 100 Blatt', qty: 10, unit: 'PCK', price: 12.4 },
        { sku: 'KP-EU-400300', desc: 'Faltkarton 400 x 300 x 200 mm', qty: 150, unit: 'ST', price: 1.35 },
        { sku: 'KT-48B-66', desc: 'Packband braun 48 mm', qty: 36, unit: 'RL', price: 1.45 },
      ],
      taxRate: 0.19, terms: null, via: null, notes: null,
      urgency: urg(null, null, { level: 'normal', text: 'Keine Eile', where: 'order note' }),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'de', df: 'dmy.', title: 'Bestellschein', head: ['Stadtteilschule Altona', 'Behringstraße 14 · 22765 Hamburg', 'Sekretariat Tel. 040 555 91 40'],
      meta: [['Bestell-Nr.', 'GSA-2026-117'], ['Datum', '10.12.2026'], ['Besteller/in', 'Frau M. Petersen']],
      blocks: [{ label: 'Lieferung an:', lines: ['Stadtteilschule Altona', 'Hausmeisterei', 'Behringstraße 14', '22765 Hamburg'], x: 80 }, { label: 'Rechnung an:', lines: ['Behörde für Schule und Berufsbildung', 'Rechnungsstelle', 'Hamburger Straße 31', '22083 Hamburg'], x: 640 }],
      cols: [{ key: 'qty', label: 'Menge', x: 150, anchor: 'end' }, { key: 'unit', label: 'Einheit', x: 170 }, { key: 'sku', label: 'Art.-Nr.', x: 290 }, { key: 'desc', label: 'Artikel', x: 500 }, { key: 'price', label: 'Einzelpreis', x: 1040, anchor: 'end' }, { key: 'amount', label: 'Gesamt', x: 1160, anchor: 'end' }],
      totals: [['Netto', t.sub], ['19 % USt.', t.tax], ['Brutto', t.total]], cur: 'EUR', size: 21, grid: true,
      after: ['Keine Eile – Lieferung nach den Weihnachtsferien genügt.'],
    });
    file('fri-05-schule-altona-photo-de.jpg', await toPhoto(svg, 4505, { angle: -1.6, quad: [0.03, 0.07, 0.93, 0.04, 0.99, 0.93, 0.07, 0.98] }), [o], { name: 'fri-05-schule-altona-photo-de.jpg', mediaType: 'image/jpeg', method: 'ocr', pages: 1 });
  }

  // 46 Spanish pharma, XLSX with zebra rows and per-line dates, IVA 21 %
  {
    const r = at('2026-12-11', '10:30:19', '+01:00');
    const o: Order = {
      po: 'FL-PC-26-1432', date: '2026-12-11', req: '2026-12-14',
      buyer: { company: 'Farmacéutica Levante S.L.', contactName: 'Marta Gil', email: 'marta.gil@farmaceuticalevante.es', phone: '+34 961 55 70 22' },
      shipTo: addr('Farmacéutica Levante S.L. – Almacén', 'Parque Tecnológico\nC/ Charles Robert Darwin, 8', 'Paterna', 'Valencia', '46980', 'ES'), billTo: null, currency: 'EUR', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-INS-0806', desc: 'Caja isotérmica 8 x 6 x 6 pulg., EPS, con caja exterior', qty: 250, unit: 'UD', price: 7.6, date: '2026-12-14' },
        { no: 2, sku: 'KV-GEL-24', desc: 'Acumulador de frío gel 680 g', qty: 800, unit: 'UD', price: 0.88, date: '2026-12-14' },
        { no: 3, sku: 'KL-GHS-4X4', desc: 'Etiquetas GHS 100 x 100 mm, polipropileno, 500/rollo', qty: 10, unit: 'RL', price: 27.5, date: '2026-12-18' },
      ],
      taxRate: 0.21, terms: 'Confirming 60 días', via: null, notes: null, urgency: urg('2026-12-11', '2026-12-14'),
    };
    const t = settle(o);
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Pedido');
      ws.columns = [{ width: 6 }, { width: 16 }, { width: 50 }, { width: 10 }, { width: 6 }, { width: 12 }, { width: 13 }, { width: 14 }];
      ws.addRow(['Farmacéutica Levante S.L.', null, 'PEDIDO DE COMPRA']).font = { bold: true, size: 13 };
      ws.addRow(['Nº pedido:', null, 'FL-PC-26-1432']);
      ws.addRow(['Fecha:', null, '11/12/2026']);
      ws.addRow(['Solicitante:', null, 'Marta Gil · +34 961 55 70 22 · marta.gil@farmaceuticalevante.es']);
      ws.addRow(['Entregar en:', null, 'Farmacéutica Levante S.L. – Almacén, Parque Tecnológico, C/ Charles Robert Darwin, 8, 46980 Paterna (Valencia)']);
      ws.addRow(['Forma de pago:', null, 'Confirming 60 días']);
      ws.addRow([]);
      const h = ws.addRow(['Lín.', 'Ref. proveedor', 'Descripción', 'Cantidad', 'Ud.', 'Precio', 'Importe', 'Fecha entrega']); h.font = { bold: true };
      o.lines.forEach((l, i) => {
        const row = ws.addRow([l.no, l.sku, l.desc, l.qty, l.unit, l.price, l.amount, l.date === '2026-12-14' ? '14/12/2026' : '18/12/2026']);
        row.getCell(6).numFmt = '#,##0.00 "€"'; row.getCell(7).numFmt = '#,##0.00 "€"';
        if (i % 2 === 0) row.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFF5FB' } }; });
      });
      ws.addRow([]);
      for (const [k, v] of [['Base imponible', t.sub], ['IVA (21%)', t.tax], ['Total pedido', t.total]] as [string, number][]) { const row = ws.addRow([null, null, null, null, null, k, v]); row.getCell(7).numFmt = '#,##0.00 "€"'; }
    });
    email('fri-06-farmaceutica-levante-xlsx-es.eml', {
      from: 'Marta Gil <marta.gil@farmaceuticalevante.es>', to: ORDERS, subject: 'Pedido FL-PC-26-1432', date: '', messageId: 'flpc261432.mg@farmaceuticalevante.es',
      text: 'Buenos días,\n\nadjuntamos el pedido FL-PC-26-1432. Las cajas isotérmicas y los acumuladores los necesitamos el lunes 14/12.\n\nSaludos,\nMarta Gil\nCompras – Farmacéutica Levante S.L.\n+34 961 55 70 22\n',
      attachments: [{ filename: 'Pedido FL-PC-26-1432.xlsx', type: XLSX, content: buf }],
    }, r, [o], [bodyDoc, { name: 'Pedido FL-PC-26-1432.xlsx', mediaType: XLSX, method: 'spreadsheet' }]);
  }

  // 47 German web shop, HTML body, "dringend", prices incl. MwSt. stated as net + MwSt.
  {
    const r = at('2026-12-11', '11:18:42', '+01:00');
    const o: Order = {
      po: 'KK-26-5081', date: '2026-12-11', req: null,
      buyer: { company: 'Kistenkönig Onlinehandel GmbH', contactName: 'Lars Brandt', email: 'einkauf@kistenkoenig.de', phone: '+49 511 555 2270' },
      shipTo: addr('Kistenkönig Onlinehandel GmbH', 'Lager 2\nVahrenwalder Str. 269', 'Hannover', null, '30179', 'DE'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-MAIL-A4', desc: 'Versandkarton A4 weiß mit Aufreißfaden', qty: 3000, unit: 'ST', price: 0.46 },
        { sku: 'KL-100X150-DT', desc: 'Versandetiketten 100 x 150 mm, 500 St./Rolle', qty: 100, unit: 'RL', price: 7.1 },
        { sku: 'KPR-ZD421-DT', desc: 'Etikettendrucker ZD421d, Thermodirekt, 203 dpi', qty: 3, unit: 'ST', price: 379 },
      ],
      taxRate: 0.19, shipping: 45, taxOnShipping: true, terms: 'Vorkasse 2 % Skonto', via: 'DHL Freight', notes: null,
      urgency: urg('2026-12-11', null, { level: 'urgent', text: 'dringend', where: 'subject' }),
    };
    const t = settle(o);
    const f = (n: number) => money(n, 'de') + ' €';
    email('fri-07-kistenkoenig-html-de.eml', {
      from: 'Lars Brandt <einkauf@kistenkoenig.de>', to: ORDERS, subject: 'Bestellung KK-26-5081 - dringend', date: '', messageId: 'kk265081.lb@kistenkoenig.de',
      html: `<html><body style="font-family:Arial;font-size:13px"><p>Hallo Kestrel-Team,</p><p>wir bestellen dringend (Bestellnr. <b>KK-26-5081</b> vom 11.12.2026) – unser Weihnachtsgeschäft läuft und die Kartons sind fast aus:</p>
<table cellpadding="3" style="border-collapse:collapse">${o.lines.map((l) => `<tr><td>${qtyFmt(l.qty, 'de')} ${l.unit}</td><td>${l.sku}</td><td>${l.desc}</td><td align="right">je ${f(l.price!)}</td><td align="right">${f(l.amount!)}</td></tr>`).join('')}
<tr><td colspan="4" align="right">Warenwert netto</td><td align="right">${f(t.sub)}</td></tr><tr><td colspan="4" align="right">Fracht</td><td align="right">${f(45)}</td></tr><tr><td colspan="4" align="right">zzgl. 19 % MwSt.</td><td align="right">${f(t.tax)}</td></tr><tr><td colspan="4" align="right"><b>Gesamt</b></td><td align="right"><b>${f(t.total)}</b></td></tr></table>
<p>Versand per DHL Freight an: Kistenkönig Onlinehandel GmbH, Lager 2, Vahrenwalder Str. 269, 30179 Hannover.<br>Zahlung: Vorkasse 2 % Skonto – bitte Proforma schicken.</p>
<p>Beste Grüße<br>Lars Brandt<br>Einkauf · Kistenkönig Onlinehandel GmbH<br>Tel. +49 511 555 2270</p></body></html>`,
    }, r, [o], [htmlDoc]);
  }

  // 48 bare CSV, semicolon-separated with German decimal commas
  {
    const o: Order = {
      po: 'LS-778120', date: '2026-12-11', req: '2026-12-21',
      buyer: { company: 'Lagerlogistik Süd GmbH', contactName: null, email: null, phone: null },
      shipTo: addr('Lagerlogistik Süd GmbH', 'Industriestraße 40', 'Augsburg', null, '86165', 'DE'), billTo: null, currency: 'EUR', printLineNo: true, noSubtotal: true, noTotal: true,
      lines: [
        { no: 1, sku: 'KP-EU-600400', desc: 'Faltkarton 600x400x400 2-wellig', qty: 800, unit: 'ST', price: 2.48 },
        { no: 2, sku: 'KS-500-23', desc: 'Stretchfolie 500mm 23my', qty: 48, unit: 'RL', price: 18.75 },
        { no: 3, sku: 'KL-A6-DT', desc: 'Etiketten A6 Thermo', qty: 120, unit: 'RL', price: 6.85 },
        { no: 4, sku: 'KV-PAP-380', desc: 'Füllpapier 380mm x 400m', qty: 16, unit: 'RL', price: 21.4 },
      ],
      terms: null, via: null, notes: null, urgency: urg(null, null),
    };
    settle(o);
    const csv = 'Bestellnr;Datum;Pos;Artikelnr;Bezeichnung;Menge;ME;Preis;Betrag;Währung;Liefertermin;Lieferadresse\r\n' +
      o.lines.map((l) => ['LS-778120', '11.12.2026', l.no, l.sku, l.desc, l.qty, l.unit, money(l.price!, 'plain').replace('.', ','), money(l.amount!, 'plain').replace('.', ','), 'EUR', '21.12.2026', 'Lagerlogistik Süd GmbH, Industriestraße 40, 86165 Augsburg'].join(';')).join('\r\n') + '\r\n';
    file('fri-08-lagerlogistik-sued.csv', Buffer.from(csv, 'utf8'), [o], { name: 'fri-08-lagerlogistik-sued.csv', mediaType: 'text/csv', method: 'spreadsheet' });
  }

  // 49 English fax TIFF (bare), foodservice distributor, "needed tomorrow"
  {
    const o: Order = {
      po: '77-30512', date: '2026-12-10', req: null,
      buyer: { company: 'Dixie Foodservice Supply', contactName: 'Earl Whitmore', email: null, phone: '(601) 555-0183' },
      shipTo: addr('Dixie Foodservice Supply', '1400 Industrial Park Dr', 'Jackson', 'MS', '39209', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-PIZ-16', desc: 'Pizza box 16 in, kraft/white, B-flute', qty: 2000, unit: 'EA', price: 0.52 },
        { sku: 'KP-FOOD-1510', desc: 'Food carton 15 x 10 x 4 in, with lid', qty: 800, unit: 'EA', price: 1.18 },
        { sku: 'KS-18-80', desc: 'Stretch film 18 in x 1500 ft, 4/cs', qty: 12, unit: 'CS', price: 72.4 },
      ],
      terms: 'Net 30', via: 'Overnight freight', notes: null,
      urgency: urg(null, null, { level: 'urgent', text: 'NEEDED TOMORROW', where: 'fax cover' }),
    };
    const t = settle(o);
    o.noSubtotal = true;
    const svg = svgPo(o, {
      loc: 'en', df: 'us', title: 'PURCHASE ORDER', top: '12/10/2026 16:55  DIXIE FOODSERVICE  6015550184  PAGE 01', mono: true, size: 22,
      head: ['DIXIE FOODSERVICE SUPPLY', '1400 Industrial Park Dr', 'Jackson, MS 39209', 'Tel (601) 555-0183'],
      meta: [['*** NEEDED TOMORROW ***', ''], ['PO #', '77-30512'], ['Date', '12/10/2026'], ['Terms', 'Net 30'], ['Ship', 'Overnight freight']],
      blocks: [{ label: 'TO: Kestrel Packaging Inc.', lines: ['Attn: Order Desk', 'Fax 704-555-0101'], x: 80 }, { label: 'SHIP TO:', lines: usLines(o.shipTo!), x: 640 }],
      cols: [{ key: 'qtyunit', label: 'QTY', x: 80 }, { key: 'sku', label: 'ITEM', x: 240 }, { key: 'desc', label: 'DESCRIPTION', x: 450 }, { key: 'price', label: 'EACH', x: 1040, anchor: 'end' }, { key: 'amount', label: 'EXT', x: 1160, anchor: 'end' }],
      cur: 'USD', totals: [['TOTAL', t.total]], after: ['Ordered by Earl Whitmore. Call with questions.'],
    });
    file('fri-09-dixie-fax.tif', await toFax(svg, 4909, 1.1), [o], { name: 'fri-09-dixie-fax.tif', mediaType: 'image/tiff', method: 'ocr', pages: 1 });
  }

  // 50 Dutch primary school, short order in the body, no prices
  {
    const r = at('2026-12-11', '13:40:26', '+01:00');
    const o: Order = {
      po: null, date: null, req: '2026-12-18',
      buyer: { company: 'Basisschool De Regenboog', contactName: 'Mirjam Jansen', email: 'administratie@deregenboog-school.nl', phone: '010 555 32 18' },
      shipTo: addr('Basisschool De Regenboog', 'Kastanjelaan 5', 'Rotterdam', null, '3062 AL', 'NL'), billTo: addr('Basisschool De Regenboog', 'Kastanjelaan 5', 'Rotterdam', null, '3062 AL', 'NL'), currency: null,
      lines: [
        { sku: 'KP-EU-400300', desc: 'verhuisdozen 400 x 300 x 200', qty: 100, unit: 'ST', price: null },
        { sku: 'KT-48B-66', desc: 'rollen bruine tape', qty: 24, unit: 'ROLLEN', price: null },
        { sku: 'KL-A4-24', desc: 'doosjes etiketvellen A4', qty: 5, unit: 'DOOSJES', price: null },
      ],
      terms: null, via: null, notes: 'Graag factuur naar de school sturen, met vermelding "verhuizing lokaal 4".', urgency: urg('2026-12-11', '2026-12-18'),
    };
    email('fri-10-regenboog-body-nl.eml', {
      from: 'Mirjam Jansen <administratie@deregenboog-school.nl>', to: ORDERS, subject: 'Bestelling dozen en tape', date: '', messageId: 'regenboog-20261211@deregenboog-school.nl',
      text: `Beste mensen,

Wij willen graag bestellen:

- 100 st. KP-EU-400300 verhuisdozen 400 x 300 x 200
- 24 rollen bruine tape (KT-48B-66)
- 5 doosjes etiketvellen A4 (KL-A4-24)

Graag leveren vóór vrijdag 18 december op: Basisschool De Regenboog, Kastanjelaan 5, 3062 AL Rotterdam.
Graag factuur naar de school sturen, met vermelding "verhuizing lokaal 4".

Met vriendelijke groet,
Mirjam Jansen
Administratie Basisschool De Regenboog
010 555 32 18
`,
    }, r, [o], [bodyDoc]);
  }
}
