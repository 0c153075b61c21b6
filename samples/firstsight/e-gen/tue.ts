// Tuesday 2026-12-08
import { Order, addr, renderPdfPo, xlsx, settle, money, usLines, euLines, toPhoto, pdfDoc, qtyFmt } from './lib.ts';
import { email, file, at, urg, bodyDoc, htmlDoc, ORDERS, KESTREL, svgPo } from './kit.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tuesday() {
  // 11 Dutch webshop, Excel inkooporder, BTW 21 %
  {
    const r = at('2026-12-08', '08:22:10', '+01:00');
    const o: Order = {
      po: 'IO-2026-0457', date: '2026-12-08', req: '2026-12-14',
      buyer: { company: 'Webshop Noorderlicht B.V.', contactName: 'Sanne de Wit', email: 'inkoop@noorderlicht-webshop.nl', phone: '+31 30 555 2841' },
      shipTo: addr('Webshop Noorderlicht B.V.', 'Atoomweg 62', 'Utrecht', null, '3542 AB', 'NL'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-MAIL-A4', desc: 'Verzenddoos A4 310 x 220 x 50 mm, wit, met plakstrip', qty: 2000, unit: 'ST', price: 0.46 },
        { sku: 'KP-MAIL-A5', desc: 'Verzenddoos A5 220 x 160 x 50 mm, wit, met plakstrip', qty: 1500, unit: 'ST', price: 0.34 },
        { sku: 'KL-100X150-DT', desc: 'Verzendetiketten thermisch 100 x 150 mm, 500 per rol', qty: 60, unit: 'ROL', price: 7.1 },
        { sku: 'KT-50P-50', desc: 'Papieren tape 50 mm x 50 m, bruin, gegomd', qty: 96, unit: 'ROL', price: 3.9 },
        { sku: 'KV-PAP-380', desc: 'Opvulpapier gerecycled 380 mm x 400 m', qty: 12, unit: 'ROL', price: 21.4 },
      ],
      taxRate: 0.21, terms: 'Betaling binnen 30 dagen', via: null, notes: null,
      urgency: urg('2026-12-08', '2026-12-14'),
    };
    const t = settle(o);
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Inkooporder');
      ws.columns = [{ width: 16 }, { width: 52 }, { width: 10 }, { width: 10 }, { width: 12 }, { width: 14 }];
      ws.addRow(['Webshop Noorderlicht B.V.']).font = { bold: true, size: 16 };
      ws.addRow(['Atoomweg 62, 3542 AB Utrecht · KvK 71234567 · BTW NL859012345B01']);
      ws.addRow([]);
      ws.addRow(['INKOOPORDER']).font = { bold: true, size: 13 };
      ws.addRow(['Ordernummer', 'IO-2026-0457']);
      ws.addRow(['Orderdatum', '8-12-2026']);
      ws.addRow(['Gewenste leverdatum', '14-12-2026']);
      ws.addRow(['Leverancier', 'Kestrel Verpackung GmbH, Hamburg']);
      ws.addRow(['Contactpersoon', 'Sanne de Wit, +31 30 555 2841']);
      ws.addRow(['Afleveradres', 'Webshop Noorderlicht B.V., Atoomweg 62, 3542 AB Utrecht']);
      ws.addRow([]);
      const h = ws.addRow(['Artikelnr.', 'Omschrijving', 'Aantal', 'Eenheid', 'Prijs', 'Totaal']);
      h.font = { bold: true }; h.eachCell((c) => { c.border = { top: { style: 'thin' }, bottom: { style: 'thin' } }; });
      for (const l of o.lines) {
        const row = ws.addRow([l.sku, l.desc, l.qty, l.unit, l.price, l.amount]);
        row.getCell(5).numFmt = '€ #,##0.00'; row.getCell(6).numFmt = '€ #,##0.00';
      }
      ws.addRow([]);
      for (const [k, v] of [['Subtotaal', t.sub], ['BTW 21%', t.tax], ['Totaal incl. BTW', t.total]] as [string, number][]) {
        const row = ws.addRow([null, null, null, null, k, v]); row.getCell(6).numFmt = '€ #,##0.00'; row.font = { bold: k.startsWith('Totaal') };
      }
      ws.addRow([]);
      ws.addRow(['Betalingsvoorwaarden: betaling binnen 30 dagen']);
    });
    email('tue-01-noorderlicht-xlsx-nl.eml', {
      from: 'Sanne de Wit <inkoop@noorderlicht-webshop.nl>', to: ORDERS, subject: 'Inkooporder IO-2026-0457', date: '', messageId: 'io20260457.8c1e@noorderlicht-webshop.nl',
      text: 'Goedemorgen,\n\nIn de bijlage vindt u onze inkooporder IO-2026-0457. Graag levering op maandag 14 december.\n\nMet vriendelijke groet,\n\nSanne de Wit\nInkoop | Webshop Noorderlicht B.V.\n+31 30 555 2841\n',
      attachments: [{ filename: 'Inkooporder IO-2026-0457.xlsx', type: XLSX, content: buf }],
    }, r, [o], [bodyDoc, { name: 'Inkooporder IO-2026-0457.xlsx', mediaType: XLSX, method: 'spreadsheet' }]);
  }

  // 12 two POs (two plants) in one mail, Dynamics 365 Business Central layout, HST 13 %
  {
    const r = at('2026-12-08', '09:05:33', '-05:00');
    const mk = (po: string, plant: Order['shipTo'], lines: Order['lines'], req: string): Order => ({
      po, date: '2026-12-08', req,
      buyer: { company: 'Great Lakes Provisions Ltd.', contactName: 'Amrit Sandhu', email: 'asandhu@greatlakesprovisions.ca', phone: '905-555-0184' },
      shipTo: plant, billTo: addr('Great Lakes Provisions Ltd.', 'Accounts Payable\n1200 Courtneypark Dr E', 'Mississauga', 'ON', 'L5T 1P1', 'CA'),
      currency: 'CAD', printLineNo: false, lines, taxRate: 0.13, shipping: 85, taxOnShipping: true,
      terms: '1% 15, Net 30', via: 'Kestrel truck', notes: null, urgency: urg('2026-12-08', req),
    });
    const a = mk('GLP-104412', addr('Great Lakes Provisions - Brampton Plant', '55 Rutherford Rd S', 'Brampton', 'ON', 'L6W 3J3', 'CA'), [
      { sku: 'KP-FOOD-1510', desc: 'Food-grade carton 15 x 10 x 4 in, bleached, with lid', qty: 1200, unit: 'EA', price: 1.21 },
      { sku: 'KL-2X1-DT', desc: 'Direct thermal labels 2 x 1 in, 1,000/roll', qty: 48, unit: 'RL', price: 9.25 },
      { sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m, clear, 36/case', qty: 8, unit: 'CS', price: 58.9 },
    ], '2026-12-17');
    const b = mk('GLP-104413', addr('Great Lakes Provisions - Hamilton Plant', '1011 Arvin Ave', 'Stoney Creek', 'ON', 'L8E 5N9', 'CA'), [
      { sku: 'KS-20-MAC', desc: 'Machine stretch film 20 in x 5000 ft, 80 ga', qty: 24, unit: 'RL', price: 68.5 },
      { sku: 'KPL-4840-HT', desc: 'Pallet 48 x 40, heat treated ISPM-15', qty: 120, unit: 'EA', price: 17.25 },
      { sku: 'KC-EDGE-36', desc: 'Edge board 2 x 2 x 36 in', qty: 600, unit: 'EA', price: 0.45 },
      { sku: 'KL-4X6-DT', desc: 'Direct thermal labels 4 x 6 in, 250/roll', qty: 36, unit: 'RL', price: 6.95 },
    ], '2026-12-18');
    const pdfs: Buffer[] = [];
    for (const o of [a, b]) {
      const t = settle(o);
      pdfs.push(await renderPdfPo(o, {
        font: 'dejavuc', fs: 8.5, loc: 'en', df: 'dMon', title: 'Purchase Order', accent: '#2b579a',
        letterhead: ['Great Lakes Provisions Ltd.', '1200 Courtneypark Dr E', 'Mississauga ON L5T 1P1', 'HST # 81234 5678 RT0001'],
        meta: [['No.', o.po!], ['Document Date', '8 Dec 2026'], ['Expected Receipt Date', o.req === '2026-12-17' ? '17 Dec 2026' : '18 Dec 2026'], ['Purchaser', 'Amrit Sandhu'], ['Phone No.', '905-555-0184'], ['Payment Terms', '1% 15, Net 30'], ['Shipment Method', 'Kestrel truck']],
        blocks: [{ label: 'Vendor', lines: KESTREL.ca }, { label: 'Ship-to Address', lines: usLines(o.shipTo!) }, { label: 'Pay-to / Invoice to', lines: usLines(o.billTo!) }],
        cols: [{ key: 'sku', label: 'Vendor Item No.', w: 80 }, { key: 'desc', label: 'Description', w: 220 }, { key: 'qty', label: 'Quantity', w: 50, align: 'right' }, { key: 'unit', label: 'Unit of Measure', w: 50 }, { key: 'price', label: 'Direct Unit Cost', w: 60, align: 'right' }, { key: 'amount', label: 'Line Amount', w: 65, align: 'right' }],
        table: 'ruled', cur: 'CAD',
        totals: [['Subtotal', t.sub], ['Freight', t.ship], ['HST 13%', t.tax], ['Total CAD Incl. Tax', t.total]],
        after: ['Please quote our PO number on all delivery documents and invoices.'], pageLabel: (i, n) => `Page ${i} / ${n}`,
      }));
    }
    email('tue-02-great-lakes-two-pos.eml', {
      from: 'Amrit Sandhu <asandhu@greatlakesprovisions.ca>', to: ORDERS, subject: 'POs GLP-104412 (Brampton) and GLP-104413 (Hamilton)', date: '', messageId: 'YT3PR01MB-glp104412@greatlakesprovisions.ca',
      text: 'Good morning,\n\nAttached are two purchase orders, one for each plant:\n  GLP-104412 - Brampton, needed by Dec 17\n  GLP-104413 - Hamilton, needed by Dec 18\n\nPlease send separate confirmations.\n\nRegards,\nAmrit Sandhu | Procurement Lead\nGreat Lakes Provisions Ltd.\nT 905-555-0184\n',
      attachments: [{ filename: 'GLP-104412.pdf', type: 'application/pdf', content: pdfs[0] }, { filename: 'GLP-104413.pdf', type: 'application/pdf', content: pdfs[1] }],
    }, r, [a, b], [bodyDoc, { name: 'GLP-104412.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }, { name: 'GLP-104413.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 13 order forwarded by our inside sales as an inline "Forwarded message" block
  {
    const r = at('2026-12-08', '10:40:02', '-05:00');
    const o: Order = {
      po: 'PVS-27-00318', date: '2026-12-07', req: null,
      buyer: { company: 'Piedmont Valley Schools', contactName: 'Marcus Greene', email: 'mgreene@piedmontvalley.k12.nc.us', phone: '704-555-0239' },
      shipTo: addr('Piedmont Valley Schools - Central Warehouse', '3100 Tuckaseegee Rd', 'Charlotte', 'NC', '28208', 'US'),
      billTo: addr('Piedmont Valley Schools', 'Finance Office\n600 E 4th St', 'Charlotte', 'NC', '28202', 'US'), currency: 'USD',
      lines: [
        { sku: 'KP-RSC-1812', desc: 'Moving boxes 18 x 12 x 12', qty: 400, unit: 'EA', price: 1.42 },
        { sku: 'KT-48C-55', desc: 'Clear packing tape', qty: 10, unit: 'CS', price: 54 },
        { sku: 'KL-BLANK-A4', desc: 'Sheet labels 30 per sheet, 100 sheets/box', qty: 25, unit: 'BOX', price: 18.6 },
        { sku: 'KD-TD-3000', desc: 'Tape guns', qty: 12, unit: 'EA', price: 12.95 },
      ],
      terms: 'Net 30', via: null, notes: 'Tax exempt, certificate attached to our vendor file.',
      urgency: urg('2026-12-08', null, { level: 'high', text: 'expedite if possible', where: 'forwarded body' }),
    };
    const t = settle(o);
    const list = o.lines.map((l) => `  ${l.qty} ${l.unit}  ${l.sku}  ${l.desc}  @ $${money(l.price!, 'en')} = $${money(l.amount!, 'en')}`).join('\n');
    email('tue-03-forward-inline-school.eml', {
      from: 'Maria Delgado <maria.delgado@kestrelpack.com>', to: ORDERS, subject: 'Fwd: PO PVS-27-00318 - packing supplies for summer move', date: '', messageId: 'fwd-pvs2700318.md@kestrelpack.com',
      text: `Please enter for Piedmont Valley Schools, prices per our bid sheet. - Maria

Maria Delgado | Inside Sales
Kestrel Packaging Inc. | 704-555-0100 x214

---------- Forwarded message ---------
From: Marcus Greene <mgreene@piedmontvalley.k12.nc.us>
Date: Mon, Dec 7, 2026 at 3:52 PM
Subject: PO PVS-27-00318 - packing supplies for summer move
To: Maria Delgado <maria.delgado@kestrelpack.com>

Hi Maria,

Please process PO PVS-27-00318 dated 12/07/2026:

${list}

Total: $${money(t.total, 'en')}

Ship to: Piedmont Valley Schools - Central Warehouse, 3100 Tuckaseegee Rd, Charlotte, NC 28208
Invoice to: Piedmont Valley Schools, Finance Office, 600 E 4th St, Charlotte, NC 28202
Terms Net 30. Tax exempt, certificate attached to our vendor file.

Please expedite if possible - the move starts soon.

Thanks,
Marcus Greene
Purchasing Agent, Piedmont Valley Schools
704-555-0239
`,
    }, r, [o], [bodyDoc]);
  }

  // 14 invoice from one of our suppliers (not an order), PDF attached
  {
    const r = at('2026-12-08', '11:15:27', '-05:00');
    const inv = await pdfDoc('Invoice 90031877', 'LETTER', (d) => {
      d.font('Helvetica-Bold').fontSize(18).text('INVOICE', 40, 40);
      d.font('Helvetica').fontSize(10).text('Carolina Corrugated Mills\n1450 Mill Creek Rd, Rock Hill, SC 29730', 40, 70);
      d.text('Invoice No.: 90031877\nInvoice Date: 12/07/2026\nYour PO: KPI-55009\nDue Date: 01/06/2027', 380, 70);
      d.text('Bill To:\nKestrel Packaging Inc.\n2200 Westinghouse Blvd\nCharlotte, NC 28273', 40, 140);
      let y = 220;
      d.font('Helvetica-Bold').text('Item', 40, y).text('Description', 120, y).text('Qty', 360, y).text('Price', 420, y).text('Amount', 500, y);
      y += 18; d.font('Helvetica');
      for (const [i, s, q, p] of [['CCM-RSC-1210', 'RSC 12x10x8 32ECT kraft', 20000, 0.52], ['CCM-RSC-1812', 'RSC 18x12x12 44ECT DW', 8000, 0.98]] as [string, string, number, number][]) {
        d.text(i, 40, y).text(s, 120, y).text(String(q), 360, y).text(p.toFixed(2), 420, y).text(money(q * p, 'en'), 500, y); y += 16;
      }
      d.font('Helvetica-Bold').text('Amount Due: $18,240.00', 380, y + 20);
      d.font('Helvetica').text('Remit to: Carolina Corrugated Mills, PO Box 60211, Charlotte NC 28260. ACH details on file.', 40, y + 60);
    });
    email('tue-04-supplier-invoice.eml', {
      from: 'Carolina Corrugated Mills AR <ar@carolinacorrugated.com>', to: ORDERS, cc: 'ap@kestrelpack.com', subject: 'Invoice 90031877 for PO KPI-55009', date: '', messageId: 'inv90031877@carolinacorrugated.com',
      text: 'Hello,\n\nAttached please find invoice 90031877 for your purchase order KPI-55009, shipped 12/07/2026. Payment is due 01/06/2027.\n\nThank you,\nAccounts Receivable\nCarolina Corrugated Mills\n',
      attachments: [{ filename: 'Invoice_90031877.pdf', type: 'application/pdf', content: inv }],
    }, r, [], [bodyDoc, { name: 'Invoice_90031877.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 15 Polish furniture maker, PDF zamówienie, reverse-charge VAT 0
  {
    const r = at('2026-12-08', '12:02:45', '+01:00');
    const o: Order = {
      po: 'ZAM/2026/12/044', date: '2026-12-08', req: '2026-12-22',
      buyer: { company: 'Mebloteka Sp. z o.o.', contactName: 'Tomasz Wiśniewski', email: 't.wisniewski@mebloteka.pl', phone: '+48 61 555 47 20' },
      shipTo: addr('Mebloteka Sp. z o.o. – Zakład nr 2', 'ul. Gnieźnieńska 88', 'Swarzędz', null, '62-020', 'PL'),
      billTo: addr('Mebloteka Sp. z o.o.', 'ul. Obornicka 233', 'Poznań', null, '60-650', 'PL'), currency: 'EUR', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-EU-1200800', desc: 'Karton klapowy 1200 x 800 x 600 mm, 5-warstwowy BC', qty: 300, unit: 'SZT', price: 4.85 },
        { no: 2, sku: 'KC-KS-50', desc: 'Narożnik ochronny tekturowy 50 x 50 x 1000 mm', qty: 3000, unit: 'SZT', price: 0.39 },
        { no: 3, sku: 'KS-500-23', desc: 'Folia stretch maszynowa 500 mm x 1500 m, 23 µm', qty: 60, unit: 'ROL', price: 18.75 },
        { no: 4, sku: 'KV-BUB-120', desc: 'Folia bąbelkowa 1200 mm x 100 m', qty: 20, unit: 'ROL', price: 32.4 },
        { no: 5, sku: 'KPL-EPAL-1', desc: 'Paleta EPAL 1200 x 800 mm, nowa', qty: 100, unit: 'SZT', price: 12.9 },
      ],
      tax: 0, shipping: 240, terms: 'Przelew 30 dni', via: 'Transport dostawcy (DAP Swarzędz)', notes: null,
      urgency: urg('2026-12-08', '2026-12-22'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      size: 'A4', font: 'dejavu', fs: 8.5, loc: 'pl', df: 'dmy.', title: 'ZAMÓWIENIE', cur: 'EUR',
      letterhead: ['Mebloteka Sp. z o.o.', 'ul. Obornicka 233, 60-650 Poznań', 'NIP PL7812345678 · tel. +48 61 555 47 00'],
      meta: [['Numer', 'ZAM/2026/12/044'], ['Data', '08.12.2026'], ['Termin dostawy', '22.12.2026'], ['Zamawiający', 'Tomasz Wiśniewski'], ['Telefon', '+48 61 555 47 20']],
      blocks: [{ label: 'Dostawca', lines: KESTREL.de }, { label: 'Miejsce dostawy', lines: euLines(o.shipTo!) }, { label: 'Nabywca / faktura', lines: euLines(o.billTo!) }],
      cols: [{ key: 'no', label: 'Lp.', w: 24 }, { key: 'sku', label: 'Indeks dostawcy', w: 80 }, { key: 'desc', label: 'Nazwa towaru', w: 200 }, { key: 'qty', label: 'Ilość', w: 45, align: 'right' }, { key: 'unit', label: 'J.m.', w: 30 }, { key: 'price', label: 'Cena netto', w: 55, align: 'right' }, { key: 'amount', label: 'Wartość netto', w: 65, align: 'right' }],
      table: 'grid', totals: [['Razem netto', t.sub], ['Transport', 240], ['VAT 0% (odwrotne obciążenie)', 0], ['Do zapłaty', t.total]],
      after: ['Warunki płatności: przelew 30 dni', 'Sposób dostawy: transport dostawcy (DAP Swarzędz)', 'Prosimy o potwierdzenie zamówienia e-mailem.'],
      footer: 'Mebloteka Sp. z o.o. · KRS 0000123456 · Sąd Rejonowy Poznań', pageLabel: (i, n) => `Strona ${i} z ${n}`,
    });
    email('tue-05-mebloteka-pdf-pl.eml', {
      from: 'Tomasz Wiśniewski <t.wisniewski@mebloteka.pl>', to: ORDERS, subject: 'Zamówienie ZAM/2026/12/044', date: '', messageId: 'zam202612044@mebloteka.pl',
      text: 'Dzień dobry,\n\nw załączeniu przesyłam zamówienie ZAM/2026/12/044. Proszę o potwierdzenie terminu dostawy.\n\nPozdrawiam\nTomasz Wiśniewski\nDział Zakupów, Mebloteka Sp. z o.o.\ntel. +48 61 555 47 20\n',
      attachments: [{ filename: 'ZAM_2026_12_044.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'ZAM_2026_12_044.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 16 phone photo, turned 90°, sign printer's order form (bare file)
  {
    const o: Order = {
      po: 'BR-2291', date: '2026-12-07', req: null,
      buyer: { company: 'Blue Ridge Print & Sign', contactName: 'Holly Barnes', email: 'holly@blueridgeprintsign.com', phone: '(828) 555-0177' },
      shipTo: addr('Blue Ridge Print & Sign', '77 Sardis Rd', 'Asheville', 'NC', '28806', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-TUBE-336', desc: 'Mailing tube 3 x 36 in, kraft, with caps', qty: 200, unit: 'EA', price: 1.65 },
        { sku: 'KP-FLAT-2436', desc: 'Flat mailer 24 x 36 in, rigid', qty: 150, unit: 'EA', price: 2.1 },
        { sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m', qty: 3, unit: 'CS', price: 54 },
      ],
      terms: null, via: 'Will call / pickup', notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'en', df: 'us', title: 'ORDER FORM', head: ['Blue Ridge Print & Sign', '77 Sardis Rd, Asheville, NC 28806', '(828) 555-0177 · holly@blueridgeprintsign.com'],
      meta: [['PO', 'BR-2291'], ['Date', '12/07/2026'], ['Ordered by', 'Holly Barnes'], ['Delivery', 'Will call / pickup']],
      blocks: [{ label: 'Supplier:', lines: ['Kestrel Packaging Inc.', 'Charlotte, NC'], x: 80 }, { label: 'Ship to:', lines: usLines(o.shipTo!), x: 640 }],
      cols: [{ key: 'qty', label: 'Qty', x: 140, anchor: 'end' }, { key: 'unit', label: 'Unit', x: 160 }, { key: 'sku', label: 'Item #', x: 250 }, { key: 'desc', label: 'Description', x: 470 }, { key: 'price', label: 'Each', x: 1040, anchor: 'end' }, { key: 'amount', label: 'Total', x: 1160, anchor: 'end' }],
      cur: 'USD', totals: [['Total', t.total]], after: ['Thank you! Call Holly when ready for pickup.'], grid: true, size: 23,
    });
    o.noSubtotal = true;
    file('tue-06-blue-ridge-photo.jpg', await toPhoto(svg, 1606, { angle: -2.5, turn: 90 }), [o], { name: 'tue-06-blue-ridge-photo.jpg', mediaType: 'image/jpeg', method: 'ocr', pages: 1 });
  }

  // 17 request for quotation in German (not an order)
  {
    const r = at('2026-12-08', '13:30:00', '+01:00');
    email('tue-07-anfrage-rfq-de.eml', {
      from: 'Jonas Krüger <j.krueger@elbe-feinkost.de>', to: ORDERS, subject: 'Anfrage: Angebot Versandkartons und Stretchfolie', date: '', messageId: 'anfrage-3381@elbe-feinkost.de',
      text: 'Guten Tag,\n\nbitte senden Sie uns ein Angebot für folgende Artikel:\n\n- ca. 5.000 St. Faltkarton 400 x 300 x 200 mm, 2-wellig\n- 40 Rollen Stretchfolie 500 mm, 23 µm\n- 20 Rollen Versandetiketten 100 x 150 mm\n\nBitte mit Staffelpreisen, Lieferzeit und Frachtkosten nach 21107 Hamburg. Eine Bestellung folgt nach Prüfung des Angebots.\n\nVielen Dank und freundliche Grüße\nJonas Krüger\nElbe Feinkost GmbH\nTel. 040 555 81 22\n',
    }, r, [], [bodyDoc]);
  }

  // 18 Epicor PO, their part and ours, freight charge, "line down"
  {
    const r = at('2026-12-08', '14:12:09', '-05:00');
    const o: Order = {
      po: '30417', date: '2026-12-08', req: '2026-12-09',
      buyer: { company: 'Tidewater Millwork, Inc.', contactName: 'Sharon Whitley', email: 'swhitley@tidewatermillwork.com', phone: '(757) 555-0152' },
      shipTo: addr('Tidewater Millwork, Inc.', 'Plant 2 - Receiving\n5400 Bainbridge Blvd', 'Chesapeake', 'VA', '23320', 'US'), billTo: null, currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, bp: 'PKG-0012', sku: 'KS-20-MAC', desc: 'Stretch film, machine grade, 20" x 5000\' 80 gauge, cast, clear', qty: 36, unit: 'RL', price: 64 },
        { no: 2, bp: 'PKG-0040', sku: 'KC-EDGE-48', desc: 'Edge protector 2 x 2 x 48 in, .160 caliper, kraft', qty: 1500, unit: 'EA', price: 0.51 },
        { no: 3, bp: 'PKG-0101', sku: 'KP-RSC-4824', desc: 'Corrugated box 48 x 24 x 6 in, 275# double wall, for cabinet doors', qty: 250, unit: 'EA', price: 4.35 },
        { no: 4, bp: 'PKG-0007', sku: 'KPL-4840-GMA', desc: 'Pallet 48 x 40 GMA new', qty: 80, unit: 'EA', price: 14.5 },
      ],
      shipping: 175, terms: 'Net 30', via: 'Best Way - Expedited', notes: 'LINE DOWN - packaging line 2 stopped, need film and edge board tomorrow AM.',
      urgency: urg('2026-12-08', '2026-12-09', { level: 'urgent', text: 'LINE DOWN', where: 'subject and PO comments' }),
    };
    for (const l of o.lines) l.date = '2026-12-09';
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'times', fs: 9, loc: 'en', df: 'mdy2', title: 'PURCHASE ORDER', cur: 'USD',
      letterhead: ['Tidewater Millwork, Inc.', '5400 Bainbridge Blvd', 'Chesapeake, VA 23320', 'Phone (757) 555-0150'],
      meta: [['PO Number:', '30417'], ['Order Date:', '12/8/26'], ['Buyer:', 'Sharon Whitley'], ['Phone:', '(757) 555-0152'], ['Terms:', 'Net 30'], ['Ship Via:', 'Best Way - Expedited'], ['FOB:', 'Destination']],
      blocks: [{ label: 'Supplier: 1188', lines: KESTREL.us }, { label: 'Ship To:', lines: usLines(o.shipTo!) }],
      intro: ['Comments: LINE DOWN - packaging line 2 stopped, need film and edge board tomorrow AM.'],
      cols: [{ key: 'no', label: 'Line', w: 28 }, { key: 'bp', label: 'Part / Rev', w: 60 }, { key: 'sku', label: 'Supplier Part', w: 72 }, { key: 'desc', label: 'Description', w: 190 }, { key: 'date', label: 'Due Date', w: 50 }, { key: 'qty', label: 'Order Qty', w: 44, align: 'right' }, { key: 'unit', label: 'UOM', w: 36 }, { key: 'price', label: 'Unit Cost', w: 50, align: 'right' }, { key: 'amount', label: 'Ext. Cost', w: 60, align: 'right' }],
      table: 'ruled', totals: [['Line Total:', t.sub], ['Misc. Charges - Freight:', 175], ['PO Total:', t.total]],
      after: ['All shipments must include packing list with PO and line number. Certificates of compliance required for pallets (ISPM-15).'], pageLabel: (i, n) => `Page ${i} of ${n}`, footer: 'Epicor Kinetic - POForm',
    });
    email('tue-08-tidewater-epicor-line-down.eml', {
      from: 'Sharon Whitley <swhitley@tidewatermillwork.com>', to: ORDERS, subject: 'LINE DOWN - PO 30417 stretch film / edge board', date: '', messageId: 'epicor-po30417.sw@tidewatermillwork.com',
      text: 'Kestrel team,\n\nOur packaging line 2 is down. PO 30417 attached - we need the film and edge board delivered tomorrow morning (12/9). Please call me with an ETA.\n\nSharon Whitley\nPurchasing Manager, Tidewater Millwork, Inc.\n(757) 555-0152\n',
      attachments: [{ filename: 'PO30417.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO30417.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 19 NetSuite PO, "no rush", shipping and sales tax
  {
    const r = at('2026-12-08', '15:40:51', '-05:00');
    const o: Order = {
      po: 'PO-J&O-1193', date: '2026-12-08', req: '2026-12-21',
      buyer: { company: 'Juniper & Oak Candle Co.', contactName: 'Beth Alvarado', email: 'beth@juniperandoak.com', phone: '828.555.0104' },
      shipTo: addr('Juniper & Oak Candle Co.', '12 Riverside Dr, Unit 3', 'Asheville', 'NC', '28801', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-MAIL-0806', desc: 'Kraft mailer box 8 x 6 x 4 in with insert for 3 candles', qty: 1500, unit: 'EA', price: 0.96 },
        { sku: 'KV-KRAFT-15', desc: 'Kraft paper void fill 15 in x 1000 ft', qty: 6, unit: 'RL', price: 46.9 },
        { sku: 'KT-PAP-72', desc: 'Custom printed paper tape 72 mm x 137 m, 1-color logo, reinforced', qty: 40, unit: 'RL', price: 11.85 },
        { sku: 'KL-3X2-DT', desc: 'Direct thermal labels 3 x 2 in, 1,000/roll', qty: 10, unit: 'RL', price: 8.4 },
      ],
      taxRate: 0.07, shipping: 95, terms: 'Net 15', via: 'LTL Freight', notes: 'No rush on this one.',
      urgency: urg('2026-12-08', '2026-12-21', { level: 'normal', text: 'No rush', where: 'PO memo' }),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'helv', fs: 8.5, loc: 'en', df: 'us', title: 'Purchase Order', accent: '#607d3b', cur: 'USD',
      letterhead: ['Juniper & Oak Candle Co.', '12 Riverside Dr, Unit 3', 'Asheville NC 28801', 'United States'],
      meta: [['Date', '12/8/2026'], ['PO #', 'PO-J&O-1193'], ['Receive By', '12/21/2026'], ['Terms', 'Net 15'], ['Shipping Method', 'LTL Freight']],
      blocks: [{ label: 'Vendor', lines: KESTREL.us }, { label: 'Ship To', lines: usLines(o.shipTo!, true) }],
      cols: [{ key: 'qty', label: 'Quantity', w: 45, align: 'right' }, { key: 'sku', label: 'Item', w: 80 }, { key: 'unit', label: 'Units', w: 35 }, { key: 'desc', label: 'Description', w: 210 }, { key: 'price', label: 'Rate', w: 55, align: 'right' }, { key: 'amount', label: 'Amount', w: 65, align: 'right' }],
      table: 'borderless', totals: [['Subtotal', t.sub], ['Shipping Cost (LTL Freight)', 95], ['Tax Total (7%)', t.tax], ['Total', t.total]],
      after: ['Memo: No rush on this one.', 'Contact: Beth Alvarado · beth@juniperandoak.com · 828.555.0104'],
    });
    email('tue-09-juniper-oak-netsuite.eml', {
      from: 'Beth Alvarado <beth@juniperandoak.com>', to: ORDERS, subject: 'Juniper & Oak Candle Co.: Purchase Order #PO-J&O-1193', date: '', messageId: 'ns.po1193.bethA@juniperandoak.com',
      text: 'Hello,\n\nPlease see the attached purchase order. No rush on this one.\n\nBeth Alvarado\nOperations, Juniper & Oak Candle Co.\n828.555.0104\n',
      attachments: [{ filename: 'PurchOrd_PO-J&O-1193.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PurchOrd_PO-J&O-1193.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 20 CSV export attached, no prices (priced on our side)
  {
    const r = at('2026-12-08', '16:55:14', '-05:00');
    const o: Order = {
      po: 'NS3PL-88104', date: '2026-12-08', req: '2026-12-16',
      buyer: { company: 'Northstar 3PL LLC', contactName: 'Kevin Osei', email: 'kosei@northstar3pl.com', phone: '614-555-0120' },
      shipTo: addr('Northstar 3PL - Building C', '4400 Alum Creek Dr', 'Obetz', 'OH', '43207', 'US'), billTo: null, currency: null, printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-RSC-1210', desc: 'RSC 12x10x8 32ECT bundle/25', qty: 120, unit: 'BDL', price: null },
        { no: 2, sku: 'KP-RSC-1812', desc: 'RSC 18x12x12 44ECT DW', qty: 1000, unit: 'EA', price: null },
        { no: 3, sku: 'KL-4X6-DT', desc: '4x6 DT labels 250/rl', qty: 200, unit: 'RL', price: null },
        { no: 4, sku: 'KT-48C-55', desc: 'Tape 48mm x 55m clear 36/cs', qty: 30, unit: 'CS', price: null },
        { no: 5, sku: 'KV-AIR-200', desc: 'Air pillow roll 8x4', qty: 20, unit: 'RL', price: null },
      ],
      terms: null, via: null, notes: null, urgency: urg('2026-12-08', '2026-12-16'),
    };
    const csv = 'po_number,line,item,description,qty,uom,need_date,ship_to\r\n' + o.lines.map((l) => `NS3PL-88104,${l.no},${l.sku},"${l.desc}",${l.qty},${l.unit},2026-12-16,"Northstar 3PL - Building C, 4400 Alum Creek Dr, Obetz OH 43207"`).join('\r\n') + '\r\n';
    email('tue-10-northstar-csv.eml', {
      from: 'Kevin Osei <kosei@northstar3pl.com>', to: ORDERS, subject: 'Replenishment order NS3PL-88104', date: '', messageId: 'wms-export-88104@northstar3pl.com',
      text: 'Hi,\n\nWeekly replenishment attached as CSV (PO NS3PL-88104). Contract pricing applies. Deliver by 12/16.\n\nKevin Osei\nNorthstar 3PL LLC | 614-555-0120\n',
      attachments: [{ filename: 'NS3PL-88104.csv', type: 'text/csv', content: Buffer.from(csv) }],
    }, r, [o], [bodyDoc, { name: 'NS3PL-88104.csv', mediaType: 'text/csv', method: 'spreadsheet' }]);
  }
}
