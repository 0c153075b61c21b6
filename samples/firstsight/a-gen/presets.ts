import { NORTHWIND } from './data.ts';
import { FINE_PRINT, LABELS } from './labels.ts';
import type { Col, Doc } from './layout.ts';
import { addrLines, dateStyleFor, fmtDate, fmtNum, fmtQty, numStyleFor, type DateStyle, type Line, type Order } from './lib.ts';

export type Style = 'sap' | 'netsuite' | 'dynamics' | 'sage' | 'quickbooks' | 'xero' | 'epicor' | 'odoo' | 'oracle' | 'word' | 'as400' | 'infor';
export type PresetOpts = { dateStyle?: DateStyle; branch?: 'us' | 'uk' | 'eu'; banner?: string | null; extraAfter?: string[]; fine?: boolean; sign?: boolean; family?: Doc['family']; table?: Doc['tableStyle']; repeatHeader?: boolean; titleOverride?: string };

type Key = 'line' | 'sku' | 'bpart' | 'desc' | 'qty' | 'unit' | 'price' | 'disc' | 'amount' | 'ldate' | 'odoo' | 'qtyunit';
export function cell(o: Order, l: Line, k: Key, ds: DateStyle): string {
  const ns = numStyleFor(o.loc);
  switch (k) {
    case 'line': return l.lineLabel ?? '';
    case 'sku': return l.sku ?? '';
    case 'bpart': return l.buyerPart ?? '';
    case 'desc': return l.desc;
    case 'odoo': return (l.sku ? `[${l.sku}] ` : '') + l.desc;
    case 'qty': return fmtQty(l.qty, ns, 0);
    case 'qtyunit': return fmtQty(l.qty, ns, 0) + (l.unit ? ' ' + l.unit : '');
    case 'unit': return l.unit ?? '';
    case 'price': return l.price == null ? '' : fmtNum(l.price, ns, 2);
    case 'disc': return l.discPct == null ? '' : fmtNum(l.discPct, ns, l.discPct % 1 ? 1 : 0);
    case 'amount': return l.amount == null ? '' : fmtNum(l.amount, ns, 2);
    case 'ldate': return l.reqDate ? fmtDate(l.reqDate, ds) : '';
  }
}

/** fields not printed by a layout are not part of the truth either */
export function prune(o: Order, keys: string[]) {
  for (const l of o.lines) {
    if (!keys.includes('line')) { l.lineNo = null; l.lineLabel = null; }
    if (!keys.includes('unit') && !keys.includes('qtyunit')) l.unit = null;
    if (!keys.includes('ldate')) l.reqDate = null;
    if (!keys.includes('sku') && !keys.includes('odoo')) l.sku = null;
    if (!keys.includes('bpart')) l.buyerPart = null;
  }
}

function vendorLines(branch: 'us' | 'uk' | 'eu') { const n = NORTHWIND[branch]; return [n.name, ...n.street, n.cityLine, n.country]; }

export function totalsRows(o: Order, L = LABELS[o.lang], opts: { goodsLabel?: string; subLabel?: string; totalLabel?: string; cur?: boolean; sym?: string } = {}): [string, string][] {
  const ns = numStyleFor(o.loc); const f = (n: number) => (opts.sym ?? '') + fmtNum(n, ns, 2) + (opts.cur ? ' ' + o.currency : '');
  const rows: [string, string][] = [];
  if (o.total == null) return rows;
  if (o.printSubtotal) {
    if (o.discount) { rows.push([opts.goodsLabel ?? L.goods, f(o.goods!)]); rows.push([`${L.discount} ${o.discountLabel}`, '-' + f(o.discount)]); }
    rows.push([opts.subLabel ?? L.subtotal, f(o.subtotal!)]);
  }
  const taxLabel = o.lang !== 'en' ? L.tax(o.taxRate) : ['uk', 'ie'].includes(o.cust.loc) ? `VAT ${o.taxRate}%` : ['au', 'ca'].includes(o.cust.loc) ? `GST ${o.taxRate}%` : L.tax(o.taxRate);
  if (o.tax != null) rows.push([taxLabel, f(o.tax)]);
  if (o.shipping != null) rows.push([L.freight, f(o.shipping)]);
  rows.push([opts.totalLabel ?? `${L.total} ${o.currency}`, f(o.total)]);
  return rows;
}

export function buildDoc(o: Order, style: Style, p: PresetOpts = {}): Doc {
  const L = LABELS[o.lang]; const ds = p.dateStyle ?? dateStyleFor(o.loc); const branch = p.branch ?? (o.cust.loc === 'uk' || o.cust.loc === 'ie' ? 'uk' : ['us', 'ca', 'au'].includes(o.cust.loc) ? 'us' : 'eu');
  const D = (iso: string | null) => (iso ? fmtDate(iso, ds) : '');
  const size: Doc['size'] = ['us', 'ca'].includes(o.cust.loc) ? 'LETTER' : 'A4';
  const c = o.cust; const lhLines = [...addrLines(c.ship, { withName: false }).slice(-4).join(', ').split('\n'), `${L.phone} ${c.phone}`];
  const shipLines = o.shipTo ? addrLines(o.shipTo) : [];
  const billLines = o.billTo ? addrLines(o.billTo) : [];
  const rows = (keys: Key[]) => o.lines.map((l) => keys.map((k) => cell(o, l, k, ds)));
  const after: string[] = [];
  if (p.banner) after.push(p.banner);
  if (o.notes) after.push(`${L.notes}: ${o.notes}`);
  if (p.extraAfter) after.push(...p.extraAfter);
  const fine = p.fine === false ? [] : FINE_PRINT[o.lang];
  const sign = p.sign ? [o.contact.name ?? '', c.title ?? '', `${L.phone}: ${o.contact.phone}`, o.contact.email ?? ''] : [];
  const cols = (spec: [Key, string, number, ('l' | 'r' | 'c')?][]) => (prune(o, spec.map(([k]) => k)), { cols: spec.map(([, label, w, a]) => ({ label, w, align: a ?? 'l' })) as Col[], rows: rows(spec.map(([k]) => k)) });
  const hasDisc = o.lines.some((l) => l.discPct != null);
  const title = p.titleOverride;
  const pageFooter = (pg: number, n: number) => `${L.page} ${pg} ${L.of} ${n}`;
  const base: Omit<Doc, 'cols' | 'rows'> = {
    size, family: p.family ?? 'sans', letterhead: { name: c.company, lines: lhLines }, title: title ?? L.title, titlePos: 'right', info: [], blocks: [], strip: [], intro: [],
    tableStyle: p.table ?? 'rules', repeatHeader: p.repeatHeader ?? true, totals: totalsRows(o, L), after, fine, sign, footer: pageFooter,
  };
  const info = (pairs: [string, string | null | undefined][]) => pairs.filter(([, v]) => v) as [string, string][];

  switch (style) {
    case 'sap': {
      const t = cols([['line', L.line, 5, 'l'], ['sku', L.item, 12], ['desc', L.desc, 30], ['qty', L.qty, 7, 'r'], ['unit', L.unit, 5], ['price', L.price, 9, 'r'], ...(hasDisc ? [['disc', L.disc, 6, 'r'] as [Key, string, number, 'r']] : []), ['amount', L.amount, 10, 'r']]);
      return { ...base, ...t, title: title ?? (o.lang === 'en' ? 'PURCHASE ORDER' : L.title.toUpperCase()),
        info: info([[L.poNo, o.poNumber], [L.date, D(o.orderDate)], [L.contact, o.contact.name], [L.phone, o.contact.phone], [L.email, o.contact.email]]),
        blocks: [{ label: L.vendor, lines: vendorLines(branch) }, { label: L.shipTo, lines: shipLines }, ...(billLines.length ? [{ label: L.billTo, lines: billLines }] : [])],
        strip: info([[L.reqDate, D(o.reqDate)], [L.terms, o.terms], [L.shipVia, o.shipVia], [L.currency, o.currency]]),
        footer: (pg, n) => `${o.poNumber}  ·  ${L.page} ${pg} / ${n}` };
    }
    case 'netsuite': {
      const t = cols([['sku', 'Item', 14], ['desc', 'Description', 34], ['qty', 'Qty', 6, 'r'], ['unit', 'Units', 6], ['price', 'Rate', 9, 'r'], ['amount', 'Amount', 10, 'r']]);
      return { ...base, ...t, family: p.family ?? 'dejavu', tableStyle: p.table ?? 'zebra', title: title ?? 'Purchase Order', info: info([['Date', D(o.orderDate)], ['PO #', o.poNumber]]),
        blocks: [{ label: 'Vendor', lines: vendorLines(branch) }, { label: 'Ship To', lines: shipLines }, ...(billLines.length ? [{ label: 'Bill To', lines: billLines }] : [])],
        strip: info([['Expected Receipt', D(o.reqDate)], ['Terms', o.terms], ['Ship Via', o.shipVia], ['Employee', o.contact.name]]),
        totals: totalsRows(o, L, { totalLabel: 'Total', sym: o.currency === 'USD' ? '$' : undefined, cur: o.currency !== 'USD' }), footer: (pg, n) => `${pg} of ${n}` };
    }
    case 'dynamics': {
      const t = cols([['sku', 'No.', 12], ['desc', 'Description', 32], ['qty', 'Quantity', 8, 'r'], ['unit', 'Unit of Measure', 9], ['price', 'Direct Unit Cost Excl. VAT', 11, 'r'], ...(hasDisc ? [['disc', 'Line Disc. %', 7, 'r'] as [Key, string, number, 'r']] : []), ['amount', 'Line Amount Excl. VAT', 11, 'r']]);
      const nl = o.lang === 'nl';
      const tt = nl ? cols([['sku', 'Nr.', 12], ['desc', 'Omschrijving', 32], ['qty', 'Aantal', 8, 'r'], ['unit', 'Eenheid', 9], ['price', 'Directe kostprijs excl. btw', 11, 'r'], ['amount', 'Regelbedrag excl. btw', 11, 'r']]) : t;
      return { ...base, ...tt, tableStyle: p.table ?? 'none', title: title ?? (nl ? 'Inkooporder' : 'Order'), titlePos: 'right',
        info: info([[nl ? 'Ordernr.' : 'Order No.', o.poNumber], [nl ? 'Orderdatum' : 'Order Date', D(o.orderDate)], [nl ? 'Verwachte ontvangstdatum' : 'Expected Receipt Date', D(o.reqDate)], [nl ? 'Inkoper' : 'Purchaser', o.contact.name], [nl ? 'Telefoon' : 'Phone No.', o.contact.phone], ['E-mail', o.contact.email]]),
        blocks: [{ label: nl ? 'Leverancier' : 'Vendor', lines: vendorLines(branch) }, { label: nl ? 'Verzenden naar' : 'Ship-to Address', lines: shipLines }],
        strip: info([[nl ? 'Betalingscondities' : 'Payment Terms', o.terms], [nl ? 'Verzendwijze' : 'Shipment Method', o.shipVia]]),
        totals: totalsRows(o, L, { subLabel: nl ? `Totaal ${o.currency} excl. btw` : `Total ${o.currency} Excl. VAT`, totalLabel: nl ? `Totaal ${o.currency} incl. btw` : `Total ${o.currency} Incl. VAT` }), footer: (pg, n) => `${nl ? 'Pagina' : 'Page'} ${pg} / ${n}` };
    }
    case 'sage': {
      const t = cols([['line', L.line, 4], ['sku', o.lang === 'en' ? 'Product Code' : L.item, 12], ['desc', o.lang === 'en' ? 'Details' : L.desc, 30], ['qty', o.lang === 'en' ? 'Quantity' : L.qty, 7, 'r'], ['price', L.price, 9, 'r'], ...(hasDisc ? [['disc', o.lang === 'en' ? 'Disc%' : L.disc, 5, 'r'] as [Key, string, number, 'r']] : []), ['amount', o.lang === 'en' ? 'Net' : L.amount, 10, 'r']]);
      return { ...base, ...t, tableStyle: p.table ?? 'grid', family: p.family ?? 'sans', titlePos: 'right', title: title ?? L.title.toUpperCase(),
        info: info([[o.lang === 'en' ? 'Order Number' : L.poNo, o.poNumber], [o.lang === 'en' ? 'Date' : L.date, D(o.orderDate)], [o.lang === 'en' ? 'Delivery Date' : L.reqDate, D(o.reqDate)], [o.lang === 'en' ? 'Our Ref' : L.contact, o.contact.name]]),
        blocks: [{ label: o.lang === 'en' ? 'Supplier' : L.vendor, lines: vendorLines(branch) }, { label: o.lang === 'en' ? 'Deliver To' : L.shipTo, lines: shipLines }],
        strip: info([[L.terms, o.terms], [L.shipVia, o.shipVia], [L.phone, o.contact.phone], [L.email, o.contact.email]]),
        totals: totalsRows(o, L, { subLabel: o.lang === 'en' ? 'Total Net Amount' : undefined, totalLabel: o.lang === 'en' ? `Total Amount ${o.currency}` : `${L.total} ${o.currency}` }) };
    }
    case 'quickbooks': {
      const t = cols([['sku', 'Item', 12], ['desc', 'Description', 40], ['qty', 'Qty', 6, 'r'], ['price', 'Rate', 9, 'r'], ['amount', 'Amount', 10, 'r']]);
      return { ...base, ...t, tableStyle: 'grid', family: 'sans', title: title ?? 'Purchase Order', info: info([['Date', D(o.orderDate)], ['P.O. No.', o.poNumber]]),
        blocks: [{ label: 'Vendor', lines: vendorLines(branch) }, { label: 'Ship To', lines: shipLines }],
        strip: info([['Expected Date', D(o.reqDate)], ['Terms', o.terms], ['Ship Via', o.shipVia], ['Rep', o.contact.name]]),
        totals: o.total == null ? [] : [['Total', '$' + fmtNum(o.total, 'us')]], footer: null, fine: [] };
    }
    case 'xero': {
      const tl = o.cust.loc === 'au' ? 'GST' : 'VAT';
      const t = cols([['sku', 'Item', 12], ['desc', 'Description', 38], ['qty', 'Quantity', 8, 'r'], ['price', 'Unit Price', 9, 'r'], ['amount', `Amount ${o.currency}`, 11, 'r']]);
      return { ...base, ...t, tableStyle: 'rules', family: 'dejavu', title: title ?? 'PURCHASE ORDER', titlePos: 'left', letterhead: { name: c.company, lines: lhLines, align: 'left' }, infoPos: 'below',
        info: info([['Order Number', o.poNumber], ['Date', o.orderDate ? fmtDate(o.orderDate, 'uk_short') : null], ['Delivery Date', o.reqDate ? fmtDate(o.reqDate, 'uk_short') : null], ['Reference', o.contact.name]]),
        blocks: [{ label: 'To', lines: vendorLines(branch) }, { label: 'Delivery Address', lines: shipLines }],
        intro: o.shipVia || o.terms ? [[o.terms && `Terms: ${o.terms}`, o.shipVia && `Delivery: ${o.shipVia}`].filter(Boolean).join('    ')] : [],
        totals: o.total == null ? [] : ([['Subtotal', fmtNum(o.subtotal!, 'us')], ...(o.tax != null ? [[`Total ${tl} ${o.taxRate}%`, fmtNum(o.tax, 'us')]] : []), ...(o.shipping != null ? [['Freight', fmtNum(o.shipping, 'us')]] : []), [`TOTAL ${o.currency}`, fmtNum(o.total, 'us')]] as [string, string][]),
        after: [...after, `Delivery contact: ${o.contact.name}, ${o.contact.phone}, ${o.contact.email}`], fine: [] };
    }
    case 'epicor': case 'infor': {
      const t = cols([['line', 'Line', 5], ['bpart', 'Our Part', 11], ['sku', 'Your Part', 12], ['desc', 'Description', 28], ['ldate', 'Due Date', 9], ['qty', 'Order Qty', 7, 'r'], ['unit', 'UOM', 5], ['price', 'Unit Price', 8, 'r'], ['amount', 'Ext. Price', 9, 'r']]);
      return { ...base, ...t, family: 'narrow', tableStyle: p.table ?? 'rules', title: title ?? 'PURCHASE ORDER', contHeader: `PO ${o.poNumber} (continued)`,
        info: info([['PO Number:', o.poNumber], ['Order Date:', D(o.orderDate)], ['Buyer:', o.contact.name], ['Phone:', o.contact.phone], ['E-Mail:', o.contact.email]]),
        blocks: [{ label: 'Supplier:', lines: vendorLines(branch) }, { label: 'Ship To:', lines: shipLines }, ...(billLines.length ? [{ label: 'Invoice To:', lines: billLines }] : [])],
        strip: info([['FOB', 'Origin'], ['Ship Via', o.shipVia], ['Terms', o.terms], ['Currency', o.currency]]),
        totals: totalsRows(o, L, { totalLabel: 'PO Total:' }) };
    }
    case 'odoo': {
      const es = o.lang === 'es';
      const t = cols([['odoo', es ? 'Descripción' : 'Description', 46], ['ldate', es ? 'Fecha prevista' : 'Date Req.', 11], ['qtyunit', es ? 'Cantidad' : 'Qty', 10, 'r'], ['price', es ? 'Precio unitario' : 'Unit Price', 10, 'r'], ['amount', es ? 'Importe' : 'Amount', 11, 'r']]);
      return { ...base, ...t, family: 'dejavu', tableStyle: 'rules', titlePos: 'left', title: title ?? `${es ? 'Pedido de compra' : 'Purchase Order'} #${o.poNumber}`, infoPos: 'below',
        letterhead: { name: c.company, lines: lhLines, align: 'left' },
        info: info([[es ? 'Comprador' : 'Buyer', o.contact.name], [es ? 'Fecha de pedido' : 'Order Date', D(o.orderDate)], [es ? 'Plazo de pago' : 'Payment Terms', o.terms], [es ? 'Entrega prevista' : 'Expected Arrival', D(o.reqDate)]]),
        blocks: [{ label: es ? 'Proveedor' : 'Vendor', lines: vendorLines(branch) }, { label: es ? 'Dirección de envío' : 'Shipping address', lines: shipLines }],
        totals: totalsRows(o, L, { totalLabel: 'Total', cur: true }), footer: (pg, n) => `${c.phone}  ${o.contact.email}   ${L.page} ${pg} / ${n}` };
    }
    case 'oracle': {
      const t = cols([['line', 'Line', 4], ['sku', 'Part Number / Description', 46], ['ldate', 'Need-By', 9], ['qty', 'Quantity', 7, 'r'], ['unit', 'UOM', 4], ['price', `Unit Price (${o.currency})`, 9, 'r'], ['amount', `Amount (${o.currency})`, 10, 'r']]);
      t.rows = o.lines.map((l) => [l.lineLabel ?? '', `${l.sku}\n${l.desc}`, cell(o, l, 'ldate', 'oracle'), cell(o, l, 'qty', ds), l.unit ?? '', cell(o, l, 'price', ds), cell(o, l, 'amount', ds)]);
      return { ...base, ...t, family: 'serif', tableStyle: 'grid', titlePos: 'right', title: title ?? 'Standard Purchase Order', letterhead: { name: c.company, lines: lhLines },
        info: info([['Order', `${o.poNumber}, Rev 0`], ['Order Date', o.orderDate ? fmtDate(o.orderDate, 'oracle') : null], ['Created By', o.contact.name], ['Telephone', o.contact.phone], ['Email', o.contact.email]]),
        blocks: [{ label: 'Supplier:', lines: vendorLines(branch) }, { label: 'Ship To:', lines: shipLines }, ...(billLines.length ? [{ label: 'Bill To:', lines: billLines }] : [])],
        strip: info([['Payment Terms', o.terms], ['Ship Via', o.shipVia], ['Freight Terms', 'Prepaid & Add'], ['Currency', o.currency]]),
        totals: totalsRows(o, L, { totalLabel: 'Total:' }), footer: (pg, n) => `Order ${o.poNumber}   Page ${pg} of ${n}` };
    }
    case 'word': {
      const t = cols([['qty', 'Qty', 6, 'r'], ['sku', 'Part No.', 13], ['desc', 'Description', 45], ['price', 'Price Each', 10, 'r'], ['amount', 'Total', 10, 'r']]);
      return { ...base, ...t, family: 'serif', tableStyle: 'grid', titlePos: 'left', title: title ?? 'ORDER', letterhead: { name: c.company, lines: lhLines, align: 'center' },
        info: info([['Our ref', o.poNumber], ['Date', o.orderDate ? fmtDate(o.orderDate, 'long_en') : null], ['Required by', o.reqDate ? fmtDate(o.reqDate, 'long_en') : null]]),
        blocks: [{ label: 'To:', lines: vendorLines(branch) }, { label: 'Deliver to:', lines: shipLines }],
        intro: ['Dear Sirs,', 'Please supply the following items at the prices quoted:'], totals: totalsRows(o, L, { totalLabel: 'Order Total', sym: o.currency === 'USD' ? '$' : undefined }), fine: [], sign: [o.contact.name ?? '', c.title ?? '', `Tel. ${o.contact.phone}`, o.contact.email ?? ''], footer: null,
        after: [...after, ...(o.terms ? [`Payment: ${o.terms}.`] : []), ...(o.shipVia ? [`Please ship ${o.shipVia}.`] : []), 'Thank you,'] };
    }
    case 'as400':
      throw new Error('use monoDoc');
  }
}

const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length > n ? s.slice(0, n) : ' '.repeat(n - s.length) + s);

/** AS/400-style fixed width print (also used for plain-text files). */
export function monoLines(o: Order, p: { ds?: DateStyle; perPage?: number; branch?: 'us' | 'uk' | 'eu'; upper?: boolean; banner?: string | null } = {}): string[] {
  prune(o, ['line', 'sku', 'desc', 'qty', 'unit', 'price', 'amount']);
  const ds = p.ds ?? 'us2'; const ns = numStyleFor(o.loc); const D = (iso: string | null) => (iso ? fmtDate(iso, ds) : '');
  const v = vendorLines(p.branch ?? 'us').map((s) => s.toUpperCase());
  const sh = o.shipTo ? addrLines(o.shipTo) : [];
  const head = (pg: number, n: number) => [
    `${pad(o.cust.company.toUpperCase(), 44)}PURCHASE ORDER          PAGE ${lpad(String(pg), 3)} OF ${n}`,
    `${pad('PO0410R', 44)}P.O. NUMBER: ${o.poNumber}`,
    `${pad('', 44)}ORDER DATE:  ${D(o.orderDate)}`,
    '',
    `${pad('VENDOR: 0004471', 40)}SHIP TO:`,
    ...Array.from({ length: Math.max(v.length, sh.length) }, (_, i) => `  ${pad(v[i] ?? '', 38)}  ${sh[i] ?? ''}`),
    '',
    `BUYER: ${pad((o.contact.name ?? '').toUpperCase(), 26)} PHONE: ${pad(o.contact.phone ?? '', 16)} ${o.contact.email ?? ''}`,
    `TERMS: ${pad(o.terms ?? '', 26)} SHIP VIA: ${pad(o.shipVia ?? '', 24)} REQ DATE: ${D(o.reqDate)}`,
    '-'.repeat(96),
    `${pad('LN', 4)}${pad('ITEM NUMBER', 16)}${pad('DESCRIPTION', 36)}${lpad('QTY', 7)} ${pad('UM', 3)}${lpad('UNIT COST', 12)}${lpad('EXTENSION', 13)}`,
    '-'.repeat(96),
  ];
  const body: string[][] = [];
  for (const l of o.lines) {
    const d = l.desc.toUpperCase(); let cut = d.length <= 35 ? d.length : d.lastIndexOf(' ', 35); if (cut <= 0) cut = 35;
    const first = d.slice(0, cut); const rest = d.slice(cut).trim();
    const rows = [`${pad(l.lineLabel ?? '', 4)}${pad(l.sku ?? '', 16)}${pad(first, 36)}${lpad(fmtQty(l.qty, ns), 7)} ${pad(l.unit ?? '', 3)}${lpad(l.price == null ? '' : fmtNum(l.price, ns, 4), 12)}${lpad(l.amount == null ? '' : fmtNum(l.amount, ns, 2), 13)}`];
    if (rest) rows.push(`${pad('', 20)}${rest}`);
    body.push(rows);
  }
  const tail = ['-'.repeat(96)];
  for (const [k, val] of totalsRows(o, LABELS.en, { totalLabel: 'TOTAL PO AMOUNT' })) tail.push(`${lpad(k.toUpperCase(), 70)}${lpad(val, 26)}`);
  tail.push('');
  if (p.banner) tail.push(p.banner);
  if (o.notes) tail.push(`SPECIAL INSTRUCTIONS: ${o.notes.toUpperCase()}`);
  tail.push(`ALL AMOUNTS IN ${o.currency}`);
  tail.push('ALL SHIPMENTS MUST REFERENCE P.O. NUMBER. PACKING LIST REQUIRED WITH EACH SHIPMENT.', 'SUBJECT TO TERMS AND CONDITIONS ON FILE.');
  const per = p.perPage ?? 9999;
  const chunks: string[][][] = []; for (let i = 0; i < body.length; i += per) chunks.push(body.slice(i, i + per));
  const out: string[] = [];
  chunks.forEach((ch, i) => { if (i) out.push('\f'); out.push(...head(i + 1, chunks.length), ...ch.flat()); });
  out.push(...tail);
  return out;
}

/** Space-aligned text table for mail bodies. */
export function textTable(o: Order, cols: { key: Key; label: string; align?: 'l' | 'r' }[], ds: DateStyle, sepChar = '-'): string[] {
  prune(o, cols.map((c) => c.key));
  const data = o.lines.map((l) => cols.map((c) => cell(o, l, c.key, ds)));
  const w = cols.map((c, i) => Math.max(c.label.length, ...data.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((v, i) => (cols[i].align === 'r' ? lpad(v, w[i]) : pad(v, w[i]))).join('  ').trimEnd();
  return [fmt(cols.map((c) => c.label)), w.map((n) => sepChar.repeat(n)).join('  '), ...data.map(fmt)];
}

export function htmlTable(o: Order, cols: { key: Key; label: string; align?: 'l' | 'r' }[], ds: DateStyle, style: 'outlook' | 'gmail' = 'outlook'): string {
  const th = style === 'outlook' ? 'style="border:1px solid #999;padding:3px 6px;background:#dce6f1;font-family:Calibri,sans-serif;font-size:11pt"' : 'style="padding:4px 8px;border-bottom:2px solid #444;text-align:left"';
  const td = (a?: string) => (style === 'outlook' ? `style="border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif;font-size:11pt${a === 'r' ? ';text-align:right' : ''}"` : `style="padding:4px 8px;border-bottom:1px solid #ddd${a === 'r' ? ';text-align:right' : ''}"`);
  prune(o, cols.map((c) => c.key));
  const e = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<table cellspacing="0" cellpadding="0" style="border-collapse:collapse"><thead><tr>${cols.map((c) => `<th ${th}>${e(c.label)}</th>`).join('')}</tr></thead><tbody>${o.lines.map((l) => `<tr>${cols.map((c) => `<td ${td(c.align)}>${e(cell(o, l, c.key, ds))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}
