// Seven mails that carry no new order.
import { amountOf, bodyDoc, eu, type Column, type LineSpec, type MailSpec, Pdf, pdfDoc, r2, row, sum } from './lib.ts';
import type { Sample } from './model.ts';

function negative(file: string, mail: MailSpec, notes: string[], extra: Partial<Sample> = {}): Sample {
  return { file, mail, docs: [bodyDoc(mail.text === undefined ? 'text/html' : 'text/plain')], orders: [], notes, attachmentText: [], pdfs: [], ...extra };
}

// ============================================================ our order confirmation quoted back with "thanks"
export async function negConfThanksEn01(): Promise<Sample> {
  const text = [
    'Thanks Jenna, all good on our side.',
    '',
    'Valentina',
    '',
    'On Tue, Mar 10, 2026 at 4:18 PM Northwind Industrial Supply <orders@northwind-supply.example> wrote:',
    '> Dear Valentina,',
    '>',
    '> Thank you for your order. We confirm sales order SO-118204 for your PO RT-5520:',
    '>',
    '>   Line  Item          Description                        Qty   Unit price   Amount',
    '>   1     EM-2F-6       End mill 2-flute 6 mm carbide       20   $14.60       $292.00',
    '>   2     EM-4F-10      End mill 4-flute 10 mm carbide      10   $27.90       $279.00',
    '>   3     DR-HSS-SET    HSS drill set 1-10 mm, 19 pcs        2   $46.50       $93.00',
    '>',
    '>   Subtotal $664.00   Freight $18.00   Total $682.00',
    '>',
    '> Estimated ship date: 03/12/2026 via UPS Ground.',
    '> Please reply if anything needs to be changed.',
    '>',
    '> Kind regards,',
    '> Jenna Park',
    '> Northwind Industrial Supply',
    '',
    '--',
    'Valentina Ricci | Ricci Tooling Co. | (414) 555-0158',
    '',
  ].join('\n');
  return negative(
    'h2-neg-confthanks-en-01.eml',
    {
      from: 'Valentina Ricci <v.ricci@riccitooling.example>',
      subject: 'Re: Order Confirmation SO-118204 (your PO RT-5520)',
      date: 'Wed, 11 Mar 2026 08:02:17 -0500',
      messageId: '<CARicci118204thanks@mail.riccitooling.example>',
      inReplyTo: '<SO-118204.confirm@northwind-supply.example>',
      references: '<SO-118204.confirm@northwind-supply.example>',
      boundary: 'h2negconf01',
      text,
    },
    ['kind: negative - "Thanks, all good" reply above OUR quoted order confirmation (SO number, the customer\'s PO RT-5520, lines, totals, ship date all quoted); no new order'],
  );
}

// ============================================================ proforma invoice PDF from a supplier
export async function negProformaEn02(): Promise<Sample> {
  const supplier = 'Estrela Tools Lda';
  const lines: LineSpec[] = [
    { sku: 'ET-HX-SET9', desc: 'Hex key set 1.5-10 mm, 9 pcs, ball end', qty: 200, unit: 'SET', price: 6.2 },
    { sku: 'ET-PL-200', desc: 'Combination pliers 200 mm, VDE', qty: 150, unit: 'PCS', price: 8.45 },
    { sku: 'ET-SD-6PC', desc: 'Screwdriver set 6 pcs, slotted/PH', qty: 120, unit: 'SET', price: 9.1 },
  ];
  const subtotal = sum(lines.map((l) => amountOf(l)!));
  const freight = 240;
  const total = r2(subtotal + freight);
  const pdf = new Pdf('A4', 'Proforma Invoice PF-2026-0311', supplier);
  pdf.t(36, 32, 'ESTRELA TOOLS', { size: 18, bold: true, color: '#1565C0' });
  pdf.lines(36, 56, [supplier, 'Rua da Indústria 214', '4470-177 Maia', 'Portugal', 'NIF PT 509 221 874'], { size: 8 });
  pdf.t(330, 32, 'PROFORMA INVOICE', { size: 16, bold: true });
  const kv: [string, string][] = [
    ['Proforma no.', 'PF-2026-0311'],
    ['Date', '11/03/2026'],
    ['Your order', 'NW-PO-55812'],
    ['Valid until', '25/03/2026'],
  ];
  kv.forEach(([k, v], i) => {
    pdf.t(330, 56 + i * 12, k, { size: 8.5, color: '#555555' });
    pdf.t(420, 56 + i * 12, v, { size: 8.5 });
  });
  pdf.t(36, 140, 'Bill to:', { size: 8.5, bold: true });
  pdf.lines(36, 152, ['Northwind Industrial Supply', '1650 Harbor Way', 'Oakland, CA 94607', 'USA'], { size: 8.5 });
  pdf.t(300, 140, 'Incoterms:', { size: 8.5, bold: true });
  pdf.t(360, 140, 'CPT Oakland', { size: 8.5 });
  const cols: Column[] = [
    { title: 'Code', x: 36, w: 80 },
    { title: 'Description', x: 116, w: 230 },
    { title: 'Qty', x: 346, w: 44, align: 'right' },
    { title: 'Unit', x: 390, w: 34 },
    { title: 'Price EUR', x: 424, w: 62, align: 'right' },
    { title: 'Amount EUR', x: 486, w: 73, align: 'right' },
  ];
  let y = 214;
  pdf.rect(36, y - 4, 523, 16, '#E3F2FD');
  row(pdf, cols, y, cols.map((c) => c.title), { size: 8.5, bold: true });
  y += 19;
  for (const l of lines) {
    row(pdf, cols, y, [l.sku!, l.desc, String(l.qty), l.unit!, eu(l.price!), eu(amountOf(l)!)], { size: 8.5 });
    y += 15;
  }
  pdf.hline(36, 559, y, 'black');
  y += 8;
  [
    ['Goods', eu(subtotal)],
    ['Freight', eu(freight)],
    ['Total EUR', eu(total)],
  ].forEach(([k, v], i) => {
    pdf.t(400, y + i * 14, k, { size: 9, bold: i === 2 });
    pdf.t(486, y + i * 14, v, { size: 9, bold: i === 2, align: 'right', w: 70 });
  });
  y += 60;
  pdf.t(36, y, 'Payment: 100% in advance by bank transfer. IBAN PT50 0035 0651 0000 4471 2209 4, BIC CGDIPTPL.', { size: 8.5 });
  pdf.t(36, y + 13, 'Goods will be dispatched on receipt of payment. This is not a tax invoice.', { size: 8.5 });
  const buf = await pdf.end();
  const name = 'Proforma_PF-2026-0311.pdf';
  const mail: MailSpec = {
    from: '"Estrela Tools - Export" <export@estrela-tools.example>',
    subject: 'Proforma Invoice PF-2026-0311 - your order NW-PO-55812',
    date: 'Wed, 11 Mar 2026 11:20:00 +0000',
    messageId: '<pf-2026-0311.export@estrela-tools.example>',
    boundary: 'h2negproforma02',
    text: 'Dear Sirs,\n\nPlease find attached our proforma invoice PF-2026-0311 for your order NW-PO-55812. Kindly arrange the advance payment; we will ship as soon as it is received.\n\nBest regards,\nRui Tavares\nExport Department\nEstrela Tools Lda\n',
    attachments: [{ filename: name, content: buf, contentType: 'application/pdf' }],
  };
  return negative(
    'h2-neg-proforma-en-02.eml',
    mail,
    ['kind: negative - proforma invoice PDF from one of OUR suppliers (billed to Northwind, quotes our order number NW-PO-55812); item table and totals look like a PO'],
    { docs: [bodyDoc(), pdfDoc(name, pdf.pages)], attachmentText: pdf.drawn, pdfs: [{ name, buf, pages: pdf.pages }] },
  );
}

// ============================================================ change to an existing PO
export async function negPoChangeEn03(): Promise<Sample> {
  return negative(
    'h2-neg-pochange-en-03.eml',
    {
      from: '"Marta Gonçalves" <m.goncalves@goncalves-pumps.example>',
      subject: 'PO change - PO 31207',
      date: 'Thu, 12 Mar 2026 14:33:00 -0400',
      messageId: '<BL1PR31207change@goncalves-pumps.example>',
      boundary: 'h2negpochange03',
      text: [
        'Hi,',
        '',
        'Please update the quantity on PO 31207, line 2 (GSK-4410 flange gasket 4") from 30 to 50 pcs. Everything else on the PO stays the same, including the delivery date.',
        '',
        'Please send a revised confirmation.',
        '',
        'Thank you,',
        'Marta Gonçalves',
        'Buyer | Gonçalves Pump & Valve Inc.',
        '(401) 555-0176',
        '',
      ].join('\n'),
    },
    ['kind: negative - change request for an existing PO ("update quantity on PO 31207 ... from 30 to 50"); not a new order (isPurchaseOrder false)'],
  );
}

// ============================================================ catalogue request (es)
export async function negCatalogueEs04(): Promise<Sample> {
  return negative(
    'h2-neg-catalogue-es-04.eml',
    {
      from: 'Rodrigo Mendes <taller@mendes-mecanica.example>',
      subject: 'Solicitud de catálogo y tarifa 2026',
      date: 'Tue, 10 Mar 2026 12:47:00 +0100',
      messageId: '<7a3b0c11.mendes@mendes-mecanica.example>',
      boundary: 'h2negcatalogue04',
      text: [
        'Buenos días,',
        '',
        'Somos un taller de mecanizado en Zaragoza y estamos buscando un nuevo proveedor de herramienta de corte y abrasivos.',
        '¿Podrían enviarnos su catálogo actualizado y la tarifa de precios 2026? Nos interesan especialmente las fresas de metal duro y los discos de láminas de 125 mm; consumimos unas 50 unidades al mes de cada referencia.',
        '',
        'Si trabajan con cuenta de cliente, indíquennos también qué documentación necesitan para abrirla.',
        '',
        'Muchas gracias,',
        'Rodrigo Mendes',
        'Talleres Mendes Mecánica S.L.',
        'Tel. 976 55 01 90',
        '',
      ].join('\n'),
    },
    ['kind: negative - Spanish request for a catalogue and the 2026 price list from a prospect; mentions "50 unidades al mes" but orders nothing'],
  );
}

// ============================================================ payment reminder from a supplier
export async function negReminderEn05(): Promise<Sample> {
  const html = `<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Dear Northwind Industrial Supply,</p>
<p>Our records show that the following invoices are now past due. If payment has already been made, please disregard this reminder.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Invoice no.</th><th>Invoice date</th><th>Due date</th><th>Your PO</th><th>Amount</th></tr>
<tr><td>77812</td><td>01/28/2026</td><td>02/27/2026</td><td>NW-PO-55611</td><td align="right">$2,418.60</td></tr>
<tr><td>77901</td><td>02/04/2026</td><td>03/06/2026</td><td>NW-PO-55649</td><td align="right">$915.00</td></tr>
<tr><td colspan="4" align="right"><b>Total overdue</b></td><td align="right"><b>$3,333.60</b></td></tr>
</table>
<p>Please arrange payment at your earliest convenience. Remittance details can be sent to ar@vandam-fasteners.example.</p>
<p>Kind regards,<br>Accounts Receivable<br>Van Dam Fasteners Inc.<br>(216) 555-0142</p>
</body></html>`;
  return negative(
    'h2-neg-reminder-en-05.eml',
    {
      from: '"Van Dam Fasteners - Accounts Receivable" <ar@vandam-fasteners.example>',
      subject: 'Payment reminder: invoices 77812, 77901 overdue',
      date: 'Mon, 16 Mar 2026 09:00:00 -0400',
      messageId: '<reminder-2026-03-16-nwis@vandam-fasteners.example>',
      boundary: 'h2negreminder05',
      html,
    },
    ['kind: negative - payment reminder (HTML only) from one of OUR suppliers; table with invoice numbers, dates, OUR PO numbers and amounts; "at your earliest convenience" is not an order'],
  );
}

// ============================================================ supplier out-of-office (fr)
export async function negOooFr06(): Promise<Sample> {
  return negative(
    'h2-neg-ooo-fr-06.eml',
    {
      from: 'Jean-Marc Oliveira <jm.oliveira@roulements-oliveira.example>',
      subject: 'Réponse automatique : Commande NW-PO-55790',
      date: 'Thu, 12 Mar 2026 07:15:02 +0100',
      messageId: '<auto-reply.55790@roulements-oliveira.example>',
      inReplyTo: '<NW-PO-55790@northwind-supply.example>',
      boundary: 'h2negooo06',
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
      text: [
        'Bonjour,',
        '',
        "Je suis absent du bureau jusqu'au lundi 16 mars 2026 inclus, avec un accès limité à mes e-mails.",
        '',
        'Pour toute commande urgente, merci de contacter notre service commercial au 03 88 55 01 20 ou par e-mail à commandes@roulements-oliveira.example.',
        '',
        'Cordialement,',
        'Jean-Marc Oliveira',
        'Roulements Oliveira SAS',
        '',
      ].join('\n'),
    },
    ['kind: negative - out-of-office auto-reply in French from one of OUR suppliers (subject quotes our order "Commande NW-PO-55790"; body says "commande urgente")'],
  );
}

// ============================================================ shipping notice with tracking number (de)
export async function negShipNoticeDe07(): Promise<Sample> {
  return negative(
    'h2-neg-shipnotice-de-07.eml',
    {
      from: '"Hartmann Verbindungstechnik Versand" <versand@hartmann-vt.example>',
      subject: 'Versandbestätigung zu Ihrer Bestellung NW-PO-55744 / Lieferschein LS-260312-07',
      date: 'Thu, 12 Mar 2026 16:21:40 +0100',
      messageId: '<LS-260312-07.versand@hartmann-vt.example>',
      boundary: 'h2negship07',
      text: [
        'Sehr geehrte Damen und Herren,',
        '',
        'Ihre Bestellung NW-PO-55744 wurde heute mit DHL Express versandt.',
        '',
        'Sendungsnummer: 00340434161094021783',
        'Lieferschein: LS-260312-07',
        'Anzahl Packstücke: 2 (Gesamtgewicht 18,4 kg)',
        '',
        'Pos.  Menge  Artikel        Bezeichnung',
        '1     500    HV-M12x50-10.9 Sechskantschraube M12 x 50, 10.9',
        '2     500    HV-M12-10      Sechskantmutter M12, Kl. 10',
        '3     1000   HV-S12-VZ      Scheibe 13 mm, verzinkt',
        '',
        'Die Sendung können Sie unter https://www.dhl.de/sendungsverfolgung verfolgen.',
        '',
        'Mit freundlichen Grüßen',
        'Ihr Versandteam',
        'Hartmann Verbindungstechnik GmbH',
        '',
      ].join('\n'),
    },
    ['kind: negative - German shipping notice (Versandbestätigung) from one of OUR suppliers with a DHL tracking number and the shipped positions (Pos./Menge/Artikel); no order'],
  );
}

