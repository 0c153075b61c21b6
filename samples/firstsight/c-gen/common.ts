import { Layout, Order, Line, Addr, toPdf, r2, sumLines, Mail, Att, buildEml, emailSource, fileSource, truthOf, SELLER } from './lib.ts';
import { renderStd, Std } from './docs.ts';

export type Built = { files: [string, Buffer][]; truth: any };
export type Case = { id: string; ext: string; kind: string; lang: string; region: string; what: string; build: () => Promise<Built> };

export const VENDOR_US = ['Harborline Industrial Supply', '2250 Dock Street', 'Columbus, OH 43215', 'USA'];
export const VENDOR_CA = ['Harborline Industrial Supply (Canada) ULC', '88 Brock Road, Unit 4', 'Vaughan, ON L4K 2M4', 'Canada'];

export function O(p: Partial<Order> & { lines: Line[] }): Order {
  return {
    poNumber: null, orderDate: null, requestedDeliveryDate: null,
    buyer: { company: null, contactName: null, email: null, phone: null },
    shipTo: null, billTo: null, currency: null,
    subtotal: null, tax: null, shipping: null, total: null,
    paymentTerms: null, shippingMethod: null, notes: null,
    urgency: { level: 'normal', reasons: ['no urgency words and no near delivery date'] },
    ...p,
  } as Order;
}
export function totals(lines: Line[], o: { taxRate?: number; tax?: number; shipping?: number } = {}) {
  const subtotal = sumLines(lines);
  const tax = o.tax !== undefined ? o.tax : o.taxRate !== undefined ? r2(subtotal * o.taxRate) : null;
  const shipping = o.shipping ?? null;
  return { subtotal, tax, shipping, total: r2(subtotal + (tax ?? 0) + (shipping ?? 0)) };
}
export const addrLines = (a: Addr) => [a.name, ...(a.street ?? '').split('\n'), [a.city, a.region, a.postalCode].filter(Boolean).join(' ')].filter(Boolean) as string[];

export async function stdPdf(spec: Std, a4: boolean, meta: { title: string; author: string; creator: string; producer?: string; date: string }) {
  const L = a4 ? Layout.A4() : new Layout();
  const pages = renderStd(L, spec);
  return { buf: await toPdf(L, meta), pages, L };
}

export function mailCase(m: Mail, file: string, seed: number, docs: { name: string; mediaType: string; method: string; pages: number | null }[], orders: Order[] | null, extra: [string, Buffer][] = []): Built {
  const eml = buildEml(m, seed);
  return { files: [[file, eml], ...extra], truth: truthOf(emailSource(m, file, docs), orders) };
}
export function bodyDoc(html = false) { return { name: 'body', mediaType: html ? 'text/html' : 'text/plain', method: 'text', pages: null }; }
export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export { fileSource, truthOf, SELLER };
export type { Att };
