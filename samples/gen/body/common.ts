import type { Lang, Po } from '../model.ts';
import { formatDate } from '../dates.ts';
import { addressLines } from '../address.ts';
import { labels } from '../i18n.ts';
import { formatMoney, formatNumber, formatPrice, formatQty } from '../format.ts';
import { totalsPairs, type Pair } from '../pdf/blocks.ts';

export const GREETINGS: Record<Lang, string[]> = {
  en: ['Hi Northwind team,', 'Hello,', 'Good morning,', 'Hi there,'],
  de: ['Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hallo zusammen,'],
  fr: ['Bonjour,', 'Madame, Monsieur,'],
  es: ['Buenos días:', 'Hola,', 'Estimados señores:'],
};

export const CLOSINGS: Record<Lang, string[]> = {
  en: ['Thanks,', 'Best regards,', 'Regards,', 'Thank you,'],
  de: ['Mit freundlichen Grüßen', 'Viele Grüße', 'Beste Grüße'],
  fr: ['Cordialement,', 'Bien cordialement,'],
  es: ['Un saludo,', 'Saludos cordiales,', 'Atentamente,'],
};

/** Signature lines: name, title and company, phone. */
export function signature(po: Po, closing: string, withEmail = false): string[] {
  const c = po.contact;
  if (!c) return [closing, po.company.name];
  const lines = [closing, c.name, `${c.title} | ${po.company.name}`];
  if (c.phone) lines.push(`${po.style.lang === 'en' ? 'Phone' : labels(po.style).phone}: ${c.phone}`);
  if (withEmail) lines.push(c.email);
  return lines;
}

/** Order-header fields for a body, as "Label: value" pairs (ship-to comes separately). */
export function bodyHeaderPairs(po: Po): Pair[] {
  const L = labels(po.style);
  const d = (iso: string | null) => (iso ? formatDate(iso, po.style.date) : null);
  const rows: [string, string | null][] = [
    [L.poNumber, po.poNumber], [L.orderDate, d(po.orderDate)], [L.deliveryDate, d(po.deliveryDate)],
    [L.terms, po.paymentTerms], [L.shipVia, po.shippingMethod], [L.notes, po.notes],
  ];
  return rows.filter((r): r is Pair => r[1] !== null);
}

export function shipToLines(po: Po): string[] {
  return po.shipTo ? addressLines(po.shipTo, po.style.lang) : [];
}

export function billToLines(po: Po): string[] {
  return po.billTo ? addressLines(po.billTo, po.style.lang) : [];
}

/** Cell strings of the lines; charges (discount, freight in table) as extra rows. */
export function cellRows(po: Po): Record<string, string>[] {
  const loc = po.style.locale;
  const rows: Record<string, string>[] = po.lines.map((l) => ({
    line: l.lineNo === null ? '' : String(l.lineNo), sku: l.sku ?? '', description: l.description ?? '',
    qty: formatQty(l.quantity, loc), unit: l.unit ?? '',
    unitPrice: l.unitPrice === null ? '' : formatPrice(l.unitPrice, loc),
    amount: l.amount === null ? '' : formatNumber(l.amount, loc),
  }));
  for (const ch of [po.discount, po.freight]) if (ch?.inTable) rows.push({ description: ch.label, amount: formatNumber(ch.amount, loc) });
  return rows;
}

export function totalsFor(po: Po): Pair[] {
  return totalsPairs(po);
}

export function money(po: Po, n: number): string {
  return formatMoney(n, po.style.locale, po.currency!, po.style.money === 'none' ? 'code' : po.style.money);
}
