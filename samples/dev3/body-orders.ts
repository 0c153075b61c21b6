// The 8 body-only orders.
import { type Case, type Row, addr, bodyDoc, buyer, esc, mkLines, mso, order, outlookHtml, sumLines, urgency, us } from './lib.ts';

// ------------------------------------------------------------------ B1: plain-text table with uneven spacing, "No rush"
function b1(): Case {
  const date = 'Thu, 23 Apr 2026 14:22:31 -0500';
  const rows: Row[] = [
    ['EM-4FL-0500', '1/2" 4FL carbide end mill', 6, null, 38.5],
    ['EM-4FL-0375', '3/8" 4FL carbide endmill', 8, null, 29.75],
    ['CD-SPOT-90', 'Spot drill 1/2" 90deg carbide', 4, null, 44.1],
    ['TM-M10-150', 'Thread mill M10x1.5', 1, null, 212],
    ['INS-CNMG432', 'CNMG 432 insert (10/box)', 3, 'box', 86],
  ];
  const lines = mkLines(rows, { numbered: false });
  const total = sumLines(lines);
  const text = `Hi Northwind,

Please enter the following order. No rush on this one - whenever it ships is fine.

PO#: 88213
Ship to:  Kowalski Tool & Die
          2250 N Elston Ave
          Chicago IL 60614

Item #        Description                     Qty    Price     Ext
EM-4FL-0500   1/2" 4FL carbide end mill      6     38.50    231.00
EM-4FL-0375  3/8" 4FL carbide endmill         8      29.75    238.00
CD-SPOT-90    Spot drill 1/2" 90deg carbide  4   44.10   176.40
TM-M10-150   Thread mill M10x1.5               1    212.00     212.00
INS-CNMG432   CNMG 432 insert (10/box)      3 box  86.00   258.00

Total  $${us(total)}

Thanks,
Pete
Kowalski Tool & Die
773-555-0187
`;
  return {
    file: 'h3-body-texttable-en-12.eml',
    mail: { from: 'Pete Kowalski <pete@kowalskitool.example>', subject: 'order - PO 88213', date, messageId: '<88213.pk.1776972151@kowalskitool.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '88213',
      buyer: buyer('Kowalski Tool & Die', 'Pete Kowalski', 'pete@kowalskitool.example', '773-555-0187'),
      shipTo: addr('Kowalski Tool & Die', '2250 N Elston Ave', 'Chicago', 'IL', '60614', 'US'),
      currency: 'USD', lines, subtotal: total, total,
      urgency: urgency(date, { words: [{ level: 'normal', reason: 'negated phrase "No rush on this one" in the body: no urgency from words' }], expect: 'normal' }),
    })],
    labelNotes: [
      'plain-text table with uneven spacing: columns do not line up (rows 2 and 4 shifted left, row 3 squeezed); no line numbers -> lineNo null',
      'only the last row has a unit ("3 box") -> BOX, others null; only "Total" printed -> subtotal = total',
      'no order date, no delivery date; urgency normal (negated "No rush")',
    ],
  };
}

// ------------------------------------------------------------------ B2: Outlook HTML table + signature/disclaimer, "by end of week"
function b2(): Case {
  const date = 'Tue, 28 Apr 2026 09:55:00 -0500';
  const rows: Row[] = [
    ['FLT-20204-M13', 'Pleated filter 20x20x4 MERV 13', 24, 'EA', 14.85],
    ['FLT-24244-M13', 'Pleated filter 24x24x4 MERV 13', 36, 'EA', 17.2],
    ['FLT-BAG-24248', 'Bag filter 24x24x22 MERV 14, 8 pocket', 12, 'EA', 41.6],
    ['LMP-T8-4FT-40K', 'LED T8 lamp 4 ft 4000K type A/B (case of 25)', 4, 'CS', 96],
  ];
  const lines = mkLines(rows);
  const total = sumLines(lines);
  const po = 'LMC-FE-30982';
  const disclaimer = 'CONFIDENTIALITY NOTICE: This message, including any attachments, is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential, or protected health information under applicable law. If you are not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. If you have received this message in error, please notify the sender immediately and delete it.';
  const td = (s: string, right = false) => `<td style="border:solid #A6A6A6 1.0pt;padding:2.25pt 5.4pt${right ? ';text-align:right' : ''}"><p class="MsoNormal"${right ? ' align="right" style="text-align:right"' : ''}><span style="font-size:10.0pt">${esc(s)}</span></p></td>`;
  const th = (s: string) => `<td style="border:solid #A6A6A6 1.0pt;background:#DEEAF6;padding:2.25pt 5.4pt"><p class="MsoNormal"><b><span style="font-size:10.0pt">${esc(s)}</span></b></p></td>`;
  const head = ['Item', 'Part No.', 'Description', 'Qty', 'UOM', 'Unit Price', 'Total'];
  const tableHtml = `<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>${head.map(th).join('')}</tr>
${rows.map((r, i) => `<tr>${td(String(i + 1))}${td(r[0]!)}${td(r[1])}${td(String(r[2]), true)}${td(r[3]!)}${td(`$${us(r[4]!)}`, true)}${td(`$${us(lines[i].amount!)}`, true)}</tr>`).join('\n')}
<tr><td colspan="6" style="border:solid #A6A6A6 1.0pt;padding:2.25pt 5.4pt"><p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:10.0pt">Total (plus freight)</span></b></p></td>${td(`$${us(total)}`, true)}</tr>
</table>`;
  const intro = `Hi Northwind team,`;
  const p1 = `Please process PO ${po} below. We'd like it shipped by end of week if you can — we have a filter change scheduled for Monday.`;
  const p2 = 'Ship UPS Ground, freight prepaid &amp; add, to:';
  const shipLines = ['Lakeshore Medical Center – Facilities Receiving', '2900 W Oklahoma Ave, Dock B', 'Milwaukee, WI 53215'];
  const html = outlookHtml([
    mso(intro), mso(''), mso(p1), mso(''), tableHtml, mso(''), mso(p2), ...shipLines.map((s) => mso(esc(s))), mso(''),
    mso('Invoices to <a href="mailto:ap@lakeshoremed.example">ap@lakeshoremed.example</a>, please reference the PO number.'), mso(''),
    mso('Thanks,'), mso(''),
    mso('<b><span style="font-size:10.0pt;color:#2F5496">Renee Baptiste</span></b>'),
    mso('<span style="font-size:9.0pt">Facilities Buyer | Facilities Engineering</span>'),
    mso('<span style="font-size:9.0pt">Lakeshore Medical Center</span>'),
    mso('<span style="font-size:9.0pt">P: (414) 555-0171 ext. 4402 | M: (414) 555-0119</span>'),
    mso('<a href="https://www.lakeshoremed.example"><span style="font-size:9.0pt">www.lakeshoremed.example</span></a>'), mso(''),
    `<p class="MsoNormal"><i><span style="font-size:7.5pt;color:#7F7F7F">${esc(disclaimer)}</span></i><o:p></o:p></p>`,
  ].join('\n'));
  const text = [intro, '', p1.replace('—', '-'), '', head.join('\t'),
    ...rows.map((r, i) => [String(i + 1), r[0], r[1], String(r[2]), r[3], `$${us(r[4]!)}`, `$${us(lines[i].amount!)}`].join('\t')),
    `Total (plus freight)\t$${us(total)}`, '', 'Ship UPS Ground, freight prepaid & add, to:', ...shipLines.map((s) => s.replace('–', '-')), '',
    'Invoices to ap@lakeshoremed.example, please reference the PO number.', '', 'Thanks,', '',
    'Renee Baptiste', 'Facilities Buyer | Facilities Engineering', 'Lakeshore Medical Center', 'P: (414) 555-0171 ext. 4402 | M: (414) 555-0119',
    'www.lakeshoremed.example', '', disclaimer, ''].join('\n');
  return {
    file: 'h3-body-htmltable-en-13.eml',
    mail: {
      from: 'Renee Baptiste <rbaptiste@lakeshoremed.example>', subject: `PO ${po} - filters & lamps`, date,
      messageId: '<SA1PR04MB8462B1E5C0D93A7F21@SA1PR04MB8462.namprd04.prod.outlook.example>', text, html,
      headers: { 'Thread-Topic': `PO ${po} - filters & lamps`, 'Content-Language': 'en-US' },
    },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: po,
      buyer: buyer('Lakeshore Medical Center', 'Renee Baptiste', 'rbaptiste@lakeshoremed.example', '(414) 555-0171 ext. 4402'),
      shipTo: addr('Lakeshore Medical Center - Facilities Receiving', '2900 W Oklahoma Ave, Dock B', 'Milwaukee', 'WI', '53215', 'US'),
      currency: 'USD', lines, subtotal: total, total, shippingMethod: 'UPS Ground',
      notes: 'Freight prepaid & add. Invoices to ap@lakeshoremed.example.',
      urgency: urgency(date, { words: [{ level: 'high', reason: 'priority wording "shipped by end of week if you can" in the body' }], expect: 'high' }),
    })],
    labelNotes: [
      'Outlook mail: text/html with an HTML table (MsoTableGrid) + text/plain alternative with tab-separated rows; signature (title, company, phone, mobile, website) and a long confidentiality disclaimer',
      'the text/plain alternative is the body a reader uses (documents)',
      '"Total (plus freight)" -> subtotal = total = 1,858.80, shipping null; "by end of week" is not a written date -> requestedDeliveryDate null',
      'urgency high: "by end of week if you can"',
    ],
  };
}

// ------------------------------------------------------------------ B3: prose, two items in one sentence, PO number only in the subject
function b3(): Case {
  const date = 'Fri, 17 Apr 2026 07:12:00 -0400';
  const text = `Morning Kim,

Can you send us 12 boxes of the 3/8-16 nylon lock nuts (NLN-38-16) and 4 cases of the black nitrile gloves in XL (GLV-NB-XL)? Also add 2 sets of the 1/2" drive impact sockets, SKT-12-IMP-19, if you still have them. Same pricing as last time.

Ship to our shop at 4410 Springboro Pike, Moraine, OH 45439.

Thanks
Jerome Watts
Parts Manager | Miami Valley Fleet Repair
(937) 555-0150
`;
  const lines = mkLines([
    ['NLN-38-16', '3/8-16 nylon lock nuts', 12, 'BOX', null],
    ['GLV-NB-XL', 'black nitrile gloves, XL', 4, 'CS', null],
    ['SKT-12-IMP-19', '1/2" drive impact sockets', 2, 'SET', null],
  ], { numbered: false });
  return {
    file: 'h3-body-prose-en-14.eml',
    mail: { from: 'Jerome Watts <jwatts@mvfleet.example>', subject: 'PO 77182', date, messageId: '<CAMvF1eet77182+0417@mail.mvfleet.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '77182',
      buyer: buyer('Miami Valley Fleet Repair', 'Jerome Watts', 'jwatts@mvfleet.example', '(937) 555-0150'),
      shipTo: addr('Miami Valley Fleet Repair', '4410 Springboro Pike', 'Moraine', 'OH', '45439', 'US'),
      lines, notes: 'Same pricing as last time.',
      urgency: urgency(date, { expect: 'normal' }),
      needsReview: true, reviewReasons: ['no prices written ("same pricing as last time")'],
    })],
    labelNotes: [
      'prose order: two items in ONE sentence ("12 boxes of ... (NLN-38-16) and 4 cases of ... (GLV-NB-XL)"), third item in the next sentence with the SKU after the description',
      'PO number appears ONLY in the subject "PO 77182"',
      'units from the words: boxes -> BOX, cases -> CS, sets -> SET; no prices -> currency null, needsReview true',
    ],
  };
}

// ------------------------------------------------------------------ B4: "SKU x qty", reply above a quoted thread with an OLD order
function b4(): Case {
  const date = 'Mon, 27 Apr 2026 08:03:00 -0700';
  const text = `New order below - PO TC-4488. Need it by Friday 5/1.

SP-SEAL-150 x 6
IMP-BR-75 x 2
PSW-30-50 x 4
CV-BR-100 x 10

Thanks,
Luis

Luis Ortega
Tri-County Irrigation & Pump
(559) 555-0133

On Tue, Apr 14, 2026 at 2:41 PM Northwind Orders <orders@northwind-supply.example> wrote:
> Hi Luis,
>
> TC-4471 shipped today via UPS Ground, tracking 1Z8W31F40398812276.
> Invoice to follow.
>
> Regards,
> Kim Nguyen
> Customer Service | Northwind Industrial Supply
>
> On Mon, Apr 13, 2026 at 9:10 AM Luis Ortega <luis@tricountypump.example> wrote:
> > Hi Kim,
> >
> > PO TC-4471 please:
> >
> > SP-SEAL-125 x 8
> > PT-GAUGE-100 x 3
> > HB-CLAMP-2 x 20
> > IMP-BR-75 x 1
> >
> > Ship to the yard as usual.
> >
> > Luis
> >
> > On Thu, Apr 2, 2026 at 4:55 PM Northwind Orders <orders@northwind-supply.example> wrote:
> > > Hi Luis, thanks for the call - price list attached as discussed.
> > > Let us know when you're ready to order.
`;
  const lines = mkLines([
    ['SP-SEAL-150', null as unknown as string, 6, null, null],
    ['IMP-BR-75', null as unknown as string, 2, null, null],
    ['PSW-30-50', null as unknown as string, 4, null, null],
    ['CV-BR-100', null as unknown as string, 10, null, null],
  ], { numbered: false });
  return {
    file: 'h3-body-reply-en-15.eml',
    mail: {
      from: 'Luis Ortega <luis@tricountypump.example>', subject: 'RE: Order TC-4471', date, messageId: '<CALo+TC4488.0427@mail.tricountypump.example>',
      inReplyTo: '<NW.SO-88102.0414@northwind-supply.example>', references: '<CALo+TC4471.0413@mail.tricountypump.example> <NW.SO-88102.0414@northwind-supply.example>',
      text,
    },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'TC-4488', requestedDeliveryDate: '2026-05-01',
      buyer: buyer('Tri-County Irrigation & Pump', 'Luis Ortega', 'luis@tricountypump.example', '(559) 555-0133'),
      lines,
      urgency: urgency(date, { requested: '2026-05-01', expect: 'high' }),
      needsReview: true, reviewReasons: ['no prices written', 'no ship-to address ("the yard as usual" is only in the quoted old order)'],
    })],
    labelNotes: [
      'reply: the NEW order (PO TC-4488, 4 lines) sits above a quoted thread; the quoted thread contains the OLD order TC-4471 (SP-SEAL-125 x 8, PT-GAUGE-100 x 3, HB-CLAMP-2 x 20, IMP-BR-75 x 1) which must NOT be counted',
      'subject names the old PO (RE: Order TC-4471) - the PO number is TC-4488 from the body',
      'lines "SKU x qty": no descriptions, no units, no prices -> needsReview true',
      '"by Friday 5/1" -> 2026-05-01; urgency high: 4 calendar / 4 business days after Mon 27 Apr',
    ],
  };
}

// ------------------------------------------------------------------ B5: German prose, "Es eilt nicht"
function b5(): Case {
  const date = 'Tue, 21 Apr 2026 18:40:00 +0200';
  const text = `Guten Tag Frau Lindner,

wir möchten gerne folgendes bestellen (unsere Bestellnummer SV-0421):

30 Pak. Spanplattenschrauben 4x35 (Art.-Nr. SPS-4035) zu je 6,90 €, dazu 2.000 Stk. Holzdübel 8x40 (HD-840) à 0,021 € sowie 5x Montagekleber MK-310 (Kartusche 310 ml) zu je 7,45 €.

Lieferung bitte an unsere Werkstatt (Adresse unten). Es eilt nicht, Lieferung bis spätestens 29.05.2026 reicht völlig.

Mit freundlichen Grüßen

Martin Vogt
Schreinerei Vogt
Hauptstraße 51
79104 Freiburg
Tel. 0761 555 2290
`;
  const lines = mkLines([
    ['SPS-4035', 'Spanplattenschrauben 4x35', 30, 'Pak', 6.9],
    ['HD-840', 'Holzdübel 8x40', 2000, 'Stk', 0.021],
    ['MK-310', 'Montagekleber (Kartusche 310 ml)', 5, null, 7.45],
  ], { numbered: false });
  return {
    file: 'h3-body-prose-de-16.eml',
    mail: { from: 'Schreinerei Vogt <info@schreinerei-vogt.example>', subject: 'Bestellung', date, messageId: '<5f3e2a10-vogt-0421@schreinerei-vogt.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'SV-0421', requestedDeliveryDate: '2026-05-29',
      buyer: buyer('Schreinerei Vogt', 'Martin Vogt', 'info@schreinerei-vogt.example', '0761 555 2290'),
      shipTo: addr('Schreinerei Vogt', 'Hauptstraße 51', 'Freiburg', null, '79104', 'DE'),
      currency: 'EUR', lines,
      urgency: urgency(date, { words: [{ level: 'normal', reason: 'negated phrase "Es eilt nicht" (no hurry) in the body: no urgency from words' }], requested: '2026-05-29', expect: 'normal' }),
    })],
    labelNotes: [
      'German prose, three items in one sentence; quantity "2.000" = 2000 (German thousands), price "0,021 €" (3 decimals)',
      'units as written: "Pak." -> PAK, "Stk." -> STK, "5x" -> null; no total written -> subtotal/total null',
      'ship-to = the signature address ("Adresse unten"); generic subject "Bestellung"; urgency normal: "Es eilt nicht", 38 days',
    ],
  };
}

// ------------------------------------------------------------------ B6: Spanish prose, Mexico, "$" = MXN
function b6(): Case {
  const date = 'Wed, 15 Apr 2026 11:05:00 -0600';
  const text = `Buen día,

Les solicito por favor el siguiente pedido, con nuestra orden de compra PO-EB-2604:

- 15 rollos de cinta canela 48 mm x 150 m (CIN-48-150) a $42.50 c/u
- 4 cajas de grapas industriales 3/4" (GRP-34-5M) a $310.00 la caja
- 2 flejadoras manuales (FLJ-MAN-01) a $1,850.00 c/u

Precios en pesos mexicanos más IVA. Fecha de entrega requerida: 04/05/2026.

Entregar en nuestra planta:
Empaques del Bajío S.A. de C.V.
Av. 5 de Febrero 1850, Zona Industrial Benito Juárez
76120 Santiago de Querétaro, Qro., México

Saludos cordiales,

Ing. Fernanda Ruiz
Jefa de Compras
Empaques del Bajío S.A. de C.V.
Tel. +52 442 555 0188
`;
  const lines = mkLines([
    ['CIN-48-150', 'cinta canela 48 mm x 150 m', 15, 'ROLLO', 42.5],
    ['GRP-34-5M', 'grapas industriales 3/4"', 4, 'CAJA', 310],
    ['FLJ-MAN-01', 'flejadoras manuales', 2, null, 1850],
  ], { numbered: false });
  return {
    file: 'h3-body-prose-es-17.eml',
    mail: { from: 'Compras Empaques del Bajío <compras@empaquesbajio.example>', subject: 'Pedido PO-EB-2604', date, messageId: '<PO-EB-2604.1776272700@empaquesbajio.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'PO-EB-2604', requestedDeliveryDate: '2026-05-04',
      buyer: buyer('Empaques del Bajío S.A. de C.V.', 'Fernanda Ruiz', 'compras@empaquesbajio.example', '+52 442 555 0188'),
      shipTo: addr('Empaques del Bajío S.A. de C.V.', 'Av. 5 de Febrero 1850, Zona Industrial Benito Juárez', 'Santiago de Querétaro', 'Qro.', '76120', 'MX'),
      currency: 'MXN', lines, notes: 'Precios en pesos mexicanos más IVA.',
      urgency: urgency(date, { requested: '2026-05-04', expect: 'normal' }),
    })],
    labelNotes: [
      'Spanish (Mexico) dash list; "$" with a Mexican address and "pesos mexicanos" -> MXN, NOT USD; "$1,850.00" uses US-style separators (as in Mexico)',
      '"04/05/2026" is day-first in Mexico -> 2026-05-04 (April 5 would be before the mail); 19 days -> normal',
      'units from the words: rollos -> ROLLO, cajas -> CAJA, "2 flejadoras" (the item itself) -> null; prices "más IVA", no total -> subtotal/total null',
      'contact "Ing. Fernanda Ruiz" -> contactName without the title',
    ],
  };
}

// ------------------------------------------------------------------ B7: urgency only in the subject, crosses midnight UTC
function b7(): Case {
  const date = 'Thu, 30 Apr 2026 22:47:00 -0400';
  const text = `PO 31057

- 2 ea  BRG-22215-EK  spherical roller bearing 22215 EK
- 2 ea  SLV-H315  adapter sleeve H315
- 1 ea  SEAL-KIT-SNL515  housing seal kit SNL 515

Ship to Hollis Plastics, 1200 Howard St, Spartanburg, SC 29303, attn Denise.

Denise Carter
Maintenance Supervisor
Hollis Plastics Corp.
(864) 555-0145
`;
  const lines = mkLines([
    ['BRG-22215-EK', 'spherical roller bearing 22215 EK', 2, 'ea', null],
    ['SLV-H315', 'adapter sleeve H315', 2, 'ea', null],
    ['SEAL-KIT-SNL515', 'housing seal kit SNL 515', 1, 'ea', null],
  ], { numbered: false });
  return {
    file: 'h3-body-subjurgent-en-18.eml',
    mail: { from: 'Denise Carter <dcarter@hollisplastics.example>', subject: 'URGENT - machine down', date, messageId: '<0430224700.31057@hollisplastics.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: '31057',
      buyer: buyer('Hollis Plastics Corp.', 'Denise Carter', 'dcarter@hollisplastics.example', '(864) 555-0145'),
      shipTo: addr('Hollis Plastics', '1200 Howard St', 'Spartanburg', 'SC', '29303', 'US'),
      lines,
      urgency: urgency(date, { words: [{ level: 'urgent', reason: 'urgent words "URGENT - machine down" in the subject only' }], expect: 'urgent' }),
      needsReview: true, reviewReasons: ['no prices written'],
    })],
    labelNotes: [
      'urgency ONLY in the subject ("URGENT - machine down"); the body is a bare list',
      'Date header Thu 30 Apr 22:47 -0400 -> receivedAt 2026-05-01T02:47:00Z (next day in UTC)',
      'PO number is the first body line "PO 31057"; units "ea" -> EA; no prices -> needsReview true',
    ],
  };
}

// ------------------------------------------------------------------ B8: UK, metres / boxes, "priority" + 6 days
function b8(): Case {
  const date = 'Thu, 23 Apr 2026 10:30:00 +0100';
  const rows: Row[] = [
    ['TE25G', '2.5mm twin & earth, grey', 200, 'm', 0.98],
    ['TE15G', '1.5mm twin & earth, grey', 100, 'm', 0.71],
    ['221-413', 'WAGO lever connectors 3-way (box of 50)', 5, 'box', 14.2],
    ['MB1G35', 'metal back box 1G 35mm', 12, 'ea', 0.64],
  ];
  const lines = mkLines(rows, { numbered: false });
  const subtotal = sumLines(lines);
  const text = `Morning,

Could you please supply the following against our order ref PEC/2604/17 - priority please, the lads start the Harrogate job on the 30th.

 200 m    TE25G     2.5mm twin & earth, grey                   @ £0.98/m
 100 m    TE15G     1.5mm twin & earth, grey                   @ £0.71/m
   5 box  221-413   WAGO lever connectors 3-way (box of 50)    @ £14.20/box
  12 ea   MB1G35    metal back box 1G 35mm                     @ £0.64

Total £${us(subtotal)} + VAT

Delivery to site please, no later than 29/04/2026:
Pennine Electrical - Harrogate Road Site
120 Skipton Road
Harrogate HG1 4LF

Site contact Gav on 07700 900461.

Kind regards,
Sarah Whitworth
Office Manager
Pennine Electrical Contractors Ltd
14 Canal Wharf, Leeds LS11 5PS
0113 555 0642
`;
  return {
    file: 'h3-body-units-en-19.eml',
    mail: { from: 'Sarah Whitworth <sarah.w@pennine-electrical.example>', subject: 'Order ref PEC/2604/17', date, messageId: '<PEC.2604.17.sw@pennine-electrical.example>', text },
    documents: [bodyDoc()],
    isPurchaseOrder: true,
    orders: [order({
      poNumber: 'PEC/2604/17', requestedDeliveryDate: '2026-04-29',
      buyer: buyer('Pennine Electrical Contractors Ltd', 'Sarah Whitworth', 'sarah.w@pennine-electrical.example', '0113 555 0642'),
      shipTo: addr('Pennine Electrical - Harrogate Road Site', '120 Skipton Road', 'Harrogate', null, 'HG1 4LF', 'GB'),
      currency: 'GBP', lines, subtotal, tax: null, total: null,
      notes: 'Site contact Gav on 07700 900461.',
      urgency: urgency(date, { words: [{ level: 'high', reason: 'priority word "priority please" in the body' }], requested: '2026-04-29', expect: 'high' }),
    })],
    labelNotes: [
      'quantity-first text lines with units m / box / ea -> M / BOX / EA and "@ £price" (per metre); PO ref with slashes "PEC/2604/17"',
      '"Total £345.68 + VAT" -> subtotal 345.68, tax and total null (VAT not stated)',
      'UK day-first "29/04/2026"; ship-to is the site address, not the office address in the signature; billTo null',
      'urgency high: "priority please" and 6 calendar days (4 business days)',
    ],
  };
}

export const bodyCases = [b1, b2, b3, b4, b5, b6, b7, b8];
