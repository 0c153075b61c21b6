// Nine mails that carry no new order.
import { Rng, at, messageId, newPdf, hr, money, fdate, r2, type Sample } from './lib.ts';
import { bodyDoc, pdfDoc } from './pdf-orders.ts';

const neg = (file: string, mail: Sample['mail'], docs: Sample['docs'], notes: string[], texts: string[]): Sample => ({ file, mail, docs, isPO: false, orders: [], notes, texts });

// N1: a supplier's invoice PDF sent to us
export async function negInvoice(): Promise<Sample> {
  const rng = new Rng('hx-neg-invoice-en-01');
  const date = at('2026-03-03', rng);
  const lines: [string, string, number, number][] = [
    ['CB-RSC-18', 'Corrugated box RSC 18x12x12, 200#', 500, 0.94],
    ['STR-PP-12', 'PP strapping 1/2" x 9000 ft', 6, 41.5],
    ['TAPE-HM-48', 'Hot-melt carton tape 48mm x 100m (36/cs)', 4, 58.2],
  ];
  const sub = r2(lines.reduce((a, l) => a + r2(l[2] * l[3]), 0));
  const freight = 64;
  const total = r2(sub + freight);
  const p = newPdf('LETTER', 'Invoice INV-88213', 'Tidewater Packaging Supply');
  const { T } = p;
  T('Tidewater Packaging Supply', 40, 40, { size: 15, font: 'B' });
  T('45 Terminal Blvd · Norfolk, VA 23505 · (757) 555-0102', 40, 58, { size: 8 });
  T('INVOICE', 572, 40, { size: 20, font: 'B', align: 'right' });
  [['Invoice No.', 'INV-88213'], ['Invoice Date', fdate('2026-03-03', 'us')], ['Due Date', fdate('2026-04-02', 'us')], ['Your PO', 'NW-PO-30418'], ['Terms', 'Net 30']].forEach(([k, v], i) => {
    T(k, 400, 72 + i * 12, { size: 8.5, font: 'B' }); T(v, 480, 72 + i * 12, { size: 8.5 });
  });
  T('Bill To', 40, 100, { font: 'B' }); ['Northwind Industrial Supply', 'Accounts Payable', '880 Commerce Way', 'Reno, NV 89502'].forEach((s, i) => T(s, 40, 113 + i * 11));
  const y0 = 190;
  [['Item', 40], ['Description', 120], ['Qty', 390], ['Price', 480], ['Amount', 572]].forEach(([s, x], i) => T(s as string, x as number, y0, { font: 'B', align: i >= 2 ? 'right' : 'left' }));
  hr(p, 40, 572, y0 + 12);
  lines.forEach(([sku, d, q, pr], i) => {
    const y = y0 + 20 + i * 15;
    T(sku, 40, y); T(d, 120, y); T(String(q), 390, y, { align: 'right' }); T(money(pr, 'us'), 480, y, { align: 'right' }); T(money(r2(q * pr), 'us'), 572, y, { align: 'right' });
  });
  const ty = y0 + 20 + lines.length * 15 + 14;
  [['Subtotal', sub], ['Freight', freight], ['Amount Due', total]].forEach(([k, v], i) => { T(k as string, 420, ty + i * 13, { font: i === 2 ? 'B' : 'R' }); T('$' + money(v as number, 'us'), 572, ty + i * 13, { align: 'right', font: i === 2 ? 'B' : 'R' }); });
  T('Remit to: Tidewater Packaging Supply, PO Box 7120, Norfolk, VA 23509. Thank you for your business!', 40, ty + 60, { size: 8 });
  const buf = await p.done();
  const text = 'Dear Customer,\n\nPlease find attached invoice INV-88213 for your PO NW-PO-30418, shipped 03/02/2026.\n\nAmount due: $' + money(total, 'us') + ', payable by 04/02/2026.\n\nTidewater Packaging Supply - Accounts Receivable\n';
  return neg('hx-neg-invoice-en-01.eml',
    { from: { name: 'Tidewater Packaging AR', address: 'billing@tidewater-packaging.example' }, to: { name: 'Northwind Accounts Payable', address: 'orders@northwind-supply.example' }, subject: 'Invoice INV-88213 from Tidewater Packaging Supply', date, messageId: messageId(rng, 'tidewater-packaging.example', 'plain'), text, attachments: [{ filename: 'INV-88213.pdf', content: buf, contentType: 'application/pdf' }] },
    [bodyDoc(), pdfDoc('INV-88213.pdf', buf)],
    ['kind: negative - an invoice PDF from one of our suppliers (billed to us, quotes OUR PO number); item table and totals look like a PO'], [...p.drawn, text]);
}

// N2: payment remittance advice
export async function negRemit(): Promise<Sample> {
  const rng = new Rng('hx-neg-remit-en-02');
  const date = at('2026-03-06', rng);
  const rows: [string, string, string, number][] = [
    ['NW-INV-204417', '02/03/2026', 'BVP-260112-3', 2418.6],
    ['NW-INV-204552', '02/10/2026', 'BVP-260203-1', 986.15],
    ['NW-INV-204790', '02/19/2026', 'BVP-260211-4', 4133.72],
  ];
  const total = r2(rows.reduce((a, r) => a + r[3], 0));
  const table = rows.map(([inv, d, po, amt]) => `${inv.padEnd(16)}${d.padEnd(13)}${po.padEnd(16)}${('$' + money(amt, 'us')).padStart(12)}`).join('\n');
  const text = `REMITTANCE ADVICE\n\nPayer: Blackwater Valve & Pump Co.\nPayee: Northwind Industrial Supply\nPayment method: ACH\nPayment date: 03/06/2026\nPayment reference: ACH-0306-55817\n\nInvoice         Inv. Date    Your Ref / PO   Amount Paid\n${table}\n${' '.repeat(45)}-----------\nTotal paid${('$' + money(total, 'us')).padStart(47)}\n\nPlease direct any questions about this payment to ap@blackwater-valve.example.\nThis is an automated message from our accounts payable system.\n`;
  return neg('hx-neg-remit-en-02.eml',
    { from: { name: 'Blackwater Accounts Payable', address: 'ap@blackwater-valve.example' }, subject: 'Remittance advice - payment ACH-0306-55817', date, messageId: messageId(rng, 'blackwater-valve.example', 'plain'), text },
    [bodyDoc()],
    ['kind: negative - remittance advice from a customer; lists invoice numbers, PO numbers and amounts in an aligned table, but orders nothing'], [text]);
}

// N3: price-list request
export async function negPriceList(): Promise<Sample> {
  const rng = new Rng('hx-neg-pricelist-en-03');
  const date = at('2026-02-24', rng);
  const text = 'Hello,\n\nWe are a new facilities contractor in the Boise area and are setting up suppliers for next quarter. Could you send us your current price list (PDF or Excel) for safety products - gloves, glasses, hi-vis vests and hearing protection - together with your volume breaks and freight terms?\n\nWe will probably be ordering around 200 pairs of gloves a month once we get going.\n\nThanks,\nRoxanne Pell\nOffice Manager\nSawtooth Facility Partners\n(208) 555-0181\n';
  return neg('hx-neg-pricelist-en-03.eml',
    { from: { name: 'Roxanne Pell', address: 'roxanne@sawtooth-fp.example' }, subject: 'Price list request', date, messageId: messageId(rng, 'sawtooth-fp.example', 'gmail'), text },
    [bodyDoc()],
    ['kind: negative - price-list request from a prospect; mentions a quantity ("200 pairs of gloves a month") but orders nothing'], [text]);
}

// N4: cancellation of an earlier PO
export async function negCancel(): Promise<Sample> {
  const rng = new Rng('hx-neg-cancel-en-04');
  const date = at('2026-03-04', rng);
  const text = 'Hi,\n\nPlease cancel our PO 4471-22 dated March 2nd:\n\n  12 x FLT-2025-M11  Pleated filter 20x25x1 MERV 11\n   6 x BLT-A38       V-belt A38\n\nThe barn renovation was pushed to the fall, so we will not need these now. Please confirm the cancellation and make sure nothing ships.\n\nThank you,\nGreta Halvorsen-Voss\nKilbride Dairy Farms\n(715) 555-0127\n';
  return neg('hx-neg-cancel-en-04.eml',
    { from: { name: 'Greta Halvorsen-Voss', address: 'greta@kilbride-dairy.example' }, subject: 'CANCEL PO 4471-22', date, messageId: messageId(rng, 'kilbride-dairy.example', 'outlook'), text },
    [bodyDoc()],
    ['kind: negative - cancellation of an earlier PO; repeats the lines ("12 x FLT-2025-M11") but is not a new order (isPurchaseOrder false)'], [text]);
}

// N5: customer replies "thanks, looks good" to our quoted order acknowledgement
export async function negAckReply(): Promise<Sample> {
  const rng = new Rng('hx-neg-ackreply-en-05');
  const date = at('2026-03-05', rng);
  const ack = [
    'Order Acknowledgement SO-118230',
    'Your PO: MCW-0221    Order date: 03/04/2026    Est. ship: 03/09/2026',
    '',
    'Line  Item          Description                        Qty   Price     Amount',
    '1     BRL-BUNG-SI   Silicone barrel bung #11           48    2.85      136.80',
    '2     HOSE-WN-15    Wine transfer hose 1.5" x 50 ft     2    189.00    378.00',
    '3     CLMP-TC-15    Tri-clamp 1.5" heavy duty          12    6.40       76.80',
    '',
    'Subtotal 591.60   Freight 38.00   Total USD 629.60',
    '',
    'Northwind Industrial Supply - Order Desk',
  ];
  const quoted = ack.map((l) => (l ? `> ${l}` : '>')).join('\n');
  const text = `Thanks, looks good!\n\nRuth\n\nRuth Okamura\nCellar Operations | Marlow Creek Winery\n\nOn Wed, Mar 4, 2026 at 4:18 PM Northwind Order Desk <orders@northwind-supply.example> wrote:\n${quoted}\n`;
  return neg('hx-neg-ackreply-en-05.eml',
    { from: { name: 'Ruth Okamura', address: 'ruth@marlowcreek-winery.example' }, subject: 'Re: Order Acknowledgement SO-118230 (your PO MCW-0221)', date, messageId: messageId(rng, 'marlowcreek-winery.example', 'gmail'), text, inReplyTo: '<ack-SO-118230@northwind-supply.example>' },
    [bodyDoc()],
    ['kind: negative - reply "Thanks, looks good!" above OUR quoted order acknowledgement (PO number, lines, totals all in the quote); no new order'], [text]);
}

// N6: meeting invitation text
export async function negMeeting(): Promise<Sample> {
  const rng = new Rng('hx-neg-meeting-en-06');
  const date = at('2026-03-09', rng);
  const text = 'You have been invited to the following event.\n\nQuarterly supplier review - Ironclad Elevator / Northwind\nWhen: Tuesday Mar 17, 2026 10am - 11am (Central Time - Chicago)\nWhere: Ironclad Elevator Service, 3300 W Burnham St, Milwaukee, WI 53215 (conference room B)\nJoining info: meet.example/ice-nwis-q1\n\nAgenda:\n1) Open POs and backorders\n2) Fill rate and on-time delivery, Q1\n3) Pricing on 2026 volumes (approx. 1,200 guide rollers)\n4) Consignment stock for fuses and relays\n\nOrganizer: Tomasz Wielgus <twielgus@ironclad-elevator.example>\nGuests: orders@northwind-supply.example, owen.pratt@northwind-supply.example\n\nGoing? Yes - Maybe - No\n';
  return neg('hx-neg-meeting-en-06.eml',
    { from: { name: 'Tomasz Wielgus', address: 'twielgus@ironclad-elevator.example' }, subject: 'Invitation: Quarterly supplier review @ Tue Mar 17, 2026 10am - 11am (CDT)', date, messageId: messageId(rng, 'ironclad-elevator.example', 'gmail'), text },
    [bodyDoc()],
    ['kind: negative - meeting invitation (calendar text) from an existing customer; numbered agenda mentions POs and quantities'], [text]);
}

// N7: marketing email with product prices (HTML only)
export async function negMarketing(): Promise<Sample> {
  const rng = new Rng('hx-neg-marketing-en-07');
  const date = at('2026-03-02', rng);
  const rows: [string, string, string][] = [
    ['FD-45-40', 'Flap disc 4-1/2" 40 grit', '$3.95'],
    ['FD-45-60', 'Flap disc 4-1/2" 60 grit', '$3.80'],
    ['CW-45-04', 'Cut-off wheel 4-1/2" x .040" (50 pk)', '$49.00'],
    ['WB-6-KN', 'Knot wire wheel 6"', '$14.25'],
  ];
  const html = `<!DOCTYPE html><html><body style="margin:0;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#ff6a00;color:#ffffff;padding:18px;font-size:22px;font-weight:bold">APEX ABRASIVES - March Grind Days</td></tr>
<tr><td style="padding:16px;font-size:14px">Stock up before spring shutdowns! Buy 100 or more and save an extra 10%.</td></tr>
<tr><td style="padding:0 16px"><table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th align="left">Part #</th><th align="left">Product</th><th align="right">Price / ea</th></tr>
${rows.map(([a, b, c]) => `<tr><td>${a}</td><td>${b}</td><td align="right">${c}</td></tr>`).join('\n')}
</table></td></tr>
<tr><td style="padding:16px"><a href="https://apex-abrasives.example/shop?utm_source=mail" style="background:#ff6a00;color:#fff;padding:10px 18px;text-decoration:none">ORDER NOW</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888888">You receive this mail because you are a registered Apex Abrasives dealer. <a href="https://apex-abrasives.example/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>`;
  return neg('hx-neg-marketing-en-07.eml',
    { from: { name: 'Apex Abrasives', address: 'deals@apex-abrasives.example' }, subject: 'March Grind Days: flap discs from $3.80', date, messageId: messageId(rng, 'apex-abrasives.example', 'plain'), html },
    [bodyDoc('text/html')],
    ['kind: negative - marketing mail (HTML only) with a product/price table and an ORDER NOW button'], [html]);
}

// N8: delivery complaint
export async function negComplaint(): Promise<Sample> {
  const rng = new Rng('hx-neg-complaint-en-08');
  const date = at('2026-03-10', rng);
  const text = 'Hello,\n\nThe delivery for our PO 77120 arrived this morning and 3 of the 30 fish boxes (FB-2436-W) are cracked, plus one case of sanitizer was leaking. Photos attached to the carrier claim, ref. ODFL-5581207.\n\nPlease let me know how you want to handle this - credit or replacement. We are not placing a new order for these until we hear back.\n\nDeclan Frye\nSaltmarsh Seafood Processors\n(978) 555-0124\n';
  return neg('hx-neg-complaint-en-08.eml',
    { from: { name: 'Declan Frye', address: 'dfrye@saltmarsh-seafood.example' }, subject: 'Damaged delivery - PO 77120', date, messageId: messageId(rng, 'saltmarsh-seafood.example', 'plain'), text },
    [bodyDoc()],
    ['kind: negative - delivery complaint about an earlier PO (damaged goods, asks credit or replacement); quantities and an item number are mentioned'], [text]);
}

// N9: German RFQ ("Anfrage")
export async function negRfqDe(): Promise<Sample> {
  const rng = new Rng('hx-neg-rfq-de-09');
  const date = at('2026-03-12', rng);
  const text = 'Sehr geehrte Damen und Herren,\n\nbitte senden Sie uns ein Angebot für folgende Positionen:\n\n1. 50 Stk. Schweißdrahtrolle SG2 1,0 mm, 15 kg (Art.-Nr. SG2-10-15)\n2. 20 Pkg. Stromdüsen M6 1,0 mm (10 St./Pkg.)\n3. 4 Stk. Schweißerschutzhelm automatisch verdunkelnd\n\nBitte mit Lieferzeit und Frachtkosten frei Haus Chemnitz. Angebotsfrist: 20.03.2026.\n\nMit freundlichen Grüßen\nUwe Kranich\nEinkauf\nKranich Stahl- und Metallbau GmbH\nTel. 0371 5550 612\n';
  return neg('hx-neg-rfq-de-09.eml',
    { from: { name: 'Uwe Kranich', address: 'u.kranich@kranich-metallbau.example' }, subject: 'Anfrage Schweißzubehör', date, messageId: messageId(rng, 'kranich-metallbau.example', 'outlook'), text },
    [bodyDoc()],
    ['kind: negative - request for quotation in German ("Anfrage", "bitte senden Sie uns ein Angebot"); numbered item list with quantities and a deadline date, no order'], [text]);
}

export const negativeScenarios = [negInvoice, negRemit, negPriceList, negCancel, negAckReply, negMeeting, negMarketing, negComplaint, negRfqDe];
