// Body-only orders, spreadsheets, two-PDF mails, the Apple Mail forward.
import ExcelJS from 'exceljs';
import {
  Rng, at, isoDay, messageId, mkOrder, newPdf, hr, rect, money, qty, fdate, addr, pinZipTimes, FIXED_PDF_DATE,
  type Item, type Order, type Pdf, type Sample,
} from './lib.ts';
import { bodyDoc, pdfDoc } from './pdf-orders.ts';

// ------------------------------------------------------------------ B1: Markdown-like pipe table
export async function bodyMd(): Promise<Sample> {
  const rng = new Rng('hx-body-md-en-01');
  const date = at('2026-03-09', rng);
  const items: Item[] = [
    { sku: 'LF-450', desc: 'Landscape fabric 4 x 50 ft roll', qty: rng.pick([6, 8]), unit: null, price: 21.75 },
    { sku: 'STK-11-100', desc: 'Landscape staples 11 ga (bag of 100)', qty: rng.pick([10, 12]), unit: null, price: 6.4 },
    { sku: 'EDG-20-BLK', desc: 'Poly edging 20 ft, black', qty: 15, unit: null, price: 12.9 },
    { sku: 'SPK-RB-4', desc: 'Pop-up sprinkler 4"', qty: rng.pick([30, 40]), unit: null, price: 3.15 },
  ];
  const o = mkOrder({
    po: 'QH-2026-031', requested: '2026-03-13', numbered: false, totals: 'total-only',
    buyer: { company: 'Quarry Hill Landscaping', contactName: 'Brent Salisbury', email: 'brent@quarryhill-land.example', phone: '(207) 555-0139' },
    shipTo: addr('Quarry Hill Landscaping - Yard', '88 Old County Rd', 'Rockland', 'ME', '04841', 'US'),
    currency: 'USD', items, received: isoDay(date), expect: 'high',
    words: [{ level: 'high', text: 'Need it by Friday 3/13', where: 'email body' }],
  });
  const rows = o.lines.map((l) => `| ${l.sku} | ${l.quantity} | ${l.description} | $${money(l.unitPrice!, 'us')} | $${money(l.amount!, 'us')} |`);
  const text = [
    'Hi Northwind team,',
    '',
    'PO# QH-2026-031 - please ship the following:',
    '',
    '| SKU | Qty | Description | Unit Price | Total |',
    '|-----|----:|-------------|-----------:|------:|',
    ...rows,
    `| | | **Total** | | **$${money(o.total!, 'us')}** |`,
    '',
    'Ship to:',
    'Quarry Hill Landscaping - Yard',
    '88 Old County Rd',
    'Rockland, ME 04841',
    '',
    'Need it by Friday 3/13 if you can, crews start spring cleanups Monday.',
    '',
    'Brent Salisbury',
    'Quarry Hill Landscaping',
    '(207) 555-0139',
    '',
  ].join('\n');
  return {
    file: 'hx-body-md-en-01.eml',
    mail: { from: { name: 'Brent Salisbury', address: 'brent@quarryhill-land.example' }, subject: 'PO QH-2026-031', date, messageId: messageId(rng, 'quarryhill-land.example', 'gmail'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, text/plain with a Markdown pipe table (| SKU | Qty | ... |, alignment row, **bold** total row)',
      'the **Total** row is not an item; only a total: subtotal = total; no unit column (unit null); orderDate null (not written)',
      '"Friday 3/13" -> 2026-03-13',
      'urgency: high (Mon 2026-03-09 -> Fri 03-13 is 4 calendar / 4 business days, and "by Friday" is end-of-week wording)',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ B2: HTML-only, <th> headers, inline styles
export async function bodyHtml(): Promise<Sample> {
  const rng = new Rng('hx-body-html-en-02');
  const date = at('2026-03-10', rng);
  const items: Item[] = [
    { sku: 'PPT-1000-ST', desc: 'Pipette tips 1000 µl, sterile, racked', qty: rng.pick([8, 10]), unit: 'BX', price: 34.2 },
    { sku: 'NG-XS-100', desc: 'Nitrile gloves XS (100)', qty: 20, unit: 'BX', price: 6.45 },
    { sku: 'WB-500-LDPE', desc: 'Wash bottle LDPE 500 ml', qty: 12, unit: 'EA', price: 2.95 },
    { sku: 'LBL-CRY-1', desc: 'Cryo labels 25 x 13 mm (roll of 1000)', qty: 2, unit: 'RL', price: 41.0 },
    { sku: 'PFM-100-38', desc: 'Sealing film 100 mm x 38 m', qty: 3, unit: 'EA', price: 29.8 },
  ];
  const o = mkOrder({
    po: 'BHL-PO-00912', requested: '2026-03-24', numbered: false,
    buyer: { company: 'Beacon Hill Laboratories Ltd', contactName: 'Imogen Carver', email: 'imogen.carver@beaconhill-labs.example', phone: '01223 496 0815' },
    shipTo: addr('Beacon Hill Laboratories Ltd', 'Unit 12, Fen Road Science Park', 'Cambridge', null, 'CB4 1GT', 'GB'),
    currency: 'GBP', items, taxRate: 0.2, received: isoDay(date), expect: 'normal',
  });
  const td = 'style="border:1px solid #c9d3dd;padding:4px 8px;font-size:10pt"';
  const tdr = 'style="border:1px solid #c9d3dd;padding:4px 8px;font-size:10pt;text-align:right"';
  const th = 'style="background:#244a6b;color:#ffffff;padding:5px 8px;font-size:10pt;text-align:left;font-weight:600"';
  const rows = o.lines.map((l) => `<tr><td ${td}>${l.sku}</td><td ${td}>${l.description}</td><td ${td}>${l.unit}</td><td ${tdr}>${l.quantity}</td><td ${tdr}>${money(l.unitPrice!, 'us')}</td><td ${tdr}>${money(l.amount!, 'us')}</td></tr>`).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222222">
<p style="margin:0 0 10px 0">Hello,</p>
<p style="margin:0 0 10px 0">Please supply the following against our purchase order <b>BHL-PO-00912</b>. Required by <b>24/03/2026</b>.</p>
<table cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:8px 0 12px 0">
<thead><tr><th ${th}>Cat. No.</th><th ${th}>Item</th><th ${th}>Pack</th><th ${th}>Qty</th><th ${th}>Unit Price (&pound;)</th><th ${th}>Line Total (&pound;)</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot>
<tr><td colspan="5" ${tdr}>Subtotal</td><td ${tdr}>${money(o.subtotal!, 'us')}</td></tr>
<tr><td colspan="5" ${tdr}>VAT 20%</td><td ${tdr}>${money(o.tax!, 'us')}</td></tr>
<tr><td colspan="5" ${tdr}><b>Total</b></td><td ${tdr}><b>${money(o.total!, 'us')}</b></td></tr>
</tfoot>
</table>
<p style="margin:0 0 4px 0"><b>Deliver to:</b></p>
<p style="margin:0 0 12px 0">Beacon Hill Laboratories Ltd<br>Unit 12, Fen Road Science Park<br>Cambridge<br>CB4 1GT<br>United Kingdom</p>
<p style="margin:0">Kind regards,</p>
<p style="margin:0"><b>Imogen Carver</b><br><span style="color:#666666">Laboratory Manager | Beacon Hill Laboratories Ltd<br>T: 01223 496 0815</span></p>
</div></body></html>`;
  return {
    file: 'hx-body-html-en-02.eml',
    mail: { from: { name: 'Imogen Carver', address: 'imogen.carver@beaconhill-labs.example' }, subject: 'Purchase order BHL-PO-00912', date, messageId: messageId(rng, 'beaconhill-labs.example', 'outlook'), html },
    docs: [bodyDoc('text/html')], isPO: true, orders: [o],
    notes: [
      'kind: body only, text/html only (no text part); <thead><th> headers, inline styles, <tfoot> totals',
      '"Pack" column holds the unit (BX / EA / RL); GBP from "(£)" in the headers; VAT 20%; no shipping row',
      'date 24/03/2026 read day-first (UK address)',
      'urgency: normal (14 days)',
    ],
    texts: [html],
  };
}

// ------------------------------------------------------------------ B3: key: value per item, RUSH ORDER
export async function bodyKv(): Promise<Sample> {
  const rng = new Rng('hx-body-kv-en-03');
  const date = at('2026-03-04', rng);
  const items: Item[] = [
    { sku: 'SP-80-6', desc: '6" PSA sanding discs P80 (box of 100)', qty: 4, unit: null, price: 38.9 },
    { sku: 'MSK-TAPE-34', desc: 'Masking tape 3/4" automotive', qty: 24, unit: null, price: 3.1 },
    { sku: 'PRM-2K-GRY', desc: '2K primer surfacer, grey, 1 L', qty: rng.pick([4, 6]), unit: null, price: 29.5 },
    { sku: 'TAC-CLTH', desc: 'Tack cloths (pk of 12)', qty: 5, unit: null, price: 8.75 },
  ];
  const o = mkOrder({
    po: 'RAB-5531', numbered: false, totals: 'none',
    buyer: { company: 'Riverside Auto Body', contactName: 'Hector Villanueva', email: 'hector@riverside-autobody.example', phone: '(916) 555-0152' },
    shipTo: addr('Riverside Auto Body', '1420 Riverside Blvd', 'Sacramento', 'CA', '95818', 'US'),
    currency: 'USD', items, received: isoDay(date), expect: 'urgent',
    words: [{ level: 'urgent', text: 'RUSH ORDER', where: 'email body' }],
  });
  const blocks = o.lines.map((l) => `Item: ${l.sku}\nDesc: ${l.description}\nQty: ${l.quantity}\nPrice: ${money(l.unitPrice!, 'plain')}`);
  const text = `RUSH ORDER - we're out of these and have cars waiting.\n\nPO: RAB-5531\nShip to: Riverside Auto Body, 1420 Riverside Blvd, Sacramento, CA 95818\nPrices per your quote Q-7781, USD.\n\n${blocks.join('\n\n')}\n\nThanks\nHector Villanueva\nRiverside Auto Body\n(916) 555-0152\n`;
  return {
    file: 'hx-body-kv-en-03.eml',
    mail: { from: { name: 'Hector Villanueva', address: 'hector@riverside-autobody.example' }, subject: 'Order RAB-5531', date, messageId: messageId(rng, 'riverside-autobody.example', 'gmail'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, one "key: value" block per item (Item / Desc / Qty / Price), blocks separated by blank lines',
      'prices without a symbol, currency from "USD" in the text; no totals written: subtotal/total null; amount = qty x price (computed)',
      'the quote number Q-7781 is not the PO number',
      'urgency: urgent ("RUSH ORDER" in the body)',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ B4: numbered list "1) 4 x ...", no prices, "no rush at all"
export async function bodyNumbered(): Promise<Sample> {
  const rng = new Rng('hx-body-num-en-04');
  const date = at('2026-03-03', rng);
  const items: Item[] = [
    { sku: 'PR-14-SS', desc: '1/4" stainless pop rivets, box of 500', qty: 4, unit: null, price: null },
    { sku: 'SMS-10-34', desc: '#10 x 3/4 hex washer head screws (100/bx)', qty: rng.pick([10, 12]), unit: null, price: null },
    { sku: 'SNIP-RH-OFF', desc: 'Offset aviation snips, right cut', qty: 2, unit: null, price: null },
    { sku: 'SEAL-BTL-10', desc: 'Butyl tape sealant 10 oz', qty: 25, unit: null, price: null },
  ];
  const o = mkOrder({
    po: '8812', totals: 'none',
    buyer: { company: 'Hollis Sheet Metal', contactName: 'Walt Dziedzic', email: 'walt@hollis-sheetmetal.example', phone: '603-555-0116' },
    currency: null, items, received: isoDay(date), expect: 'normal',
    words: [{ level: 'negated', text: 'No rush at all', where: 'email body' }],
  });
  const list = o.lines.map((l) => `${l.lineNo}) ${l.quantity} x ${l.sku}  ${l.description}`).join('\n');
  const text = `Morning,\n\nCan you put this together for us, PO 8812:\n\n${list}\n\nNo rush at all, next week is fine. Ship to the shop as usual.\n\nWalt\nHollis Sheet Metal\n603-555-0116\n`;
  return {
    file: 'hx-body-num-en-04.eml',
    mail: { from: { name: 'Walt Dziedzic', address: 'walt@hollis-sheetmetal.example' }, subject: 'order for next week', date, messageId: messageId(rng, 'hollis-sheetmetal.example', 'plain'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, numbered list "1) 4 x SKU description"; lineNo from the list numbers',
      'no prices: currency null, needsReview true ("no prices"); "4 x" has no unit (unit null)',
      '"Ship to the shop as usual": no address written, shipTo null; contact surname only in the From header',
      'urgency: normal, negated ("No rush at all, next week is fine"; no date)',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ B5: German prose, "kein Eilauftrag"
export async function bodyProseDe(): Promise<Sample> {
  const rng = new Rng('hx-body-prose-de-05');
  const date = at('2026-02-23', rng);
  const items: Item[] = [
    { sku: 'SPS-440-TX', desc: 'Spanplattenschrauben 4 x 40 mm', qty: 3, unit: 'PAKET', price: 12.4 },
    { sku: 'TSH-35-110', desc: 'Topfscharniere 35 mm', qty: rng.pick([20, 30]), unit: 'STK', price: 2.85 },
    { sku: 'HL-D3-750', desc: 'Holzleim D3 750 g', qty: 5, unit: 'DOSE', price: 9.1 },
  ];
  const o = mkOrder({
    po: 'TB-26-014', numbered: false, totals: 'none',
    buyer: { company: 'Tischlerei Brenner', contactName: 'Markus Brenner', email: 'm.brenner@tischlerei-brenner.example', phone: '0941 5550 37' },
    shipTo: addr('Tischlerei Brenner', 'Kumpfmühler Str. 12', 'Regensburg', null, '93051', null),
    currency: 'EUR', items, received: isoDay(date), expect: 'normal',
    words: [{ level: 'negated', text: 'kein Eilauftrag', where: 'email body' }],
  });
  const [a, b, c] = o.lines;
  const text = `Guten Tag,\n\nfür unsere Werkstatt benötigen wir ${a.quantity} Pakete Spanplattenschrauben 4 x 40 mm (Art.-Nr. ${a.sku}) zu je ${money(a.unitPrice!, 'eu')} €, außerdem ${b.quantity} Stk. Topfscharniere 35 mm (Art.-Nr. ${b.sku}) zu ${money(b.unitPrice!, 'eu')} € das Stück sowie ${c.quantity} Dosen Holzleim D3 750 g (Art.-Nr. ${c.sku}) zum Preis von ${money(c.unitPrice!, 'eu')} € pro Dose. Unsere Bestellnummer dafür ist TB-26-014.\n\nBitte liefern Sie an: Tischlerei Brenner, Kumpfmühler Str. 12, 93051 Regensburg.\n\nEs ist kein Eilauftrag, die normale Lieferzeit ist völlig in Ordnung.\n\nMit freundlichen Grüßen\nMarkus Brenner\nTischlerei Brenner\nTel. 0941 5550 37\n`;
  return {
    file: 'hx-body-prose-de-05.eml',
    mail: { from: { name: 'Markus Brenner', address: 'm.brenner@tischlerei-brenner.example' }, subject: 'Bestellung Beschläge und Schrauben', date, messageId: messageId(rng, 'tischlerei-brenner.example', 'plain'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, German prose sentence with three items and prices "zu je 12,40 €"',
      'units from words: "Pakete" -> PAKET, "Stk." -> STK, "Dosen" -> DOSE (singular upper case, judgement call)',
      'no totals written: subtotal/total null; amount = qty x price (computed); shipTo country null (not written)',
      'urgency: normal, negated ("Es ist kein Eilauftrag")',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ B6: French prose, delivery date 6 days out -> high
export async function bodyProseFr(): Promise<Sample> {
  const rng = new Rng('hx-body-prose-fr-06');
  const date = at('2026-03-06', rng);
  const items: Item[] = [
    { sku: 'GNL-L-100', desc: 'gants nitrile taille L', qty: 10, unit: 'BOÎTE', price: 7.9 },
    { sku: 'LR-G12-5', desc: 'liquide de refroidissement 5 L', qty: 4, unit: 'BIDON', price: 18.5 },
    { sku: 'ETI-1000', desc: "essuie-tout industriel", qty: 2, unit: 'ROULEAU', price: 24.0 },
  ];
  const o = mkOrder({
    po: 'BC-0311', requested: '2026-03-12', numbered: false, totals: 'none',
    buyer: { company: 'Garage Lemaire SARL', contactName: 'Nicolas Lemaire', email: 'n.lemaire@garage-lemaire.example', phone: '03 26 55 07 19' },
    shipTo: addr('Garage Lemaire', '14 avenue de la Libération', 'Reims', null, '51100', null),
    currency: 'EUR', items, received: isoDay(date), expect: 'high',
  });
  const [a, b, c] = o.lines;
  const text = `Bonjour,\n\nPourriez-vous nous livrer, pour le 12 mars au plus tard, ${a.quantity} boîtes de gants nitrile taille L (réf. ${a.sku}) à ${money(a.unitPrice!, 'fr')} € la boîte, ${b.quantity} bidons de liquide de refroidissement 5 L (réf. ${b.sku}) à ${money(b.unitPrice!, 'fr')} € pièce et ${c.quantity} rouleaux d'essuie-tout industriel (réf. ${c.sku}) à ${money(c.unitPrice!, 'fr')} € le rouleau ?\n\nNotre bon de commande : BC-0311.\nAdresse de livraison : Garage Lemaire, 14 avenue de la Libération, 51100 Reims.\n\nCordialement,\nNicolas Lemaire\nGarage Lemaire SARL\n03 26 55 07 19\n`;
  return {
    file: 'hx-body-prose-fr-06.eml',
    mail: { from: { name: 'Nicolas Lemaire', address: 'n.lemaire@garage-lemaire.example' }, subject: 'Commande BC-0311', date, messageId: messageId(rng, 'garage-lemaire.example', 'gmail'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, French prose ("10 boîtes de ... (réf. X) à 7,90 € la boîte")',
      'units from words: boîtes -> BOÎTE, bidons -> BIDON, rouleaux -> ROULEAU (singular upper case, judgement call); descriptions without the unit word',
      '"pour le 12 mars au plus tard" -> requestedDeliveryDate 2026-03-12; no totals: subtotal/total null',
      'buyer.company from the signature "Garage Lemaire SARL"; ship-to name as written "Garage Lemaire"',
      'urgency: high by date (Fri 03-06 -> Thu 03-12: 6 calendar / 4 business days)',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ B7: one-line order in the subject
export async function bodySubject(): Promise<Sample> {
  const rng = new Rng('hx-body-subj-en-07');
  const date = at('2026-03-10', rng);
  const o = mkOrder({
    po: null, totals: 'none',
    buyer: { company: 'Mercer Plumbing & Heating', contactName: 'Dale Mercer', email: 'dale@mercer-plumbing.example', phone: '(505) 555-0177' },
    currency: null, items: [{ sku: 'WG-118', desc: null, qty: 40, unit: null, price: null }], numbered: false,
    received: isoDay(date), expect: 'urgent',
    words: [{ level: 'urgent', text: 'asap', where: 'subject' }],
  });
  const text = '\n\n--\nDale Mercer\nMercer Plumbing & Heating\n(505) 555-0177\nSent from my phone\n';
  return {
    file: 'hx-body-subj-en-07.eml',
    mail: { from: { name: 'Dale Mercer', address: 'dale@mercer-plumbing.example' }, subject: 'Order: 40 x WG-118 asap', date, messageId: messageId(rng, 'mercer-plumbing.example', 'apple'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: the whole order is the subject line "Order: 40 x WG-118 asap"; body is only a signature',
      'no PO number, no prices: needsReview true; description null (none written)',
      'urgency: urgent ("asap" in the subject only)',
    ],
    texts: ['Order: 40 x WG-118 asap', text],
  };
}

// ------------------------------------------------------------------ B8: prices in a sentence "at $4.50 each"
export async function bodySentence(): Promise<Sample> {
  const rng = new Rng('hx-body-sent-en-08');
  const date = at('2026-02-27', rng);
  const items: Item[] = [
    { sku: 'HN-516-SS', desc: '5/16" stainless hex nuts', qty: 200, unit: null, price: 0.22 },
    { sku: 'MS-290W', desc: 'marine sealant', qty: 12, unit: 'TUBE', price: 14.75 },
    { sku: 'AST-1-60', desc: '1" anti-skid tape', qty: 3, unit: 'ROLL', price: 32.4 },
  ];
  const o = mkOrder({
    po: 'HPM-0227', numbered: false, totals: 'none',
    buyer: { company: 'Harbor Point Marina', contactName: 'Jolene Whitaker', email: 'jolene@harborpoint-marina.example', phone: '419-555-0148' },
    shipTo: addr('Harbor Point Marina', '2 Dockside Way', 'Port Clinton', 'OH', '43452', 'US'),
    currency: 'USD', items, method: 'UPS Ground', received: isoDay(date), expect: 'normal',
  });
  const text = `Hi there,\n\nI'd like to order 200 of the 5/16" stainless hex nuts (HN-516-SS) at $0.22 each, 12 tubes of marine sealant MS-290W at $14.75 each, and 3 rolls of 1" anti-skid tape AST-1-60 at $32.40 per roll. Our PO number for this is HPM-0227.\n\nPlease ship UPS Ground to the marina office:\nHarbor Point Marina\n2 Dockside Way\nPort Clinton, OH 43452\n\nThanks!\nJolene Whitaker\nHarbor Point Marina\n419-555-0148\n`;
  return {
    file: 'hx-body-sent-en-08.eml',
    mail: { from: { name: 'Jolene Whitaker', address: 'jolene@harborpoint-marina.example' }, subject: 'Order for the marina', date, messageId: messageId(rng, 'harborpoint-marina.example', 'gmail'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: body only, one sentence with three items and "at $X each / per roll" prices; PO number later in the text',
      'units from words: "200 of the" -> null, "tubes" -> TUBE, "rolls" -> ROLL; no totals: subtotal/total null',
      'urgency: normal (no words, no date)',
    ],
    texts: [text],
  };
}

// ------------------------------------------------------------------ S1: xlsx with title row and a two-row merged header
export async function sheetXlsx(): Promise<Sample> {
  const rng = new Rng('hx-xlsx-en-01');
  const date = at('2026-03-03', rng);
  const items: Item[] = [
    { sku: 'FLT-20252-M8', desc: 'Pleated air filter 20x25x2 MERV 8', qty: rng.pick([36, 48]), unit: 'EA', price: 7.85 },
    { sku: 'LED-A19-9W', desc: 'LED bulb A19 9W 2700K (4-pk)', qty: 25, unit: 'PK', price: 8.4 },
    { sku: 'PNT-EGG-WHT', desc: 'Interior eggshell paint, white, 1 gal', qty: 18, unit: 'GAL', price: 23.6 },
    { sku: 'CAULK-KW', desc: 'Kitchen & bath caulk, white, 10.1 oz', qty: 24, unit: 'EA', price: 5.95 },
    { sku: 'SMK-DET-10Y', desc: 'Smoke alarm, 10-yr sealed battery', qty: 12, unit: 'EA', price: 21.3 },
    { sku: 'DRN-AUG-25', desc: 'Drain auger 1/4" x 25 ft', qty: 3, unit: 'EA', price: 32.0 },
  ];
  const o = mkOrder({
    po: 'GPM-7720', orderDate: '2026-03-03', requested: '2026-03-24', numbered: false,
    buyer: { company: 'Greystone Property Maintenance', contactName: 'Terrence Boateng', email: 'tboateng@greystone-pm.example', phone: '704-555-0129' },
    shipTo: addr('Greystone Property Maintenance - Warehouse', '2100 Distribution St', 'Charlotte', 'NC', '28206', 'US'),
    currency: 'USD', items, taxRate: 0.0725, terms: 'Net 30', received: isoDay(date), expect: 'high',
    words: [{ level: 'high', text: 'treat this one as a priority', where: 'email body' }],
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Terrence Boateng';
  wb.lastModifiedBy = 'Terrence Boateng';
  wb.created = FIXED_PDF_DATE;
  wb.modified = FIXED_PDF_DATE;
  const ws = wb.addWorksheet('PO GPM-7720');
  ws.columns = [{ width: 16 }, { width: 40 }, { width: 8 }, { width: 7 }, { width: 11 }, { width: 12 }];
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = 'GREYSTONE PROPERTY MAINTENANCE - PURCHASE ORDER';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '510 Elm Ave, Charlotte, NC 28203 · 704-555-0129';
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.getCell('A4').value = 'PO Number'; ws.getCell('B4').value = 'GPM-7720';
  ws.getCell('D4').value = 'Date'; ws.getCell('E4').value = new Date(Date.UTC(2026, 2, 3)); ws.getCell('E4').numFmt = 'mm/dd/yyyy';
  ws.getCell('A5').value = 'Vendor'; ws.getCell('B5').value = 'Northwind Industrial Supply';
  ws.getCell('D5').value = 'Need By'; ws.getCell('E5').value = new Date(Date.UTC(2026, 2, 24)); ws.getCell('E5').numFmt = 'mm/dd/yyyy';
  ws.getCell('A6').value = 'Ship To'; ws.getCell('B6').value = 'Greystone Property Maintenance - Warehouse, 2100 Distribution St, Charlotte, NC 28206';
  ws.getCell('D6').value = 'Terms'; ws.getCell('E6').value = 'Net 30';
  ws.getCell('A7').value = 'Buyer'; ws.getCell('B7').value = 'Terrence Boateng';
  // two header rows with merged group captions
  ws.mergeCells('A9:B9'); ws.getCell('A9').value = 'Item';
  ws.mergeCells('C9:D9'); ws.getCell('C9').value = 'Order';
  ws.mergeCells('E9:F9'); ws.getCell('E9').value = 'Pricing';
  ['Code', 'Description', 'Qty', 'UoM', 'Unit $', 'Ext $'].forEach((h, i) => { ws.getRow(10).getCell(i + 1).value = h; });
  for (const r of [9, 10]) ws.getRow(r).eachCell((c) => { c.font = { bold: true }; c.alignment = { horizontal: 'center' }; c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } }; });
  o.lines.forEach((l, i) => {
    const r = ws.getRow(11 + i);
    r.values = [l.sku, l.description, l.quantity, l.unit, l.unitPrice, l.amount];
    r.getCell(5).numFmt = '#,##0.00'; r.getCell(6).numFmt = '#,##0.00';
  });
  const tr = 11 + o.lines.length + 1;
  ([['Subtotal', o.subtotal!], ['Sales Tax 7.25%', o.tax!], ['Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    ws.getCell(`E${tr + i}`).value = k; ws.getCell(`F${tr + i}`).value = v; ws.getCell(`F${tr + i}`).numFmt = '#,##0.00';
    if (i === 2) { ws.getCell(`E${tr + i}`).font = { bold: true }; ws.getCell(`F${tr + i}`).font = { bold: true }; }
  });
  const xlsx = pinZipTimes(Buffer.from(await wb.xlsx.writeBuffer()));
  const name = 'GPM-7720.xlsx';
  const text = 'Hi,\n\nAttached is PO GPM-7720 for the spring unit turnovers. Please treat this one as a priority.\n\nThanks,\nTerrence Boateng\nGreystone Property Maintenance\n704-555-0129\n';
  const texts = [text, 'GPM-7720', ...o.lines.map((l) => l.sku!)];
  return {
    file: 'hx-xlsx-en-01.eml',
    mail: { from: { name: 'Terrence Boateng', address: 'tboateng@greystone-pm.example' }, subject: 'PO GPM-7720', date, messageId: messageId(rng, 'greystone-pm.example', 'outlook'), text, attachments: [{ filename: name, content: xlsx, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }] },
    docs: [bodyDoc(), { name, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', method: 'spreadsheet', pages: null }],
    isPO: true, orders: [o],
    notes: [
      'kind: email + .xlsx; merged title row, header fields as label/value cells, date cells (real Excel dates)',
      'two header rows: merged group captions (Item | Order | Pricing) above Code / Description / Qty / UoM / Unit $ / Ext $',
      'ship-to given in one cell "name, street, city, ST ZIP"; buyer address (row 2) differs from ship-to',
      'urgency: high ("Please treat this one as a priority" in the body; date 21 days)',
    ],
    texts,
  };
}

// ------------------------------------------------------------------ S2: German CSV, ";" and decimal commas
export async function sheetCsv(): Promise<Sample> {
  const rng = new Rng('hx-csv-de-02');
  const date = at('2026-03-09', rng);
  const items: Item[] = [
    { sku: 'RKB-150-25', desc: 'Rasenkantenband Kunststoff 150 mm', qty: 12.5, unit: 'M', price: 1.85 },
    { sku: 'SPT-GR-2', desc: 'Spaten gehärtet, Gr. 2', qty: 4, unit: 'STK', price: 28.9 },
    { sku: 'SCH-PVC-19-50', desc: 'Gartenschlauch 3/4" 50 m', qty: 2, unit: 'ROLLE', price: 54.0 },
    { sku: 'HSH-NIT-9', desc: 'Nitril-Arbeitshandschuhe Gr. 9', qty: rng.pick([24, 36]), unit: 'PAAR', price: 2.4 },
    { sku: 'DNG-ORG-25', desc: 'Organischer Langzeitdünger 25 kg', qty: 6, unit: 'SACK', price: 31.5 },
  ];
  const unitsShown = ['m', 'Stk', 'Rolle', 'Paar', 'Sack'];
  const o = mkOrder({
    po: '2026-HG-0087', requested: '2026-03-27',
    buyer: { company: 'Hofmann Gartenbau GmbH', contactName: 'Petra Lindner', email: 'einkauf@hofmann-gartenbau.example', phone: '0911 5550 482' },
    shipTo: addr('Hofmann Gartenbau GmbH - Betriebshof Nord', 'Schleswiger Str. 40', 'Nürnberg', null, '90427', null),
    currency: 'EUR', items, taxRate: 0.19, received: isoDay(date), expect: 'normal',
  });
  const q = (s: string) => (/[;"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = [
    'Pos;Artikelnr;Bezeichnung;Menge;Einheit;Einzelpreis EUR;Gesamtpreis EUR',
    ...o.lines.map((l, i) => [String(l.lineNo), l.sku!, q(l.description!), qty(l.quantity, 'eu'), unitsShown[i], money(l.unitPrice!, 'eu'), money(l.amount!, 'eu')].join(';')),
    ';;Summe netto;;;;' + money(o.subtotal!, 'eu'),
    ';;MwSt 19 %;;;;' + money(o.tax!, 'eu'),
    ';;Gesamtsumme;;;;' + money(o.total!, 'eu'),
  ];
  const csv = Buffer.from('\ufeff' + rows.join('\r\n') + '\r\n', 'utf8');
  const name = 'Bestellung_2026-HG-0087.csv';
  const text = 'Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung 2026-HG-0087 als CSV-Datei.\n\nLieferanschrift: Hofmann Gartenbau GmbH - Betriebshof Nord, Schleswiger Str. 40, 90427 Nürnberg\nGewünschter Liefertermin: 27.03.2026\n\nMit freundlichen Grüßen\nPetra Lindner\nEinkauf\nHofmann Gartenbau GmbH\nTel. 0911 5550 482\n';
  return {
    file: 'hx-csv-de-02.eml',
    mail: { from: { name: 'Hofmann Gartenbau Einkauf', address: 'einkauf@hofmann-gartenbau.example' }, subject: 'Bestellung 2026-HG-0087', date, messageId: messageId(rng, 'hofmann-gartenbau.example', 'outlook'), text, attachments: [{ filename: name, content: csv, contentType: 'text/csv' }] },
    docs: [bodyDoc(), { name, mediaType: 'text/csv', method: 'spreadsheet', pages: null }],
    isPO: true, orders: [o],
    notes: [
      'kind: email + CSV (UTF-8 with BOM, CRLF, ";" separated, decimal commas, quoted cell with a " inch mark)',
      'header fields (PO, ship-to, date) are in the body, lines and totals in the CSV; totals rows have the label in the Bezeichnung column',
      '12,5 m -> 12.5 M; units Stk / Rolle / Paar / Sack -> STK / ROLLE / PAAR / SACK',
      'sender is a shared mailbox: contact Petra Lindner from the signature, email the shared address; ship-to country null (not written)',
      'urgency: normal (18 days)',
    ],
    texts: [text, csv.toString('utf8')],
  };
}

// ------------------------------------------------------------------ M1: two PO PDFs (en-US), one overnight
async function summitPdf(o: Order, shipLines: string[], dept: string): Promise<{ pdf: Pdf; buf: Buffer }> {
  const p = newPdf('LETTER', `PO ${o.poNumber}`, 'Summit Ridge Ski Resort');
  const { T } = p;
  T('SUMMIT RIDGE SKI RESORT', 306, 36, { size: 15, font: 'B', align: 'center' });
  T('Mountain Operations · 1 Summit Ridge Rd · Ridgeline, VT 05751 · (802) 555-0163', 306, 55, { size: 8, align: 'center' });
  hr(p, 40, 572, 70, 1.5, '#1b4332');
  T(`PURCHASE ORDER ${o.poNumber}`, 40, 84, { size: 12, font: 'B' });
  T(`Department: ${dept}`, 40, 100);
  T(`Date: ${fdate(o.orderDate!, 'us')}`, 400, 84);
  T(`Required: ${o.requestedDeliveryDate ? fdate(o.requestedDeliveryDate, 'us') : ''}`, 400, 96);
  T(`Ship Via: ${o.shippingMethod}`, 400, 108);
  T(`Terms: ${o.paymentTerms}`, 400, 120);
  T('Vendor', 40, 130, { font: 'B' }); ['Northwind Industrial Supply', '880 Commerce Way', 'Reno, NV 89502'].forEach((s, i) => T(s, 40, 143 + i * 11));
  T('Ship To', 220, 130, { font: 'B' }); shipLines.forEach((s, i) => T(s, 220, 143 + i * 11));
  const y0 = 200;
  rect(p, 40, y0 - 4, 532, 16, { fill: '#1b4332' });
  const H: [string, number, 'left' | 'right'][] = [['Item No.', 44, 'left'], ['Description', 130, 'left'], ['Qty', 390, 'right'], ['Unit', 398, 'left'], ['Price', 490, 'right'], ['Amount', 568, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', align: a, color: '#ffffff' }));
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.sku!, 44, y); T(l.description!, 130, y); T(qty(l.quantity, 'us'), 390, y, { align: 'right' }); T(l.unit!, 398, y);
    T(money(l.unitPrice!, 'us'), 490, y, { align: 'right' }); T(money(l.amount!, 'us'), 568, y, { align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Subtotal', o.subtotal!], ['VT Sales Tax 6%', o.tax!], ['Freight', o.shipping!], ['Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 420, ty + i * 13, { font: i === 3 ? 'B' : 'R' }); T('$' + money(v, 'us'), 568, ty + i * 13, { font: i === 3 ? 'B' : 'R', align: 'right' });
  });
  T('Buyer: Annika Holloway · aholloway@summitridge-ski.example · (802) 555-0163', 40, ty + 66, { size: 8 });
  return { pdf: p, buf: await p.done() };
}

export async function twoPdfEn(): Promise<Sample> {
  const rng = new Rng('hx-2pdf-en-01');
  const date = at('2026-03-02', rng);
  const received = isoDay(date);
  const buyer = { company: 'Summit Ridge Ski Resort', contactName: 'Annika Holloway', email: 'aholloway@summitridge-ski.example', phone: '(802) 555-0163' };
  const o1 = mkOrder({
    po: 'SR-4410', orderDate: '2026-03-02', requested: null, buyer, numbered: false,
    shipTo: addr('Summit Ridge - Lift Maintenance Shop', '14 Base Lodge Loop', 'Ridgeline', 'VT', '05751', 'US'),
    currency: 'USD', taxRate: 0.06, shipping: 89, terms: 'Net 30', method: 'FedEx Priority Overnight',
    items: [
      { sku: 'SHV-LNR-16', desc: 'Sheave liner 16" urethane', qty: 6, unit: 'EA', price: 58.0 },
      { sku: 'BRG-22215', desc: 'Spherical roller bearing 22215', qty: 2, unit: 'EA', price: 118.4 },
      { sku: 'GRS-LT-400', desc: 'Low-temp grease, 400 g cartridge', qty: rng.pick([12, 24]), unit: 'EA', price: 8.6 },
      { sku: 'WRC-34', desc: 'Wire rope clip 3/4"', qty: 16, unit: 'EA', price: 4.15 },
    ],
    words: [{ level: 'urgent', text: 'FedEx Priority Overnight / "need to go overnight"', where: 'PDF ship-via and email body' }],
    received, expect: 'urgent',
  });
  const o2 = mkOrder({
    po: 'SR-4411', orderDate: '2026-03-02', requested: '2026-03-30', buyer, numbered: false,
    shipTo: addr('Summit Ridge - Snowmaking Pump House', '220 Cold Brook Rd', 'Ridgeline', 'VT', '05751', 'US'),
    currency: 'USD', taxRate: 0.06, shipping: 45, terms: 'Net 30', method: 'UPS Ground',
    items: [
      { sku: 'NZL-SNW-8', desc: 'Snowgun nozzle #8, brass', qty: 20, unit: 'EA', price: 22.9 },
      { sku: 'HOSE-AIR-1', desc: 'Air hose 1" x 50 ft', qty: 4, unit: 'EA', price: 76.0 },
      { sku: 'VLV-BALL-2', desc: 'Ball valve 2" 1000 WOG', qty: rng.pick([4, 6]), unit: 'EA', price: 41.3 },
      { sku: 'GSK-CAM-2', desc: 'Cam-lock gasket 2" (10/pk)', qty: 8, unit: 'PK', price: 6.5 },
    ],
    received, expect: 'normal',
  });
  const a = await summitPdf(o1, ['Summit Ridge - Lift Maintenance Shop', '14 Base Lodge Loop', 'Ridgeline, VT 05751'], 'Lift Maintenance');
  const b = await summitPdf(o2, ['Summit Ridge - Snowmaking Pump House', '220 Cold Brook Rd', 'Ridgeline, VT 05751'], 'Snowmaking');
  const text = 'Hi,\n\nTwo POs attached - SR-4410 for the lift shop and SR-4411 for snowmaking. The lift parts need to go overnight please, the snowmaking order can ship ground.\n\nThanks,\nAnnika Holloway\nMountain Operations Purchasing\nSummit Ridge Ski Resort\n(802) 555-0163\n';
  return {
    file: 'hx-2pdf-en-01.eml',
    mail: {
      from: { name: 'Annika Holloway', address: 'aholloway@summitridge-ski.example' }, subject: 'Two POs - SR-4410 and SR-4411', date, messageId: messageId(rng, 'summitridge-ski.example', 'outlook'), text,
      attachments: [{ filename: 'SR-4410.pdf', content: a.buf, contentType: 'application/pdf' }, { filename: 'SR-4411.pdf', content: b.buf, contentType: 'application/pdf' }],
    },
    docs: [bodyDoc(), pdfDoc('SR-4410.pdf', a.buf), pdfDoc('SR-4411.pdf', b.buf)], isPO: true, orders: [o1, o2],
    notes: [
      'kind: email + two PO PDFs = two orders (same layout, different ship-to, items and urgency)',
      'order 1 SR-4410: urgent (ship via FedEx Priority Overnight; body says the lift parts "need to go overnight"); no required date',
      'order 2 SR-4411: normal (28 days, UPS Ground)',
    ],
    texts: [...a.pdf.drawn, ...b.pdf.drawn, text],
  };
}

// ------------------------------------------------------------------ M2: two PO PDFs (es), different urgency by date
async function cantabricaPdf(o: Order, local: string): Promise<{ pdf: Pdf; buf: Buffer }> {
  const p = newPdf('A4', `Pedido ${o.poNumber}`, 'Hostelería Cantábrica S.L.');
  const { T } = p;
  T('Hostelería Cantábrica S.L.', 40, 40, { size: 14, font: 'B', color: '#8a1c1c' });
  T('Calle Castelar 12 · 39004 Santander · Tel. 942 55 03 18', 40, 57, { size: 8 });
  T(`Pedido ${o.poNumber}`, 555, 40, { size: 13, font: 'B', align: 'right' });
  T(`Local: ${local}`, 555, 57, { size: 8.5, align: 'right' });
  const f: [string, string][] = [['Fecha pedido', fdate(o.orderDate!, 'es')], ['Fecha entrega', fdate(o.requestedDeliveryDate!, 'es')], ['Pago', o.paymentTerms!], ['Responsable', 'Marta Revuelta Gómez']];
  f.forEach(([k, v], i) => { T(k, 40, 90 + i * 12, { size: 8.5, color: '#666666' }); T(v, 120, 90 + i * 12, { size: 8.5 }); });
  const st = o.shipTo!, bt = o.billTo!;
  T('Entrega', 40, 150, { font: 'B' }); [st.name!, st.street!, `${st.postalCode} ${st.city}`, 'España'].forEach((s, i) => T(s, 40, 163 + i * 11));
  T('Facturación', 300, 150, { font: 'B' }); [bt.name!, bt.street!, `${bt.postalCode} ${bt.city}`, 'España'].forEach((s, i) => T(s, 300, 163 + i * 11));
  const y0 = 225;
  const H: [string, number, 'left' | 'right'][] = [['Ref.', 40, 'left'], ['Artículo', 115, 'left'], ['Cant.', 360, 'right'], ['Ud.', 368, 'left'], ['Precio (€)', 460, 'right'], ['Importe (€)', 555, 'right']];
  H.forEach(([s, x, a]) => T(s, x, y0, { font: 'B', size: 8.5, align: a }));
  hr(p, 40, 555, y0 + 12, 0.75, '#8a1c1c');
  const unitShown: Record<string, string> = { CAJA: 'caja', UD: 'ud', GARRAFA: 'garrafa', ROLLO: 'rollo' };
  o.lines.forEach((l, i) => {
    const y = y0 + 20 + i * 15;
    T(l.sku!, 40, y, { size: 8.5 }); T(l.description!, 115, y, { size: 8.5 }); T(qty(l.quantity, 'eu'), 360, y, { size: 8.5, align: 'right' }); T(unitShown[l.unit!], 368, y, { size: 8.5 });
    T(money(l.unitPrice!, 'eu'), 460, y, { size: 8.5, align: 'right' }); T(money(l.amount!, 'eu'), 555, y, { size: 8.5, align: 'right' });
  });
  const ty = y0 + 20 + o.lines.length * 15 + 14;
  ([['Base imponible', o.subtotal!], ['IVA 21 %', o.tax!], ['Total', o.total!]] as [string, number][]).forEach(([k, v], i) => {
    T(k, 400, ty + i * 13, { font: i === 2 ? 'B' : 'R', size: 8.5 }); T(money(v, 'eu'), 555, ty + i * 13, { font: i === 2 ? 'B' : 'R', align: 'right', size: 8.5 });
  });
  return { pdf: p, buf: await p.done() };
}

export async function twoPdfEs(): Promise<Sample> {
  const rng = new Rng('hx-2pdf-es-02');
  const date = at('2026-03-10', rng);
  const received = isoDay(date);
  const buyer = { company: 'Hostelería Cantábrica S.L.', contactName: 'Marta Revuelta Gómez', email: 'm.revuelta@hosteleria-cantabrica.example', phone: '942 55 03 18' };
  const billTo = addr('Hostelería Cantábrica S.L.', 'Calle Castelar 12', 'Santander', null, '39004', 'ES');
  const o1 = mkOrder({
    po: 'HC-0912', orderDate: '2026-03-10', numbered: false, requested: '2026-03-20', buyer, billTo,
    shipTo: addr('Restaurante El Muelle', 'Paseo de Pereda 31', 'Santander', null, '39004', 'ES'),
    currency: 'EUR', taxRate: 0.21, terms: 'Recibo 30 días',
    items: [
      { sku: 'GUA-NIT-M', desc: 'Guantes nitrilo negro talla M (caja 100)', qty: 10, unit: 'CAJA', price: 6.9 },
      { sku: 'PAP-IND-2C', desc: 'Bobina papel industrial 2 capas', qty: 12, unit: 'UD', price: 11.4 },
      { sku: 'DES-COC-5', desc: 'Desengrasante cocinas 5 L', qty: rng.pick([4, 6]), unit: 'GARRAFA', price: 14.75 },
      { sku: 'BOL-BAS-85', desc: 'Bolsas basura 85x105 (rollo 10)', qty: 30, unit: 'ROLLO', price: 2.35 },
    ],
    received, expect: 'normal',
  });
  const o2 = mkOrder({
    po: 'HC-0913', orderDate: '2026-03-10', numbered: false, requested: '2026-03-17', buyer, billTo,
    shipTo: addr('Asador La Magdalena', 'Avenida de la Reina Victoria 140', 'Santander', null, '39005', 'ES'),
    currency: 'EUR', taxRate: 0.21, terms: 'Recibo 30 días',
    items: [
      { sku: 'TER-SON-DIG', desc: 'Termómetro sonda digital', qty: 2, unit: 'UD', price: 18.9 },
      { sku: 'FIL-CAMP-50', desc: 'Filtro metálico campana 50x50', qty: 4, unit: 'UD', price: 27.6 },
      { sku: 'GUA-NIT-L', desc: 'Guantes nitrilo negro talla L (caja 100)', qty: rng.pick([6, 8]), unit: 'CAJA', price: 6.9 },
    ],
    received, expect: 'high',
  });
  const a = await cantabricaPdf(o1, 'Restaurante El Muelle');
  const b = await cantabricaPdf(o2, 'Asador La Magdalena');
  const text = 'Buenas tardes,\n\nos adjunto dos pedidos, uno para cada local (HC-0912 El Muelle y HC-0913 La Magdalena). Cada uno lleva su fecha de entrega.\n\nGracias y un saludo,\nMarta Revuelta Gómez\nCompras - Hostelería Cantábrica S.L.\n942 55 03 18\n';
  return {
    file: 'hx-2pdf-es-02.eml',
    mail: {
      from: { name: 'Marta Revuelta Gómez', address: 'm.revuelta@hosteleria-cantabrica.example' }, subject: 'Pedidos HC-0912 y HC-0913', date, messageId: messageId(rng, 'hosteleria-cantabrica.example', 'gmail'), text,
      attachments: [{ filename: 'Pedido_HC-0912.pdf', content: a.buf, contentType: 'application/pdf' }, { filename: 'Pedido_HC-0913.pdf', content: b.buf, contentType: 'application/pdf' }],
    },
    docs: [bodyDoc(), pdfDoc('Pedido_HC-0912.pdf', a.buf), pdfDoc('Pedido_HC-0913.pdf', b.buf)], isPO: true, orders: [o1, o2],
    notes: [
      'kind: email + two PO PDFs = two orders (es), one per restaurant; same bill-to, different ship-to',
      'amounts "1.234,50" with "(€)" in the column headers; dates DD/MM/YYYY; units caja / ud / garrafa / rollo -> upper case',
      'order 1 HC-0912: normal (10 days); order 2 HC-0913: high by date (Tue 03-10 -> Tue 03-17 = 7 calendar / 5 business days)',
    ],
    texts: [...a.pdf.drawn, ...b.pdf.drawn, text],
  };
}

// ------------------------------------------------------------------ M3: Apple Mail forward by our own rep
export async function fwdApple(): Promise<Sample> {
  const rng = new Rng('hx-fwd-en-03');
  const date = at('2026-03-11', rng, 15, 16);
  const items: Item[] = [
    { sku: 'BB-6205-ZZ', desc: 'Ball bearing 6205-ZZ', qty: 8, unit: 'EA', price: 9.15 },
    { sku: 'VB-B68', desc: 'V-belt B68', qty: 4, unit: 'EA', price: 17.4 },
    { sku: 'SPK-40B18', desc: 'Sprocket #40, 18T, 1" bore', qty: 2, unit: 'EA', price: 26.75 },
    { sku: 'CHN-40-10', desc: '#40 roller chain, 10 ft box', qty: 3, unit: 'BOX', price: 31.9 },
  ];
  const o = mkOrder({
    po: '55102', requested: '2026-03-20', numbered: false, totals: 'none',
    buyer: { company: 'Tallgrass Grain Cooperative', contactName: 'Felicia Amankwah', email: 'famankwah@tallgrass-coop.example', phone: '(785) 555-0132' },
    shipTo: addr('Tallgrass Grain Cooperative', '1205 E 8th St', 'Hays', 'KS', '67601', 'US'),
    currency: 'USD', items, received: isoDay(date), expect: 'normal',
  });
  const list = o.lines.map((l) => `${l.quantity} ${l.unit!.toLowerCase()} ${l.sku}  ${l.description} @ $${money(l.unitPrice!, 'us')}`).join('\n');
  const text = `Can you enter this one? Felicia sent it to me directly.\n\nOwen\n\nOwen Pratt\nAccount Manager | Northwind Industrial Supply\n\nBegin forwarded message:\n\nFrom: Felicia Amankwah <famankwah@tallgrass-coop.example>\nSubject: PO 55102 - parts for Hays elevator\nDate: March 11, 2026 at 8:42:17 AM CDT\nTo: Owen Pratt <owen.pratt@northwind-supply.example>\n\nOwen,\n\nPlease ship the following on PO 55102:\n\n${list}\n\nShip to:\nTallgrass Grain Cooperative\n1205 E 8th St\nHays, KS 67601\n\nNeed these by 3/20.\n\nThanks,\nFelicia Amankwah\nMaintenance Planner\nTallgrass Grain Cooperative\n(785) 555-0132\n`;
  return {
    file: 'hx-fwd-en-03.eml',
    mail: { from: { name: 'Owen Pratt', address: 'owen.pratt@northwind-supply.example' }, subject: 'Fwd: PO 55102 - parts for Hays elevator', date, messageId: messageId(rng, 'northwind-supply.example', 'apple'), text },
    docs: [bodyDoc()], isPO: true, orders: [o],
    notes: [
      'kind: Apple Mail forward ("Begin forwarded message:" then From/Subject/Date/To lines, no ">" quoting) by OUR own account manager',
      'buyer is the original sender (Tallgrass), not the forwarder (Northwind); source.from is the forwarder',
      'lines "8 ea SKU description @ $9.15": unit from "ea"/"box"; no totals written: subtotal/total null',
      '"Need these by 3/20" -> 2026-03-20; urgency: normal (9 days after the forward on 03-11)',
    ],
    texts: [text],
  };
}

export const mailScenarios = [bodyMd, bodyHtml, bodyKv, bodyNumbered, bodyProseDe, bodyProseFr, bodySubject, bodySentence, sheetXlsx, sheetCsv, twoPdfEn, twoPdfEs, fwdApple];
