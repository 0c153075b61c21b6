import { Pdf, type PdfResult } from './doc.ts';
import type { Lang, Po } from '../model.ts';
import { columnsFor, type ColumnOrder } from './columns.ts';
import { drawTable } from './table.ts';
import { fmtDate, lineRows, totalsBlock, totalsPairs } from './blocks.ts';
import { addressLines, addressOneLine, sellerAddress } from '../address.ts';


/** Words of a small shop's order letter. */
const WORDING: Record<Lang, { subject: string; greeting: string; intro: string; deliverTo: string; invoiceTo: string; deliverBy: string; terms: string; via: string; closing: string }> = {
  en: { subject: 'Purchase Order No.', greeting: 'Dear Sir or Madam,', intro: 'please supply the following items:', deliverTo: 'Delivery address:', invoiceTo: 'Invoice address:', deliverBy: 'Please deliver by', terms: 'Terms:', via: 'Shipping:', closing: 'Kind regards,' },
  de: { subject: 'Bestellung Nr.', greeting: 'Sehr geehrte Damen und Herren,', intro: 'hiermit bestellen wir zu Ihren Bedingungen:', deliverTo: 'Lieferanschrift:', invoiceTo: 'Rechnungsanschrift:', deliverBy: 'Liefertermin:', terms: 'Zahlung:', via: 'Versand:', closing: 'Mit freundlichen Grüßen' },
  fr: { subject: 'Bon de commande n°', greeting: 'Madame, Monsieur,', intro: 'veuillez nous livrer les articles suivants :', deliverTo: 'Adresse de livraison :', invoiceTo: 'Adresse de facturation :', deliverBy: 'Date de livraison souhaitée :', terms: 'Règlement :', via: 'Expédition :', closing: 'Cordialement,' },
  es: { subject: 'Pedido nº', greeting: 'Estimados señores:', intro: 'les rogamos nos suministren el siguiente material:', deliverTo: 'Dirección de entrega:', invoiceTo: 'Dirección de facturación:', deliverBy: 'Fecha de entrega:', terms: 'Forma de pago:', via: 'Envío:', closing: 'Atentamente,' },
};

const M = 50;

function letterhead(pdf: Pdf, po: Po): number {
  const mid = pdf.pageWidth / 2;
  pdf.text(po.company.name, mid, M, { bold: true, size: 16, align: 'center' });
  pdf.text(addressOneLine(po.company.sites[0], po.style.lang), mid, M + 22, { size: 8.5, align: 'center', color: '#444444' });
  pdf.hline(M, pdf.pageWidth - M, M + 36, 1);
  return M + 52;
}

function recipientAndDate(pdf: Pdf, po: Po, y: number): number {
  let cy = y;
  for (const line of addressLines(sellerAddress(po.style), po.style.lang)) {
    pdf.text(line, M, cy, { size: 10 });
    cy += 13;
  }
  const date = fmtDate(po, po.orderDate);
  if (date) pdf.text(`${po.company.sites[0].city}, ${date}`, pdf.pageWidth - M, y, { size: 10, align: 'right' });
  return cy + 18;
}

function afterTable(pdf: Pdf, po: Po, y0: number): number {
  const w = WORDING[po.style.lang];
  let y = y0 + 14;
  const date = fmtDate(po, po.deliveryDate);
  if (date) y = line(pdf, `${w.deliverBy} ${date}`, y);
  if (po.paymentTerms) y = line(pdf, `${w.terms} ${po.paymentTerms}`, y);
  if (po.shippingMethod) y = line(pdf, `${w.via} ${po.shippingMethod}`, y);
  if (po.notes) y = pdf.paragraph(po.notes, M, y, pdf.pageWidth - 2 * M, { size: 10 }, 13);
  const blocks: [string, Po['shipTo']][] = [[w.deliverTo, po.shipTo], [w.invoiceTo, po.billTo]];
  for (const [title, addr] of blocks) {
    if (!addr) continue;
    pdf.text(title, M, y + 6, { size: 10, bold: true });
    y += 19;
    for (const l of addressLines(addr, po.style.lang)) y = line(pdf, l, y);
  }
  return y;
}

function line(pdf: Pdf, s: string, y: number): number {
  pdf.text(s, M, y, { size: 10 });
  return y + 13;
}

function signature(pdf: Pdf, po: Po, y0: number): void {
  let y = y0 + 16;
  y = line(pdf, WORDING[po.style.lang].closing, y) + 14;
  const c = po.contact;
  if (!c) return void line(pdf, po.company.name, y);
  for (const s of [c.name, `${c.title}, ${po.company.name}`, c.phone, c.email]) if (s) y = line(pdf, s, y);
}

export async function renderLetter(po: Po, order: ColumnOrder = 'qty-first'): Promise<PdfResult> {
  const w = WORDING[po.style.lang];
  const pdf = new Pdf(po.style.locale === 'en-US' ? 'LETTER' : 'A4', `${w.subject} ${po.poNumber ?? ''}`);
  let y = letterhead(pdf, po);
  y = recipientAndDate(pdf, po, y);
  if (po.poNumber) pdf.text(`${w.subject} ${po.poNumber}`, M, y, { bold: true, size: 12 });
  y = line(pdf, w.greeting, y + 26);
  y = line(pdf, w.intro, y) + 6;
  const cols = columnsFor(po, order, pdf.pageWidth - 2 * M);
  y = drawTable(pdf, M, y, cols, lineRows(po), {
    ruled: false, underlineHeader: true, size: 9.5, lineHeight: 12, padding: 3,
    bottom: pdf.pageHeight - 70, repeatHeader: true, onNewPage: () => M,
  });
  const right = pdf.pageWidth - M;
  y = totalsBlock(pdf, right - 90, right - 3, y + 6, totalsPairs(po), 10);
  y = afterTable(pdf, po, y);
  signature(pdf, po, y);
  return pdf.finish();
}

