// Monday 2026-12-07
import { Order, addr, renderPdfPo, renderMonoPdf, xlsx, settle, money, dfmt, usLines, euLines, toFax, taxParts, qtyFmt } from './lib.ts';
import { email, file, at, urg, bodyDoc, htmlDoc, ORDERS, KESTREL, svgPo } from './kit.ts';

export async function lagerhausSap(v: 1 | 2) {
    const cat: [string, string, string, number, string][] = [
      ['100234', 'KP-EU-400300', 'Faltkarton 400 x 300 x 200 mm, 2-wellig BC, braun, FEFCO 0201', 1.35, 'ST'],
      ['100235', 'KP-EU-600400', 'Faltkarton 600 x 400 x 400 mm, 2-wellig BC, braun, FEFCO 0201', 2.48, 'ST'],
      ['100241', 'KP-EU-300200', 'Faltkarton 300 x 200 x 150 mm, 1-wellig B', 0.62, 'ST'],
      ['200410', 'KT-48B-66', 'Packband PP 48 mm x 66 m, braun, leise abrollend', 1.45, 'RL'],
      ['200415', 'KT-50P-50', 'Papierklebeband 50 mm x 50 m, nassklebend, verstärkt', 3.9, 'RL'],
      ['300120', 'KS-500-23', 'Stretchfolie Maschinenrolle 500 mm x 1.500 m, 23 µm, transparent', 18.75, 'RL'],
      ['300125', 'KS-450-17', 'Stretchfolie Handwickel 450 mm x 260 m, 17 µm', 6.2, 'RL'],
      ['400310', 'KL-100X150-DT', 'Versandetiketten Thermodirekt 100 x 150 mm, 500 St./Rolle', 7.1, 'RL'],
      ['400318', 'KL-A6-DT', 'Etiketten A6 105 x 148 mm, Thermodirekt, 40 mm Kern', 6.85, 'RL'],
      ['500010', 'KPL-EPAL-1', 'EPAL Europalette 1200 x 800 mm, neu', 12.9, 'ST'],
      ['600220', 'KV-AIR-200', 'Luftpolsterkissen 200 x 100 mm, Rolle à 1.000 St.', 14.6, 'RL'],
      ['600230', 'KV-PAP-380', 'Füllpapier Recycling 380 mm x 400 m, 70 g/m²', 21.4, 'RL'],
      ['700015', 'KC-KS-50', 'Kantenschutz 50 x 50 x 3 x 1000 mm, Vollpappe', 0.39, 'ST'],
      ['200430', 'KT-48F-66', 'Warnband "Vorsicht Glas" 48 mm x 66 m, rot/weiß', 2.15, 'RL'],
    ];
    const qtys = v === 1 ? [1200, 600, 2400, 432, 144, 40, 120, 300, 150, 80, 24, 30, 2000, 72] : [1200, 900, 2400, 432, 144, 60, 120, 300, 150, 80, 36, 30, 2000, 72];
    const o: Order = {
      po: '4500098123', date: '2026-12-04', req: '2026-12-15',
      buyer: { company: 'Lagerhaus Nord Logistik GmbH', contactName: 'Katrin Behrens', email: 'katrin.behrens@lagerhaus-nord.de', phone: '+49 421 555 3180' },
      shipTo: addr('Lagerhaus Nord Logistik GmbH', 'Halle 3 / Tor 7\nSenator-Borttscheller-Str. 12', 'Bremen', null, '28197', 'DE'),
      billTo: addr('Lagerhaus Nord Logistik GmbH', 'Kreditorenbuchhaltung\nPostfach 10 44 20', 'Bremen', null, '28044', 'DE'),
      currency: 'EUR', printLineNo: true,
      lines: cat.map(([bp, sku, desc, price, unit], i) => ({ no: (i + 1) * 10, bp, sku, desc, qty: qtys[i], unit, price, date: i % 3 === 2 ? '2026-12-18' : '2026-12-15' })),
      taxRate: 0.19, terms: '14 Tage 2 % Skonto, 30 Tage netto', via: 'Spedition frei Haus', notes: (v === 2 ? 'Änderung: Version 2 ersetzt Version 1 vom 04.12.2026 (Mengen Pos. 20, 60, 110). ' : '') + 'Anlieferung Mo–Fr 7:00–14:00 Uhr, Tor 7. Bitte Bestellnummer auf Lieferschein angeben.',
      urgency: urg(v === 1 ? '2026-12-07' : '2026-12-09', '2026-12-15'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      size: 'A4', font: 'helv', fs: 8, loc: 'de', df: 'dmy.', title: v === 1 ? 'Bestellung' : 'Bestelländerung', cur: 'EUR',
      letterhead: ['Lagerhaus Nord Logistik GmbH', 'Senator-Borttscheller-Str. 12 · 28197 Bremen', 'Tel. +49 421 555 3100 · www.lagerhaus-nord.de'],
      meta: [['Bestellnummer', '4500098123'], ['Datum', '04.12.2026'], ...(v === 2 ? [['Änderung', 'Version 2 vom 09.12.2026'] as [string, string]] : []), ['Lieferantennr.', '70012345'], ['Einkäufer', 'Katrin Behrens'], ['Telefon', '+49 421 555 3180'], ['E-Mail', 'katrin.behrens@lagerhaus-nord.de']],
      blocks: [{ label: 'Lieferant', lines: KESTREL.de }, { label: 'Lieferanschrift', lines: euLines(o.shipTo!) }, { label: 'Rechnungsanschrift', lines: euLines(o.billTo!) }],
      intro: ['Sehr geehrte Damen und Herren, wir bestellen zu unseren Allgemeinen Einkaufsbedingungen:'],
      cols: [{ key: 'no', label: 'Pos.', w: 30 }, { key: 'bp', label: 'Material', w: 48 }, { key: 'sku', label: 'Ihre Mat.-Nr.', w: 70 }, { key: 'desc', label: 'Bezeichnung', w: 170 }, { key: 'qty', label: 'Menge', w: 42, align: 'right' }, { key: 'unit', label: 'ME', w: 24 }, { key: 'price', label: 'Preis/ME', w: 48, align: 'right' }, { key: 'amount', label: 'Wert EUR', w: 58, align: 'right' }, { key: 'date', label: 'Liefertermin', w: 56, align: 'right' }],
      table: 'borderless', rowsPerPage: 9,
      totals: [['Gesamtnettowert', t.sub], ['MwSt. 19 %', t.tax], ['Gesamtbetrag', t.total]],
      after: ['Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto', 'Versandart: Spedition frei Haus', 'Hinweis: ' + o.notes],
      footer: 'Lagerhaus Nord Logistik GmbH · Sitz Bremen · HRB 24518 HB · USt-IdNr. DE281445190', pageLabel: (i, n) => `Seite ${i} von ${n}`, headerEachPage: `${v === 1 ? 'Bestellung' : 'Bestelländerung'} 4500098123 vom 04.12.2026`,
    });
    return { o, pdf };
}

export async function monday() {
  // 01 QuickBooks PO as PDF, no unit column, total only
  {
    const r = at('2026-12-07', '08:12:40', '-05:00');
    const o: Order = {
      po: '1047', date: '2026-12-04', req: '2026-12-18',
      buyer: { company: 'BrightCart Home Goods LLC', contactName: 'Jenna Morales', email: 'jenna@brightcarthome.com', phone: '(919) 555-0143' },
      shipTo: addr('BrightCart Home Goods LLC', '410 Industrial Dr, Suite B', 'Raleigh', 'NC', '27603', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KP-MAIL-0906', desc: 'Die-cut mailer box 9 x 6 x 4 in, white, E-flute, tuck front', qty: 1000, unit: null, price: 0.88 },
        { sku: 'KP-MAIL-1208', desc: 'Die-cut mailer box 12 x 8 x 4 in, white, E-flute, tuck front', qty: 500, unit: null, price: 1.12 },
        { sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m, clear acrylic, 36 rolls/case', qty: 6, unit: null, price: 54 },
        { sku: 'KL-4X6-DT', desc: 'Direct thermal shipping labels 4 x 6 in, 250/roll, 1 in core', qty: 40, unit: null, price: 6.4 },
      ],
      noSubtotal: true, terms: null, via: 'UPS Ground', notes: null, urgency: urg('2026-12-07', '2026-12-18'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'helv', loc: 'en', df: 'us', title: 'Purchase Order', cur: 'USD',
      letterhead: ['BrightCart Home Goods LLC', '410 Industrial Dr, Suite B', 'Raleigh, NC 27603', '(919) 555-0143'],
      meta: [['Date', '12/04/2026'], ['P.O. No.', '1047']],
      blocks: [{ label: 'Vendor', lines: KESTREL.us }, { label: 'Ship To', lines: usLines(o.shipTo!) }],
      intro: ['Expected: 12/18/2026      Ship Via: UPS Ground'],
      cols: [{ key: 'sku', label: 'Item', w: 80 }, { key: 'desc', label: 'Description', w: 230 }, { key: 'qty', label: 'Qty', w: 50, align: 'right' }, { key: 'price', label: 'Rate', w: 60, align: 'right' }, { key: 'amount', label: 'Amount', w: 70, align: 'right' }],
      table: 'grid', totals: [['Total', t.total]], after: ['Please confirm receipt of this order to jenna@brightcarthome.com'],
    });
    email('mon-01-brightcart-quickbooks.eml', {
      from: 'Jenna Morales <jenna@brightcarthome.com>', to: ORDERS, subject: 'Purchase Order 1047 from BrightCart Home Goods LLC', date: '', messageId: 'qb-1047.20261207131240@brightcarthome.com',
      text: 'Dear Kestrel Packaging Inc.,\n\nPlease find our purchase order attached to this email.\n\nThank you for your business - we appreciate it very much.\n\nSincerely,\nJenna Morales\nBrightCart Home Goods LLC\n(919) 555-0143\n',
      attachments: [{ filename: 'PO_1047_from_BrightCart_Home_Goods_LLC.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO_1047_from_BrightCart_Home_Goods_LLC.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 02 SAP Bestellung, two pages, our and their material numbers, per-line dates
  {
    const r = at('2026-12-07', '09:03:11', '+01:00');
    const { o, pdf } = await lagerhausSap(1);
    email('mon-02-lagerhaus-nord-sap.eml', {
      from: 'Katrin Behrens <katrin.behrens@lagerhaus-nord.de>', to: ORDERS, subject: 'Bestellung 4500098123', date: '', messageId: 'SAP-4500098123-1@lagerhaus-nord.de',
      text: 'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500098123. Bitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nKatrin Behrens\nEinkauf\nLagerhaus Nord Logistik GmbH\nTel. +49 421 555 3180\n',
      attachments: [{ filename: 'Bestellung_4500098123.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'Bestellung_4500098123.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 2 }]);
  }

  // 03 out-of-office reply (not an order; mentions "urgent")
  {
    const r = at('2026-12-07', '09:20:05', '-05:00');
    email('mon-03-out-of-office.eml', {
      from: 'Greg Patterson <gpatterson@tidewatermillwork.com>', to: ORDERS, subject: 'Automatic reply: Order confirmation SO-260448', date: '', messageId: 'ooo-20261207-8841@tidewatermillwork.com',
      headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
      text: 'Thank you for your message. I am out of the office until Monday, December 14, with limited access to email.\n\nFor urgent purchasing matters please contact purchasing@tidewatermillwork.com or call (757) 555-0150.\n\nGreg Patterson\nTidewater Millwork\n',
    }, r, [], [bodyDoc]);
  }

  // 04 3PL Excel PO, their SKU and ours, "needed tomorrow"
  {
    const r = at('2026-12-07', '07:41:52', '-08:00');
    const o: Order = {
      po: 'SF-26-3391', date: '2026-12-07', req: '2026-12-08',
      buyer: { company: 'Summit Fulfillment Inc.', contactName: 'Trevor Nakamura', email: 'tnakamura@summitfulfill.com', phone: '775-555-0198' },
      shipTo: addr('Summit Fulfillment - Reno DC', '1350 Capital Blvd', 'Reno', 'NV', '89502', 'US'),
      billTo: addr('Summit Fulfillment Inc.', 'Accounts Payable\nPO Box 7720', 'Sparks', 'NV', '89436', 'US'),
      currency: 'USD', printLineNo: true, noSubtotal: true,
      lines: [
        { no: 1, bp: 'SUM-BX-1812', sku: 'KP-RSC-1812', desc: 'RSC box 18 x 12 x 12 in, 44 ECT double wall', qty: 800, unit: 'EA', price: 1.42 },
        { no: 2, bp: 'SUM-BX-2416', sku: 'KP-RSC-2416', desc: 'RSC box 24 x 16 x 16 in, 44 ECT double wall', qty: 300, unit: 'EA', price: 2.65 },
        { no: 3, bp: 'SUM-TP-48', sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m clear, 36/cs', qty: 20, unit: 'CS', price: 54 },
        { no: 4, bp: 'SUM-LB-46', sku: 'KL-4X6-DT', desc: 'Direct thermal label 4 x 6, 250/roll', qty: 120, unit: 'RL', price: 6.4 },
        { no: 5, bp: 'SUM-SF-18', sku: 'KS-18-80', desc: 'Hand stretch film 18 in x 1500 ft, 80 ga, 4 rolls/cs', qty: 15, unit: 'CS', price: 72.4 },
        { no: 6, bp: 'SUM-VF-AP', sku: 'KV-AIR-200', desc: 'Air pillow film roll 8 x 4 in, 1,300 ft', qty: 10, unit: 'RL', price: 38.5 },
      ],
      terms: 'Net 45', via: 'FedEx Priority Overnight', notes: 'Tax exempt - resale certificate on file',
      urgency: urg('2026-12-07', '2026-12-08', { level: 'urgent', text: 'NEEDED TOMORROW', where: 'subject' }),
    };
    const t = settle(o);
    const buf = await xlsx((wb) => {
      const ws = wb.addWorksheet('PO');
      ws.columns = [{ width: 6 }, { width: 14 }, { width: 16 }, { width: 48 }, { width: 8 }, { width: 7 }, { width: 11 }, { width: 12 }];
      ws.addRow(['SUMMIT FULFILLMENT INC. - PURCHASE ORDER']).font = { bold: true, size: 14 };
      ws.addRow([]);
      ws.addRow(['PO #', null, 'SF-26-3391', null, 'Bill To', 'Summit Fulfillment Inc.']);
      ws.addRow(['PO Date', null, '12/07/2026', null, null, 'Accounts Payable']);
      ws.addRow(['Required', null, '12/08/2026', null, null, 'PO Box 7720']);
      ws.addRow(['Buyer', null, 'Trevor Nakamura', null, null, 'Sparks, NV 89436']);
      ws.addRow(['Phone', null, '775-555-0198']);
      ws.addRow(['Email', null, 'tnakamura@summitfulfill.com', null, 'Ship To', 'Summit Fulfillment - Reno DC']);
      ws.addRow(['Terms', null, 'Net 45', null, null, '1350 Capital Blvd']);
      ws.addRow(['Ship Via', null, 'FedEx Priority Overnight', null, null, 'Reno, NV 89502']);
      ws.addRow([]);
      const h = ws.addRow(['Line', 'Summit SKU', 'Kestrel Item #', 'Description', 'Qty', 'UOM', 'Unit Cost', 'Ext Cost']);
      h.font = { bold: true }; h.eachCell((c) => { c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; c.border = { bottom: { style: 'thin' } }; });
      for (const l of o.lines) {
        const row = ws.addRow([l.no, l.bp, l.sku, l.desc, l.qty, l.unit, l.price, { formula: `E${ws.rowCount + 1}*G${ws.rowCount + 1}`, result: l.amount }]);
        row.getCell(7).numFmt = '$#,##0.00'; row.getCell(8).numFmt = '$#,##0.00';
      }
      ws.addRow([]);
      const tr = ws.addRow([null, null, null, null, null, null, 'PO Total', t.total]); tr.font = { bold: true }; tr.getCell(8).numFmt = '$#,##0.00';
      ws.addRow([]);
      ws.addRow(['Notes: Tax exempt - resale certificate on file']);
    });
    email('mon-04-summit-fulfillment-xlsx.eml', {
      from: 'Trevor Nakamura <tnakamura@summitfulfill.com>', to: ORDERS, subject: 'NEEDED TOMORROW - PO SF-26-3391', date: '', messageId: 'CAF3kq9x-SF263391@mail.summitfulfill.com',
      text: 'Hi team,\n\nPO SF-26-3391 attached. We are almost out of 18x12x12 and 4x6 labels - this is needed tomorrow at the Reno DC, please ship overnight.\n\nThanks,\nTrevor Nakamura\nInventory Planner | Summit Fulfillment\n775-555-0198\n',
      attachments: [{ filename: 'SF-26-3391.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', content: buf }],
    }, r, [o], [bodyDoc, { name: 'SF-26-3391.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', method: 'spreadsheet' }]);
  }

  // 05 French (Québec) order typed in the mail body, TPS + TVQ
  {
    const r = at('2026-12-07', '10:14:30', '-05:00');
    const o: Order = {
      po: 'FLB-2026-118', date: '2026-12-07', req: '2026-12-17',
      buyer: { company: 'Fromagerie du Lac-Brome inc.', contactName: 'Geneviève Tremblay', email: 'g.tremblay@fromagerielacbrome.ca', phone: '450 555-0172' },
      shipTo: addr('Fromagerie du Lac-Brome inc.', '245, chemin de Knowlton', 'Lac-Brome', 'QC', 'J0E 1V0', 'CA'), billTo: null, currency: 'CAD',
      lines: [
        { sku: 'KP-FOOD-1510', desc: 'Boîte carton alimentaire 15 x 10 x 4 po, blanchie, avec couvercle', qty: 600, unit: 'UN', price: 1.18 },
        { sku: 'KL-2X1-DT', desc: 'Étiquettes thermiques directes 2 x 1 po, 1 000/rouleau', qty: 30, unit: 'RLX', price: 9.25 },
        { sku: 'KT-48C-55', desc: 'Ruban adhésif transparent 48 mm x 55 m, caisse de 36', qty: 4, unit: 'CS', price: 58.9 },
        { sku: 'KS-18-80', desc: 'Film étirable manuel 18 po x 1 500 pi, 80 ga, caisse de 4', qty: 6, unit: 'CS', price: 79.6 },
      ],
      taxes: [{ label: 'TPS 5 %', rate: 0.05 }, { label: 'TVQ 9,975 %', rate: 0.09975 }],
      terms: 'Net 30 jours', via: 'Purolator', notes: 'Livraison au quai arrière, entre 8 h et 15 h.',
      urgency: urg('2026-12-07', '2026-12-17'),
    };
    const t = settle(o); const tp = taxParts(o);
    const f = (n: number) => money(n, 'fr') + ' $';
    const text = `Bonjour,

Voici notre commande no FLB-2026-118 du 7 déc. 2026 :

${o.lines.map((l) => `- ${l.sku} : ${l.desc} — ${qtyFmt(l.qty, 'fr')} ${l.unit} à ${f(l.price!)} = ${f(l.amount!)}`).join('\n')}

Sous-total : ${f(t.sub)}
${tp.map((x) => `${x.label} : ${f(x.amount)}`).join('\n')}
Total : ${f(t.total)}

Livraison souhaitée : 17 déc. 2026, par Purolator.
Adresse de livraison :
Fromagerie du Lac-Brome inc.
245, chemin de Knowlton
Lac-Brome (Québec) J0E 1V0

Livraison au quai arrière, entre 8 h et 15 h.
Conditions : Net 30 jours.

Merci et bonne journée,

Geneviève Tremblay
Approvisionnement — Fromagerie du Lac-Brome inc.
450 555-0172
`;
    email('mon-05-fromagerie-body-fr.eml', {
      from: 'Geneviève Tremblay <g.tremblay@fromagerielacbrome.ca>', to: ORDERS, subject: 'Commande FLB-2026-118 – emballages', date: '', messageId: '0f1c2a77-flb118@fromagerielacbrome.ca',
      text,
    }, r, [o], [bodyDoc]);
  }

  // 06 fax TIFF (bare file), furniture maker
  {
    const o: Order = {
      po: 'CCW-7781', date: '2026-12-04', req: '2026-12-21',
      buyer: { company: 'Carolina Cabinet Works', contactName: 'Dale Huffman', email: null, phone: '828-555-0110' },
      shipTo: addr('Carolina Cabinet Works', '1880 Fairgrove Church Rd SE', 'Hickory', 'NC', '28602', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KPL-4840-GMA', desc: 'Pallet 48 x 40 GMA, new, 4-way entry', qty: 60, unit: 'EA', price: 14.5 },
        { sku: 'KS-20-MAC', desc: 'Machine stretch film 20 in x 5000 ft, 80 ga', qty: 12, unit: 'RL', price: 64 },
        { sku: 'KC-EDGE-36', desc: 'Edge board 2 x 2 x 36 in, .160 thick', qty: 400, unit: 'EA', price: 0.42 },
      ],
      terms: 'Net 30', via: 'Best way', notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'en', df: 'us', title: 'PURCHASE ORDER', top: 'DEC-04-2026 16:42   FROM: CAROLINA CABINET WKS  828 555 0110   TO: 7045550100   P.001/001',
      head: ['CAROLINA CABINET WORKS', '1880 Fairgrove Church Rd SE', 'Hickory, NC 28602', 'Ph 828-555-0110  Fax 828-555-0111'],
      meta: [['PO #', 'CCW-7781'], ['Date', '12/04/2026'], ['Need by', '12/21/2026'], ['Terms', 'Net 30'], ['Ship via', 'Best way']],
      blocks: [{ label: 'TO:', lines: KESTREL.us.slice(0, 3), x: 80 }, { label: 'SHIP TO:', lines: usLines(o.shipTo!), x: 640 }],
      cols: [{ key: 'sku', label: 'ITEM', x: 80 }, { key: 'desc', label: 'DESCRIPTION', x: 300 }, { key: 'qty', label: 'QTY', x: 925, anchor: 'end' }, { key: 'unit', label: 'UM', x: 940 }, { key: 'price', label: 'PRICE', x: 1055, anchor: 'end' }, { key: 'amount', label: 'TOTAL', x: 1160, anchor: 'end' }],
      size: 21, cur: 'USD', totals: [['SUBTOTAL', t.sub], ['TOTAL', t.total]], after: ['Authorized by: Dale Huffman, Purchasing', 'Please confirm ship date by fax or phone.'], grid: true,
    });
    file('mon-06-carolina-cabinet-fax.tif', await toFax(svg, 606, 1.3), [o], { name: 'mon-06-carolina-cabinet-fax.tif', mediaType: 'image/tiff', method: 'ocr', pages: 1 });
  }

  // 07 shipping notice from a supplier of ours (not an order)
  {
    const r = at('2026-12-07', '11:02:18', '-05:00');
    email('mon-07-shipping-notice.eml', {
      from: 'Tri-State Film Extrusions <shipping@tristatefilm.com>', to: ORDERS, subject: 'Shipment notification - your PO KPI-55012 has shipped', date: '', messageId: 'asn-884120@tristatefilm.com',
      html: `<html><body style="font-family:Arial"><h2>Your order is on the way</h2><p>Hello Kestrel Packaging Inc.,</p><p>Your purchase order <b>KPI-55012</b> shipped today from our Allentown, PA plant.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Item</th><th>Description</th><th>Qty shipped</th></tr>
<tr><td>TSF-SF18-80</td><td>Hand stretch film 18" x 1500' 80 ga</td><td>240 CS</td></tr><tr><td>TSF-SF20-MAC</td><td>Machine film 20" x 5000' 80 ga</td><td>96 RL</td></tr></table>
<p>Carrier: Estes Express Lines<br>PRO / tracking number: <b>2218840193</b><br>Estimated delivery: 12/09/2026</p><p>Track at estes-express.com. Questions? Reply to this email.</p><p>Tri-State Film Extrusions · 900 Hamilton St · Allentown, PA 18101</p></body></html>`,
    }, r, [], [htmlDoc]);
  }

  // 08 Coupa portal print, line numbers and need-by per line, sales tax, bill-to PO box
  {
    const r = at('2026-12-07', '11:48:09', '-05:00');
    const o: Order = {
      po: 'HPS-PO-0041877', date: '2026-12-07', req: '2026-12-16',
      buyer: { company: 'Halvorsen Pharma Services', contactName: 'Priya Raman', email: 'priya.raman@halvorsenpharma.com', phone: '919-555-0127' },
      shipTo: addr('Halvorsen Pharma Services', 'Receiving Dock 2\n4801 Emperor Blvd', 'Durham', 'NC', '27703', 'US'),
      billTo: addr('Halvorsen Pharma Services', 'Accounts Payable\nPO Box 13420', 'Durham', 'NC', '27709', 'US'),
      currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, sku: 'KL-GHS-4X4', desc: 'GHS chemical labels 4 x 4 in, polypropylene, 500/roll', qty: 24, unit: 'RL', price: 28.9, date: '2026-12-16' },
        { no: 2, sku: 'KL-2X1-TT', desc: 'Thermal transfer labels 2 x 1 in, white polyester, 3 in core', qty: 12, unit: 'RL', price: 31.5, date: '2026-12-16' },
        { no: 3, sku: 'KR-110-74', desc: 'Resin ribbon 110 mm x 74 m, outside wound', qty: 12, unit: 'RL', price: 14.75, date: '2026-12-16' },
        { no: 4, sku: 'KP-INS-1210', desc: 'Insulated shipper 12 x 10 x 8 in, EPS 1.5 in wall, with outer carton', qty: 150, unit: 'EA', price: 11.2, date: '2026-12-21' },
        { no: 5, sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m, clear, 36 rolls/case', qty: 10, unit: 'CS', price: 54, date: '2026-12-16' },
      ],
      taxRate: 0.075, shipping: 0, terms: 'Net 60', via: 'FedEx Ground', notes: 'Deliver to Receiving Dock 2; reference PO number on all boxes and packing slips.',
      urgency: urg('2026-12-07', '2026-12-16'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'dejavu', fs: 8, loc: 'en', df: 'us', title: 'PO #HPS-PO-0041877', accent: '#1f4e79', band: true, headerEachPage: 'Halvorsen Pharma Services  |  Powered by Coupa',
      letterhead: ['Halvorsen Pharma Services', 'Purchase Order', 'Status: Issued · Version 1'],
      meta: [['Order Date', '12/07/2026'], ['Requester', 'Priya Raman'], ['Email', 'priya.raman@halvorsenpharma.com'], ['Phone', '919-555-0127'], ['Payment Terms', 'Net 60'], ['Shipping Terms', 'FOB Destination'], ['Ship Via', 'FedEx Ground']],
      blocks: [{ label: 'Supplier', lines: KESTREL.us }, { label: 'Ship To', lines: usLines(o.shipTo!) }, { label: 'Bill To', lines: usLines(o.billTo!) }],
      cols: [{ key: 'no', label: 'Line', w: 28 }, { key: 'sku', label: 'Supplier Part #', w: 70 }, { key: 'desc', label: 'Item', w: 190 }, { key: 'qty', label: 'Qty', w: 36, align: 'right' }, { key: 'unit', label: 'UOM', w: 32 }, { key: 'price', label: 'Price', w: 50, align: 'right' }, { key: 'amount', label: 'Total', w: 58, align: 'right' }, { key: 'date', label: 'Need By', w: 56, align: 'right' }],
      table: 'zebra',
      totals: [['Subtotal', t.sub], ['Shipping', 0], ['Tax (7.5%)', t.tax], ['Total USD', t.total]],
      after: ['Comments: Deliver to Receiving Dock 2; reference PO number on all boxes and packing slips.', 'Invoices must be submitted through the Coupa Supplier Portal.'],
      pageLabel: (i, n) => `Page ${i} of ${n}`,
    });
    email('mon-08-halvorsen-coupa.eml', {
      from: 'Halvorsen Pharma Services <do_not_reply@halvorsen.coupahost.com>', to: ORDERS, subject: 'Halvorsen Pharma Services Purchase Order #HPS-PO-0041877', date: '', messageId: 'coupa.po.41877.a1b2@halvorsen.coupahost.com',
      html: '<html><body><p>Halvorsen Pharma Services has sent you Purchase Order <b>#HPS-PO-0041877</b>.</p><p>The PO is attached as a PDF. To acknowledge, log in to the Coupa Supplier Portal.</p><p>Requester: Priya Raman</p><p style="color:#888">This is an automated message. Please do not reply.</p></body></html>',
      attachments: [{ filename: 'PO_HPS-PO-0041877.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [htmlDoc, { name: 'PO_HPS-PO-0041877.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 09 Spanish HTML order in the body, URGENTE, IVA 21 %
  {
    const r = at('2026-12-07', '12:31:44', '+01:00');
    const o: Order = {
      po: 'PT-26/0912', date: '2026-12-07', req: '2026-12-08',
      buyer: { company: 'Papelería y Artes Gráficas Turia S.L.', contactName: 'Lucía Ferrer', email: 'compras@graficasturia.es', phone: '961 55 43 21' },
      shipTo: addr('Papelería y Artes Gráficas Turia S.L.', 'Polígono Industrial Fuente del Jarro\nC/ Ciudad de Sevilla, 21', 'Paterna', 'Valencia', '46988', 'ES'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-RSC-3020', desc: 'Caja de cartón canal doble 300 x 200 x 200 mm', qty: 500, unit: 'UD', price: 0.74 },
        { sku: 'KT-48C-66', desc: 'Cinta adhesiva transparente 48 mm x 66 m, silenciosa', qty: 72, unit: 'RL', price: 1.05 },
        { sku: 'KL-A4-24', desc: 'Etiquetas adhesivas A4 70 x 37 mm, 24 por hoja, caja de 100 hojas', qty: 20, unit: 'CJ', price: 12.4 },
        { sku: 'KV-BUR-100', desc: 'Plástico de burbujas 100 cm x 100 m', qty: 5, unit: 'RL', price: 24.9 },
      ],
      taxRate: 0.21, terms: 'Transferencia a 30 días', via: null, notes: null,
      urgency: urg('2026-12-07', '2026-12-08', { level: 'urgent', text: 'URGENTE', where: 'subject' }),
    };
    const t = settle(o);
    const f = (n: number) => money(n, 'es') + ' €';
    const rows = o.lines.map((l) => `<tr><td>${l.sku}</td><td>${l.desc}</td><td align="right">${l.qty}</td><td>${l.unit}</td><td align="right">${f(l.price!)}</td><td align="right">${f(l.amount!)}</td></tr>`).join('\n');
    email('mon-09-turia-html-es.eml', {
      from: 'Lucía Ferrer <compras@graficasturia.es>', to: ORDERS, subject: 'URGENTE - Pedido PT-26/0912', date: '', messageId: 'AM9PR07MB-pt260912@graficasturia.es',
      html: `<html><body style="font-family:Calibri,sans-serif"><p>Buenos días,</p><p>Les enviamos el pedido <b>nº PT-26/0912</b> con fecha 07/12/2026. Lo necesitamos <b>mañana martes 08/12/2026</b> sin falta, tenemos una tirada parada.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse"><tr style="background:#ddd"><th>Referencia</th><th>Descripción</th><th>Cantidad</th><th>Ud.</th><th>Precio</th><th>Importe</th></tr>
${rows}
<tr><td colspan="5" align="right">Base imponible</td><td align="right">${f(t.sub)}</td></tr><tr><td colspan="5" align="right">IVA 21 %</td><td align="right">${f(t.tax)}</td></tr><tr><td colspan="5" align="right"><b>Total</b></td><td align="right"><b>${f(t.total)}</b></td></tr></table>
<p>Dirección de entrega:<br>Papelería y Artes Gráficas Turia S.L.<br>Polígono Industrial Fuente del Jarro<br>C/ Ciudad de Sevilla, 21<br>46988 Paterna (Valencia)</p>
<p>Forma de pago: transferencia a 30 días.</p><p>Un saludo,<br>Lucía Ferrer<br>Dpto. de Compras · Tel. 961 55 43 21</p></body></html>`,
    }, r, [o], [htmlDoc]);
  }

  // 10 AS/400 green-bar print dropped as a bare PDF, descriptions wrap onto a second line
  {
    const o: Order = {
      po: '0088412', date: '2026-12-04', req: '2026-12-21',
      buyer: { company: 'Buckeye Industrial Supply Co.', contactName: 'R. Kowalczyk', email: null, phone: '614-555-0163' },
      shipTo: addr('Buckeye Industrial Supply Co.', 'Dock 4\n2750 Westbelt Dr', 'Columbus', 'OH', '43228', 'US'), billTo: null, currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-RSC-1210', desc: 'CORRUGATED RSC 12X10X8 32ECT KRAFT BUNDLE OF 25', qty: 40, unit: 'BDL', price: 18.75 },
        { no: 2, sku: 'KP-RSC-1812', desc: 'CORRUGATED RSC 18X12X12 44ECT DOUBLE WALL', qty: 500, unit: 'EA', price: 1.42 },
        { no: 3, sku: 'KT-48B-66', desc: 'TAPE HOT MELT 48MM X 66M BROWN 36 RL/CS', qty: 25, unit: 'CS', price: 61.2 },
        { no: 4, sku: 'KT-72C-100', desc: 'TAPE ACRYLIC 72MM X 100M CLEAR 24 RL/CS', qty: 10, unit: 'CS', price: 88.8 },
        { no: 5, sku: 'KS-18-80', desc: 'STRETCH FILM HAND 18IN X 1500FT 80GA 4 RL/CS', qty: 30, unit: 'CS', price: 72.4 },
        { no: 6, sku: 'KV-KRAFT-15', desc: 'KRAFT PAPER VOID FILL 15IN X 1000FT 30LB ROLL', qty: 18, unit: 'RL', price: 46.9 },
        { no: 7, sku: 'KD-TD-3000', desc: 'TAPE DISPENSER PISTOL GRIP 3IN HEAVY DUTY', qty: 24, unit: 'EA', price: 12.95 },
        { no: 8, sku: 'KPL-4840-GMA', desc: 'PALLET 48X40 GMA NEW 4-WAY', qty: 50, unit: 'EA', price: 14.5 },
      ],
      noSubtotal: true, terms: '2% 10 NET 30', via: 'YRC FREIGHT LTL', notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const p = (s: string, n: number) => s.padEnd(n).slice(0, n); const q = (s: string, n: number) => s.padStart(n);
    const lines: string[] = [
      'BUCKEYE INDUSTRIAL SUPPLY CO                                         PURCHASE ORDER',
      '2750 WESTBELT DR   COLUMBUS OH 43228                                 PAGE    1',
      ''.padEnd(92, '-'),
      'PO NUMBER: 0088412          ORDER DATE: 12/04/26        REQ SHIP: 12/21/26',
      'VENDOR: 004417  KESTREL PACKAGING INC                 SHIP TO: BUCKEYE INDUSTRIAL SUPPLY CO',
      '        2200 WESTINGHOUSE BLVD                                 DOCK 4',
      '        CHARLOTTE NC 28273                                     2750 WESTBELT DR',
      '                                                               COLUMBUS OH 43228',
      'TERMS: 2% 10 NET 30        SHIP VIA: YRC FREIGHT LTL      FOB: DEST',
      'BUYER: R. KOWALCZYK   PH 614-555-0163',
      ''.padEnd(92, '-'),
      'LN  ITEM NUMBER     DESCRIPTION                      QTY ORD  UM      UNIT PRICE     EXTENSION',
      ''.padEnd(92, '-'),
    ];
    for (const l of o.lines) {
      const d1 = l.desc.slice(0, 30); const cut = d1.lastIndexOf(' '); const a = l.desc.slice(0, cut), b = l.desc.slice(cut + 1);
      l.desc = a + ' ' + b;
      lines.push(`${String(l.no).padStart(3, '0')} ${p(l.sku!, 15)} ${p(a, 30)} ${q(String(l.qty), 9)}  ${p(l.unit!, 4)} ${q(l.price!.toFixed(4), 14)} ${q(money(l.amount!, 'en'), 13)}`);
      lines.push(`${''.padEnd(20)}${b}`);
    }
    lines.push(''.padEnd(92, '-'), `${''.padEnd(58)}TOTAL PO AMOUNT   ${q(money(t.total, 'en'), 15)} USD`, '', '*** ALL SHIPMENTS MUST REFERENCE PO NUMBER ON BOL AND PACKING LIST ***', 'AUTHORIZED SIGNATURE: ______________________');
    file('mon-10-buckeye-greenbar.pdf', await renderMonoPdf([lines], { greenbar: true, fs: 8, landscape: true, title: 'PO0088412' }), [o], { name: 'mon-10-buckeye-greenbar.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 });
  }
}
