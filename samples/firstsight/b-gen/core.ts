// Output registry and helpers shared by the input specs.
import { createHash } from 'node:crypto';
import { mkOrder, truthOrder, Order, OrderSpec, Addr, UrgWord } from './model.ts';
import { renderPdf, PdfStyle, buildEml, Mail, pdfText, labelsFor } from './render.ts';

export interface Out { name: string; ext: string; lang: string; kind: string; manifest: string; content: Buffer | string; truth: any; texts: string[] }
export const outputs: Out[] = [];
export const imgText = new Map<string, string>();
export const sha = (b: Buffer | string) => createHash('sha1').update(b).digest('hex');
export const A = (name: string | null, street: string | null, postalCode: string | null, city: string | null, country: string, region: string | null = null): Addr => ({ name, street, city, region, postalCode, country });
export const O = (s: OrderSpec) => mkOrder(s);
export const MT = { pdf: 'application/pdf', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv', txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', tif: 'image/tiff', eml: 'message/rfc822' };
export function addrOf(s: string) { const m = s.match(/<([^>]+)>/); return (m ? m[1] : s).trim().toLowerCase(); }
export function srcEmail(name: string, mail: Mail, documents: any[]) {
  return { kind: 'email', messageId: mail.messageId, from: addrOf(mail.from), subject: mail.subject, receivedAt: mail.date, file: name + '.eml', documents };
}
export function srcFile(file: string, mediaType: string, method: string, pages: number | null = null) {
  return { kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file, documents: [{ name: file, mediaType, method, pages }] };
}
export const recvDate = (mail: Mail) => mail.date.slice(0, 10);
export const bodyDoc = (html = false) => ({ name: 'body', mediaType: html ? 'text/html' : 'text/plain', method: 'text', pages: null });
export async function pdfOf(o: Order, st: PdfStyle = {}) { const r = await renderPdf(o, st); return r; }
export function L(o: Order, seed?: string) { return labelsFor(o, { labelSeed: seed }); }

export async function emitEmail(name: string, lang: string, kind: string, manifest: string, mail: Mail, orders: { o: Order; extra?: UrgWord[] }[], documents: any[], texts: string[] = []) {
  const eml = await buildEml(mail);
  const recv = recvDate(mail);
  const truth = { source: srcEmail(name, mail, documents), isPurchaseOrder: orders.length > 0, orders: orders.map(x => truthOrder(x.o, recv, x.extra ?? [])) };
  outputs.push({ name, ext: 'eml', lang, kind, manifest, content: eml, truth, texts });
}
export function emitFile(name: string, ext: keyof typeof MT, lang: string, kind: string, manifest: string, content: Buffer | string, orders: { o: Order; extra?: UrgWord[] }[], method: string, pages: number | null, texts: string[] = []) {
  const truth = { source: srcFile(`${name}.${ext}`, MT[ext], method, pages), isPurchaseOrder: orders.length > 0, orders: orders.map(x => truthOrder(x.o, null, x.extra ?? [])) };
  outputs.push({ name, ext, lang, kind, manifest, content, truth, texts });
}
export function msgId(local: string, domain: string) { return local.includes("@") ? `<${local}>` : `<${local}@${domain}>`; }
export { pdfText };
