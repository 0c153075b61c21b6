// Mail that carries no order: an invoice to us, a shipping notice, a quote request, an out-of-office reply, a remittance advice, a newsletter.
import { addr, mkLines, fmt, r2, Line } from './lib.ts';
import { Case, stdPdf, mailCase, bodyDoc, PDF } from './common.ts';

const c48: Case = {
  id: 'c48-neg-invoice-apex', ext: 'eml', kind: 'negative: email + invoice PDF', lang: 'en', region: 'US',
  what: 'A freight carrier\'s INVOICE addressed to us (Bill To: Harborline Industrial Supply), with invoice number, "Your PO / Ref" column, shipment lines, amount due and remit-to; sent to the orders mailbox',
  async build() {
    const lines = mkLines([
      ['LTL', 'LTL freight Columbus OH - Dayton OH, PRO 771203345, 6 pallets, ref PO 4500218734', 1, null, 412.0],
      ['FSC', 'Fuel surcharge 28.5%', 1, null, 117.42],
      ['LIFT', 'Liftgate delivery', 1, null, 75.0],
    ], true);
    const sub = r2(lines.reduce((s, l) => s + l.amount!, 0));
    const spec = {
      letterhead: ['Apex Freight Logistics, Inc.', '900 Rickenbacker Pkwy', 'Columbus, OH 43217', 'billing@apexfreightlogistics.com'],
      title: 'INVOICE', accent: '#7b1e1e',
      fields: [['Invoice #', 'AFL-2026-118842'], ['Invoice Date', '03/31/2026'], ['Due Date', '04/30/2026'], ['Terms', 'Net 30'], ['Customer #', 'C-10488']] as [string, string][],
      blocks: [{ h: 'Bill To', lines: ['Harborline Industrial Supply', 'Accounts Payable', '2250 Dock Street', 'Columbus, OH 43215'] }, { h: 'Shipment', lines: ['Shipper: Harborline Industrial Supply', 'Consignee: Brightwater Pump Works Inc.', 'Dayton, OH 45414', 'Ship date: 03/25/2026'] }],
      cols: [
        { h: 'Code', w: 6, v: (l: Line) => l.sku! },
        { h: 'Description', w: 52, v: (l: Line) => l.description! },
        { h: 'Qty', w: 5, a: 'r' as const, v: (l: Line) => String(l.quantity) },
        { h: 'Rate', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.unitPrice!) },
        { h: 'Amount', w: 10, a: 'r' as const, v: (l: Line) => fmt(l.amount!) },
      ],
      rows: lines,
      totals: [['Subtotal', fmt(sub)], ['Amount Due', '$' + fmt(sub), true]] as [string, string, boolean?][],
      notes: [{ h: 'Remit To', text: 'Apex Freight Logistics, Inc., PO Box 74210, Cleveland, OH 44194. ACH: First Buckeye Bank, routing 041000000, account ending 7712.' }, { text: 'Please reference the invoice number with your payment. Late payments are subject to 1.5% per month.', size: 7 }],
    };
    const pdf = await stdPdf(spec as any, false, { title: 'Invoice AFL-2026-118842', author: 'Apex', creator: 'McLeod LoadMaster', date: '2026-03-31' });
    const m = {
      from: 'billing@apexfreightlogistics.com', fromName: 'Apex Freight Billing', subject: 'Invoice AFL-2026-118842 from Apex Freight Logistics', date: '2026-03-31T16:05:10-04:00',
      messageId: '<inv.AFL-2026-118842@apexfreightlogistics.com>',
      text: 'Dear Customer,\n\nPlease find attached invoice AFL-2026-118842 in the amount of $' + fmt(sub) + ', due 04/30/2026.\n\nThank you for your business.\nApex Freight Logistics - Billing\n',
      attachments: [{ name: 'AFL-2026-118842.pdf', type: PDF, data: pdf.buf }],
    };
    return mailCase(m, 'c48-neg-invoice-apex.eml', 148, [bodyDoc(), { name: 'AFL-2026-118842.pdf', mediaType: PDF, method: 'pdf-text', pages: pdf.pages }], null);
  },
};

const c49: Case = {
  id: 'c49-neg-envio-paqueteria', ext: 'eml', kind: 'negative: shipping notification (HTML, Spanish)', lang: 'es', region: 'MX',
  what: 'Aviso de envío HTML de una paquetería: «Su pedido está en camino», número de guía, referencia de pedido, destino y fecha estimada de entrega; no contiene ninguna orden',
  async build() {
    const html = `<html><body style="font-family:Arial"><table width="600" align="center"><tr><td style="background:#d9232d;color:#fff;padding:12px;font-size:18px"><b>Paquetería Express del Norte</b></td></tr>
<tr><td style="padding:12px"><p>Hola Harborline Industrial Supply,</p><p><b>¡Su pedido está en camino!</b></p>
<p>Número de guía: <b>PEN 4471 2093 8812</b><br>Referencia del remitente: Pedido 4587 / Refaccionaria Industrial del Norte<br>Origen: Chihuahua, Chih.<br>Destino: Columbus, OH, EUA<br>Fecha estimada de entrega: 15/09/2026<br>Piezas: 1 caja, 4,2 kg</p>
<p><a href="https://rastreo.paqueteriaexpressdelnorte.mx/guia/PEN447120938812">Rastrear mi envío</a></p>
<p style="font-size:11px;color:#777">Este es un mensaje automático, por favor no responda a este correo. Aviso de privacidad en nuestro sitio web.</p></td></tr></table></body></html>`;
    const m = { from: 'notificaciones@paqueteriaexpressdelnorte.mx', fromName: 'Paquetería Express del Norte', subject: 'Su envío PEN 4471 2093 8812 va en camino', date: '2026-09-10T18:44:02-06:00', messageId: '<ntf.PEN447120938812@paqueteriaexpressdelnorte.mx>', html, extraHeaders: [['Auto-Submitted', 'auto-generated']] as [string, string][] };
    return mailCase(m, 'c49-neg-envio-paqueteria.eml', 149, [bodyDoc(true)], null);
  },
};

const c50: Case = {
  id: 'c50-neg-rfq-summit', ext: 'eml', kind: 'negative: request for quotation', lang: 'en', region: 'US (CO)',
  what: 'A request for a quotation: "Could you quote us 200 pcs of ... and 50 of ...", lead time and price breaks asked, "we will issue a PO once we have compared pricing"; Summit Ridge Mechanical, Denver CO',
  async build() {
    const m = {
      from: 'purchasing@summitridgemech.com', fromName: 'Kyle Brandt', subject: 'RFQ - pipe hangers and threaded rod', date: '2026-06-23T10:15:48-06:00', messageId: '<CAKb7rfq0623sr@mail.gmail.com>',
      text: 'Hi Harborline,\n\nCould you quote us the following for a job starting in August?\n\n- 200 pcs clevis hanger 2" galvanized\n- 50 pcs threaded rod 3/8"-16 x 10 ft, zinc\n- 400 pcs 3/8" hex nuts, zinc\n\nPlease include lead time and any price breaks at 500 pcs. We will issue a PO once we have compared pricing - this is not an order yet.\n\nThanks,\nKyle Brandt\nPurchasing, Summit Ridge Mechanical\n303-555-0145\n',
    };
    return mailCase(m, 'c50-neg-rfq-summit.eml', 150, [bodyDoc()], null);
  },
};

const c51: Case = {
  id: 'c51-neg-ooo-hochfeld', ext: 'eml', kind: 'negative: out-of-office auto-reply (German/English)', lang: 'de', region: 'DE',
  what: 'Automatische Abwesenheitsnotiz (deutsch und englisch) als Antwort auf unsere Auftragsbestätigung zu Bestellung 4500731096, mit Vertretung und Rückkehrdatum; Auto-Submitted: auto-replied',
  async build() {
    const m = {
      from: 's.brinkmann@hochfeld-antriebe.de', fromName: 'Sabine Brinkmann', subject: 'Automatische Antwort: Auftragsbestätigung zu Ihrer Bestellung 4500731096', date: '2026-11-12T14:02:11+01:00', messageId: '<AM9PR03MB4500ooo@AM9PR03MB4500.eurprd03.prod.outlook.com>',
      inReplyTo: '<ab.4500731096@harborline-supply.com>', extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']] as [string, string][],
      text: 'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an einkauf@hochfeld-antriebe.de oder +49 521 5550-200.\n\nThank you for your message. I am out of the office until 20 November 2026 with no access to e-mail. For urgent matters please contact einkauf@hochfeld-antriebe.de or +49 521 5550-200.\n\nMit freundlichen Grüßen / Kind regards\nSabine Brinkmann\n',
    };
    return mailCase(m, 'c51-neg-ooo-hochfeld.eml', 151, [bodyDoc()], null);
  },
};

const c52: Case = {
  id: 'c52-neg-remittance-ironwood', ext: 'eml', kind: 'negative: payment remittance advice', lang: 'en', region: 'US (MI)',
  what: 'Remittance advice from a customer\'s accounts payable: ACH payment number, a table of our invoices paid with their PO numbers, invoice amounts, discounts taken and net paid',
  async build() {
    const rows = [['HIS-INV-558120', '27815', '06/17/2026', 7891.8, 0], ['HIS-INV-558344', '27790', '06/19/2026', 1240.5, 0], ['HIS-INV-559002', '27841', '06/26/2026', 655.0, 13.1]] as [string, string, string, number, number][];
    const net = r2(rows.reduce((s, r) => s + r[3] - r[4], 0));
    const m = {
      from: 'ap@ironwoodmachining.com', fromName: 'Ironwood Machining AP', subject: 'Remittance Advice - Payment 000118455', date: '2026-07-31T12:00:03-04:00', messageId: '<remit.000118455@ironwoodmachining.com>',
      text: `REMITTANCE ADVICE\n\nPayer: Ironwood Machining LLC\nPayee: Harborline Industrial Supply\nPayment No: 000118455   Method: ACH   Payment Date: 07/31/2026\n\nInvoice          PO No.   Inv Date       Amount   Discount        Paid\n${rows.map((r) => `${r[0].padEnd(17)}${r[1].padEnd(9)}${r[2].padEnd(11)}${fmt(r[3]).padStart(10)}${fmt(r[4]).padStart(11)}${fmt(r2(r[3] - r[4])).padStart(12)}`).join('\n')}\n\nTotal paid: $${fmt(net)}\n\nQuestions about this payment: ap@ironwoodmachining.com, 616-555-0104.\nThis is an automated message from our accounts payable system.\n`,
    };
    return mailCase(m, 'c52-neg-remittance-ironwood.eml', 152, [bodyDoc()], null);
  },
};

const c53: Case = {
  id: 'c53-neg-newsletter-fastenpro', ext: 'eml', kind: 'negative: newsletter (HTML)', lang: 'en', region: 'US',
  what: 'A manufacturer\'s marketing newsletter (HTML with text alternative) to distributors: "Order now for Q1", holiday order cut-off dates, minimum order quantities, a product table with list prices, unsubscribe footer',
  async build() {
    const html = `<html><body style="margin:0;font-family:Helvetica,Arial"><table width="640" align="center" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d91;color:#fff;padding:18px;font-size:22px">FastenPro Distributor News — December 2026</td></tr>
<tr><td style="padding:16px"><h2>Order now for Q1 and lock in 2026 pricing</h2><p>Place your stocking order by <b>December 18</b> to beat the January 1 price increase. Orders over $5,000 ship freight-free.</p>
<h3>Holiday order cut-off</h3><p>Last day to order for delivery before the holidays: December 16. Rush orders placed after that ship on January 4.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Item</th><th>Description</th><th>MOQ</th><th>2026 list</th></tr>
<tr><td>FP-HCS-38-16</td><td>Hex cap screw 3/8-16 x 1, Gr5 zinc, box 100</td><td>10 BX</td><td>$18.40</td></tr>
<tr><td>FP-NUT-38-16</td><td>Hex nut 3/8-16 Gr5 zinc, box 100</td><td>10 BX</td><td>$7.90</td></tr>
<tr><td>FP-WSH-38-SAE</td><td>SAE flat washer 3/8 zinc, box 100</td><td>10 BX</td><td>$4.10</td></tr></table>
<p><a href="https://news.fastenpro.example/order">Order online</a> or call your FastenPro rep.</p>
<p style="font-size:10px;color:#888">You are receiving this e-mail because Harborline Industrial Supply is a registered FastenPro distributor. <a href="https://news.fastenpro.example/unsubscribe">Unsubscribe</a> · FastenPro Inc., 77 Bolt Way, Rockford IL 61109</p></td></tr></table></body></html>`;
    const text = 'FastenPro Distributor News - December 2026\n\nOrder now for Q1 and lock in 2026 pricing. Place your stocking order by December 18 to beat the January 1 price increase. Orders over $5,000 ship freight-free.\n\nHoliday order cut-off: last day to order for delivery before the holidays is December 16. Rush orders placed after that ship on January 4.\n\nFP-HCS-38-16  Hex cap screw 3/8-16 x 1, Gr5 zinc, box 100  MOQ 10 BX  $18.40\nFP-NUT-38-16  Hex nut 3/8-16 Gr5 zinc, box 100  MOQ 10 BX  $7.90\nFP-WSH-38-SAE  SAE flat washer 3/8 zinc, box 100  MOQ 10 BX  $4.10\n\nUnsubscribe: https://news.fastenpro.example/unsubscribe\n';
    const m = { from: 'news@fastenpro.example', fromName: 'FastenPro Distributor News', subject: 'Order now for Q1 - holiday cut-off dates inside', date: '2026-12-01T06:00:00-06:00', messageId: '<nl-2026-12.88213@news.fastenpro.example>', text, html, extraHeaders: [['List-Unsubscribe', '<https://news.fastenpro.example/unsubscribe>'], ['Precedence', 'bulk']] as [string, string][] };
    return mailCase(m, 'c53-neg-newsletter-fastenpro.eml', 153, [bodyDoc(true)], null);
  },
};

export const NEG_CASES: Case[] = [c48, c49, c50, c51, c52, c53];
void addr;
