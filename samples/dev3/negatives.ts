// The 9 negatives: mail that carries no customer purchase order.
import { NW_ADDR, type Case, type Col, at, block, bodyDoc, esc, hline, makePdf, pdfDoc, round2, row, us } from './lib.ts';

const neg = (file: string, mail: Case['mail'], documents: Case['documents'], labelNotes: string[]): Case => ({ file, mail, documents, isPurchaseOrder: false, orders: [], labelNotes });

// ------------------------------------------------------------------ N1: newsletter with prices and "Order now!" buttons
function n1(): Case {
  const products = [
    ['20V MAX Brushless Impact Driver Kit (2 x 2.0Ah)', '$129.99', 'was $179.00'],
    ['18V Hammer Drill, tool only', '$89.00', 'was $119.00'],
    ['Cordless Band Saw 5" Deep Cut', '$249.00', 'was $329.00'],
    ['Jobsite LED Work Light 3000 lm', '$59.95', 'was $79.95'],
  ];
  const card = ([name, price, was]: string[], i: number) => `<td width="50%" style="padding:12px;border:1px solid #eee;text-align:center;font-family:Arial,sans-serif">
<img src="https://cdn.toolprodirect.example/img/p${i + 1}.jpg" width="180" alt="${esc(name)}"><br>
<div style="font-size:14px;font-weight:bold;margin:8px 0">${esc(name)}</div>
<div><span style="font-size:20px;color:#d0021b;font-weight:bold">${price}</span> <s style="color:#999">${was}</s></div>
<a href="https://www.toolprodirect.example/p/${i + 1}?utm_source=newsletter&amp;utm_campaign=spring26" style="display:inline-block;margin-top:10px;padding:10px 22px;background:#ff6a00;color:#fff;text-decoration:none;border-radius:4px;font-weight:bold">Order now!</a></td>`;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Spring Savings</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#1b1b1b;padding:18px;text-align:center"><img src="https://cdn.toolprodirect.example/logo.png" alt="ToolPro Direct" height="40"></td></tr>
<tr><td style="padding:24px;font-family:Arial,sans-serif"><h1 style="margin:0;color:#ff6a00">SPRING SAVINGS EVENT</h1>
<p>Up to 30% off cordless tools - this week only! Free shipping on orders over $99. Use code <b>SPRING26</b> at checkout.</p></td></tr>
<tr><td><table width="100%"><tr>${card(products[0], 0)}${card(products[1], 1)}</tr><tr>${card(products[2], 2)}${card(products[3], 3)}</tr></table></td></tr>
<tr><td style="padding:20px;text-align:center"><a href="https://www.toolprodirect.example/sale" style="padding:14px 30px;background:#ff6a00;color:#fff;font-weight:bold;text-decoration:none">SHOP THE SALE - ORDER NOW!</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888;font-family:Arial,sans-serif">You are receiving this email because you signed up at toolprodirect.example.
ToolPro Direct, 500 Industrial Way, Reno, NV 89502. <a href="https://www.toolprodirect.example/unsubscribe?u=8841">Unsubscribe</a> | <a href="https://www.toolprodirect.example/prefs">Email preferences</a></td></tr>
</table></body></html>
`;
  const text = `SPRING SAVINGS EVENT
Up to 30% off cordless tools - this week only! Free shipping on orders over $99. Use code SPRING26 at checkout.

${products.map(([n, p, w], i) => `${n}\n${p} (${w})\nOrder now! https://www.toolprodirect.example/p/${i + 1}`).join('\n\n')}

SHOP THE SALE - ORDER NOW! https://www.toolprodirect.example/sale

You are receiving this email because you signed up at toolprodirect.example.
ToolPro Direct, 500 Industrial Way, Reno, NV 89502. Unsubscribe: https://www.toolprodirect.example/unsubscribe?u=8841
`;
  return neg('h3-neg-newsletter-22.eml', {
    from: 'ToolPro Direct <deals@toolprodirect.example>', subject: '⚡ Spring Savings: up to 30% off cordless tools - Order now!', date: 'Mon, 13 Apr 2026 13:00:00 +0000',
    messageId: '<20260413130000.8841.spring26@mailer.toolprodirect.example>', text, html,
    headers: { 'List-Unsubscribe': '<https://www.toolprodirect.example/unsubscribe?u=8841>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', Precedence: 'bulk' },
  }, [bodyDoc()], ['marketing newsletter (HTML + text) with product names, prices and "Order now!" buttons: not an order', 'has List-Unsubscribe and Precedence: bulk headers']);
}

// ------------------------------------------------------------------ N2: another supplier's invoice sent to us by mistake
async function n2(): Promise<Case> {
  const rows: [string, string, number, number][] = [
    ['SW-18-80-1500', 'Stretch wrap 18" x 80 ga x 1500 ft', 40, 21.4],
    ['CB-1212-275', 'Corrugated box 12x12x12 275# (bundle 25)', 30, 18.75],
    ['TP-48-110', 'Packing tape 48 mm x 110 m, clear', 72, 2.35],
  ];
  const amounts = rows.map((r) => round2(r[2] * r[3]));
  const sub = round2(amounts.reduce((a, b) => a + b, 0));
  const tax = round2(sub * 0.0725);
  const total = round2(sub + tax);
  const cols: Col[] = [{ header: 'Item', w: 100 }, { header: 'Description', w: 230 }, { header: 'Qty', w: 50, align: 'right' }, { header: 'Price', w: 70, align: 'right' }, { header: 'Amount', w: 82, align: 'right' }];
  const pdf = await makePdf({ title: 'Invoice INV-558210' }, (doc) => {
    at(doc, 'CRESTLINE PACKAGING', 40, 40, { size: 16, bold: true });
    block(doc, ['4100 Harbor Blvd, Oxnard, CA 93035', '(805) 555-0170  ·  ar@crestlinepackaging.example'], 40, 62, { size: 8.5 });
    at(doc, 'INVOICE', 372, 40, { size: 20, bold: true, width: 200, align: 'right' });
    block(doc, ['Invoice #: INV-558210', 'Invoice Date: 04/16/2026', 'Customer PO: 7719', 'Due Date: 05/16/2026', 'Terms: Net 30'], 452, 68, { size: 8.5 });
    at(doc, 'BILL TO', 40, 130, { size: 8, bold: true });
    block(doc, ['Harbor Point Marina LLC', '3600 S Harbor Blvd', 'Oxnard, CA 93035'], 40, 142, { size: 9 });
    at(doc, 'SHIP TO', 250, 130, { size: 8, bold: true });
    block(doc, ['Harbor Point Marina LLC - Dry Storage', '3600 S Harbor Blvd', 'Oxnard, CA 93035'], 250, 142, { size: 9 });
    let y = row(doc, 40, 200, cols, cols.map((c) => c.header), { bold: true, rule: 'box', fill: '#eeeeee' });
    rows.forEach((r, i) => { y = row(doc, 40, y, cols, [r[0], r[1], String(r[2]), us(r[3]), us(amounts[i])], { rule: 'box' }); });
    y += 10;
    const tot: [string, string][] = [['Subtotal', us(sub)], ['Sales Tax 7.25%', us(tax)], ['AMOUNT DUE', `$${us(total)}`]];
    tot.forEach(([k, v], i) => { at(doc, k, 400, y + i * 13, { size: 9, bold: i === 2 }); at(doc, v, 490, y + i * 13, { size: 9, bold: i === 2, width: 82, align: 'right' }); });
    at(doc, 'Remit to: Crestline Packaging, PO Box 6120, Oxnard, CA 93031. ACH details on request. 1.5% monthly late charge on past-due balances.', 40, y + 60, { size: 8, width: 532 });
  });
  return neg('h3-neg-invoice-23.eml', {
    from: 'Crestline Packaging AR <ar@crestlinepackaging.example>', subject: 'Invoice INV-558210 for PO 7719', date: 'Thu, 16 Apr 2026 17:05:00 -0700',
    messageId: '<inv558210.1776384300@crestlinepackaging.example>',
    text: 'Dear Customer,\n\nPlease find attached invoice INV-558210 for your purchase order 7719. Payment is due within 30 days.\n\nThank you for your business!\n\nCrestline Packaging - Accounts Receivable\n(805) 555-0170\n',
    attachments: [{ filename: 'INV-558210.pdf', content: pdf.buf, contentType: 'application/pdf' }],
  }, [bodyDoc(), pdfDoc('INV-558210.pdf', pdf.pages)], [
    'an INVOICE from another supplier (Crestline Packaging), billed to a third company (Harbor Point Marina) and sent to us by mistake: not an order',
    'contains a "Customer PO: 7719", item lines and totals - must not become a draft',
  ]);
}

// ------------------------------------------------------------------ N3: statement of account from our vendor
async function n3(): Promise<Case> {
  const inv: [string, string, string, number, number][] = [
    ['02/27/2026', 'INV-204418', 'PO NW-PO-76990', 1842.5, 0],
    ['03/06/2026', 'INV-204702', 'PO NW-PO-77012', 615.2, 0],
    ['03/13/2026', 'INV-205011', 'PO NW-PO-77045', 2290, 1000],
    ['03/24/2026', 'INV-205388', 'PO NW-PO-77081', 958.75, 0],
    ['03/26/2026', 'PMT 88213', 'Payment - thank you', -1842.5, 0],
  ];
  const bal = round2(inv.reduce((s, r) => s + r[3] - r[4], 0));
  const cols: Col[] = [{ header: 'Date', w: 70 }, { header: 'Reference', w: 90 }, { header: 'Description', w: 172 }, { header: 'Charges / Credits', w: 100, align: 'right' }, { header: 'Paid', w: 100, align: 'right' }];
  const pdf = await makePdf({ title: 'Statement NORTHW01 2026-03' }, (doc) => {
    at(doc, 'MIDWEST FASTENER CORP.', 40, 40, { size: 15, bold: true });
    block(doc, ['7700 W 79th St, Bridgeview, IL 60455', 'Phone (708) 555-0144'], 40, 60, { size: 8.5 });
    at(doc, 'STATEMENT OF ACCOUNT', 330, 40, { size: 14, bold: true, width: 242, align: 'right' });
    block(doc, ['Statement Date: 03/31/2026', 'Account: NORTHW01'], 440, 62, { size: 8.5 });
    at(doc, 'To:', 40, 100, { size: 8, bold: true });
    block(doc, NW_ADDR, 40, 112, { size: 9 });
    let y = row(doc, 40, 170, cols, cols.map((c) => c.header), { bold: true, rule: 'box', fill: '#eeeeee' });
    inv.forEach((r) => { y = row(doc, 40, y, cols, [r[0], r[1], r[2], us(r[3]), r[4] ? us(r[4]) : ''], { rule: 'box' }); });
    y += 14;
    const aging: Col[] = [{ header: 'Current', w: 106 }, { header: '1-30 Days', w: 106 }, { header: '31-60 Days', w: 106 }, { header: 'Over 60', w: 106 }, { header: 'Balance Due', w: 108 }];
    y = row(doc, 40, y, aging, aging.map((c) => c.header), { bold: true, rule: 'box' });
    row(doc, 40, y, aging, [us(958.75), us(1290 + 615.2), '0.00', '0.00', us(bal)], { rule: 'box' });
    at(doc, 'Please remit the balance due. Questions about your account? Call Accounts Receivable at (708) 555-0144.', 40, y + 40, { size: 8.5 });
  });
  return neg('h3-neg-statement-24.eml', {
    from: 'Midwest Fastener AR <ar@midwestfastener.example>', subject: 'Statement of Account - NORTHW01 - March 2026', date: 'Wed, 15 Apr 2026 09:00:00 -0500',
    messageId: '<stmt.NORTHW01.202603@midwestfastener.example>',
    text: 'Hello,\n\nAttached is your statement of account as of 03/31/2026. Please review and remit any past-due balance.\n\nMidwest Fastener Corp. - Accounts Receivable\n',
    attachments: [{ filename: 'Statement_NORTHW01_2026-03.pdf', content: pdf.buf, contentType: 'application/pdf' }],
  }, [bodyDoc(), pdfDoc('Statement_NORTHW01_2026-03.pdf', pdf.pages)], [
    'statement of account from one of OUR vendors: lists invoices (with our PO numbers), a payment and aging buckets - not an order',
  ]);
}

// ------------------------------------------------------------------ N4: quote request
function n4(): Case {
  return neg('h3-neg-rfq-25.eml', {
    from: 'Jae Park <j.park@orionlabs.example>', subject: 'Quote request - stainless fittings', date: 'Fri, 17 Apr 2026 13:48:00 -0700',
    messageId: '<CAOrion.rfq.0417.jp@mail.orionlabs.example>',
    text: `Hi,

Could you quote 500 pcs of the 1/4" NPT 316 SS ball valve (BV-316-025) and 200 pcs of the 1/4" tube x 1/4" NPT male connector (MC-316-0404)? Also price breaks at 1,000 pcs if you have them.

Please include lead time and freight to San Mateo, CA 94404. We are not placing an order yet - this is for budgeting our Q3 build. A quote by end of next week would be great.

Thanks,
Jae Park
Procurement Engineer, Orion Labs Inc.
(650) 555-0193
`,
  }, [bodyDoc()], [
    'request for quotation ("Could you quote 500 pcs of ...", "not placing an order yet") with item numbers and quantities: not an order',
    '"by end of next week" refers to the quote, not a delivery',
  ]);
}

// ------------------------------------------------------------------ N5: German out-of-office
function n5(): Case {
  return neg('h3-neg-ooo-de-26.eml', {
    from: '"Krüger, Sabine" <s.krueger@hagedorn-antrieb.example>', subject: 'Automatische Antwort: Auftragsbestätigung AB-55102 zu Ihrer Bestellung 4711-2026-0193',
    date: 'Fri, 17 Apr 2026 08:02:11 +0200', messageId: '<ooo.20260417080211.skrueger@hagedorn-antrieb.example>',
    headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    inReplyTo: '<AB-55102.nw@northwind-supply.example>',
    text: `Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 04.05.2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Thomas Beck (t.beck@hagedorn-antrieb.example, Tel. +49 5241 555-310). Neue Bestellungen erhalten Sie wie gewohnt über einkauf@hagedorn-antrieb.example.

Mit freundlichen Grüßen
Sabine Krüger
Einkauf
Hagedorn Antriebstechnik GmbH
`,
  }, [bodyDoc()], [
    'German out-of-office auto-reply (Auto-Submitted: auto-replied); subject quotes an order number and the body says "dringend" and "Bestellungen": not an order',
  ]);
}

// ------------------------------------------------------------------ N6: shipping notice with tracking number
function n6(): Case {
  return neg('h3-neg-shipnotice-27.eml', {
    from: 'Keystone Safety Products <notifications@keystonesafety.example>', subject: 'Shipment Notification: Your order 1048832 has shipped',
    date: 'Tue, 21 Apr 2026 19:14:00 -0400', messageId: '<ship.1048832.20260421@notify.keystonesafety.example>',
    text: `Good news - your order has shipped!

Order number:   1048832
Your PO:        NW-PO-77120
Ship date:      04/21/2026
Carrier:        UPS Ground
Tracking:       1Z4A79W20311846620
Est. delivery:  04/24/2026

Items in this shipment:
  Qty  Item           Description
  120  KS-GLS-CLR     Safety glasses, clear, anti-fog
   40  KS-VST-L-ORG   Hi-vis vest, class 2, L, orange
   10  KS-HH-WHT      Hard hat, type I, white, ratchet

Ship to:
Northwind Industrial Supply - Receiving
2200 Commerce Park Dr
Columbus, OH 43219

Track your package: https://track.keystonesafety.example/1Z4A79W20311846620

This is an automated message - please do not reply.
Keystone Safety Products, Allentown, PA
`,
  }, [bodyDoc()], [
    'shipping notification from one of our suppliers about OUR order (tracking number, items, quantities): not a customer order',
  ]);
}

// ------------------------------------------------------------------ N7: question about an existing order
function n7(): Case {
  return neg('h3-neg-question-28.eml', {
    from: 'Pete Kowalski <pete@kowalskitool.example>', subject: 'PO 88102 - delivery date?', date: 'Wed, 29 Apr 2026 11:37:00 -0500',
    messageId: '<88102.q.pk.1777480620@kowalskitool.example>',
    text: `Hi Kim,

Any update on PO 88102 from the 9th? (6 x EM-4FL-0500 and 2 x TM-M8-125)
We need to plan the job around it - can you give me a ship date? We'd need it by May 8.

Thanks,
Pete
Kowalski Tool & Die
773-555-0187
`,
  }, [bodyDoc()], [
    'question about the delivery date of an EXISTING order (PO 88102) that repeats its items and a date: not a new order',
  ]);
}

// ------------------------------------------------------------------ N8: our supplier's "thank you for your order" confirmation (HTML only)
function n8(): Case {
  const items: [string, string, number, number][] = [
    ['6205-2RS', 'Deep groove ball bearing 6205-2RS', 200, 3.12],
    ['6206-2RS', 'Deep groove ball bearing 6206-2RS', 150, 3.98],
    ['UCP208-24', 'Pillow block UCP208-24', 24, 31.4],
  ];
  const amt = items.map((r) => round2(r[2] * r[3]));
  const sub = round2(amt.reduce((a, b) => a + b, 0));
  const ship = 48.5;
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:620px;margin:auto">
<h2 style="color:#003a70">Thank you for your order!</h2>
<p>Hi Northwind Industrial Supply,</p>
<p>We have received your order and it is being processed. You will receive another email when it ships.</p>
<table cellpadding="4" style="font-size:14px"><tr><td><b>Order #</b></td><td>AB-220915</td></tr><tr><td><b>Your PO</b></td><td>NW-PO-77131</td></tr><tr><td><b>Order date</b></td><td>April 20, 2026</td></tr></table>
<table width="100%" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:14px;margin-top:12px">
<tr style="background:#003a70;color:#fff"><th align="left">Item</th><th align="left">Description</th><th align="right">Qty</th><th align="right">Price</th><th align="right">Total</th></tr>
${items.map((r, i) => `<tr style="border-bottom:1px solid #ddd"><td>${r[0]}</td><td>${esc(r[1])}</td><td align="right">${r[2]}</td><td align="right">$${us(r[3])}</td><td align="right">$${us(amt[i])}</td></tr>`).join('\n')}
<tr><td colspan="4" align="right">Subtotal</td><td align="right">$${us(sub)}</td></tr>
<tr><td colspan="4" align="right">Shipping</td><td align="right">$${us(ship)}</td></tr>
<tr><td colspan="4" align="right"><b>Order total</b></td><td align="right"><b>$${us(round2(sub + ship))}</b></td></tr>
</table>
<p><b>Shipping to:</b><br>Northwind Industrial Supply - Receiving<br>2200 Commerce Park Dr<br>Columbus, OH 43219</p>
<p style="text-align:center;margin:24px"><a href="https://www.apexbearingdist.example/account/orders/AB-220915" style="background:#003a70;color:#fff;padding:12px 24px;text-decoration:none">View your order</a></p>
<p style="font-size:12px;color:#777">Apex Bearing Distributors · 1450 Lakeview Pkwy, Dallas, TX 75238 · (214) 555-0107</p>
</div></body></html>
`;
  return neg('h3-neg-orderconf-29.eml', {
    from: 'Apex Bearing Distributors <orders@apexbearingdist.example>', subject: 'Thank you for your order #AB-220915', date: 'Mon, 20 Apr 2026 15:21:00 -0500',
    messageId: '<AB-220915.conf@apexbearingdist.example>', html,
  }, [bodyDoc('text/html')], [
    'HTML-only order CONFIRMATION that WE received from our own supplier (Apex) for our purchase NW-PO-77131: we are the buyer here, not a customer PO',
    'only a text/html part -> documents body mediaType text/html',
  ]);
}

// ------------------------------------------------------------------ N9: request to sign an acknowledgement for an old PO
async function n9(): Promise<Case> {
  const pdf = await makePdf({ title: 'PO 4500017002 Acknowledgement' }, (doc) => {
    at(doc, 'REDSTONE FABRICATION & MACHINE, INC.', 40, 40, { size: 13, bold: true });
    block(doc, ['8120 E 46th St, Tulsa, OK 74145', 'Phone (918) 555-0100'], 40, 58, { size: 8.5 });
    at(doc, 'PURCHASE ORDER ACKNOWLEDGEMENT', 40, 100, { size: 15, bold: true, width: 532, align: 'center' });
    hline(doc, 40, 572, 122, 1);
    const kv = [['PO Number', '4500017002'], ['PO Date', '03/02/2026'], ['Vendor', 'Northwind Industrial Supply (V-10482)'], ['Order Value', `$${us(3412.8)}`], ['Lines', '14'], ['Status', 'Shipped / partially received']];
    kv.forEach(([k, v], i) => { at(doc, k, 60, 140 + i * 16, { size: 10, bold: true }); at(doc, v, 200, 140 + i * 16, { size: 10 }); });
    at(doc, 'Vendor hereby acknowledges receipt and acceptance of the above purchase order, including all revisions, at the prices, quantities and delivery '
      + 'dates stated therein and subject to the Buyer\'s Standard Terms and Conditions of Purchase. Please sign and return this form to purchasing@redstonefab.example. '
      + 'This form is for acknowledgement only and does not constitute a new order or a change to the order.', 60, 250, { size: 9.5, width: 490 });
    block(doc, ['Vendor signature: _________________________________', '', 'Name / Title: _____________________________________', '', 'Date: ______________'], 60, 350, { size: 10, gap: 16 });
    at(doc, 'Form PUR-014 Rev C', 40, 750, { size: 7 });
  });
  return neg('h3-neg-ack-30.eml', {
    from: 'Kayla Brooks <kbrooks@redstonefab.example>', subject: 'ACTION REQUIRED: Acknowledgement for PO 4500017002', date: 'Wed, 22 Apr 2026 10:12:00 -0500',
    messageId: '<BN8PR11MB3652AC77D0E1@BN8PR11MB3652.namprd11.prod.outlook.example>',
    text: `Hello,

Our records show we have not received a signed acknowledgement for PO 4500017002 (issued 03/02/2026). Please sign the attached acknowledgement form and return it by reply for our ISO file.

This is not a new order - please do not ship anything against this email.

Thank you,
Kayla Brooks
Purchasing Assistant
Redstone Fabrication & Machine, Inc.
(918) 555-0147
`,
    attachments: [{ filename: 'PO_4500017002_Acknowledgement.pdf', content: pdf.buf, contentType: 'application/pdf' }],
  }, [bodyDoc(), pdfDoc('PO_4500017002_Acknowledgement.pdf', pdf.pages)], [
    'request to sign and return a PO ACKNOWLEDGEMENT form for an OLD PO (4500017002, March); no items; "This is not a new order": not an order',
    'sender is a known customer (same company as h3-pdf-erp-en-01) and subject says "ACTION REQUIRED" - still no order',
  ]);
}

export const negativeCases = [n1, n2, n3, n4, n5, n6, n7, n8, n9];
