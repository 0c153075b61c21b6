// Generator for the fresh-a frozen test set. Run: cd /work/main && node_modules/.bin/tsx scratch/fresh-a/gen/generate.ts
import fs from 'node:fs';
import path from 'node:path';
import { CUSTOMERS, NORTHWIND, STAFF } from './data.ts';
import { LABELS } from './labels.ts';
import { toPdf } from './layout.ts';
import { addBiz, addCalWeekday, addDays, addrLines, dow, fmtDate, fmtNum, fmtQty, makeOrder, numStyleFor, orderTruth, rng, type Order, type OrderOpts } from './lib.ts';
import { buildEml, csvLine, scan, SET, writeXlsx, type Att, type ScanKind } from './out.ts';
import { buildDoc, htmlTable, monoLines, textTable, totalsRows, type PresetOpts, type Style } from './presets.ts';
import { runChecks } from './check.ts';
import { parse as parseCsv } from 'csv-parse/sync';
const csvCells = (csv: string) => (parseCsv(csv, { relax_column_count: true }) as string[][]).flat();

fs.rmSync(SET, { recursive: true, force: true });
fs.mkdirSync(SET, { recursive: true });

export type Result = { id: string; file: string; truth: any; printed: string[]; manifest: string; kind: string; lang: string; orders: Order[] };
const results: Result[] = [];
const TO = 'Northwind Orders <orders@northwind-supply.example>';
const cust = (k: string) => CUSTOMERS.find((c) => c.key === k)!;

type PO = Omit<OrderOpts, 'rnd' | 'custKey' | 'orderDate' | 'reqDate' | 'poNumber'> & { po: string; odBack?: number | null; req?: { biz?: number; cal?: number; abs?: string } | null; urgent?: string[]; high?: string[] };
function order(id: string, custKey: string, recvDate: string, p: PO, mutate?: (o: Order) => void): Order {
  const od = p.odBack === null ? null : addDays(recvDate, -(p.odBack ?? 1));
  const odw = od ? (dow(od) === 0 ? addDays(od, -2) : dow(od) === 6 ? addDays(od, -1) : od) : null;
  const req = !p.req ? null : p.req.abs ?? (p.req.biz != null ? addBiz(recvDate, p.req.biz) : addCalWeekday(recvDate, p.req.cal!));
  const o = makeOrder({ ...p, custKey, poNumber: p.po, orderDate: odw, reqDate: req, rnd: rng(id + p.po) });
  o.urgencyWords = p.urgent ?? []; o.highWords = p.high ?? [];
  mutate?.(o);
  return o;
}
const upperLines = (o: Order) => { o.lines.forEach((l) => (l.desc = l.desc.toUpperCase())); };

const sig = (o: Order, extra: string[] = []) => [o.contact.name, o.cust.title, o.cust.company, ...extra, o.contact.phone, o.contact.email].filter(Boolean).join('\n');
const from = (o: Order) => `${o.contact.name} <${o.contact.email}>`;
const lc = (s: string) => (s.match(/<([^>]+)>/)?.[1] ?? s).toLowerCase();
const docPdf = (name: string, pages: number, method: 'pdf-text' | 'ocr' = 'pdf-text') => ({ name, mediaType: 'application/pdf', method, pages });

function emailSource(id: string, m: { from: string; subject: string; date: string; messageId: string }, documents: any[]) {
  return { kind: 'email', messageId: `<${m.messageId}>`, from: lc(m.from), subject: m.subject, receivedAt: new Date(m.date).toISOString(), file: `${id}.eml`, documents };
}
function fileSource(file: string, documents: any[]) { return { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file, documents }; }

async function writeEml(id: string, m: Parameters<typeof buildEml>[0]) { const b = await buildEml(m); fs.writeFileSync(path.join(SET, `${id}.eml`), b); return b; }
function save(r: Result) {
  if (r.truth.source.kind === 'email') r.printed.push(r.truth.source.from); fs.writeFileSync(path.join(SET, r.file.replace(/\.[a-z]+$/, '') + '.truth.json'), JSON.stringify(r.truth, null, 2) + '\n'); results.push(r); }
const mid = (id: string, dom: string) => `${id}.${rng(id).int(100000, 999999)}@${dom}`;

const COVER: Record<string, (po: string) => string> = {
  en: (po) => `Hi,\n\nPlease find attached our purchase order ${po}. Kindly confirm receipt and the expected ship date.\n\nThanks,`,
  de: (po) => `Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung ${po}. Bitte senden Sie uns eine Auftragsbestätigung mit Liefertermin.\n\nMit freundlichen Grüßen`,
  fr: (po) => `Bonjour,\n\nVeuillez trouver ci-joint notre bon de commande ${po}. Merci de nous retourner un accusé de réception de commande.\n\nCordialement,`,
  es: (po) => `Buenos días:\n\nAdjuntamos nuestro pedido ${po}. Por favor, envíennos la confirmación del pedido con el plazo de entrega.\n\nUn saludo,`,
  nl: (po) => `Goedemiddag,\n\nIn de bijlage vindt u onze inkooporder ${po}. Graag ontvangen wij een orderbevestiging.\n\nMet vriendelijke groet,`,
  it: (po) => `Buongiorno,\n\nin allegato il nostro ordine ${po}. Vi preghiamo di inviarci conferma d'ordine con data di consegna.\n\nCordiali saluti,`,
};

// ---------------------------------------------------------------- emails with PDF attachments
type PdfMail = { id: string; date: string; subject: (os: Order[]) => string; body?: (os: Order[]) => string; orders: { o: Order; style: Style; p?: PresetOpts; name: string; mono?: boolean }[]; fromAddr?: string; manifest: string; lang: string; extraUrgent?: string[][]; extraHigh?: string[][] };
async function pdfMail(s: PdfMail) {
  const recv = s.date.slice(0, 10);
  const atts: Att[] = []; const printed: string[] = []; const docs: any[] = [];
  for (const x of s.orders) {
    const file = path.join('/tmp', `fresha-${s.id}-${x.name}`);
    const d = x.mono ? monoDoc(x.o, x.p) : buildDoc(x.o, x.style, x.p);
    const r = await toPdf(d, file, { title: `${LABELS[x.o.lang].title} ${x.o.poNumber}`, author: x.o.cust.company, creator: creatorFor(x.style) });
    atts.push({ filename: x.name, content: fs.readFileSync(file), contentType: 'application/pdf' });
    printed.push(...r.printed); docs.push(docPdf(x.name, r.pages));
  }
  const os = s.orders.map((x) => x.o);
  const subject = s.subject(os);
  const text = s.body ? s.body(os) : `${COVER[os[0].lang](os.map((o) => o.poNumber).join(' / '))}\n${sig(os[0])}`;
  const fromAddr = s.fromAddr ?? from(os[0]);
  const m = { from: fromAddr, to: TO, subject, date: s.date, messageId: mid(s.id, fromAddr.split('@')[1].replace('>', '')), text, attachments: atts };
  await writeEml(s.id, m);
  printed.push(subject, text);
  save({ id: s.id, file: `${s.id}.eml`, kind: s.orders.length > 1 ? 'email+2pdf' : 'email+pdf', lang: s.lang, manifest: s.manifest, printed, orders: os,
    truth: { source: emailSource(s.id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, ...docs]), isPurchaseOrder: true, orders: os.map((o, i) => orderTruth(o, recv, s.extraUrgent?.[i] ?? [], s.extraHigh?.[i] ?? [])) } });
}
const creatorFor = (st: Style) => ({ sap: 'SAP NetWeaver', netsuite: 'NetSuite', dynamics: 'Microsoft Dynamics 365 Business Central', sage: 'Sage 200', quickbooks: 'QuickBooks Desktop', xero: 'Xero', epicor: 'Epicor Kinetic', infor: 'Infor', odoo: 'Odoo', oracle: 'Oracle E-Business Suite', word: 'Microsoft Word', as400: 'IBM i Print Services' } as any)[st];
function monoDoc(o: Order, p: any = {}) {
  return { size: 'LETTER', family: 'mono', fs: 7.6, letterhead: null, title: '', titlePos: 'left', info: [], blocks: [], strip: [], intro: [], cols: [], rows: [], tableStyle: 'none', repeatHeader: false, totals: [], after: [], fine: [], sign: [], footer: null, mono: monoLines(o, p) } as any;
}

// ---------------------------------------------------------------- the set
async function main() {
  // ===== 14 emails with one PDF =====
  { const d = '2026-10-06T14:22:00Z'; const o = order('t01', 'kestrel', d.slice(0, 10), { po: 'PO10482', n: 6, req: { cal: 15 }, terms: 'Net 30', shipVia: 'UPS Ground', shipping: 48.5, billTo: true });
    await pdfMail({ id: 't01', date: d, subject: (os) => `Purchase Order #${os[0].poNumber} from Kestrel Fabrication LLC`, orders: [{ o, style: 'netsuite', name: `PurchOrd_${o.poNumber}.pdf` }], lang: 'en', manifest: 'US manufacturer, NetSuite-style PO PDF (zebra table, Vendor/Ship To boxes, freight line), cover note; normal' }); }
  { const d = '2026-10-07T09:05:00Z'; const o = order('t02', 'pennine', d.slice(0, 10), { po: 'PO-024117', n: 5, req: { cal: 5 }, terms: '30 days end of month', shipVia: 'DPD Next Business Day'.replace('Next Business Day', 'Two-Day'), discPct: true, tax: true, shipping: 12.0 });
    await pdfMail({ id: 't02', date: d, subject: (os) => `Order ${os[0].poNumber}`, orders: [{ o, style: 'dynamics', name: `Order ${o.poNumber}.pdf` }], lang: 'en', manifest: 'UK engineering firm, Dynamics 365 BC "Order" PDF, line discounts, VAT 20%, GBP, delivery date 5 days out -> high' }); }
  { const d = '2026-10-08T15:40:00Z'; const o = order('t03', 'lonestar', d.slice(0, 10), { po: '4471-0093', n: 3, lineNumbering: 'ones', req: { biz: 1 }, lineDates: true, terms: 'Net 45', shipVia: 'FedEx Priority Overnight', billTo: true, urgent: ['LINE DOWN', 'FedEx Priority Overnight'], notes: 'LINE DOWN - Plant 2 conveyor. Ship same day if at all possible.' });
    await pdfMail({ id: 't03', date: d, subject: (os) => `LINE DOWN - PO ${os[0].poNumber} - need overnight`, body: (os) => `Team,\n\nLine 3 conveyor is down. Attached PO ${os[0].poNumber} for the replacement bearings, please ship FedEx Priority Overnight today and send tracking.\n\n${sig(os[0])}`, orders: [{ o, style: 'oracle', name: `PO_${o.poNumber}.pdf` }], lang: 'en', manifest: 'US machine shop, Oracle EBS "Standard Purchase Order" PDF (grid, Need-By per line, Bill To), LINE DOWN / overnight -> urgent' }); }
  { const d = '2026-10-12T07:48:00Z'; const o = order('t04', 'schwarzwald', d.slice(0, 10), { po: '4500018837', n: 7, lineNumbering: 'tens', req: { cal: 21 }, terms: '14 Tage 2 % Skonto, 30 Tage netto', shipVia: 'Spedition frei Haus', tax: true, orderDiscountPct: 3 });
    await pdfMail({ id: 't04', date: d, subject: (os) => `Bestellung ${os[0].poNumber}`, orders: [{ o, style: 'sap', name: `Bestellung_${o.poNumber}.pdf` }], lang: 'de', manifest: 'German drive-tech maker, SAP-style "BESTELLUNG" PDF, Pos. 10/20/30, 1.234,50 numbers, 3 % Rabatt, MwSt 19 %; normal' }); }
  { const d = '2026-10-13T16:10:00Z'; const o = order('t05', 'harbor', d.slice(0, 10), { po: '2026-1187', n: 4, req: null, terms: 'Net 30', shipVia: 'Best Way', printSubtotal: false, skuMode: 'vendor', notes: 'No rush on this one - restocking the engineering cage.' });
    await pdfMail({ id: 't05', date: d, subject: (os) => `PO ${os[0].poNumber} - restock (no rush)`, body: (os) => `Hello,\n\nAttached is P.O. ${os[0].poNumber} for restocking. No rush, standard delivery is fine.\n\nRegards,\n${sig(os[0])}`, orders: [{ o, style: 'quickbooks', name: `PO ${o.poNumber}.pdf` }], lang: 'en', manifest: 'US facilities manager, QuickBooks PO PDF with total only (no subtotal), "no rush" -> normal' }); }
  { const d = '2026-10-14T18:30:00Z'; const o = order('t06', 'prairie', d.slice(0, 10), { po: 'P026-3391', n: 28, lineNumbering: 'ones', buyerParts: true, lineDates: true, req: { cal: 12 }, terms: '2% 10 Net 30', shipVia: 'Purolator Ground', tax: true, high: ['please expedite if possible'], notes: 'Seeding-season build - please expedite if possible.' });
    await pdfMail({ id: 't06', date: d, subject: (os) => `PO ${os[0].poNumber}`, orders: [{ o, style: 'epicor', name: `PO${o.poNumber}.pdf`, p: { repeatHeader: true } }], lang: 'en', manifest: 'Canadian ag-machine maker, Epicor-style multi-page PO (28 lines, repeated header, Our Part/Your Part, GST 5%, CAD), "expedite if possible" -> high' }); }
  { const d = '2026-10-15T10:02:00Z'; const o = order('t07', 'rhone', d.slice(0, 10), { po: 'CF-2026-0412', n: 5, lineNumbering: 'ones', discPct: true, req: { cal: 18 }, terms: '45 jours fin de mois', shipVia: 'Messagerie (Geodis)', tax: true, shipping: 35 });
    await pdfMail({ id: 't07', date: d, subject: (os) => `Commande ${os[0].poNumber} - Ateliers Mécaniques du Rhône`, orders: [{ o, style: 'sage', name: `BC_${o.poNumber}.pdf` }], lang: 'fr', manifest: 'French workshop, Sage-style "BON DE COMMANDE" PDF (grid, remises, TVA 20 %, 1 234,56), normal' }); }
  { const d = '2026-10-16T01:15:00Z'; const o = order('t08', 'southerncross', d.slice(0, 10), { po: 'PO-0042', n: 4, req: { biz: 2 }, terms: '30 days from invoice', shipVia: 'StarTrack', tax: true, skuMode: 'vendor' });
    await pdfMail({ id: 't08', date: d, subject: (os) => `Purchase Order ${os[0].poNumber} from Southern Cross Mining Services Pty Ltd`, body: (os) => `Hi there,\n\nPlease find attached purchase order ${os[0].poNumber}. We need these on site by ${fmtDate(os[0].reqDate!, 'uk_short')}.\n\nCheers,\n${sig(os[0])}`, orders: [{ o, style: 'xero', name: `PO-0042.pdf` }], lang: 'en', manifest: 'Australian mining services, Xero PO PDF, GST 10%, AUD, received Friday, delivery date 2 business days later -> urgent by date rule' }); }
  { const d = '2026-10-19T17:45:00Z'; const o = order('t09', 'cascade', d.slice(0, 10), { po: 'CH-1029', n: 3, lineNumbering: 'none', req: { cal: 10 }, terms: 'Net 15', shipVia: 'UPS Ground', shipping: 22.0, skuMode: 'vendor' });
    await pdfMail({ id: 't09', date: d, subject: () => 'order for fittings', body: (os) => `Hi - order attached (our ref ${os[0].poNumber}).\nTom\n\n--\n${sig(os[0])}`, orders: [{ o, style: 'word', name: `Northwind order ${o.poNumber}.pdf` }], lang: 'en', manifest: 'US small hydraulics shop, Word letter template "ORDER" with "Our ref", no line numbers, signature block; normal' }); }
  { const d = '2026-10-20T08:12:00Z'; const o = order('t10', 'liffey', d.slice(0, 10), { po: '4500201776', n: 22, lineNumbering: 'pad5', req: { cal: 25 }, terms: '60 days net', shipVia: 'Road freight - DAP', tax: true, billTo: false });
    await pdfMail({ id: 't10', date: d, fromAddr: 'Liffey Procurement <sap-noreply@liffeyprocess.example>', subject: (os) => `Purchase Order ${os[0].poNumber}`, body: (os) => `This purchase order was generated automatically. Please do not reply to this address.\nFor queries contact the buyer shown on the order.\n\nLiffey Process Engineering Ltd`, orders: [{ o, style: 'sap', name: `${o.poNumber}.pdf`, p: { repeatHeader: false } }], lang: 'en', manifest: 'Irish process engineering, SAP PO PDF sent from a no-reply system address (buyer only on the PDF), 22 lines over 2 pages without repeated header, items 00010.., VAT 23%, EUR; normal' }); }
  { const d = '2026-10-21T11:30:00Z'; const o = order('t11', 'ebro', d.slice(0, 10), { po: 'P00318', n: 5, lineDates: true, req: { cal: 16 }, terms: 'Transferencia 60 días', tax: true, high: ['lo antes posible'], notes: 'Por favor, envíen el material lo antes posible.' });
    await pdfMail({ id: 't11', date: d, subject: (os) => `Pedido de compra ${os[0].poNumber}`, orders: [{ o, style: 'odoo', name: `Pedido de compra - ${o.poNumber}.pdf` }], lang: 'es', manifest: 'Spanish hydraulics workshop, Odoo "Pedido de compra #P00318" PDF, [code] in description, IVA 21 %, "lo antes posible" -> high' }); }
  { const d = '2026-10-22T13:55:00Z'; const o = order('t12', 'piedmont', d.slice(0, 10), { po: '0078812', n: 8, lineNumbering: 'ones', req: { cal: 20 }, terms: 'NET 30', shipVia: 'FEDEX GROUND', skuMode: 'vendor' }, upperLines);
    await pdfMail({ id: 't12', date: d, subject: (os) => `P.O. ${os[0].poNumber}`, orders: [{ o, style: 'as400', mono: true, name: `PO${o.poNumber}.PDF`, p: { ds: 'us2' } }], lang: 'en', manifest: 'US textile machinery, AS/400 fixed-width print as PDF (upper case, wrapped descriptions, MM/DD/YY), normal' }); }
  { const d = '2026-10-26T09:20:00Z'; const o = order('t13', 'brianza', d.slice(0, 10), { po: '2026/OA/00871', n: 4, lineNumbering: 'ones', req: { cal: 30 }, terms: 'Ri.Ba. 60 gg d.f.f.m.', shipVia: 'Franco destino', tax: true, discPct: true });
    await pdfMail({ id: 't13', date: d, subject: (os) => `Ordine n. ${os[0].poNumber}`, orders: [{ o, style: 'sage', name: `Ordine_${o.poNumber.replace(/\//g, '-')}.pdf` }], lang: 'it', manifest: 'Italian machine shop, "ORDINE D\'ACQUISTO" PDF (grid, sconti, IVA 22%), normal' }); }
  { const d = '2026-10-27T07:05:00Z'; const o = order('t14', 'clyde', d.slice(0, 10), { po: 'CVF-7731', n: 2, req: null, terms: '30 days', shipVia: 'Next day courier', tax: true, urgent: ['machine down', 'next day'] });
    await pdfMail({ id: 't14', date: d, subject: (os) => `PO ${os[0].poNumber}`, body: (os) => `Morning,\n\nWe have a machine down on the press brake. PO ${os[0].poNumber} attached - can you get these out on a next day courier today please?\n\nFiona\n\n${sig(os[0])}`, orders: [{ o, style: 'sage', name: `${o.poNumber}.pdf` }], lang: 'en', manifest: 'Scottish fabricator, Sage 200 PO PDF (grid, VAT), body says "machine down" / next day courier -> urgent' }); }

  // ===== 3 emails with two POs =====
  { const d = '2026-10-28T15:00:00Z'; const r = d.slice(0, 10);
    const a = order('t15', 'greatlakes', r, { po: '11873', n: 4, req: { cal: 20 }, terms: 'Net 30', shipVia: 'FedEx Ground', shipping: 31.25 });
    const b = order('t15', 'greatlakes', r, { po: '11874', n: 3, req: { cal: 6 }, terms: 'Net 30', shipVia: 'FedEx Ground' });
    await pdfMail({ id: 't15', date: d, subject: () => 'POs 11873 and 11874', body: (os) => `Hi,\n\nTwo POs attached: ${os[0].poNumber} is shop stock, ${os[1].poNumber} is for a customer boat in the yard.\n\nThanks,\n${sig(os[0])}`, orders: [{ o: a, style: 'netsuite', name: 'PO11873.pdf' }, { o: b, style: 'netsuite', name: 'PO11874.pdf' }], lang: 'en', manifest: 'US marine repair, two NetSuite POs in one mail: one normal, one with receipt date 6 days out -> high' }); }
  { const d = '2026-11-02T10:40:00Z'; const r = d.slice(0, 10);
    const a = order('t16', 'maasland', r, { po: 'IO26-00455', n: 4, req: { cal: 14 }, terms: '30 dagen netto', shipVia: 'DHL Freight', tax: true });
    const b = order('t16', 'maasland', r, { po: 'IO26-00456', n: 5, req: { cal: 21 }, terms: '30 dagen netto', shipVia: 'DHL Freight', tax: true, shipping: 45 });
    await pdfMail({ id: 't16', date: d, subject: () => 'Inkooporders IO26-00455 en IO26-00456', orders: [{ o: a, style: 'dynamics', name: 'Inkooporder IO26-00455.pdf' }, { o: b, style: 'dynamics', name: 'Inkooporder IO26-00456.pdf' }], lang: 'nl', manifest: 'Dutch engineering firm, two Dynamics "Inkooporder" PDFs (borderless, BTW 21 %), both normal' }); }
  { const d = '2026-11-03T12:25:00Z'; const r = d.slice(0, 10);
    const a = order('t17', 'midland', r, { po: 'MPS-PO-5520', n: 3, req: { cal: 24 }, terms: '30 days EOM', shipVia: 'Pallet network', tax: true });
    const b = order('t17', 'midland', r, { po: 'MPS-PO-5521', n: 2, req: null, terms: '30 days EOM', shipVia: 'Pallet network', tax: true, urgent: ['RUSH'], notes: 'RUSH ORDER for Line 4.' });
    await pdfMail({ id: 't17', date: d, subject: () => 'Orders MPS-PO-5520 / MPS-PO-5521', body: (os) => `Hi,\n\nPlease see two orders attached.\n${os[0].poNumber} is a normal replenishment - no rush.\n${os[1].poNumber} is a RUSH for Line 4, please ship today.\n\nKind regards,\n${sig(os[0])}`, orders: [{ o: a, style: 'xero', name: 'MPS-PO-5520.pdf' }, { o: b, style: 'xero', name: 'MPS-PO-5521.pdf' }], lang: 'en', manifest: 'UK packaging firm, two Xero POs: one "no rush", one RUSH -> normal + urgent' }); }

  // ===== 6 mail bodies =====
  await bodies();
  await sheets();
  await forwards();
  await quotes();
  await bare();
  await scans();
  await negatives();

  writeManifest();
  const ok = await runChecks(results);
  process.exitCode = ok ? 0 : 1;
}

// ---------------------------------------------------------------- bodies
async function bodyMail(id: string, date: string, o: Order, subject: string, text: string, html: string | null, manifest: string, kind = 'body') {
  const fromAddr = from(o);
  const m = { from: fromAddr, to: TO, subject, date, messageId: mid(id, o.contact.email!.split('@')[1]), text, html: html ?? undefined };
  await writeEml(id, m);
  save({ id, file: `${id}.eml`, kind, lang: o.lang, manifest, printed: [subject, text, html ?? ''], orders: [o],
    truth: { source: emailSource(id, m, [{ name: 'body', mediaType: html ? 'text/html' : 'text/plain', method: 'text' }]), isPurchaseOrder: true, orders: [orderTruth(o, date.slice(0, 10))] } });
}
const addrText = (label: string, a: any) => `${label}:\n${addrLines(a).join('\n')}`;

async function bodies() {
  // t18 US text table, need by tomorrow
  { const d = '2026-10-13T20:05:00Z'; const r = d.slice(0, 10);
    const o = order('t18', 'mesa', r, { po: 'MV-26-0914', n: 5, req: { biz: 1 }, skuMode: 'vendor', printSubtotal: true, terms: 'Net 30', shipVia: 'UPS Next Day Air', urgent: ['need by tomorrow', 'UPS Next Day Air'] });
    const tbl = textTable(o, [{ key: 'line', label: 'Ln' }, { key: 'sku', label: 'Part #' }, { key: 'desc', label: 'Description' }, { key: 'qty', label: 'Qty', align: 'r' }, { key: 'unit', label: 'UOM' }, { key: 'price', label: 'Unit $', align: 'r' }, { key: 'amount', label: 'Ext $', align: 'r' }], 'us');
    const text = `Hi Northwind,\n\nPO# ${o.poNumber} - we need by tomorrow (${fmtDate(o.reqDate!, 'us')}) for the panel job, please ship UPS Next Day Air.\n\n${tbl.join('\n')}\n\n${' '.repeat(40)}Subtotal: $${fmtNum(o.subtotal!, 'us')}\n\nShip to:\n${addrLines(o.shipTo!).join('\n')}\n\nTerms Net 30 as usual.\n\nThanks\n${sig(o)}`;
    o.total = null; o.orderDate = null;
    await bodyMail('t18', d, o, `PO# ${o.poNumber} - need by tomorrow`, text, null, 'US electrical contractor, plain-text body with space-aligned table, "need by tomorrow" + Next Day Air -> urgent'); }
  // t19 UK HTML table
  { const d = '2026-10-14T10:30:00Z'; const r = d.slice(0, 10);
    const o = order('t19', 'thamesmead', r, { po: 'TFS/PO/38841', n: 4, req: { cal: 14 }, lineNumbering: 'none', tax: true, terms: '30 days from invoice', shipVia: 'Your van' });
    const cols: any = [{ key: 'sku', label: 'Code' }, { key: 'desc', label: 'Item' }, { key: 'qty', label: 'Qty', align: 'r' }, { key: 'price', label: 'Price £', align: 'r' }, { key: 'amount', label: 'Total £', align: 'r' }];
    const tot = totalsRows(o, { ...LABELS.en, tax: (x: number) => `VAT @ ${x}%` } as any, { totalLabel: 'Order total' });
    const html = `<div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Good morning,</p><p>Please accept this email as our official order <b>${o.poNumber}</b> dated ${fmtDate(o.orderDate!, 'uk')}. Delivery required by ${fmtDate(o.reqDate!, 'uk')} to the address below.</p>${htmlTable(o, cols, 'uk', 'outlook')}<p>${tot.map(([k, v]) => `${k}: £${v}`).join('<br>')}</p><p><b>Deliver to:</b><br>${addrLines(o.shipTo!).join('<br>')}</p><p>Payment terms: ${o.terms}. Delivery: ${o.shipVia}.</p><p>Kind regards,<br><br>${sig(o).split('\n').join('<br>')}</p></div>`;
    const text = `Good morning,\n\nPlease accept this email as our official order ${o.poNumber} dated ${fmtDate(o.orderDate!, 'uk')}. Delivery required by ${fmtDate(o.reqDate!, 'uk')} to the address below.\n\n${textTable(o, cols, 'uk').join('\n')}\n\n${tot.map(([k, v]) => `${k}: £${v}`).join('\n')}\n\nDeliver to:\n${addrLines(o.shipTo!).join('\n')}\n\nPayment terms: ${o.terms}. Delivery: ${o.shipVia}.\n\nKind regards,\n\n${sig(o)}`;
    await bodyMail('t19', d, o, `Official order ${o.poNumber}`, text, html, 'UK facilities services, Outlook HTML body with bordered table, VAT, Deliver to block; normal'); }
  // t20 German prose
  { const d = '2026-10-20T06:50:00Z'; const r = d.slice(0, 10);
    const o = order('t20', 'rheinland', r, { po: 'RV-26-1453', n: 3, lineNumbering: 'none', noPrices: true, req: { cal: 16 } });
    const ls = o.lines.map((l) => `- ${fmtQty(l.qty, 'eu')} ${l.unit} ${l.desc} (Art.-Nr. ${l.sku})`).join('\n');
    const text = `Guten Morgen Frau Janssen,\n\nbitte liefern Sie uns zu unserer Bestellung ${o.poNumber} vom ${fmtDate(o.orderDate!, 'de')}:\n\n${ls}\n\nzu den vereinbarten Konditionen, Anlieferung bis spätestens ${fmtDate(o.reqDate!, 'de')} an:\n${addrLines(o.shipTo!).join('\n')}\n\nVielen Dank und freundliche Grüße\n${sig(o)}`;
    await bodyMail('t20', d, o, `Bestellung ${o.poNumber}`, text, null, 'German packaging company, prose order in German ("bitte liefern Sie ... 12 ST ..."), no prices; normal'); }
  // t21 US prose, end of week
  { const d = '2026-10-21T15:15:00Z'; const r = d.slice(0, 10);
    const o = order('t21', 'summit', r, { po: '3319', n: 3, lineNumbering: 'none', noPrices: true, req: null, high: ['by end of week'] }, (o) => { o.lines.forEach((l) => { l.sku = null; l.unit = null; }); o.shipTo = { ...o.shipTo!, name: 'Summit Ridge Brewing Co.' }; o.orderDate = null; });
    const phr = o.lines.map((l, i) => `${i === o.lines.length - 1 ? 'and ' : ''}${fmtQty(l.qty, 'us')} x ${l.desc.replace(/\s*\(.*\)$/, '')}`);
    o.lines.forEach((l) => { l.desc = l.desc.replace(/\s*\(.*\)$/, ''); });
    const text = `Hey folks,\n\nCould you please send ${phr.slice(0, -1).join(', ')} ${phr[phr.length - 1]}? Our PO number is ${o.poNumber}. Would be great to have it by end of week.\n\nShip to the brewery: ${addrLines(o.shipTo!, { withName: false }).join(', ')}.\n\nCheers,\nHannah\n\n${sig(o)}`;
    await bodyMail('t21', d, o, 'small order', text, null, 'US brewery facilities, casual prose "please send 12 x ..." with PO number in text, no prices, no SKUs, "by end of week" -> high'); }
  // t22 Quebec French HTML
  { const d = '2026-10-29T13:10:00Z'; const r = d.slice(0, 10);
    const o = order('t22', 'laurentian', r, { po: 'BC-88214', n: 4, req: { cal: 15 }, lineNumbering: 'ones', terms: 'Net 30 jours', shipVia: 'Transport Guilbault' });
    const cols: any = [{ key: 'line', label: 'No' }, { key: 'sku', label: 'Code produit' }, { key: 'desc', label: 'Description' }, { key: 'qty', label: 'Qté', align: 'r' }, { key: 'unit', label: 'U/M' }, { key: 'price', label: 'Prix unit.', align: 'r' }, { key: 'amount', label: 'Montant', align: 'r' }];
    const html = `<p>Bonjour,</p><p>Voici notre commande <b>${o.poNumber}</b> du ${fmtDate(o.orderDate!, 'iso')}, livraison demandée le ${fmtDate(o.reqDate!, 'iso')}.</p>${htmlTable(o, cols, 'iso', 'gmail')}<p>Total avant taxes : ${fmtNum(o.subtotal!, 'fr')} $ CAD</p><p>Livrer à :<br>${addrLines(o.shipTo!).join('<br>')}</p><p>Conditions : ${o.terms} — Transporteur : ${o.shipVia}</p><p>Merci,<br>${sig(o).split('\n').join('<br>')}</p>`;
    const text = `Bonjour,\n\nVoici notre commande ${o.poNumber} du ${o.orderDate}, livraison demandée le ${o.reqDate}.\n\n${textTable(o, cols, 'iso').join('\n')}\n\nTotal avant taxes : ${fmtNum(o.subtotal!, 'fr')} $ CAD\n\nLivrer à :\n${addrLines(o.shipTo!).join('\n')}\n\nConditions : ${o.terms} — Transporteur : ${o.shipVia}\n\nMerci,\n${sig(o)}`;
    o.total = null;
    await bodyMail('t22', d, o, `Commande ${o.poNumber}`, text, html, 'Quebec (French) equipment maker, HTML body table, CAD, 1 234,56 numbers, ISO dates; normal'); }
  // t23 Italian text table urgent
  { const d = '2026-11-04T08:35:00Z'; const r = d.slice(0, 10);
    const o = order('t23', 'emiliana', r, { po: 'OA-26-2207', n: 3, req: null, lineNumbering: 'none', urgent: ['URGENTE', 'fermo linea'] });
    const cols: any = [{ key: 'sku', label: 'Codice' }, { key: 'desc', label: 'Descrizione' }, { key: 'qty', label: 'Q.tà', align: 'r' }, { key: 'unit', label: 'UM' }, { key: 'price', label: 'Prezzo', align: 'r' }, { key: 'amount', label: 'Importo', align: 'r' }];
    const text = `Buongiorno,\n\nURGENTE: abbiamo un fermo linea sulla confezionatrice. Vi inviamo l'ordine ${o.poNumber} del ${fmtDate(o.orderDate!, 'uk')}:\n\n${textTable(o, cols, 'uk').join('\n')}\n\nTotale imponibile EUR ${fmtNum(o.subtotal!, 'eu')}\n\nConsegna presso il nostro stabilimento:\n${addrLines(o.shipTo!).join('\n')}\n\nGrazie,\n${sig(o)}`;
    o.total = null;
    await bodyMail('t23', d, o, `URGENTE - ordine ${o.poNumber}`, text, null, 'Italian packaging company, plain-text Italian body table, "URGENTE" / fermo linea -> urgent'); }
}

// ---------------------------------------------------------------- spreadsheets by mail
async function sheets() {
  // t24 US xlsx
  { const id = 't24'; const d = '2026-10-07T19:20:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'bluegrass', r, { po: 'BGP-4410', n: 7, req: { cal: 17 }, terms: 'Net 30', shipVia: 'Estes LTL', lineNumbering: 'ones', skuMode: 'vendor', buyerParts: true });
    const rows: any[][] = [['Bluegrass Packaging Co. - Purchase Order'], [], ['PO Number', o.poNumber], ['PO Date', fmtDate(o.orderDate!, 'us')], ['Required Date', fmtDate(o.reqDate!, 'us')], ['Vendor', 'Northwind Industrial Supply'], ['Ship To', addrLines(o.shipTo!).join(', ')], ['Terms', o.terms], ['Ship Via', o.shipVia], ['Buyer', `${o.contact.name} ${o.contact.phone}`], [],
      ['Line', 'Our Item #', 'Vendor Part #', 'Description', 'Qty', 'UOM', 'Unit Cost (USD)', 'Ext Cost (USD)'], ...o.lines.map((l) => [l.lineNo, l.buyerPart, l.sku, l.desc, l.qty, l.unit, l.price, l.amount]), [], ['', '', '', '', '', '', 'Total', o.total]];
    const name = `PO_${o.poNumber}.xlsx`; const f = `/tmp/fresha-${name}`;
    const printed = await writeXlsx(f, 'PO', rows, { 7: '#,##0.00', 8: '#,##0.00' }, [8, 12, 16, 50, 8, 6, 11, 12]);
    o.printSubtotal = false;
    const subject = `PO ${o.poNumber}`; const text = `Hi,\n\nPO ${o.poNumber} attached as a spreadsheet (our system can't do PDF this week).\n\n${sig(o)}`;
    const m = { from: from(o), to: TO, subject, date: d, messageId: mid(id, 'bluegrasspack.example'), text, attachments: [{ filename: name, content: fs.readFileSync(f), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }] };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'email+xlsx', lang: 'en', manifest: 'US packaging maker, .xlsx PO attached (header block + line table, buyer and vendor part numbers, total only); normal', printed: [...printed, ...o.lines.map((l) => fmtNum(l.amount!, 'us')), fmtNum(o.total!, 'us'), subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, { name, mediaType: m.attachments[0].contentType, method: 'spreadsheet' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
  // t25 UK csv, high by date
  { const id = 't25'; const d = '2026-10-19T09:45:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'severn', r, { po: 'SBT-PO-90127', n: 6, req: { cal: 4 }, lineNumbering: 'ones', lineDates: true, skuMode: 'vendor', terms: '30 days net', shipVia: 'Carrier' }, (o) => { o.shipVia = null; o.terms = null; });
    const lines = [csvLine(['PO_NUMBER', 'PO_DATE', 'LINE', 'SUPPLIER_PART', 'DESCRIPTION', 'QTY', 'UOM', 'UNIT_PRICE', 'LINE_VALUE', 'DUE_DATE', 'CURRENCY']), ...o.lines.map((l) => csvLine([o.poNumber, fmtDate(o.orderDate!, 'uk'), l.lineNo, l.sku, l.desc, l.qty, l.unit, l.price!.toFixed(2), l.amount!.toFixed(2), fmtDate(l.reqDate!, 'uk'), 'GBP']))];
    o.printSubtotal = true; o.subtotal = o.goods; o.total = null; o.subtotal = null;
    const name = `SBT-PO-90127.csv`; const csv = lines.join('\r\n') + '\r\n';
    const subject = `Stock order ${o.poNumber}`; const text = `Hello Raj,\n\nStock order attached in the usual CSV format. Due date ${fmtDate(o.reqDate!, 'uk')} please - we are running low.\n\nDeliver to the branch as normal:\n${addrLines(o.shipTo!).join('\n')}\n\n${sig(o)}`;
    const m = { from: from(o), to: TO, subject, date: d, messageId: mid(id, 'severnbearings.example'), text, attachments: [{ filename: name, content: csv, contentType: 'text/csv' }] };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'email+csv', lang: 'en', manifest: 'UK bearing reseller, CSV export attached (one row per line, PO number repeated, no totals), due date 4 days after receipt -> high', printed: [...csvCells(csv), subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, { name, mediaType: 'text/csv', method: 'spreadsheet' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
  // t26 Spanish xlsx
  { const id = 't26'; const d = '2026-11-09T11:05:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'levante', r, { po: 'PC-2026-0733', n: 5, req: { cal: 20 }, lineNumbering: 'ones', tax: true, terms: 'Confirming 90 días', shipVia: 'Agencia de transporte', contact: { email: 'lucia.ferrer@sumilevante.example' } });
    const rows: any[][] = [['PEDIDO DE COMPRA'], ['Nº Pedido', o.poNumber, '', 'Fecha', fmtDate(o.orderDate!, 'uk')], ['Proveedor', 'Northwind Industrial Supply B.V.'], ['Entregar en', addrLines(o.shipTo!).join(', ')], ['Fecha entrega', fmtDate(o.reqDate!, 'uk')], ['Forma de pago', o.terms], ['Transporte', o.shipVia], ['Contacto', `${o.contact.name} - ${o.contact.phone} - ${o.contact.email}`], [],
      ['Lín.', 'Referencia', 'Descripción', 'Cantidad', 'Ud.', 'Precio', 'Importe'], ...o.lines.map((l) => [l.lineNo, l.sku, l.desc, l.qty, l.unit, l.price, l.amount]), [], ['', '', '', '', '', 'Base imponible', o.subtotal], ['', '', '', '', '', 'IVA 21%', o.tax], ['', '', '', '', '', 'TOTAL', o.total]];
    const name = `Pedido ${o.poNumber}.xlsx`; const f = `/tmp/fresha-${id}.xlsx`;
    const printed = await writeXlsx(f, 'Pedido', rows, { 6: '#,##0.00 €', 7: '#,##0.00 €' }, [6, 16, 50, 10, 6, 14, 14]); printed.push('€');
    const subject = `Pedido ${o.poNumber}`; const text = `Buenos días,\n\nLes adjunto el pedido ${o.poNumber} en Excel.\n\nUn saludo,\n${sig(o)}`;
    const m = { from: `${o.contact.name} <compras@sumilevante.example>`, to: TO, subject, date: d, messageId: mid(id, 'sumilevante.example'), text, attachments: [{ filename: name, content: fs.readFileSync(f), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }] };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'email+xlsx', lang: 'es', manifest: 'Spanish distributor, Spanish .xlsx "PEDIDO DE COMPRA" with IVA and totals, sent from a shared compras@ mailbox; normal', printed: [...printed, ...[...o.lines.map((l) => l.amount!), o.subtotal!, o.tax!, o.total!].map((n) => fmtNum(n, 'eu')), subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, { name, mediaType: m.attachments[0].contentType, method: 'spreadsheet' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
}

// ---------------------------------------------------------------- forwards
async function forwards() {
  // t27 inline forward by Northwind inside sales
  { const id = 't27'; const d = '2026-10-23T14:50:00Z'; const r = d.slice(0, 10); const od = '2026-10-22T21:14:00Z';
    const o = order(id, 'granite', r, { po: 'GS-5512', n: 4, lineNumbering: 'none', req: { cal: 12 }, terms: 'Net 30', shipVia: 'UPS Ground', skuMode: 'vendor' });
    const tbl = textTable(o, [{ key: 'qty', label: 'QTY', align: 'r' }, { key: 'sku', label: 'PART' }, { key: 'desc', label: 'DESCRIPTION' }, { key: 'price', label: 'EACH', align: 'r' }, { key: 'amount', label: 'TOTAL', align: 'r' }], 'us');
    const orig = `Megan,\n\nHere's our PO ${o.poNumber} dated ${fmtDate(o.orderDate!, 'us')}. Pricing per your last quote. Need them by ${fmtDate(o.reqDate!, 'us')}.\n\n${tbl.join('\n')}\n\nPO total $${fmtNum(o.total!, 'us')}\nShip UPS Ground to:\n${addrLines(o.shipTo!).join('\n')}\nNet 30.\n\nThanks,\n${sig(o)}`;
    o.printSubtotal = false;
    const text = `Please enter this one for Granite State, they sent it to me directly.\n\nMegan Ortiz\nInside Sales | Northwind Industrial Supply\n${STAFF.megan.phone}\n\n---------- Forwarded message ---------\nFrom: ${o.contact.name} <${o.contact.email}>\nDate: Thu, Oct 22, 2026 at 5:14 PM\nSubject: PO ${o.poNumber}\nTo: Megan Ortiz <${STAFF.megan.email}>\n\n${orig}`;
    const m = { from: `${STAFF.megan.name} <${STAFF.megan.email}>`, to: TO, subject: `Fwd: PO ${o.poNumber}`, date: d, messageId: mid(id, 'northwind-supply.example'), text };
    void od; await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'forward-inline', lang: 'en', manifest: 'US tool & die order forwarded inline by Northwind inside sales (---------- Forwarded message ----------), text table, PO total only; normal', printed: [m.subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
  // t28 message/rfc822 attached by Northwind account manager, inner mail has PO PDF
  { const id = 't28'; const d = '2026-11-05T09:10:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'solent', r, { po: 'SME-PO-2291', n: 5, req: { cal: 6 }, terms: '30 days', shipVia: 'DPD', tax: true, shipping: 9.5 });
    const name = `${o.poNumber}.pdf`; const f = `/tmp/fresha-${id}.pdf`;
    const pr = await toPdf(buildDoc(o, 'sage'), f, { title: o.poNumber!, author: o.cust.company, creator: 'Sage 50cloud' });
    const innerText = `Raj,\n\nOrder attached as discussed on the phone - delivery by ${fmtDate(o.reqDate!, 'uk')} please.\n\n${sig(o)}`;
    const inner = await buildEml({ from: from(o), to: `${STAFF.raj.name} <${STAFF.raj.email}>`, subject: `Order ${o.poNumber}`, date: '2026-11-04T16:42:00Z', messageId: mid(id + 'inner', 'solentmarine.example'), text: innerText, attachments: [{ filename: name, content: fs.readFileSync(f), contentType: 'application/pdf' }] });
    const text = `Hi orders team,\n\nForwarding Solent Marine's order as an attachment - please book it in against their account.\n\nThanks\n${STAFF.raj.name}\n${STAFF.raj.title}\n${STAFF.raj.phone}`;
    const m = { from: `${STAFF.raj.name} <${STAFF.raj.email}>`, to: TO, subject: `FW: Order ${o.poNumber}`, date: d, messageId: mid(id, 'northwind-supply.example'), text, attachments: [{ filename: `Order ${o.poNumber}.eml`, content: inner, contentType: 'message/rfc822' }] };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'forward-rfc822', lang: 'en', manifest: 'UK marine engineering order forwarded by Northwind account manager as an attached message/rfc822, inner mail carries Sage PO PDF; delivery 6 days out -> high', printed: [m.subject, text, innerText, ...pr.printed], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, { name: `Order ${o.poNumber}.eml`, mediaType: 'message/rfc822', method: 'text' }, docPdf(name, pr.pages)]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
}

// ---------------------------------------------------------------- quote approvals
async function quotes() {
  { const id = 't29'; const d = '2026-10-09T13:30:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'ironbridge', r, { po: 'IB-77031', n: 4, lineNumbering: 'ones', req: null, odBack: null, shipVia: 'UPS Ground', terms: 'Net 30' });
    const tbl = textTable(o, [{ key: 'line', label: 'Line' }, { key: 'sku', label: 'Part Number' }, { key: 'desc', label: 'Description' }, { key: 'qty', label: 'Qty', align: 'r' }, { key: 'unit', label: 'UOM' }, { key: 'price', label: 'Unit Price', align: 'r' }, { key: 'amount', label: 'Ext. Price', align: 'r' }], 'us');
    const quote = `Hello Greg,\n\nThank you for your enquiry. Please find our quotation Q-26-1187 below, valid 30 days.\n\n${tbl.join('\n')}\n\nQuote total: $${fmtNum(o.subtotal!, 'us')} (freight extra)\nTerms: Net 30, UPS Ground, FOB Columbus OH.\n\nBest regards,\n${STAFF.quotes.name}\n${STAFF.quotes.title}\nNorthwind Industrial Supply\n${STAFF.quotes.phone}`;
    o.printSubtotal = true; o.total = o.subtotal;
    const text = `Approved, please go ahead. Our PO number is ${o.poNumber} - please reference it on the invoice.\nShip to our Allentown warehouse (${addrLines(o.shipTo!, { withName: false }).join(', ')}).\n\nGreg Tamura\nPurchasing | Ironbridge Automation Resellers\n${o.contact.phone}\n\nOn Wed, Oct 7, 2026 at 10:02 AM Northwind Quotes <${STAFF.quotes.email}> wrote:\n${quote.split('\n').map((l) => '> ' + l).join('\n')}`;
    const m = { from: from(o), to: TO, subject: 'RE: Quotation Q-26-1187 - Ironbridge Automation', date: d, messageId: mid(id, 'ironbridge-auto.example'), text, inReplyTo: `<q-26-1187.447120@northwind-supply.example>` };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'quote-approval', lang: 'en', manifest: 'US reseller replies "Approved, please go ahead" with PO number; lines only in the quoted Northwind quotation; normal', printed: [m.subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
  { const id = 't30'; const d = '2026-11-10T08:15:00Z'; const r = d.slice(0, 10);
    const o = order(id, 'alpenblick', r, { po: 'AB-B-26-0617', n: 3, lineNumbering: 'tens', req: { cal: 23 }, odBack: null, terms: '30 Tage netto', lang: 'de' }, (o) => { o.currency = 'EUR'; });
    const ns = 'eu';
    const ql = o.lines.map((l) => `${l.lineLabel}  ${l.sku}  ${l.desc}  ${fmtQty(l.qty, ns)} ${l.unit}  à ${fmtNum(l.price!, ns)} EUR  = ${fmtNum(l.amount!, ns)} EUR`).join('\n');
    const quote = `Sehr geehrter Herr Gruber,\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an (Angebot AN-26-3307):\n\n${ql}\n\nSumme netto: ${fmtNum(o.subtotal!, ns)} EUR zzgl. MwSt.\nZahlungsbedingungen: 30 Tage netto\n\nMit freundlichen Grüßen\nNorthwind Industrial Supply B.V.`;
    o.total = null;
    const text = `Guten Morgen,\n\ndas Angebot AN-26-3307 ist freigegeben - bitte wie angeboten liefern. Unsere Bestellnummer: ${o.poNumber}.\nLiefertermin ${fmtDate(o.reqDate!, 'de')}, Lieferadresse:\n${addrLines(o.shipTo!).join('\n')}\n\nMit freundlichen Grüßen\n${sig(o)}\n\n-----Ursprüngliche Nachricht-----\nVon: Northwind Angebote <${STAFF.quotes.email}>\nGesendet: Freitag, 6. November 2026 15:20\nAn: ${o.contact.name} <${o.contact.email}>\nBetreff: Angebot AN-26-3307\n\n${quote}`;
    const m = { from: from(o), to: TO, subject: 'AW: Angebot AN-26-3307', date: d, messageId: mid(id, 'alpenblick-ht.example'), text, inReplyTo: '<an-26-3307.998812@northwind-supply.example>' };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'quote-approval', lang: 'de', manifest: 'Austrian building-services firm, German reply "Angebot ist freigegeben" with Bestellnummer over the quoted Outlook-style quote; normal', printed: [m.subject, text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }]), isPurchaseOrder: true, orders: [orderTruth(o, r)] } }); }
}

// ---------------------------------------------------------------- bare files
async function bare() {
  { const id = 't31'; const o = order(id, 'bretagne', '2026-10-12', { po: 'CDE-10457', n: 6, lineNumbering: 'tens', req: { abs: '2026-11-02' }, terms: 'Virement à 30 jours', shipVia: 'Transporteur Schenker', tax: true, shipping: 28.9 });
    const pr = await toPdf(buildDoc(o, 'sap', { dateStyle: 'uk' }), path.join(SET, `${id}.pdf`), { title: o.poNumber!, author: o.cust.company, creator: 'SAP Business One' });
    save({ id, file: `${id}.pdf`, kind: 'bare-pdf', lang: 'fr', manifest: 'bare PDF: French packaging SARL, SAP Business One-style "BON DE COMMANDE", TVA 20 %, frais de port; normal', printed: pr.printed, orders: [o],
      truth: { source: fileSource(`${id}.pdf`, [docPdf(`${id}.pdf`, pr.pages)]), isPurchaseOrder: true, orders: [orderTruth(o, null)] } }); }
  { const id = 't32'; const o = order(id, 'piedmont', '2026-10-15', { po: '0078990', n: 9, lineNumbering: 'ones', req: { abs: '2026-11-16' }, terms: 'NET 30', shipVia: 'R+L CARRIERS', skuMode: 'buyer', shipping: 0 }, (o) => { o.shipping = null; });
    const rows: any[][] = [['PIEDMONT TEXTILE MACHINERY', '', '', '', '', 'PURCHASE ORDER'], ['2400 WESTINGHOUSE BLVD, CHARLOTTE, NC 28273', '', '', '', '', 'PO NO.', o.poNumber], ['', '', '', '', '', 'DATE', new Date(o.orderDate + 'T00:00:00Z')], [],
      ['SHIP TO', addrLines(o.shipTo!).join(' / ')], ['BUYER', o.contact.name, o.contact.phone, o.contact.email], ['TERMS', o.terms, 'SHIP VIA', o.shipVia, 'DUE', new Date(o.reqDate + 'T00:00:00Z')], [],
      ['LN', 'ITEM', 'DESCRIPTION', 'QTY', 'UM', 'UNIT PRICE', 'AMOUNT'], ...o.lines.map((l) => [l.lineNo, l.sku, l.desc, l.qty, l.unit, l.price, { formula: `D${0}`, result: l.amount }]), [], ['', '', '', '', '', 'SUBTOTAL', o.subtotal], ['', '', '', '', '', 'TOTAL', o.total]];
    const start = 10; rows.slice(8 + 1, 8 + 1 + o.lines.length).forEach((r, i) => (r[6] = { formula: `D${start + i}*F${start + i}`, result: o.lines[i].amount }));
    const printed = await writeXlsx(path.join(SET, `${id}.xlsx`), 'Sheet1', rows, { 6: '"$"#,##0.00', 7: '"$"#,##0.00' }, [6, 14, 48, 8, 6, 12, 12]); printed.push('$');
    save({ id, file: `${id}.xlsx`, kind: 'bare-xlsx', lang: 'en', manifest: 'bare .xlsx: US textile machinery PO sheet (buyer item numbers only, formula amounts, Excel date cells); normal', printed: [...printed, fmtDate(o.orderDate!, 'us'), fmtDate(o.reqDate!, 'us'), ...o.lines.map((l) => fmtNum(l.amount!, 'us')), fmtNum(o.subtotal!, 'us')], orders: [o],
      truth: { source: fileSource(`${id}.xlsx`, [{ name: `${id}.xlsx`, mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', method: 'spreadsheet' }]), isPurchaseOrder: true, orders: [orderTruth(o, null)] } }); }
  { const id = 't33'; const o = order(id, 'southerncross', '2026-11-11', { po: 'SCM-PO-118204', n: 5, lineNumbering: 'ones', req: { abs: '2026-11-30' }, skuMode: 'vendor', tax: true, terms: '30 days EOM' }, (o) => { o.terms = null; });
    const hdr = ['Order No', 'Currency', 'Order Date', 'Supplier', 'Deliver To', 'Line', 'Item Code', 'Item Description', 'Order Qty', 'UOM', 'Unit Price (ex GST)', 'GST', 'Line Total (ex GST)', 'Required Date', 'Requested By'];
    const rows = o.lines.map((l) => csvLine([o.poNumber, 'AUD', fmtDate(o.orderDate!, 'uk'), 'NORTHWIND INDUSTRIAL SUPPLY', addrLines(o.shipTo!).join(', '), l.lineNo, l.sku, l.desc, l.qty, l.unit, l.price!.toFixed(2), 'GST', l.amount!.toFixed(2), fmtDate(o.reqDate!, 'uk'), `${o.contact.name} ${o.contact.phone}`]));
    const csv = [csvLine(hdr), ...rows].join('\n') + '\n';
    fs.writeFileSync(path.join(SET, `${id}.csv`), csv);
    o.tax = null; o.subtotal = null; o.total = null; o.buyerCompany = 'Southern Cross Mining Services'; o.contact.email = null;
    save({ id, file: `${id}.csv`, kind: 'bare-csv', lang: 'en', manifest: 'bare .csv: Australian mining PO export, one row per line with header fields repeated, ex-GST prices, no totals; normal', printed: csvCells(csv), orders: [o],
      truth: { source: fileSource(`${id}.csv`, [{ name: `${id}.csv`, mediaType: 'text/csv', method: 'spreadsheet' }]), isPurchaseOrder: true, orders: [orderTruth(o, null)] } }); }
  { const id = 't34'; const o = order(id, 'harbor', '2026-10-27', { po: 'HP-WO-55013', n: 4, lineNumbering: 'ones', req: null, terms: 'Net 30', shipVia: 'Next Day Air', urgent: ['RUSH', 'Next Day Air'] }, upperLines);
    const lines = monoLines(o, { ds: 'us', banner: '*** RUSH - CHILLER PLANT EMERGENCY REPAIR - SHIP NEXT DAY AIR ***' });
    const txt = lines.join('\n') + '\n';
    fs.writeFileSync(path.join(SET, `${id}.txt`), txt);
    o.notes = null;
    save({ id, file: `${id}.txt`, kind: 'bare-txt', lang: 'en', manifest: 'bare .txt: US facilities work-order PO as fixed-width text print, "*** RUSH ... NEXT DAY AIR ***" -> urgent', printed: [txt], orders: [o],
      truth: { source: fileSource(`${id}.txt`, [{ name: `${id}.txt`, mediaType: 'text/plain', method: 'text' }]), isPurchaseOrder: true, orders: [orderTruth(o, null)] } }); }
}

// ---------------------------------------------------------------- scans
async function scans() {
  const mk = async (id: string, o: Order, style: Style, kind: ScanKind, mail: null | { date: string; subject: string; text: string; name: string }, manifest: string, p: PresetOpts = {}, fax?: string) => {
    const s = await scan(buildDoc(o, style, { fine: false, ...p }), kind, id, fax);
    const ext = { 'fax-tiff': 'tif', 'grey-pdf': 'pdf', 'photo-jpg': 'jpg', 'grey-png': 'png', 'light-png': 'png' }[kind];
    const doc = { name: mail?.name ?? `${id}.${ext}`, mediaType: s.mediaType, method: 'ocr', pages: 1 };
    if (!mail) {
      fs.writeFileSync(path.join(SET, `${id}.${ext}`), s.buf);
      save({ id, file: `${id}.${ext}`, kind: 'scan-bare', lang: o.lang, manifest, printed: s.printed, orders: [o], truth: { source: fileSource(`${id}.${ext}`, [doc]), isPurchaseOrder: true, orders: [orderTruth(o, null)] } });
      return;
    }
    const m = { from: from(o), to: TO, subject: mail.subject, date: mail.date, messageId: mid(id, o.contact.email!.split('@')[1]), text: mail.text, attachments: [{ filename: mail.name, content: s.buf, contentType: s.mediaType }] };
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'scan-email', lang: o.lang, manifest, printed: [...s.printed, mail.subject, mail.text], orders: [o],
      truth: { source: emailSource(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, doc]), isPurchaseOrder: true, orders: [orderTruth(o, mail.date.slice(0, 10))] } });
  };
  { const id = 't35'; const d = '2026-10-08T12:40:00Z'; const o = order(id, 'bluegrass', d.slice(0, 10), { po: 'BGP-4398', n: 4, lineNumbering: 'ones', req: null, terms: 'Net 30', shipVia: 'Best Way', urgent: ['ASAP'], notes: 'PLEASE SHIP ASAP - maintenance shutdown' });
    await mk(id, o, 'quickbooks', 'fax-tiff', { date: d, subject: `Fax from 8595550117 - PO ${o.poNumber}`, text: `You have received a 1 page fax from 859-555-0117.\n\n${o.contact.name}: PO ${o.poNumber} attached, please ship ASAP.\n\n${sig(o)}`, name: `FAX_20261008_0117.tif` }, 'US packaging maker, 200-dpi black-and-white fax TIFF (CCITT G4) of a QuickBooks PO, with fax header; ASAP -> urgent', {}, `OCT-08-2026 08:31  FROM: BLUEGRASS PACKAGING  859 555 0117   P.001/001`); }
  { const id = 't36'; const d = '2026-10-22T09:55:00Z'; const o = order(id, 'vlaamse', d.slice(0, 10), { po: 'VOD-26-0388', n: 4, lineNumbering: 'tens', req: { cal: 19 }, terms: '30 dagen einde maand', shipVia: 'Bpost', tax: true });
    await mk(id, o, 'sap', 'grey-pdf', { date: d, subject: `Bestelbon ${o.poNumber}`, text: `Goedemorgen,\n\nIn bijlage de gescande bestelbon ${o.poNumber}.\n\nMet vriendelijke groeten,\n${sig(o)}`, name: `Scan_20261022_0951.pdf` }, 'Belgian (Dutch) maintenance firm, slightly rotated grey scan embedded as an image-only PDF (SAP-style Inkooporder), BTW 21 %; normal', { titleOverride: 'BESTELBON' }); }
  { const id = 't37'; const d = '2026-11-12T16:20:00Z'; const o = order(id, 'cascade', d.slice(0, 10), { po: 'CH-1077', n: 3, lineNumbering: 'none', req: { cal: 5 }, terms: 'Net 15', shipVia: 'UPS Ground' });
    await mk(id, o, 'word', 'photo-jpg', { date: d, subject: 'PO', text: `Sent from my phone - PO ${o.poNumber} attached, printer is broken so here's a photo.\n\nTom\n${o.contact.phone}`, name: 'IMG_4471.jpg' }, 'US small hydraulics shop, phone photo JPEG of a Word-template order (tilt, blur, uneven light); needed 5 days out -> high'); }
  { const id = 't38'; const o = order(id, 'liffey', '2026-11-02', { po: '4500202114', n: 5, lineNumbering: 'pad5', req: { abs: '2026-11-27' }, terms: '60 days net', shipVia: 'Road freight - DAP', tax: true });
    await mk(id, o, 'sap', 'grey-png', null, 'bare PNG: Irish SAP PO, grey scan with speckle, slight rotation; normal'); }
  { const id = 't39'; const d = '2026-11-16T15:30:00Z'; const o = order(id, 'prairie', d.slice(0, 10), { po: 'P026-3520', n: 5, lineNumbering: 'ones', buyerParts: true, lineDates: true, req: { cal: 14 }, terms: '2% 10 Net 30', shipVia: 'Purolator Ground', tax: true });
    await mk(id, o, 'epicor', 'light-png', { date: d, subject: `PO ${o.poNumber} (scanned)`, text: `Hi, our ERP was down so this one was printed and scanned - PO ${o.poNumber}.\n\n${sig(o)}`, name: `PO${o.poNumber}_scan.png` }, 'Canadian ag-machine maker, faint low-contrast PNG scan of an Epicor PO (Our Part / Your Part), GST; normal'); }
}

// ---------------------------------------------------------------- negatives
async function negatives() {
  const neg = async (id: string, m: any, docs: any[], manifest: string, printed: string[], lang = 'en') => {
    await writeEml(id, m);
    save({ id, file: `${id}.eml`, kind: 'negative', lang, manifest, printed, orders: [], truth: { source: emailSource(id, m, docs), isPurchaseOrder: false, orders: [] } });
  };
  // t40 invoice sent to Northwind by a supplier
  { const id = 't40'; const f = `/tmp/fresha-${id}.pdf`;
    const inv = makeOrder({ custKey: 'cascade', n: 4, poNumber: 'NW-PO-300871', orderDate: '2026-10-14', reqDate: null, rnd: rng(id), tax: false, shipping: 65 });
    const d: any = buildDoc(inv, 'quickbooks');
    d.letterhead = { name: 'Buckeye Steel & Wire Inc.', lines: ['455 Foundry Rd, Marion, OH 43302', 'Phone (740) 555-0193  ar@buckeyesteelwire.example'] };
    d.title = 'INVOICE'; d.info = [['Invoice #', 'INV-58213'], ['Date', '10/16/2026'], ['Your PO', 'NW-PO-300871'], ['Due Date', '11/15/2026']];
    d.blocks = [{ label: 'Bill To', lines: ['Northwind Industrial Supply', 'Accounts Payable', '1800 Commerce Park Dr', 'Columbus, OH 43219'] }, { label: 'Ship To', lines: ['Northwind Industrial Supply', 'Receiving Dock B', '1800 Commerce Park Dr', 'Columbus, OH 43219'] }];
    d.strip = [['Terms', 'Net 30'], ['Ship Date', '10/15/2026'], ['Ship Via', 'Our truck']]; d.totals = [['Subtotal', fmtNum(inv.subtotal!, 'us')], ['Freight', fmtNum(65, 'us')], ['Balance Due', '$' + fmtNum(inv.total!, 'us')]];
    d.after = ['Please remit to: Buckeye Steel & Wire Inc., PO Box 2210, Marion, OH 43302. Thank you for your business!'];
    const pr = await toPdf(d, f, { title: 'Invoice INV-58213', author: 'Buckeye Steel & Wire Inc.', creator: 'QuickBooks Online' });
    const text = `Dear Customer,\n\nYour invoice INV-58213 for $${fmtNum(inv.total!, 'us')} is attached. Payment is due 11/15/2026.\n\nThank you for your business,\nBuckeye Steel & Wire Inc.\n(740) 555-0193`;
    const m = { from: 'Buckeye Steel & Wire Inc. <ar@buckeyesteelwire.example>', to: 'Northwind AP <orders@northwind-supply.example>', subject: 'Invoice INV-58213 from Buckeye Steel & Wire Inc.', date: '2026-10-16T18:02:00Z', messageId: mid(id, 'buckeyesteelwire.example'), text, attachments: [{ filename: 'Invoice_INV-58213.pdf', content: fs.readFileSync(f), contentType: 'application/pdf' }] };
    await neg(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, docPdf('Invoice_INV-58213.pdf', pr.pages)], 'NEGATIVE: supplier invoice sent to Northwind (PDF with line items, references our PO); not an order', [text, ...pr.printed]); }
  // t41 statement of account
  { const id = 't41'; const f = `/tmp/fresha-${id}.pdf`;
    const rows = [['01/10/2026', 'INV', 'SI-40921', '1,284.00', '', '1,284.00'], ['08/10/2026', 'INV', 'SI-41077', '356.40', '', '1,640.40'], ['15/10/2026', 'PAY', 'BACS REC', '', '1,284.00', '356.40'], ['22/10/2026', 'CRN', 'CN-0512', '', '42.00', '314.40'], ['29/10/2026', 'INV', 'SI-41390', '912.60', '', '1,227.00']];
    const d: any = { size: 'A4', family: 'sans', letterhead: { name: 'Pennine Precision Engineering Ltd', lines: ['Unit 7, Calder Park, Denby Dale Road, Wakefield WF2 7AW', 'Tel +44 1924 555 0131  accounts@pennineprecision.example'] }, title: 'STATEMENT OF ACCOUNT', titlePos: 'right', info: [['Account', 'NOR001'], ['Statement Date', '31/10/2026']],
      blocks: [{ label: 'To', lines: ['Northwind Industrial Supply Ltd', 'Unit 3, Westinghouse Road', 'Trafford Park', 'Manchester M17 1PY'] }], strip: [], intro: ['Our records show the following transactions on your account. Please remit the balance by the due date.'],
      cols: [{ label: 'Date', w: 10 }, { label: 'Type', w: 6 }, { label: 'Reference', w: 14 }, { label: 'Debit', w: 10, align: 'r' }, { label: 'Credit', w: 10, align: 'r' }, { label: 'Balance', w: 10, align: 'r' }], rows, tableStyle: 'grid', repeatHeader: true,
      totals: [['Current', '912.60'], ['30 days', '314.40'], ['60+ days', '0.00'], ['Amount Due GBP', '1,227.00']], after: ['Bank: Northfield Bank plc, Sort code 55-01-23, Account 55501234.'], fine: [], sign: [], footer: null };
    const pr = await toPdf(d, f, { title: 'Statement', author: 'Pennine Precision Engineering Ltd', creator: 'Sage 50 Accounts' });
    const text = `Hello,\n\nPlease find attached your statement of account as at 31/10/2026. The balance due is £1,227.00.\n\nRegards,\nCredit Control\nPennine Precision Engineering Ltd`;
    const m = { from: 'Pennine Credit Control <accounts@pennineprecision.example>', to: 'orders@northwind-supply.example', subject: 'Statement of account NOR001 - October 2026', date: '2026-11-02T08:30:00Z', messageId: mid(id, 'pennineprecision.example'), text, attachments: [{ filename: 'Statement_NOR001_Oct2026.pdf', content: fs.readFileSync(f), contentType: 'application/pdf' }] };
    await neg(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }, docPdf('Statement_NOR001_Oct2026.pdf', pr.pages)], 'NEGATIVE: statement of account (UK) PDF with invoice/payment rows; not an order', [text, ...pr.printed]); }
  // t42 shipping notice
  { const id = 't42';
    const html = `<div style="font-family:Arial"><h2>Your shipment is on its way</h2><p>Order <b>PO10482</b> has shipped.</p><table><tr><td>Carrier</td><td>UPS Ground</td></tr><tr><td>Tracking number</td><td><a href="https://tracking.example/1Z999AA10123456784">1Z999AA10123456784</a></td></tr><tr><td>Estimated delivery</td><td>Thursday, October 22, 2026</td></tr><tr><td>Packages</td><td>2</td></tr></table><p>Items: 12 x BRG-6205-2RS, 4 x FTG-BV-34SS</p><p>Delivering to: Kestrel Fabrication LLC, 2210 W Fulton St, Chicago, IL 60612</p><p style="color:#888;font-size:10px">This is an automated message from Lakeshore Logistics. Please do not reply.</p></div>`;
    const text = `Your shipment is on its way\n\nOrder PO10482 has shipped.\nCarrier: UPS Ground\nTracking number: 1Z999AA10123456784\nEstimated delivery: Thursday, October 22, 2026\nPackages: 2\nItems: 12 x BRG-6205-2RS, 4 x FTG-BV-34SS\nDelivering to: Kestrel Fabrication LLC, 2210 W Fulton St, Chicago, IL 60612\n\nThis is an automated message from Lakeshore Logistics. Please do not reply.`;
    const m = { from: 'Lakeshore Logistics <noreply@lakeshorelogistics.example>', to: 'orders@northwind-supply.example', subject: 'Shipped: PO10482 - tracking 1Z999AA10123456784', date: '2026-10-20T21:12:00Z', messageId: mid(id, 'lakeshorelogistics.example'), text, html };
    await neg(id, m, [{ name: 'body', mediaType: 'text/html', method: 'text' }], 'NEGATIVE: shipping/delivery notification with tracking number and item list (HTML); not an order', [text]); }
  // t43 out of office (German)
  { const id = 't43'; const text = `Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 23.10.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\nIn dringenden Fällen wenden Sie sich bitte an unseren Einkauf unter +49 7724 555-0100 oder einkauf@schwarzwald-antrieb.example.\n\nMit freundlichen Grüßen\nJürgen Haller\nSchwarzwald Antriebstechnik GmbH\n\nThank you for your message. I am out of the office until 23 October 2026 with no access to e-mail. For urgent matters please contact einkauf@schwarzwald-antrieb.example.`;
    const m = { from: 'Jürgen Haller <j.haller@schwarzwald-antrieb.example>', to: 'orders@northwind-supply.example', subject: 'Abwesenheitsnotiz: AW: Auftragsbestätigung 4500018837', date: '2026-10-14T07:01:00Z', messageId: mid(id, 'schwarzwald-antrieb.example'), text, headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } };
    await neg(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }], 'NEGATIVE: German/English out-of-office auto-reply quoting an order number; not an order', [text], 'de'); }
  // t44 RFQ
  { const id = 't44'; const text = `Hi,\n\nCould you please quote the following, with lead time and freight to Sheboygan, WI 53081:\n\n  20 x 6308-ZZ ball bearings (C3)\n  10 x UCP208 pillow blocks\n  50 x 3/4" 316 SS ball valves\n\nThis is a request for quotation only - please do not ship. We'll issue a PO once we have pricing.\n\nThanks,\nJen Kowalski\nParts Manager\nGreat Lakes Marine Repair\n(920) 555-0174`;
    const m = { from: 'Jen Kowalski <jkowalski@glmarine.example>', to: 'orders@northwind-supply.example', subject: 'RFQ - bearings and valves', date: '2026-11-17T14:25:00Z', messageId: mid(id, 'glmarine.example'), text };
    await neg(id, m, [{ name: 'body', mediaType: 'text/plain', method: 'text' }], 'NEGATIVE: request for quotation listing items and quantities ("please do not ship"); not an order', [text]); }
  // t45 newsletter
  { const id = 't45'; const html = `<html><body style="font-family:Helvetica,Arial"><h1>Fastener Monthly - November 2026</h1><p>New this month: metric stainless socket screws in stock at all branches, and a 10% launch discount on our safety glove range.</p><h3>Featured products</h3><ul><li>SAF-GLV-NIT-L Nitrile gloves - $9.75/box</li><li>TL-TW-38-250 Torque wrench - $89.50</li><li>FST-SHCS-M8X25 Socket head cap screws - $19.60/box</li></ul><p><a href="https://shop.example/order">Order now</a> - offer ends 30 November.</p><p style="font-size:10px;color:#777">You are receiving this because you subscribed at boltworks.example. <a href="https://boltworks.example/unsubscribe">Unsubscribe</a>. Boltworks Trade Media, 77 Harbour St, Toronto ON M5J 2L1.</p></body></html>`;
    const text = `Fastener Monthly - November 2026\n\nNew this month: metric stainless socket screws in stock at all branches, and a 10% launch discount on our safety glove range.\n\nFeatured products\n- SAF-GLV-NIT-L Nitrile gloves - $9.75/box\n- TL-TW-38-250 Torque wrench - $89.50\n- FST-SHCS-M8X25 Socket head cap screws - $19.60/box\n\nOrder now - offer ends 30 November.\n\nUnsubscribe: https://boltworks.example/unsubscribe`;
    const m = { from: 'Fastener Monthly <news@boltworks.example>', to: 'orders@northwind-supply.example', subject: 'Fastener Monthly: new stainless range + 10% off gloves', date: '2026-11-18T12:00:00Z', messageId: mid(id, 'boltworks.example'), text, html, headers: { 'List-Unsubscribe': '<https://boltworks.example/unsubscribe>', Precedence: 'bulk' } };
    await neg(id, m, [{ name: 'body', mediaType: 'text/html', method: 'text' }], 'NEGATIVE: trade newsletter with product prices and "Order now" link; not an order', [text]); }
}

function writeManifest() {
  const lines = ['# fresh-a test set', '', 'Generated by `scratch/fresh-a/gen/generate.ts` (seeded, deterministic). All companies, people, addresses, phone numbers and domains are invented.', 'Each input X has X.truth.json beside it (contract shape, draft-order.schema.json).', '', '| file | kind | lang | what it is |', '| --- | --- | --- | --- |'];
  for (const r of results) lines.push(`| ${r.file} | ${r.kind} | ${r.lang} | ${r.manifest.replace(/\|/g, '/')} |`);
  const byKind: Record<string, number> = {}; const byLang: Record<string, number> = {};
  results.forEach((r) => { byKind[r.kind] = (byKind[r.kind] ?? 0) + 1; byLang[r.lang] = (byLang[r.lang] ?? 0) + 1; });
  lines.push('', `Inputs: ${results.length}. By kind: ${Object.entries(byKind).map(([k, v]) => `${k} ${v}`).join(', ')}. By language: ${Object.entries(byLang).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  fs.writeFileSync(path.join(SET, 'MANIFEST.md'), lines.join('\n') + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
