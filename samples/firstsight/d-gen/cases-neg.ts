// Mail that carries no order (d47-d52)
import { MailDate, buildEml, emailSource, num, r2, sumLines, HELV, amt } from './lib.ts';
import { C, Case, LX, PDF, TO_ORDERS, negative, stdPO, textTable } from './tpl.ts';

const eu = (n: number) => num(n, 'eu');
const body = [{ name: 'body', mediaType: 'text/plain', method: 'text' as const, pages: null }];

export const casesNeg: Case[] = [
  // ------------------------------------------------------------------ d47
  {
    name: 'd47_neg_confirmation_quoted',
    ext: 'eml',
    kind: 'email reply (negative)',
    lang: 'en (US)',
    what: 'Customer replies "Thanks, looks good" to our own order confirmation SO-118204, quoting it in full below (PO number, lines, prices, ship-to) without any change or new request.',
    async build(ctx) {
      const lines: LX[] = [
        { sku: 'BW-PT200-1K', description: 'Pipette tips 200 µl, bulk bag 1000', quantity: 10, unitPrice: 18.5 },
        { sku: 'BW-NG-M', description: 'Nitrile gloves, M, box of 100', quantity: 12, unitPrice: 9.8 },
      ];
      const total = sumLines(lines);
      const date = new MailDate('2026-12-01', '10:22:41', '-0500');
      const text = `Thanks, looks good.

Ben

On Mon, Nov 30, 2026 at 4:02 PM Brightwater Orders <orders@brightwaterlab.com> wrote:
> Dear customer,
>
> Thank you for your order. We confirm sales order SO-118204 for your PO 2026-0398:
>
${textTable(['Item', 'Description', 'Qty', 'Price', 'Amount'], lines.map((l) => [l.sku!, l.description!, String(l.quantity), num(l.unitPrice!), num(amt(l))]), ['l', 'l', 'r', 'r', 'r']).split('\n').map((s) => '> ' + s).join('\n')}
>
> Order total: USD ${num(total)}
> Ship to: Cobalt Ridge Biosciences, 210 Innovation Drive, Suite 140, Durham, NC 27703
> Estimated ship date: 12/02/2026, UPS Ground
>
> Brightwater Lab Supply Inc. | Order Desk | 614-555-0100
`;
      const mail = { id: 'd47', from: 'Ben Hartley <ben.hartley@cobaltridgebio.com>', to: TO_ORDERS, subject: 'RE: Order confirmation SO-118204 (your PO 2026-0398)', date, messageId: 'CAF3x9q2_d47.1188@mail.cobaltridgebio.com', inReplyTo: 'SO-118204.conf@brightwaterlab.com', references: '<SO-118204.conf@brightwaterlab.com>', text };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, body)) };
    },
  },
  // ------------------------------------------------------------------ d48
  {
    name: 'd48_neg_quote_request_es',
    ext: 'eml',
    kind: 'email, price enquiry (negative)',
    lang: 'es (ES)',
    what: 'Seville university lab asks for a quotation ("solicitud de presupuesto") for quantities of gloves and tips, with delivery address and a deadline for the offer; no order is placed.',
    async build(ctx) {
      const date = new MailDate('2026-12-02', '12:14:09', '+0100');
      const text = `Buenos días:

Les escribo del Departamento de Microbiología de la Universidad Hispalense Nueva. Para preparar el pedido del primer trimestre, les agradecería que nos enviaran un presupuesto para:

- 200 cajas de guantes de nitrilo talla M (ref. BW-NG-M)
- 100 cajas de guantes de nitrilo talla S (ref. BW-NG-S)
- 50 bolsas de puntas de 200 µl (ref. BW-PT200-1K)

Entrega en: Facultad de Biología, Avda. Reina Mercedes 6, 41012 Sevilla.

Necesitamos la oferta antes del 15/12/2026 para poder tramitar el expediente. Por favor indiquen plazo de entrega y portes.

Muchas gracias,
Dr. Javier Ortega Ruiz
Departamento de Microbiología
Tel. 954 55 06 61
`;
      const mail = { id: 'd48', from: 'Javier Ortega <jortega@uhn.es>', to: TO_ORDERS, subject: 'Solicitud de presupuesto - guantes y puntas', date, messageId: 'd48.presupuesto@uhn.es', text };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, body)) };
    },
  },
  // ------------------------------------------------------------------ d49
  {
    name: 'd49_neg_complaint',
    ext: 'eml',
    kind: 'email, delivery complaint (negative)',
    lang: 'en (GB)',
    what: 'Customer complains that part of a delivery against its PO arrived broken (four amber bottles) and asks for replacements free of charge and a credit note; it names quantities and item numbers but places no new order.',
    async build(ctx) {
      const date = new MailDate('2026-12-03', '14:40:55', '+0000');
      const text = `Hello,

Our delivery for PO POL2611-00061 (your delivery note DN-552190) arrived this morning with the outer carton crushed. 4 x BW-RB500 amber bottles 500ml were broken and 2 more are chipped, so 6 in total are unusable. Photos attached on request.

Please send 6 replacement bottles free of charge and issue a credit note for the damaged ones - we will not be paying for them. Can you also ask your courier to take more care, this is the second time this quarter.

Regards,
Sophie Turnbull
Purchasing, Larkspur Botanicals Ltd
01453 555 810
`;
      const mail = { id: 'd49', from: 'Sophie Turnbull <sophie.turnbull@larkspurbotanicals.co.uk>', to: TO_ORDERS, subject: 'Damaged delivery - PO POL2611-00061', date, messageId: 'd49.damaged@larkspurbotanicals.co.uk', text };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, body)) };
    },
  },
  // ------------------------------------------------------------------ d50
  {
    name: 'd50_neg_invoice_de',
    ext: 'eml',
    kind: 'email + PDF invoice (negative)',
    lang: 'de (DE)',
    what: 'Freight forwarder sends us (Brightwater) its "Rechnung" for November transports as a PDF: invoice number, Leistungszeitraum, line table of shipments with prices, MwSt 19 %, payment due date.',
    async build(ctx) {
      const lines: LX[] = [
        { lineNo: 1, sku: 'SND-88120', description: 'Stückgut Rotterdam - Ludwigshafen, 3 Paletten, 14.11.2026', quantity: 1, unit: 'PAUSCH', unitPrice: 412.0 },
        { lineNo: 2, sku: 'SND-88144', description: 'Stückgut Rotterdam - Göttingen, 1 Palette, 18.11.2026', quantity: 1, unit: 'PAUSCH', unitPrice: 236.0 },
        { lineNo: 3, sku: 'SND-88203', description: 'Stückgut Rotterdam - Bamberg, 2 Paletten, 25.11.2026', quantity: 1, unit: 'PAUSCH', unitPrice: 318.5 },
        { lineNo: 4, sku: 'MAUT', description: 'Mautzuschlag November', quantity: 1, unit: 'PAUSCH', unitPrice: 38.6 },
      ];
      const sub = sumLines(lines), tax = r2(sub * 0.19), total = r2(sub + tax);
      const pdf = await stdPO({
        meta: { title: 'Rechnung 2026-118734', creator: 'DATEV', date: '2026-12-01' },
        size: 'A4', fonts: HELV, fs: 9,
        letterhead: { name: 'Spedition Köhler GmbH', lines: ['Hafenstraße 12 · 47119 Duisburg', 'USt-IdNr. DE119922844'] },
        title: 'RECHNUNG',
        metaPairs: [['Rechnungsnr.', '2026-118734'], ['Datum', '01.12.2026'], ['Kundennr.', '40188'], ['Leistungszeitraum', '01.11.-30.11.2026'], ['Fällig am', '31.12.2026']],
        metaLabelW: 100,
        addresses: { layout: 'side', blocks: [{ h: 'Rechnungsempfänger', lines: ['Brightwater Laboratory Supply B.V.', 'Waalhaven Z.z. 41', '3089 JH Rotterdam', 'Niederlande'] }] },
        cols: [C.no('Pos.', 30), C.sku('Sendung', 72), C.desc('Leistung', 0), C.qty('Menge', 40, 'eu'), C.unit('Einh.', 48), C.price('Preis €', 60, 'eu'), C.amount('Betrag €', 66, 'eu')],
        lines,
        totals: [['Nettobetrag', eu(sub)], ['MwSt. 19 %', eu(tax)], ['Rechnungsbetrag', eu(total)]],
        after: ['Zahlbar bis 31.12.2026 ohne Abzug auf IBAN DE12 3505 0000 0201 8834 77.'],
      });
      const date = new MailDate('2026-12-01', '07:02:10', '+0100');
      const mail = {
        id: 'd50', from: 'Buchhaltung Spedition Köhler <rechnung@spedition-koehler.de>', to: TO_ORDERS, subject: 'Rechnung 2026-118734 - Kundennr. 40188', date, messageId: 'd50.RE2026118734@spedition-koehler.de',
        text: 'Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Rechnung 2026-118734 für den Leistungszeitraum November 2026.\n\nMit freundlichen Grüßen\nBuchhaltung\nSpedition Köhler GmbH\n',
        attachments: [{ filename: 'Rechnung_2026-118734.pdf', contentType: PDF, data: pdf }],
      };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, [...body, { name: 'Rechnung_2026-118734.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }])) };
    },
  },
  // ------------------------------------------------------------------ d51
  {
    name: 'd51_neg_statement',
    ext: 'eml',
    kind: 'email + PDF statement of account (negative)',
    lang: 'en (US)',
    what: 'A glassware manufacturer sends us its monthly statement of account: list of open invoices and payments with dates, aging buckets and balance due; addressed to our accounts payable.',
    async build(ctx) {
      const rows: LX[] = [
        { description: 'Invoice 7712034 - 10/28/2026', quantity: 1, unitPrice: 4820.0, extra: { ref: '7712034', date: '10/28/2026', type: 'Invoice' } },
        { description: 'Invoice 7712290 - 11/06/2026', quantity: 1, unitPrice: 2215.4, extra: { ref: '7712290', date: '11/06/2026', type: 'Invoice' } },
        { description: 'Payment - 11/12/2026', quantity: 1, unitPrice: -4820.0, extra: { ref: 'ACH 55120', date: '11/12/2026', type: 'Payment' } },
        { description: 'Invoice 7712611 - 11/19/2026', quantity: 1, unitPrice: 3904.75, extra: { ref: '7712611', date: '11/19/2026', type: 'Invoice' } },
        { description: 'Credit memo 901144 - 11/24/2026', quantity: 1, unitPrice: -182.0, extra: { ref: '901144', date: '11/24/2026', type: 'Credit' } },
      ];
      let bal = 0;
      const balances = rows.map((r) => (bal = r2(bal + r.unitPrice!)));
      const pdf = await stdPO({
        meta: { title: 'Statement 11/30/2026', creator: 'Microsoft Dynamics GP', date: '2026-11-30' },
        fonts: HELV, fs: 9,
        letterhead: { name: 'Crestline Scientific Glass Co.', lines: ['88 Furnace Street', 'Vineland, NJ 08360', 'ar@crestlineglass.com'] },
        title: 'STATEMENT OF ACCOUNT',
        metaPairs: [['Statement date', '11/30/2026'], ['Customer ID', 'BRIGHT-US'], ['Terms', 'Net 30']],
        addresses: { layout: 'side', blocks: [{ h: 'To', lines: ['Brightwater Lab Supply Inc.', 'Attn: Accounts Payable', '4100 Commerce Parkway', 'Columbus, OH 43219'] }] },
        cols: [C.x('Date', 70, 'date'), C.x('Type', 60, 'type'), C.x('Reference', 80, 'ref'), C.desc('Description', 0), C.fn('Amount', 80, (l) => num(l.unitPrice!), 'right'), C.fn('Balance', 80, (_l, i) => num(balances[i]), 'right')],
        lines: rows,
        totals: [['Current', num(3904.75 - 182)], ['1-30 days', num(2215.4)], ['31-60 days', '0.00'], ['Balance due', num(bal)]],
        after: ['Please remit to Crestline Scientific Glass Co., PO Box 1180, Vineland, NJ 08362. Thank you for your business.'],
      });
      const date = new MailDate('2026-12-01', '06:30:00', '-0500');
      const mail = {
        id: 'd51', from: 'Crestline Scientific Glass AR <ar@crestlineglass.com>', to: TO_ORDERS, subject: 'Statement of account - November 2026', date, messageId: 'd51.stmt.BRIGHTUS.202611@crestlineglass.com',
        text: 'Please find attached your statement of account as of 11/30/2026. Balance due: $' + num(bal) + '.\n\nCrestline Scientific Glass Co. - Accounts Receivable\n',
        attachments: [{ filename: 'Statement_BRIGHT-US_20261130.pdf', contentType: PDF, data: pdf }],
      };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, [...body, { name: 'Statement_BRIGHT-US_20261130.pdf', mediaType: PDF, method: 'pdf-text', pages: 1 }])) };
    },
  },
  // ------------------------------------------------------------------ d52
  {
    name: 'd52_neg_portal_notice',
    ext: 'eml',
    kind: 'email, portal notification (negative)',
    lang: 'en (US)',
    what: 'Automatic SAP Business Network notification: a customer asks us to update our remit-to address and tax forms in our supplier profile; it mentions purchase orders and invoices in general, with a link, but carries no order.',
    async build(ctx) {
      const date = new MailDate('2026-12-03', '03:15:22', '-0800');
      const text = `SAP Business Network

Action required: update your supplier profile

Halvorsen University has requested that you update the following information in your SAP Business Network profile:

- Remit-to address
- W-9 tax form (2026)
- Purchase order routing email (currently orders@brightwaterlab.com)

Until your profile is complete, new purchase orders and invoices from Halvorsen University may be delayed.

Log in to SAP Business Network to update your profile: https://service.ariba.com/Supplier.aw

This is an automated message. Please do not reply.
`;
      const mail = { id: 'd52', from: 'SAP Business Network <no-reply@ansmtp.ariba.com>', to: TO_ORDERS, subject: 'Action required: Halvorsen University requests a profile update', date, messageId: '1512390455.99120.d52.JavaMail.ariba@ansmtp.ariba.com', text };
      return { data: buildEml(mail), truth: negative(emailSource(mail, ctx.file, body)) };
    },
  },
];
void HELV;
