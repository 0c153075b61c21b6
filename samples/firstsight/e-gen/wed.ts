// Wednesday 2026-12-09
import { Order, Line, addr, renderPdfPo, settle, money, usLines, euLines, toScanJpeg, imagePdf, rng, qtyFmt, r2 } from './lib.ts';
import { email, file, at, urg, bodyDoc, htmlDoc, ORDERS, KESTREL, svgPo } from './kit.ts';
import { lagerhausSap } from './mon.ts';

export async function wednesday() {
  // 21 "Approved, please proceed" above our quoted quote, which carries the lines
  {
    const r = at('2026-12-09', '08:05:19', '-05:00');
    const o: Order = {
      po: '88213', date: null, req: null,
      buyer: { company: 'Harborline Printing Co.', contactName: 'Nina Castillo', email: 'ncastillo@harborlineprinting.com', phone: '843-555-0161' },
      shipTo: addr('Harborline Printing Co.', '210 Old Trolley Rd', 'Summerville', 'SC', '29485', 'US'), billTo: null, currency: 'USD', printLineNo: true,
      lines: [
        { no: 1, sku: 'KP-RSC-1711', desc: 'RSC 17 x 11 x 10 in, 32 ECT, for letter-size cartons', qty: 2000, unit: 'EA', price: 0.94 },
        { no: 2, sku: 'KP-RSC-1410', desc: 'RSC 14 x 10 x 6 in, 32 ECT', qty: 1000, unit: 'EA', price: 0.71 },
        { no: 3, sku: 'KT-48C-55', desc: 'Carton sealing tape 48 mm x 55 m, clear, 36 rl/cs', qty: 12, unit: 'CS', price: 52.5 },
        { no: 4, sku: 'KS-18-80', desc: 'Hand stretch film 18 in x 1500 ft, 80 ga, 4 rl/cs', qty: 10, unit: 'CS', price: 70.8 },
      ],
      shipping: 125, terms: 'Net 30', via: 'Kestrel truck', notes: null, urgency: urg('2026-12-09', null),
    };
    const t = settle(o);
    const q = o.lines.map((l) => `> ${l.no}  ${l.sku.padEnd(12)} ${l.desc}\n>    ${qtyFmt(l.qty, 'en')} ${l.unit} x $${money(l.price!, 'en')} = $${money(l.amount!, 'en')}`).join('\n');
    email('wed-01-harborline-approved-quote.eml', {
      from: 'Nina Castillo <ncastillo@harborlineprinting.com>', to: 'Dana Whitfield <dana.whitfield@kestrelpack.com>', cc: ORDERS,
      subject: 'RE: Kestrel Quote Q-26-1184 - shipping supplies', date: '', messageId: 'CAJx9-approve-q261184@harborlineprinting.com', inReplyTo: 'q-26-1184.dw@kestrelpack.com',
      text: `Approved, please proceed. Use PO 88213 for this one.

Nina Castillo
Production Manager | Harborline Printing Co.
843-555-0161

On Tue, Dec 8, 2026 at 4:10 PM Dana Whitfield <dana.whitfield@kestrelpack.com> wrote:
> Hi Nina,
>
> As discussed, here is quote Q-26-1184:
>
${q}
>
> Subtotal: $${money(t.sub, 'en')}
> Freight (Kestrel truck to Summerville): $${money(t.ship, 'en')}
> Total: $${money(t.total, 'en')}
> Sales tax not included.
>
> Ship to: Harborline Printing Co., 210 Old Trolley Rd, Summerville, SC 29485
> Terms: Net 30. Lead time 3-5 business days. Quote valid 30 days.
>
> Best regards,
> Dana Whitfield
> Inside Sales, Kestrel Packaging Inc.
> 704-555-0100 x207
`,
    }, r, [o], [bodyDoc]);
  }

  // 22 revision of Monday's SAP order (version 2 replaces version 1)
  {
    const r = at('2026-12-09', '08:47:02', '+01:00');
    const { o, pdf } = await lagerhausSap(2);
    email('wed-02-lagerhaus-nord-revision-de.eml', {
      from: 'Katrin Behrens <katrin.behrens@lagerhaus-nord.de>', to: ORDERS, subject: 'Bestelländerung 4500098123 - Version 2', date: '', messageId: 'SAP-4500098123-2@lagerhaus-nord.de',
      text: 'Sehr geehrte Damen und Herren,\n\nbitte ersetzen Sie unsere Bestellung 4500098123 vom 04.12.2026 durch die beigefügte Version 2. Geändert wurden die Mengen der Positionen 20, 60 und 110. Die Liefertermine bleiben unverändert.\n\nMit freundlichen Grüßen\nKatrin Behrens\nEinkauf, Lagerhaus Nord Logistik GmbH\nTel. +49 421 555 3180\n',
      attachments: [{ filename: 'Bestellaenderung_4500098123_V2.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'Bestellaenderung_4500098123_V2.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 2 }]);
  }

  // 23 Odoo pedido de compra, item code in brackets in the description, IVA 21 %
  {
    const r = at('2026-12-09', '09:33:40', '+01:00');
    const o: Order = {
      po: 'P00342', date: '2026-12-09', req: '2026-12-15',
      buyer: { company: 'Conservas del Mediterráneo S.A.', contactName: 'Antonio Navarro', email: 'compras@conservasmediterraneo.es', phone: '+34 968 55 21 40' },
      shipTo: addr('Conservas del Mediterráneo S.A.', 'Avda. de la Industria, 14', 'Lorquí', 'Murcia', '30564', 'ES'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-RSC-4030', desc: 'Caja americana 400 x 300 x 250 mm, canal doble, kraft', qty: 3000, unit: 'UDS', price: 0.89 },
        { sku: 'KP-BAND-2418', desc: 'Bandeja de cartón 240 x 180 x 60 mm, para latas', qty: 8000, unit: 'UDS', price: 0.21 },
        { sku: 'KS-500-23', desc: 'Film estirable 500 mm x 1500 m, 23 micras', qty: 40, unit: 'ROLLOS', price: 18.75 },
        { sku: 'KL-100X150-DT', desc: 'Etiquetas térmicas 100 x 150 mm, 500 por rollo', qty: 50, unit: 'ROLLOS', price: 7.1 },
      ],
      taxRate: 0.21, terms: '60 días fecha factura', via: null, notes: null, urgency: urg('2026-12-09', '2026-12-15'),
    };
    const t = settle(o);
    const shown = o.lines.map((l) => ({ ...l, desc: `[${l.sku}] ${l.desc}`, sku: null, date: '2026-12-15' }));
    const pdf = await renderPdfPo({ ...o, lines: shown as Line[] }, {
      size: 'A4', font: 'dejavu', fs: 8.5, loc: 'es', df: 'dmy/', title: 'Pedido de compra #P00342', accent: '#714b67',
      letterhead: ['Conservas del Mediterráneo S.A.', 'Avda. de la Industria, 14', '30564 Lorquí (Murcia)', 'CIF A30123456'],
      meta: [['Representante', 'Antonio Navarro'], ['Fecha de orden', '09/12/2026'], ['Plazo de pago', '60 días fecha factura']],
      blocks: [{ label: 'Proveedor', lines: KESTREL.es }, { label: 'Dirección de envío', lines: [...euLines(o.shipTo!), 'Tel. +34 968 55 21 40'] }],
      cols: [{ key: 'desc', label: 'Descripción', w: 230 }, { key: 'date', label: 'Fecha prevista', w: 60 }, { key: 'qty', label: 'Cantidad', w: 45, align: 'right' }, { key: 'unit', label: 'UdM', w: 45 }, { key: 'price', label: 'Precio unitario', w: 55, align: 'right' }, { key: 'amount', label: 'Importe', w: 60, align: 'right' }],
      table: 'borderless', cur: '€', totals: [['Importe libre de impuestos', t.sub], ['IVA 21%', t.tax], ['Total', t.total]],
      after: ['Contacto: compras@conservasmediterraneo.es'], pageLabel: (i, n) => `Página: ${i} / ${n}`,
    });
    email('wed-03-conservas-odoo-es.eml', {
      from: 'Conservas del Mediterráneo S.A. <compras@conservasmediterraneo.es>', to: ORDERS, subject: 'Conservas del Mediterráneo S.A. Pedido (Ref P00342)', date: '', messageId: 'odoo-po-342-purchase.order@conservasmediterraneo.es',
      html: '<div><p>Estimado/a Kestrel Embalajes S.L.,</p><p>Adjunto encontrará el pedido de compra <strong>P00342</strong> por un importe de <strong>' + money(t.total, 'es') + ' €</strong> de Conservas del Mediterráneo S.A.</p><p>La fecha de recepción prevista es el 15/12/2026.</p><p>Por favor, confirme la recepción del pedido.</p><p>Saludos cordiales,<br>Antonio Navarro</p></div>',
      attachments: [{ filename: 'Pedido de compra - P00342.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [htmlDoc, { name: 'Pedido de compra - P00342.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 24 Italian order, image-only PDF (bare file), prices net of IVA
  {
    const o: Order = {
      po: '2026/1187', date: '2026-12-04', req: '2026-12-18',
      buyer: { company: 'Tipografia Lombarda S.r.l.', contactName: 'Paolo Rota', email: 'acquisti@tipografialombarda.it', phone: '035 55 12 870' },
      shipTo: addr('Tipografia Lombarda S.r.l.', 'Via dei Caniana, 9', 'Bergamo', 'BG', '24127', 'IT'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-EU-400300', desc: 'Scatola americana 400 x 300 x 200 mm, onda doppia', qty: 1500, unit: 'PZ', price: 1.35 },
        { sku: 'KT-50P-50', desc: 'Nastro in carta gommata 50 mm x 50 m', qty: 120, unit: 'RT', price: 3.9 },
        { sku: 'KC-KS-50', desc: 'Paraspigoli in cartone 50 x 50 x 1000 mm', qty: 800, unit: 'PZ', price: 0.39 },
        { sku: 'KPL-EPAL-1', desc: 'Pallet EPAL 1200 x 800 mm, nuovo', qty: 40, unit: 'PZ', price: 12.9 },
      ],
      noTotal: true, terms: 'Bonifico 60 gg d.f.f.m.', via: 'Franco destino', notes: null, urgency: urg(null, null),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'it', df: 'dmy/', title: 'ORDINE D\'ACQUISTO', head: ['TIPOGRAFIA LOMBARDA S.r.l.', 'Via dei Caniana, 9 - 24127 Bergamo (BG)', 'Tel. 035 55 12 800 - P.IVA 02345670168'],
      meta: [['Ordine n.', '2026/1187'], ['Data', '04/12/2026'], ['Consegna entro', '18/12/2026'], ['Referente', 'Paolo Rota'], ['Tel.', '035 55 12 870']],
      blocks: [{ label: 'Spett.le Fornitore', lines: KESTREL.es.slice(0, 3), x: 80 }, { label: 'Luogo di consegna', lines: ['Tipografia Lombarda S.r.l.', 'Via dei Caniana, 9', '24127 Bergamo (BG)'], x: 640 }],
      cols: [{ key: 'sku', label: 'Codice', x: 80 }, { key: 'desc', label: 'Descrizione', x: 290 }, { key: 'unit', label: 'UM', x: 850 }, { key: 'qty', label: 'Q.tà', x: 960, anchor: 'end' }, { key: 'price', label: 'Prezzo', x: 1060, anchor: 'end' }, { key: 'amount', label: 'Importo', x: 1160, anchor: 'end' }],
      totals: [['Totale imponibile', t.sub]], size: 21, cur: 'EUR',
      after: ['Prezzi IVA esclusa. Pagamento: Bonifico 60 gg d.f.f.m. - Resa: Franco destino', 'E-mail: acquisti@tipografialombarda.it', 'Timbro e firma: Paolo Rota'],
    });
    const pdf = await imagePdf([await toScanJpeg(svg, 2404, 1.8, 62)]);
    file('wed-04-tipografia-lombarda-scan-it.pdf', pdf, [o], { name: 'wed-04-tipografia-lombarda-scan-it.pdf', mediaType: 'application/pdf', method: 'ocr', pages: 1 });
  }

  // 25 newsletter (not an order)
  {
    const r = at('2026-12-09', '10:00:00', '-05:00');
    email('wed-05-newsletter.eml', {
      from: 'PackWorld Insider <news@packworld-insider.com>', to: ORDERS, subject: 'December Insider: 2027 corrugated price outlook + order now for year-end', date: '', messageId: 'nl-2026-12-09.77120@packworld-insider.com',
      headers: [['List-Unsubscribe', '<https://packworld-insider.com/unsub?u=77120>'], ['Precedence', 'bulk']],
      html: '<html><body><h1>PackWorld Insider - December 2026</h1><h3>Containerboard prices: what to expect in Q1 2027</h3><p>Mills announced a $40/ton increase effective January. Distributors are advised to place orders now.</p><h3>Webinar: right-sizing boxes for e-commerce</h3><p>Thursday, Dec 17, 2 PM ET. Register today - seats are limited!</p><p><a href="https://packworld-insider.com/unsub?u=77120">Unsubscribe</a></p></body></html>',
    }, r, [], [htmlDoc]);
  }

  // 26 Sage 50 (Canada) PO, HST 15 %, freight
  {
    const r = at('2026-12-09', '11:20:37', '-04:00');
    const o: Order = {
      po: '4471', date: '2026-12-09', req: '2026-12-23',
      buyer: { company: 'Maple Leaf Mercantile Ltd.', contactName: 'Colin MacDonald', email: 'colin@mapleleafmercantile.ca', phone: '(902) 555-0133' },
      shipTo: addr('Maple Leaf Mercantile Ltd.', '88 Lakeside Park Dr', 'Lakeside', 'NS', 'B3T 1L8', 'CA'), billTo: null, currency: 'CAD',
      lines: [
        { sku: 'KP-MAIL-0906', desc: 'Mailer box 9x6x4 white', qty: 2500, unit: 'EA', price: 0.95 },
        { sku: 'KV-BUB-12', desc: 'Bubble roll 12 in x 250 ft, 3/16 in, perforated', qty: 20, unit: 'RL', price: 24.75 },
        { sku: 'KL-4X6-DT', desc: 'Labels 4x6 DT 250/roll', qty: 80, unit: 'RL', price: 6.95 },
        { sku: 'KPR-ZD421-DT', desc: 'Label printer ZD421d direct thermal, 203 dpi, USB/Ethernet', qty: 2, unit: 'EA', price: 489 },
      ],
      taxRate: 0.15, taxOnShipping: true, shipping: 140, terms: 'Net 30', via: 'Day & Ross', notes: null, urgency: urg('2026-12-09', '2026-12-23'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'times', fs: 9, loc: 'en', df: 'usl', title: 'Purchase Order', cur: 'CAD',
      letterhead: ['Maple Leaf Mercantile Ltd.', '88 Lakeside Park Dr', 'Lakeside, Nova Scotia B3T 1L8', 'Tel (902) 555-0130   Business No. 81234 0912'],
      meta: [['Order No.', '4471'], ['Date', 'December 9, 2026'], ['Ship Date', 'December 23, 2026'], ['Page', '1']],
      blocks: [{ label: 'Vendor:', lines: KESTREL.ca }, { label: 'Ship to:', lines: usLines(o.shipTo!) }],
      cols: [{ key: 'sku', label: 'Item No.', w: 85 }, { key: 'qty', label: 'Quantity', w: 50, align: 'right' }, { key: 'unit', label: 'Unit', w: 35 }, { key: 'desc', label: 'Description', w: 210 }, { key: 'price', label: 'Price', w: 55, align: 'right' }, { key: 'amount', label: 'Amount', w: 65, align: 'right' }],
      table: 'ruled', totals: [['Subtotal', t.sub], ['Freight', 140], ['H - HST 15%', t.tax], ['Total Amount', t.total]],
      after: ['Terms: Net 30        Shipped by: Day & Ross', 'Ordered by: Colin MacDonald   colin@mapleleafmercantile.ca   (902) 555-0133'],
    });
    email('wed-06-maple-leaf-sage.eml', {
      from: 'Colin MacDonald <colin@mapleleafmercantile.ca>', to: ORDERS, subject: 'Purchase Order 4471', date: '', messageId: 'sage50-po4471@mapleleafmercantile.ca',
      text: 'Please supply the attached order. Confirm printer availability.\n\nColin MacDonald\nMaple Leaf Mercantile Ltd.\n(902) 555-0133\n',
      attachments: [{ filename: 'PO4471.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO4471.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }

  // 27 French furniture maker, HTML order, description column first, amounts HT only
  {
    const r = at('2026-12-09', '12:12:12', '+01:00');
    const o: Order = {
      po: 'BC-26-0781', date: '2026-12-09', req: null,
      buyer: { company: 'Maison Berthier Meubles', contactName: 'Claire Dumont', email: 'c.dumont@berthier-meubles.fr', phone: '04 78 55 61 20' },
      shipTo: addr('Maison Berthier Meubles – Atelier', 'ZI de la Sauvegarde\n14 rue des Ateliers', 'Lyon', null, '69009', 'FR'),
      billTo: addr('Maison Berthier SAS', 'Service comptabilité\n3 place Bellecour', 'Lyon', null, '69002', 'FR'), currency: 'EUR',
      lines: [
        { sku: 'KP-EU-1200800', desc: 'Carton double cannelure 1200 x 800 x 600 mm', qty: 150, unit: 'U', price: 4.85 },
        { sku: 'KV-BUB-120', desc: 'Film bulle 1200 mm x 100 m', qty: 30, unit: 'RLX', price: 32.4 },
        { sku: 'KC-KS-50', desc: 'Cornières carton 50 x 50 x 1000 mm', qty: 1200, unit: 'U', price: 0.39 },
        { sku: 'KS-450-17', desc: 'Film étirable manuel 450 mm x 260 m, 17 µm', qty: 48, unit: 'RLX', price: 6.2 },
      ],
      terms: 'Virement à 45 jours fin de mois', via: null, notes: 'Livraison souhaitée semaine 51, sur rendez-vous au 04 78 55 61 20.', urgency: urg('2026-12-09', null),
    };
    const t = settle(o);
    const f = (n: number) => money(n, 'fr') + ' €';
    email('wed-07-berthier-html-fr.eml', {
      from: 'Claire Dumont <c.dumont@berthier-meubles.fr>', to: ORDERS, subject: 'Bon de commande BC-26-0781', date: '', messageId: 'bc260781.cd@berthier-meubles.fr',
      html: `<html><body style="font-family:Verdana;font-size:12px"><p>Bonjour,</p><p>Veuillez trouver ci-dessous notre bon de commande <b>n° BC-26-0781</b> du 9 déc. 2026.</p>
<table style="border-collapse:collapse" cellpadding="4"><tr style="border-bottom:2px solid #333"><th align="left">Désignation</th><th>Réf. Kestrel</th><th>Qté</th><th>Unité</th><th>PU HT</th><th>Total HT</th></tr>
${o.lines.map((l, i) => `<tr style="background:${i % 2 ? '#f2f2f2' : '#fff'}"><td>${l.desc}</td><td>${l.sku}</td><td align="right">${qtyFmt(l.qty, 'fr')}</td><td>${l.unit}</td><td align="right">${f(l.price!)}</td><td align="right">${f(l.amount!)}</td></tr>`).join('\n')}
<tr><td colspan="5" align="right"><b>Montant total HT</b></td><td align="right"><b>${f(t.sub)}</b></td></tr></table>
<p>Autoliquidation de la TVA (article 283-2 du CGI).</p>
<p><u>Adresse de livraison :</u> Maison Berthier Meubles – Atelier, ZI de la Sauvegarde, 14 rue des Ateliers, 69009 Lyon<br><u>Adresse de facturation :</u> Maison Berthier SAS, Service comptabilité, 3 place Bellecour, 69002 Lyon</p>
<p>Livraison souhaitée semaine 51, sur rendez-vous au 04 78 55 61 20.<br>Règlement : virement à 45 jours fin de mois.</p>
<p>Cordialement,<br>Claire Dumont<br>Responsable achats – Maison Berthier Meubles<br>Tél. 04 78 55 61 20</p></body></html>`,
    }, r, [o], [htmlDoc]);
  }

  // 28 three-page PO with repeated headers, a pallet-charge line without item number, freight
  {
    const r = at('2026-12-09', '13:44:28', '-06:00');
    const rand = rng(2808);
    const cat: [string, string, string, number][] = [
      ['KP-RSC-0806', 'RSC 8 x 6 x 4 in, 32 ECT kraft', 'EA', 0.41], ['KP-RSC-1008', 'RSC 10 x 8 x 6 in, 32 ECT kraft', 'EA', 0.55], ['KP-RSC-1210', 'RSC 12 x 10 x 8 in, 32 ECT kraft, bundle of 25', 'BDL', 18.75],
      ['KP-RSC-1412', 'RSC 14 x 12 x 10 in, 32 ECT kraft', 'EA', 0.86], ['KP-RSC-1612', 'RSC 16 x 12 x 8 in, 32 ECT kraft', 'EA', 0.92], ['KP-RSC-1812', 'RSC 18 x 12 x 12 in, 44 ECT double wall', 'EA', 1.42],
      ['KP-RSC-2016', 'RSC 20 x 16 x 12 in, 44 ECT double wall', 'EA', 1.98], ['KP-RSC-2416', 'RSC 24 x 16 x 16 in, 44 ECT double wall', 'EA', 2.65], ['KP-MAIL-0906', 'Die-cut mailer 9 x 6 x 4 in, white', 'EA', 0.88],
      ['KP-MAIL-1208', 'Die-cut mailer 12 x 8 x 4 in, white', 'EA', 1.12], ['KP-MAIL-1410', 'Die-cut mailer 14 x 10 x 4 in, kraft', 'EA', 1.26], ['KP-POLY-1013', 'Poly mailer 10 x 13 in, 2.5 mil, self-seal, 500/case', 'CS', 39.5],
      ['KP-POLY-1215', 'Poly mailer 12 x 15.5 in, 2.5 mil, self-seal, 500/case', 'CS', 46.25], ['KP-BUBM-0', 'Bubble mailer #0 6 x 10 in, kraft, 250/case', 'CS', 41.8], ['KT-48C-55', 'Carton sealing tape 48 mm x 55 m, clear, 36/cs', 'CS', 54],
      ['KT-48B-66', 'Carton sealing tape 48 mm x 66 m, brown hot melt, 36/cs', 'CS', 61.2], ['KT-72C-100', 'Carton sealing tape 72 mm x 100 m, clear, 24/cs', 'CS', 88.8], ['KT-FRG-48', 'Printed tape "FRAGILE" 48 mm x 66 m, red on white, 36/cs', 'CS', 96],
      ['KL-4X6-DT', 'Direct thermal label 4 x 6 in, 250/roll, 1 in core', 'RL', 6.4], ['KL-4X6-FF', 'Fan-fold direct thermal label 4 x 6 in, 1,000/stack', 'PK', 19.9], ['KL-2X1-DT', 'Direct thermal label 2 x 1 in, 1,000/roll', 'RL', 8.95],
      ['KL-3X2-DT', 'Direct thermal label 3 x 2 in, 1,000/roll', 'RL', 8.4], ['KS-18-80', 'Hand stretch film 18 in x 1500 ft, 80 ga, 4/cs', 'CS', 72.4], ['KS-20-MAC', 'Machine stretch film 20 in x 5000 ft, 80 ga', 'RL', 64],
      ['KV-AIR-200', 'Air pillow film roll 8 x 4 in, 1,300 ft', 'RL', 38.5], ['KV-KRAFT-15', 'Kraft paper void fill 15 in x 1000 ft', 'RL', 46.9], ['KV-PEA-14', 'Loose fill peanuts, 14 cu ft bag, white', 'BAG', 27.6],
      ['KD-TD-3000', 'Tape dispenser pistol grip 3 in', 'EA', 12.95], ['KR-110-74', 'Wax ribbon 110 mm x 74 m', 'RL', 6.85],
    ];
    const lines: Line[] = cat.map(([sku, desc, unit, price], i) => {
      const base = unit === 'EA' ? [250, 500, 1000, 1500, 2000] : [4, 6, 10, 12, 20, 24];
      return { no: i + 1, sku, desc, unit, price, qty: base[Math.floor(rand() * base.length)] };
    });
    lines.push({ no: 30, sku: null, desc: 'Pallet charge - returnable wood pallets', qty: 6, unit: 'EA', price: 18 });
    const o: Order = {
      po: 'AHF-PO-220517', date: '2026-12-09', req: '2026-12-18',
      buyer: { company: 'Atlas Home Fulfillment LLC', contactName: 'Denise Caldwell', email: 'dcaldwell@atlashomefulfillment.com', phone: '901-555-0146' },
      shipTo: addr('Atlas Home Fulfillment LLC - DC 3', '4175 Getwell Rd', 'Memphis', 'TN', '38118', 'US'),
      billTo: addr('Atlas Home Fulfillment LLC', 'Attn: Accounts Payable\n6500 Poplar Ave, Suite 210', 'Memphis', 'TN', '38119', 'US'),
      currency: 'USD', printLineNo: true, lines, shipping: 350, terms: 'Net 60', via: 'Estes LTL', notes: null, urgency: urg('2026-12-09', '2026-12-18'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'helv', fs: 8, loc: 'en', df: 'us', title: 'PURCHASE ORDER', accent: '#34495e', cur: 'USD',
      letterhead: ['Atlas Home Fulfillment LLC', '6500 Poplar Ave, Suite 210', 'Memphis, TN 38119'],
      meta: [['PO Number', 'AHF-PO-220517'], ['PO Date', '12/09/2026'], ['Required Date', '12/18/2026'], ['Buyer', 'Denise Caldwell'], ['Buyer Phone', '901-555-0146'], ['Terms', 'Net 60'], ['Ship Via', 'Estes LTL']],
      blocks: [{ label: 'VENDOR', lines: KESTREL.us }, { label: 'SHIP TO', lines: usLines(o.shipTo!) }, { label: 'BILL TO', lines: usLines(o.billTo!) }],
      cols: [{ key: 'no', label: '#', w: 22 }, { key: 'sku', label: 'Item Code', w: 75 }, { key: 'desc', label: 'Description', w: 230 }, { key: 'qty', label: 'Ordered', w: 45, align: 'right' }, { key: 'unit', label: 'U/M', w: 30 }, { key: 'price', label: 'Unit Price', w: 50, align: 'right' }, { key: 'amount', label: 'Ext. Price', w: 60, align: 'right' }],
      table: 'zebra', rowsPerPage: 12, headerEachPage: 'Atlas Home Fulfillment LLC  ·  PO AHF-PO-220517  ·  continued',
      totals: [['Merchandise Total', t.sub], ['Freight', 350], ['Order Total', t.total]],
      after: ['Buyer email: dcaldwell@atlashomefulfillment.com', 'Vendor must provide ASN 24 hours before delivery. Deliveries accepted Mon-Fri 6:00-13:00.'],
      pageLabel: (i, n) => `Page ${i} of ${n}`, footer: 'AHF-PO-220517',
    });
    email('wed-08-atlas-multipage.eml', {
      from: 'Denise Caldwell <dcaldwell@atlashomefulfillment.com>', to: ORDERS, subject: 'PO AHF-PO-220517 - DC3 replenishment', date: '', messageId: 'ahf-po-220517@atlashomefulfillment.com',
      text: 'Hi Kestrel,\n\nAttached is our PO AHF-PO-220517 for DC 3 (3 pages, 30 lines). Please confirm and send the ASN a day ahead.\n\nThanks,\nDenise Caldwell\nSr. Buyer, Atlas Home Fulfillment LLC\n901-555-0146\n',
      attachments: [{ filename: 'AHF-PO-220517.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'AHF-PO-220517.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 3 }]);
  }

  // 29 German bakery mails a scanned order (image-only PDF inside a mail)
  {
    const r = at('2026-12-09', '14:09:55', '+01:00');
    const o: Order = {
      po: 'BH-1209', date: '2026-12-09', req: '2026-12-11',
      buyer: { company: 'Bäckerei Hansen GmbH', contactName: 'Ulrike Hansen', email: 'info@baeckerei-hansen.de', phone: '0431 555 20 90' },
      shipTo: addr('Bäckerei Hansen GmbH', 'Holtenauer Straße 122', 'Kiel', null, '24105', 'DE'), billTo: null, currency: 'EUR',
      lines: [
        { sku: 'KP-TORTE-3232', desc: 'Tortenkarton weiß 320 x 320 x 100 mm', qty: 500, unit: 'ST', price: 0.58 },
        { sku: 'KP-TORTE-2626', desc: 'Tortenkarton weiß 260 x 260 x 100 mm', qty: 500, unit: 'ST', price: 0.49 },
        { sku: 'KL-60X40-DT', desc: 'Etiketten Thermo 60 x 40 mm, 1.000/Rolle', qty: 20, unit: 'RL', price: 4.9 },
        { sku: 'KT-48B-66', desc: 'Packband braun 48 mm x 66 m', qty: 36, unit: 'RL', price: 1.45 },
      ],
      taxRate: 0.19, terms: null, via: null, notes: null, urgency: urg('2026-12-09', '2026-12-11'),
    };
    const t = settle(o);
    const svg = svgPo(o, {
      loc: 'de', df: 'dmy.', title: 'Bestellung', head: ['Bäckerei Hansen GmbH', 'Holtenauer Straße 122 · 24105 Kiel', 'Tel. 0431 555 20 90 · info@baeckerei-hansen.de'],
      meta: [['Bestell-Nr.', 'BH-1209'], ['Datum', '09.12.2026'], ['Liefertermin', '11.12.2026'], ['Besteller', 'Ulrike Hansen']],
      blocks: [{ label: 'An', lines: KESTREL.de.slice(0, 3), x: 80 }, { label: 'Lieferung an', lines: ['Bäckerei Hansen GmbH', 'Holtenauer Straße 122', '24105 Kiel'], x: 640 }],
      cols: [{ key: 'sku', label: 'Art.-Nr.', x: 80 }, { key: 'desc', label: 'Bezeichnung', x: 300 }, { key: 'qty', label: 'Menge', x: 860, anchor: 'end' }, { key: 'unit', label: 'Einh.', x: 875 }, { key: 'price', label: 'Preis', x: 1040, anchor: 'end' }, { key: 'amount', label: 'Betrag', x: 1160, anchor: 'end' }],
      totals: [['Netto', t.sub], ['MwSt. 19 %', t.tax], ['Gesamt', t.total]], cur: '€', grid: true,
      after: ['Bitte bis Freitag liefern, Anlieferung über den Hof.', 'Mit freundlichen Grüßen, U. Hansen'],
    });
    const pdf = await imagePdf([await toScanJpeg(svg, 2909, -1.4, 66)]);
    email('wed-09-baeckerei-hansen-scan-de.eml', {
      from: 'Bäckerei Hansen <info@baeckerei-hansen.de>', to: ORDERS, subject: 'Bestellung', date: '', messageId: 'scan-20261209-1409@baeckerei-hansen.de',
      text: 'Hallo,\n\nanbei unsere Bestellung als Scan.\n\nViele Grüße\nUlrike Hansen\nBäckerei Hansen GmbH\n',
      attachments: [{ filename: 'Scan_20261209_1409.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'Scan_20261209_1409.pdf', mediaType: 'application/pdf', method: 'ocr', pages: 1 }]);
  }

  // 30 Xero purchase order from a school, no unit column, tax exempt
  {
    const r = at('2026-12-09', '15:31:06', '-05:00');
    const o: Order = {
      po: 'PO-0042', date: '2026-12-09', req: '2026-12-18',
      buyer: { company: 'Bayside Montessori School', contactName: 'Rachel Kim', email: 'office@baysidemontessori.org', phone: '910-555-0118' },
      shipTo: addr('Bayside Montessori School', 'Attn: Front Office\n1420 Airlie Rd', 'Wilmington', 'NC', '28403', 'US'), billTo: null, currency: 'USD',
      lines: [
        { sku: 'KL-BLANK-A4', desc: 'Sheet labels 1 x 2-5/8 in, 30 per sheet, 100 sheets', qty: 6, unit: null, price: 18.6 },
        { sku: 'KP-RSC-1812', desc: 'Storage boxes 18 x 12 x 12 in', qty: 60, unit: null, price: 1.42 },
        { sku: 'KPR-ZD421-DT', desc: 'Label printer ZD421d, 203 dpi, for library barcodes', qty: 1, unit: null, price: 389 },
        { sku: 'KL-2X1-DT', desc: 'Direct thermal labels 2 x 1 in, 1,000/roll', qty: 10, unit: null, price: 8.95 },
      ],
      tax: 0, terms: null, via: null, notes: 'Deliver to front office, Mon-Fri 8am-3pm.', urgency: urg('2026-12-09', '2026-12-18'),
    };
    const t = settle(o);
    const pdf = await renderPdfPo(o, {
      font: 'helv', fs: 8.5, loc: 'en', df: 'dMon', title: 'PURCHASE ORDER', accent: '#13b5ea',
      letterhead: ['Bayside Montessori School', '1420 Airlie Rd', 'Wilmington NC 28403'],
      meta: [['Date', '9 Dec 2026'], ['Delivery Date', '18 Dec 2026'], ['Order Number', 'PO-0042'], ['Reference', 'Art room & library']],
      blocks: [{ label: 'To', lines: KESTREL.us }, { label: 'Delivery Address', lines: usLines(o.shipTo!) }],
      intro: ['Attention: Rachel Kim · 910-555-0118 · office@baysidemontessori.org', 'Delivery Instructions: Deliver to front office, Mon-Fri 8am-3pm.'],
      cols: [{ key: 'sku', label: 'Item', w: 80 }, { key: 'desc', label: 'Description', w: 230 }, { key: 'qty', label: 'Quantity', w: 50, align: 'right' }, { key: 'price', label: 'Unit Price', w: 60, align: 'right' }, { key: 'amount', label: 'Amount USD', w: 65, align: 'right' }],
      table: 'borderless', totals: [['Subtotal', t.sub], ['Total Tax Exempt 0%', 0], ['TOTAL USD', t.total]],
    });
    email('wed-10-bayside-xero.eml', {
      from: 'Bayside Montessori School <messaging-service@post.xero.com>', replyTo: 'office@baysidemontessori.org', to: ORDERS, subject: 'Purchase Order PO-0042 from Bayside Montessori School', date: '', messageId: 'xero-po-0042-7f3a@post.xero.com',
      text: 'Hi,\n\nPlease find attached purchase order PO-0042.\n\nIf you have any questions, please let us know.\n\nThanks,\nRachel Kim\nBayside Montessori School\n',
      attachments: [{ filename: 'PO-0042.pdf', type: 'application/pdf', content: pdf }],
    }, r, [o], [bodyDoc, { name: 'PO-0042.pdf', mediaType: 'application/pdf', method: 'pdf-text', pages: 1 }]);
  }
}
