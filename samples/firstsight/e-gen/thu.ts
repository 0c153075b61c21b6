// Thursday 2026-12-10
import { Order, addr, renderPdfPo, xlsx, settle, money, usLines, euLines, toFax, toPhoto, buildMail, qtyFmt, dfmt } from './lib.ts';
import { email, file, at, urg, bodyDoc, htmlDoc, ORDERS, KESTREL, svgPo } from './kit.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function thursday() {
  // 31 payment remittance advice (not an order)
  {
    const r = at('2026-12-10', '07:58:31', '-05:00');
    email('thu-01-remittance.eml', {
      from: 'Halvorsen Pharma Services AP <ap-payments@halvorsenpharma.com>', to: ORDERS, subject: 'Remittance Advice - Payment 2026-118842', date: '', messageId: 'remit-2026118842@halvorsenpharma.com',
      text: `REMITTANCE ADVICE

Payer: Halvorsen Pharma Services
Payee: Kestrel Packaging Inc.
Payment number: 2026-118842     Payment date: 12/10/2026     Method: ACH

Invoice        PO                 Invoice date   Amount paid
KPI-INV-77120  HPS-PO-0040551     10/28/2026       3,482.15
KPI-INV-77388  HPS-PO-0040790     11/04/2026       1,907.40
                                                 ----------
Total paid                                         5,389.55 USD

Please direct questions to ap-payments@halvorsenpharma.com.
`,
    }, r, [], [bodyDoc]);
  }

  // 32 forwarded as an attached message (message/rfc822) by inside sales
  {
    const r = at('2026-12-10', '08:36:12', '-05:00');
    const o: Order = {
      po: 'MCP-2612-07', date: '2026-12-09', req: '2026-12-14',
      buyer: { company: 'Meridian Compounding Pharmacy', contactName: 'Alan Booker', email: 'abooker@meridiancompounding.com', phone: '704-555-0191' },
      shipTo: addr('Meridian Compounding Pharmacy', '8200 Providence Rd, Suite 300', 'Charlotte', 'NC', '28277', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-INS-0806', desc: 'Insulated shipper 8 x 6 x 6 in, EPS, with carton', qty: 200, unit: 'EA', price: 7.85 },
        { sku: 'KV-GEL-24', desc: 'Gel ice pack 24 oz, frozen-use', qty: 400, unit: 'EA', price: 0.92 },
        { sku: 'KL-RX-3X1', desc: 'Pharmacy labels 3 x 1 in, thermal transfer, 1,000/roll', qty: 12, unit: 'RL', price: 14.2 },
      ],
      taxRate: 0.0725, terms: 'Net 30', via: 'Kestrel truck', notes: null, urgency: urg('2026-12-10', '2026-12-14'),
    };
    const t = settle(o);
    const inner = buildMail({
      from: 'Dr. Alan Booker <abooker@meridiancompounding.com>', to: 'Dana Whitfield <dana.whitfield@kestrelpack.com>', subject: 'Order MCP-2612-07 - cold chain shippers', date: 'Wed, 09 Dec 2026 17:21:40 -0500', messageId: 'mcp261207.ab@meridiancompounding.com',
      text: `Dana,

Please enter PO MCP-2612-07 (dated 12/09/2026):

Item          Description                                         Qty   UOM   Price    Ext
${o.lines.map((l) => `${l.sku!.padEnd(13)} ${l.desc.padEnd(51)} ${String(l.qty).padStart(4)}   ${l.unit!.padEnd(4)} ${money(l.price!, 'en').padStart(6)} ${money(l.amount!, 'en').padStart(9)}`).join('\n')}

Subtotal   $${money(t.sub, 'en')}
Sales tax 7.25%   $${money(t.tax, 'en')}
Total   $${money(t.total, 'en')}

Deliver by Monday 12/14 to 8200 Providence Rd, Suite 300, Charlotte NC 28277 on your truck. Net 30 as usual.

Alan Booker, PharmD
Meridian Compounding Pharmacy
704-555-0191
`,
    });
    email('thu-02-forward-rfc822-pharmacy.eml', {
      from: 'Dana Whitfield <dana.whitfield@kestrelpack.com>', to: ORDERS, subject: 'FW: Order MCP-2612-07 - cold chain shippers', date: '', messageId: 'fw-mcp261207.dw@kestrelpack.com',
      text: 'Order from Meridian below (attached original). Please enter, customer pricing OK.\n\nDana Whitfield\nInside Sales | Kestrel Packaging Inc.\n704-555-0100 x207\n',
      attachments: [{ filename: 'Order MCP-2612-07 - cold chain shippers.eml', type: 'message/rfc822', content: inner }],
    }, r, [o], [bodyDoc, { name: 'Order MCP-2612-07 - cold chain shippers.eml', mediaType: 'message/rfc822', method: 'text' }]);
  }

  // 33 Dutch cheese maker, Exact Online style PDF, 3 % discount before BTW
  {
    const r = at('2026-12-10', '09:14:48', '+01:00');
    const o: Order = {
      po: '26-00918', date: '2026-12-10', req: '2026-12-21',
      buyer: { company: 'Kaasmakerij Van der Berg B.V.', contactName: 'Pieter van der Berg', email: 'p.vanderberg@kaasmakerijvdberg.nl', phone: '0182 55 47 10' },
      shipTo: addr('Kaasmakerij Van der Berg B.V.', 'Goudseweg 41', 'Gouda', null, '2801 KX', 'NL'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-EU-300200', desc: 'Vouwdoos 300 x 200 x 150 mm, enkele golf B', qty: 4000, unit: 'ST', price: 0.62 },
        { sku: 'KP-KAAS-400', desc: 'Kaasdoos rond Ø 400 mm x 120 mm, wit, met deksel', qty: 600, unit: 'ST', price: 1.74 },
        { sku: 'KL-100X150-DT', desc: 'Thermische etiketten 100 x 150 mm, 500 per rol', qty: 40, unit: 'ROL', price: 7.1 },
        { sku: 'KS-500-23', desc: 'Rekfolie machinaal 500 mm x 1500 m, 23 µm', qty: 30, unit: 'ROL', price: 18.75 },
      ],
      adjust: [{ label: 'Korting 3%', amount: 0 }], taxRate: 0.21, terms: '30 dagen netto', via: 'Levering franco huis', notes: null,
      urgency: urg('2026-12-10', '2026-12-21'),
    };
    const sub0 = o.lines.reduce((s, l) => s + Math.round(l.qty * l.price! * 100) / 100, 0);
    o.adjust![0].amount = -Math.round(sub0 * 3) / 100;
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      size: 'A4', font: 'dejavu', fs: 8.5, loc: 'nl', df: 'dmy-', title: 'Inkooporder', accent: '#e2001a',
      letterhead: ['Kaasmakerij Van der Berg B.V.', 'Goudseweg 41', '2801 KX Gouda', 'Tel. 0182 55 47 00 · KvK 29012345'],
      meta: [['Ordernummer', '26-00918'], ['Orderdatum', '10-12-2026'], ['Leverdatum', '21-12-2026'], ['Besteld door', 'Pieter van der Berg'], ['Telefoon', '0182 55 47 10'], ['Leveringsvoorwaarde', 'Franco huis']],
      blocks: [{ label: 'Leverancier', lines: KESTREL.de }, { label: 'Afleveradres', lines: euLines(o.shipTo!) }],
      cols: [{ key: 'sku', label: 'Artikel', w: 85 }, { key: 'desc', label: 'Omschrijving', w: 230 }, { key: 'qty', label: 'Aantal', w: 45, align: 'right' }, { key: 'unit', label: 'Eenh.', w: 35 }, { key: 'price', label: 'Prijs', w: 50, align: 'right' }, { key: 'amount', label: 'Bedrag', w: 60, align: 'right' }],
      table: 'ruled', cur: 'EUR', totals: [['Totaal excl. BTW', t.sub], ['Korting 3%', t.adj], ['BTW 21%', t.tax], ['Totaal incl. BTW', t.total]],
      after: ['Betalingsconditie: 30 dagen netto', 'Levering: franco huis, graag tussen 7:00 en 12:00 uur.', 'E-mail: p.vanderberg@kaasmakerijvdberg.nl'],
    });
    email('thu-03-van-der-berg-exact-nl.eml', {
      from: 'Pieter van der Berg <p.vanderberg@kaasmakerijvdberg.nl>', to: ORDERS, subject: 'Inkooporder 26-00918', date: '', messageId: 'exact-io-2600918@kaasmakerijvdberg.nl',
      text: 'Beste Kestrel,\n\nHierbij onze inkooporder 26-00918. De afgesproken korting van 3% is verwerkt.\n\nMet vriendelijke groet,\nPieter van der Berg\n0182 55 47 10\n',
      attachments: [{ filename: 'Inkooporder 26-00918.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'Inkooporder 26-00918.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 34 German fax TIFF (bare), joinery, "dringend"
  {
    const o: Order = {
      po: '2026-0612', date: '2026-12-09', req: null,
      buyer: { company: 'Möbelwerkstatt Schreiner & Söhne KG', contactName: 'Herbert Schreiner', email: null, phone: '07121 55 38 40' },
      shipTo: addr('Möbelwerkstatt Schreiner & Söhne KG', 'Gewerbestraße 7', 'Reutlingen', null, '72766', 'DE'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KC-KS-50', desc: 'Kantenschutz 50 x 50 x 1000 mm', qty: 1000, unit: 'ST', price: 0.39 },
        { sku: 'KV-BUB-120', desc: 'Luftpolsterfolie 1200 mm x 100 m', qty: 15, unit: 'RL', price: 32.4 },
        { sku: 'KS-450-17', desc: 'Stretchfolie Hand 450 mm, 17 µm', qty: 24, unit: 'RL', price: 6.2 },
      ],
      taxRate: 0.19, terms: null, via: null, notes: null,
      urgency: urg(null, null, { level: 'urgent', text: 'DRINGEND', where: 'fax header' }),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'de', df: 'dmy.', title: 'BESTELLUNG', top: '09.12.2026 17:05   07121 553841   MOEBELWERKSTATT SCHREINER   S. 01/01', mono: false,
      head: ['Möbelwerkstatt Schreiner & Söhne KG', 'Gewerbestraße 7 · 72766 Reutlingen', 'Tel. 07121 55 38 40 · Fax 07121 55 38 41'],
      meta: [['DRINGEND!', ''], ['Bestell-Nr.', '2026-0612'], ['Datum', '09.12.2026'], ['Sachbearbeiter', 'H. Schreiner']],
      blocks: [{ label: 'Per Fax an:', lines: ['Kestrel Verpackung GmbH', 'Hamburg', 'Fax 040 555 7701'], x: 80 }, { label: 'Lieferadresse:', lines: euLines(o.shipTo!), x: 640 }],
      cols: [{ key: 'qtyunit', label: 'Menge', x: 80 }, { key: 'sku', label: 'Artikel', x: 250 }, { key: 'desc', label: 'Bezeichnung', x: 470 }, { key: 'price', label: 'EP €', x: 1030, anchor: 'end' }, { key: 'amount', label: 'GP €', x: 1160, anchor: 'end' }],
      totals: [['Summe netto', t.sub], ['+ 19 % MwSt.', t.tax], ['Endbetrag', t.total]], size: 22,
      after: ['Bitte schnellstmöglich liefern - wir haben eine Auslieferung am Montag.', 'Gez. Herbert Schreiner'], grid: true,
    });
    file('thu-04-schreiner-fax-de.tif', await toFax(svg, 3404, -2.2), [o], { name: 'thu-04-schreiner-fax-de.tif', mediaType: 'image/tiff', method: 'ocr', pages: 1 });
  }

  // 35 Spanish phone photo (bare), fruit packer, perspective and uneven light
  {
    const o: Order = {
      po: '1547', date: '2026-12-10', req: '2026-12-21',
      buyer: { company: 'Frutas Hermanos Ribera S.L.', contactName: 'José Ribera', email: null, phone: '962 55 87 31' },
      shipTo: addr('Frutas Hermanos Ribera S.L.', 'Camí Reial, 45', 'Alzira', 'Valencia', '46600', 'ES'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-FRUT-6040', desc: 'Caja fruta 600 x 400 x 180 mm, canal B', qty: 5000, unit: 'UD', price: 0.68 },
        { sku: 'KC-KS-50', desc: 'Cantoneras 50 x 50 x 1000 mm', qty: 2000, unit: 'UD', price: 0.36 },
        { sku: 'KS-500-23', desc: 'Film estirable 500 mm, 23 micras', qty: 50, unit: 'RL', price: 18.75 },
      ],
      taxRate: 0.21, terms: null, via: null, notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'es', df: 'dmy/', title: 'HOJA DE PEDIDO', head: ['FRUTAS HERMANOS RIBERA S.L.', 'Camí Reial, 45 · 46600 Alzira (Valencia)', 'Tel. 962 55 87 31'],
      meta: [['Pedido nº', '1547'], ['Fecha', '10/12/2026'], ['Entrega', '21/12/2026'], ['Pide', 'José Ribera']],
      blocks: [{ label: 'Proveedor:', lines: ['Kestrel Embalajes S.L.', 'Catarroja (Valencia)'], x: 80 }, { label: 'Entregar en:', lines: ['Almacén Frutas Hnos. Ribera', 'Camí Reial, 45', '46600 Alzira (Valencia)'], x: 640 }],
      cols: [{ key: 'sku', label: 'Código', x: 80 }, { key: 'desc', label: 'Artículo', x: 290 }, { key: 'qty', label: 'Cant.', x: 880, anchor: 'end' }, { key: 'unit', label: 'Ud.', x: 895 }, { key: 'price', label: 'Precio', x: 1050, anchor: 'end' }, { key: 'amount', label: 'Importe', x: 1160, anchor: 'end' }],
      totals: [['Base imponible', t.sub], ['IVA 21%', t.tax], ['TOTAL', t.total]], cur: '€', size: 23, grid: true,
      after: ['Firma: J. Ribera'],
    });
    o.shipTo!.name = 'Almacén Frutas Hnos. Ribera';
    file('thu-05-ribera-photo-es.jpg', await toPhoto(svg, 3505, { angle: 3.2, quad: [0.1, 0.08, 0.9, 0.02, 0.98, 0.97, 0.02, 0.9] }), [o], { name: 'thu-05-ribera-photo-es.jpg', mediaType: 'image/jpeg', method: 'ocr', pages: 1 });
  }

  // 36 Ariba PO print, line numbers, need-by per line, bill-to, contract reference
  {
    const r = at('2026-12-10', '10:05:00', '-05:00');
    const o: Order = {
      po: '4800127733', date: '2026-12-10', req: '2026-12-15',
      buyer: { company: 'Norvane Biologics, Inc.', contactName: 'Lauren Pike', email: 'lauren.pike@norvanebio.com', phone: '+1 919 555 0175' },
      shipTo: addr('Norvane Biologics, Inc.', 'Building 4 - Central Receiving\n7020 Kit Creek Rd', 'Research Triangle Park', 'NC', '27709', 'US'),
      billTo: addr('Norvane Biologics, Inc.', 'Accounts Payable - Invoice Processing\nPO Box 110482', 'Research Triangle Park', 'NC', '27709', 'US'),
      currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-INS-1210', desc: 'Insulated shipper 12 x 10 x 8 in, EPS 1.5 in wall, with outer carton, qualified 48 h', qty: 300, unit: 'EA', price: 11.2, date: '2026-12-15' },
        { no: 2, sku: 'KV-GEL-24', desc: 'Gel pack 24 oz, refrigerant, 2-8 °C conditioning', qty: 1200, unit: 'EA', price: 0.92, date: '2026-12-15' },
        { no: 3, sku: 'KL-GHS-4X4', desc: 'GHS labels 4 x 4 in, polypropylene, 500/roll', qty: 20, unit: 'RL', price: 28.9, date: '2026-12-22' },
        { no: 4, sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m, clear', qty: 15, unit: 'CS', price: 54, date: '2026-12-22' },
      ],
      taxRate: 0.0725, terms: 'Net 45', via: 'Supplier truck', notes: 'Contract KP-MSA-2025-04 applies. Certificate of conformance required with each shipment.',
      urgency: urg('2026-12-10', '2026-12-15'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'dejavuc', fs: 8, loc: 'en', df: 'dMon', title: 'Purchase Order', accent: '#0a6ed1', cur: 'USD', band: true, headerEachPage: 'SAP Business Network · Purchase Order 4800127733',
      letterhead: ['Norvane Biologics, Inc.', 'From: Norvane Biologics, Inc.', '7020 Kit Creek Rd, RTP, NC 27709'],
      meta: [['Order Number', '4800127733'], ['Order Date', '10 Dec 2026'], ['Version', '1'], ['Contact', 'Lauren Pike'], ['Email', 'lauren.pike@norvanebio.com'], ['Phone', '+1 919 555 0175'], ['Payment Terms', 'Net 45']],
      blocks: [{ label: 'To:', lines: KESTREL.us }, { label: 'Ship To', lines: usLines(o.shipTo!) }, { label: 'Bill To', lines: usLines(o.billTo!) }],
      intro: ['Shipping Instructions: Supplier truck. Comments: Contract KP-MSA-2025-04 applies. Certificate of conformance required with each shipment.'],
      cols: [{ key: 'no', label: 'Line #', w: 30 }, { key: 'sku', label: 'Part # / Description', w: 70 }, { key: 'desc', label: '', w: 200 }, { key: 'qty', label: 'Qty', w: 40, align: 'right' }, { key: 'unit', label: 'Unit', w: 30 }, { key: 'date', label: 'Need By', w: 55 }, { key: 'price', label: 'Unit Price', w: 50, align: 'right' }, { key: 'amount', label: 'Subtotal', w: 60, align: 'right' }],
      table: 'grid', totals: [['Sub-total', t.sub], ['Est. Tax (7.25%)', t.tax], ['Est. Grand Total', t.total]],
      pageLabel: (i, n) => `Page ${i} of ${n}`,
    });
    email('thu-06-norvane-ariba.eml', {
      from: 'Norvane Biologics, Inc. <ordersender-prod@ansmtp.ariba.com>', to: ORDERS, subject: 'Norvane Biologics, Inc. sent a new Purchase Order 4800127733', date: '', messageId: 'ariba-4800127733-v1@ansmtp.ariba.com',
      html: '<html><body><p>Norvane Biologics, Inc. sent a new purchase order.</p><p>Order Number: <b>4800127733</b><br>Amount: $' + money(t.total, 'en') + ' USD</p><p>The order is attached as a PDF. Process the order in SAP Business Network.</p></body></html>',
      attachments: [{ filename: 'PO_4800127733.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [htmlDoc, { name: 'PO_4800127733.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 37 short hand-typed mail, ASAP, no prices
  {
    const r = at('2026-12-10', '11:47:20', '-05:00');
    const o: Order = {
      po: '4471-B', date: null, req: null,
      buyer: { company: 'Sweet Pine Bakery', contactName: 'Tasha Reynolds', email: 'tasha@sweetpinebakery.com', phone: '(704) 555-0126' },
      shipTo: null, billTo: null, currency: null,
      lines: [
        { sku: 'KT-48C-55', desc: 'clear tape', qty: 20, unit: 'CS', price: null },
        { sku: 'KS-18-80', desc: 'stretch wrap', qty: 10, unit: 'ROLLS', price: null },
        { sku: 'KP-PIE-1010', desc: '10x10x5 pie boxes white', qty: 1500, unit: null, price: null },
      ],
      terms: null, via: null, notes: 'Deliver to the usual address.', urgency: urg('2026-12-10', null, { level: 'urgent', text: 'ASAP', where: 'subject and body' }),
    };
    email('thu-07-sweet-pine-short-asap.eml', {
      from: 'Tasha Reynolds <tasha@sweetpinebakery.com>', to: 'Dana Whitfield <dana.whitfield@kestrelpack.com>', cc: ORDERS, subject: 'order ASAP', date: '', messageId: 'iphone-7741-spb@sweetpinebakery.com',
      text: 'hi dana - need these ASAP please, deliver to the usual address. our PO is 4471-B\n\n20 cs KT-48C-55 clear tape\n10 rolls KS-18-80 stretch wrap\n1500 KP-PIE-1010 10x10x5 pie boxes white\n\nthx!\nTasha\nSweet Pine Bakery\n(704) 555-0126\n\nSent from my iPhone\n',
    }, r, [o], [bodyDoc]);
  }

  // 38 Italian furniture maker, Excel order
  {
    const r = at('2026-12-10', '13:02:58', '+01:00');
    const o: Order = {
      po: 'OF-2026-00877', date: '2026-12-10', req: '2026-12-18',
      buyer: { company: 'Arredamenti Venturi S.p.A.', contactName: 'Giulia Venturi', email: 'g.venturi@arredamentiventuri.it', phone: '+39 0422 55 61 30' },
      shipTo: addr('Arredamenti Venturi S.p.A. - Stabilimento 2', 'Via Postumia Ovest, 128', 'Treviso', 'TV', '31100', 'IT'), billTo: null, currency: 'EUR', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-EU-1200800', desc: 'Scatola in cartone 1200 x 800 x 600 mm, onda doppia BC', qty: 200, unit: 'PZ', price: 4.85 },
        { no: 2, sku: 'KC-KS-50', desc: 'Angolari in cartone 50 x 50 x 1000 mm', qty: 2500, unit: 'PZ', price: 0.39 },
        { no: 3, sku: 'KV-BUB-120', desc: 'Film a bolle 1200 mm x 100 m', qty: 25, unit: 'RT', price: 32.4 },
        { no: 4, sku: 'KS-500-23', desc: 'Film estensibile 500 mm x 1500 m, 23 micron', qty: 36, unit: 'RT', price: 18.75 },
        { no: 5, sku: 'KT-48B-66', desc: 'Nastro adesivo PP 48 mm x 66 m, avana', qty: 216, unit: 'RT', price: 1.45 },
      ],
      taxRate: 0.22, terms: 'Ri.Ba. 60 gg f.m.', via: 'Corriere a carico fornitore', notes: null, urgency: urg('2026-12-10', '2026-12-18'),
    };
    const t = settle(o);
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Ordine');
      ws.columns = [{ width: 6 }, { width: 16 }, { width: 50 }, { width: 6 }, { width: 10 }, { width: 12 }, { width: 14 }];
      ws.mergeCells('A1:G1'); ws.getCell('A1').value = 'ARREDAMENTI VENTURI S.p.A. — ORDINE FORNITORE'; ws.getCell('A1').font = { bold: true, size: 14 };
      ws.getCell('A2').value = 'Via Postumia Ovest, 128 - 31100 Treviso (TV) - P.IVA IT03456780264';
      const kv: [string, string][] = [['Numero ordine', 'OF-2026-00877'], ['Data ordine', '10/12/2026'], ['Consegna richiesta', '18/12/2026'], ['Fornitore', 'Kestrel Verpackung GmbH - Hamburg'], ['Referente', 'Giulia Venturi - +39 0422 55 61 30'], ['Destinazione merce', 'Arredamenti Venturi S.p.A. - Stabilimento 2, Via Postumia Ovest, 128, 31100 Treviso (TV)'], ['Pagamento', 'Ri.Ba. 60 gg f.m.'], ['Trasporto', 'Corriere a carico fornitore']];
      kv.forEach(([k, v], i) => { ws.getCell(`A${4 + i}`).value = k; ws.getCell(`A${4 + i}`).font = { bold: true }; ws.getCell(`C${4 + i}`).value = v; });
      const hr = 13;
      ['Pos.', 'Codice fornitore', 'Descrizione', 'UM', 'Quantità', 'Prezzo unit.', 'Importo'].forEach((h, i) => { const c = ws.getRow(hr).getCell(i + 1); c.value = h; c.font = { bold: true, color: { argb: 'FFFFFFFF' } }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7F6000' } }; });
      o.lines.forEach((l, i) => {
        const row = ws.getRow(hr + 1 + i);
        [l.no, l.sku, l.desc, l.unit, l.qty, l.price, { formula: `E${hr + 1 + i}*F${hr + 1 + i}`, result: l.amount }].forEach((v, j) => { row.getCell(j + 1).value = v as any; });
        row.getCell(6).numFmt = '#,##0.00 €'; row.getCell(7).numFmt = '#,##0.00 €';
      });
      const tr = hr + o.lines.length + 2;
      ([['Imponibile', t.sub], ['IVA 22%', t.tax], ['Totale ordine', t.total]] as [string, number][]).forEach(([k, v], i) => { ws.getCell(`F${tr + i}`).value = k; ws.getCell(`G${tr + i}`).value = v; ws.getCell(`G${tr + i}`).numFmt = '#,##0.00 €'; });
    });
    email('thu-08-venturi-xlsx-it.eml', {
      from: 'Giulia Venturi <g.venturi@arredamentiventuri.it>', to: ORDERS, subject: 'Ordine fornitore OF-2026-00877', date: '', messageId: 'of202600877.gv@arredamentiventuri.it',
      text: 'Buongiorno,\n\nin allegato il nostro ordine OF-2026-00877. Consegna richiesta entro il 18/12/2026 presso lo stabilimento 2.\n\nCordiali saluti\nGiulia Venturi\nUfficio Acquisti - Arredamenti Venturi S.p.A.\n+39 0422 55 61 30\n',
      attachments: [{ filename: 'OF-2026-00877.xlsx', type: XLSX, content: buf }],
    }, r, [o], [bodyDoc, { name: 'OF-2026-00877.xlsx', mediaType: XLSX, method: 'spreadsheet' }]);
  }

  // 39 Word-template PO from a Calgary printer, GST 5 %, "by end of week"
  {
    const r = at('2026-12-10', '14:26:44', '-07:00');
    const o: Order = {
      po: 'PPC-0318', date: '2026-12-10', req: null,
      buyer: { company: 'Prairie Print Co.', contactName: 'Owen Lachance', email: 'owen@prairieprint.ca', phone: '403-555-0149' },
      shipTo: addr('Prairie Print Co.', '4210 12 St NE, Bay 6', 'Calgary', 'AB', 'T2E 6K9', 'CA'), billTo: null, currency: 'CAD',
      lines: [
        { sku: 'KP-TUBE-336', desc: 'Mailing tubes 3 x 36 in with end caps', qty: 300, unit: 'EA', price: 1.79 },
        { sku: 'KP-FLAT-1824', desc: 'Rigid flat mailers 18 x 24 in', qty: 250, unit: 'EA', price: 1.64 },
        { sku: 'KL-4X6-DT', desc: 'Shipping labels 4 x 6, 250/roll', qty: 24, unit: 'RL', price: 6.95 },
      ],
      taxRate: 0.05, terms: 'Due on receipt', via: 'your choice', notes: null,
      urgency: urg('2026-12-10', null, { level: 'high', text: 'by end of week', where: 'PO note' }),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'serif', fs: 10, loc: 'en', df: 'usl', title: 'PURCHASE ORDER', cur: 'CAD',
      letterhead: ['Prairie Print Co.', '4210 12 St NE, Bay 6, Calgary, AB T2E 6K9', 'owen@prairieprint.ca | 403-555-0149'],
      meta: [['P.O. #', 'PPC-0318'], ['Date:', 'December 10, 2026']],
      blocks: [{ label: 'VENDOR', lines: KESTREL.ca }, { label: 'SHIP TO', lines: usLines(o.shipTo!) }],
      intro: ['REQUISITIONER: Owen Lachance    SHIP VIA: your choice    TERMS: Due on receipt'],
      cols: [{ key: 'sku', label: 'ITEM #', w: 90 }, { key: 'desc', label: 'DESCRIPTION', w: 220 }, { key: 'qtyunit', label: 'QTY', w: 60, align: 'right' }, { key: 'price', label: 'UNIT PRICE', w: 65, align: 'right' }, { key: 'amount', label: 'TOTAL', w: 70, align: 'right' }],
      table: 'grid', totals: [['SUBTOTAL', t.sub], ['GST 5%', t.tax], ['TOTAL', t.total]],
      after: ['Note: we need these by end of week for a client job - thanks!', 'Authorized by: Owen Lachance'],
    });
    email('thu-09-prairie-print-word.eml', {
      from: 'Owen Lachance <owen@prairieprint.ca>', to: ORDERS, subject: 'PO PPC-0318', date: '', messageId: 'ppc0318.ol@prairieprint.ca',
      text: 'Hello, PO attached. Owen\n',
      attachments: [{ filename: 'PO PPC-0318.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO PPC-0318.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 40 bare XLSX: our order form filled in by a customer, no amount column
  {
    const o: Order = {
      po: 'EFP-5520', date: '2026-12-10', req: '2026-12-28',
      buyer: { company: 'Evergreen Fulfillment Partners', contactName: 'Sofia Lindqvist', email: 'slindqvist@evergreenfp.com', phone: '206-555-0138' },
      shipTo: addr('Evergreen Fulfillment Partners', '19800 84th Ave S', 'Kent', 'WA', '98032', 'US'), billTo: null, currency: 'USD', noAmounts: true, noSubtotal: true, noTotal: true,
      lines: [
        { sku: 'KP-RSC-1210', desc: 'RSC 12x10x8 32ECT bundle of 25', qty: 80, unit: 'BDL', price: 18.75 },
        { sku: 'KP-POLY-1013', desc: 'Poly mailer 10x13 2.5 mil 500/cs', qty: 40, unit: 'CS', price: 39.5 },
        { sku: 'KL-4X6-FF', desc: 'Fan-fold DT labels 4x6 1,000/stack', qty: 100, unit: 'PK', price: 19.9 },
        { sku: 'KPR-ZT411', desc: 'Industrial label printer ZT411, 203 dpi', qty: 2, unit: 'EA', price: 1895 },
        { sku: 'KR-110-74', desc: 'Wax ribbon 110 mm x 74 m', qty: 48, unit: 'RL', price: 6.85 },
      ],
      terms: 'Net 30', via: 'FedEx Freight Economy', notes: null, urgency: urg(null, null),
    };
    settle(o);
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('Order Form');
      ws.columns = [{ width: 18 }, { width: 44 }, { width: 10 }, { width: 8 }, { width: 12 }];
      ws.addRow(['KESTREL PACKAGING & LABELS — CUSTOMER ORDER FORM']).font = { bold: true, size: 13 };
      ws.addRow(['Email completed form to orders@kestrelpack.com']);
      ws.addRow([]);
      const kv: [string, string][] = [['Company', 'Evergreen Fulfillment Partners'], ['Contact', 'Sofia Lindqvist'], ['Phone', '206-555-0138'], ['Email', 'slindqvist@evergreenfp.com'], ['Your PO #', 'EFP-5520'], ['Order date', '12/10/2026'], ['Date needed', '12/28/2026'], ['Ship to', '19800 84th Ave S, Kent, WA 98032'], ['Ship method', 'FedEx Freight Economy'], ['Terms', 'Net 30']];
      for (const [k, v] of kv) { const row = ws.addRow([k, v]); row.getCell(1).font = { bold: true }; }
      ws.addRow([]);
      const h = ws.addRow(['Item number', 'Description', 'Qty', 'Unit', 'Unit price (USD)']); h.font = { bold: true };
      for (const l of o.lines) { const row = ws.addRow([l.sku, l.desc, l.qty, l.unit, l.price]); row.getCell(5).numFmt = '"$"#,##0.00'; }
    });
    file('thu-10-evergreen-order-form.xlsx', buf, [o], { name: 'thu-10-evergreen-order-form.xlsx', mediaType: XLSX, method: 'spreadsheet' });
  }
}
