// Self-check: schema validation, arithmetic, "every truth value appears in its document", urgency-word lint.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020Mod from 'ajv/dist/2020.js';
import addFormatsMod from 'ajv-formats';
import { simpleParser } from 'mailparser';
import ExcelJS from 'exceljs';
import { pdfText, COUNTRY } from './checkutil.ts';
import { imgText, sha, Out } from './core.ts';
import { allDateForms, fmtNum, round2 } from './lib.ts';

const Ajv2020: any = (Ajv2020Mod as any).default ?? Ajv2020Mod;
const addFormats: any = (addFormatsMod as any).default ?? addFormatsMod;

async function xlsxText(buf: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook(); await wb.xlsx.load(buf as any); const parts: string[] = [];
  wb.eachSheet(ws => ws.eachRow(r => r.eachCell(c => {
    const v: any = c.value;
    if (v instanceof Date) parts.push(v.toISOString().slice(0, 10));
    else if (v && typeof v === 'object' && 'result' in v) parts.push(String(v.result));
    else if (v != null) parts.push(String(v));
  })));
  return parts.join(' \n ');
}
async function partText(name: string, ct: string, content: Buffer): Promise<string> {
  const h = sha(content);
  if (imgText.has(h)) return imgText.get(h)!;
  if (ct.includes('pdf')) return (await pdfText(content)).text;
  if (ct.includes('spreadsheetml') || name.endsWith('.xlsx')) return xlsxText(content);
  if (ct.includes('rfc822')) return emlText(content);
  if (ct.startsWith('image/')) throw new Error('unregistered image ' + name);
  const raw = name.endsWith('.csv') && !isUtf8(content) ? content.toString('latin1') : content.toString('utf8'); return name.endsWith('.csv') ? raw.replace(/""/g, '"') : raw;
}
function isUtf8(b: Buffer) { try { new TextDecoder('utf-8', { fatal: true }).decode(b); return true; } catch { return false; } }
async function emlText(raw: Buffer | string): Promise<string> {
  const p: any = await simpleParser(raw as any);
  let t = `${p.subject ?? ''}\n${p.from?.text ?? ''}\n${p.text ?? ''}\n${p.html ? String(p.html).replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&nbsp;/g, ' ').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>') : ''}\n`;
  for (const a of p.attachments ?? []) t += '\n' + await partText(a.filename ?? '', a.contentType ?? '', a.content);
  return t;
}
const norm = (s: string) => s.normalize('NFKC').replace(/[\u00a0\u202f\s]+/g, ' ').replace(/- /g, '-').toLowerCase();
function numForms(n: number): string[] {
  const out = new Set<string>();
  for (const f of ['de', 'ch', 'fr', 'en', 'plain'] as const) { out.add(fmtNum(n, f, 2)); out.add(fmtNum(n, f, 3)); if (Number.isInteger(n)) out.add(fmtNum(n, f, 0)); else { out.add(fmtNum(n, f, 1)); } }
  out.add(String(n));
  return [...out];
}
function hasNum(text: string, n: number): boolean {
  return numForms(n).some(f => { const re = new RegExp(`(^|[^0-9.,'])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f]')}($|[^0-9]|[.,](?![0-9]))`); return re.test(text); });
}
const URG = /\b(urgent\w*|dringend|eilauftrag|eilig|asap|rush|emergency|line down|machine down|bandstillstand|maschinenstillstand|critical|same-day|overnight|next[- ]day|spoed|urgente|fermo macchina|arrêt de production|priorit\w*|expedite|by end of week|by tomorrow|sofort)\b/gi;

export async function check(dir: string, outs: Out[]): Promise<string[]> {
  const problems: string[] = [];
  const schema = JSON.parse(fs.readFileSync('/work/shared/contract/draft-order.schema.json', 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false }); addFormats(ajv); const validate = ajv.compile(schema);
  for (const o of outs) {
    const P = (m: string) => problems.push(`${o.name}: ${m}`);
    const truth = JSON.parse(fs.readFileSync(path.join(dir, `${o.name}.truth.json`), 'utf8'));
    if (!validate(truth)) P('schema: ' + ajv.errorsText(validate.errors));
    const file = fs.readFileSync(path.join(dir, `${o.name}.${o.ext}`));
    let text = o.ext === 'eml' ? await emlText(file) : await partText(`${o.name}.${o.ext}`, ({ pdf: 'application/pdf', xlsx: 'spreadsheetml', csv: 'text/csv', txt: 'text/plain', png: 'image/png', jpg: 'image/jpeg', tif: 'image/tiff' } as any)[o.ext], file);
    const T = norm(text);
    const has = (label: string, v: string | null | undefined) => { if (v == null) return; for (const part of v.split('\n')) if (!T.includes(norm(part).trim())) P(`${label} "${part}" not found in document text`); };
    if (o.ext === 'eml') { const p: any = await simpleParser(file as any); if (p.messageId !== truth.source.messageId) P('messageId mismatch ' + p.messageId); if ((p.from?.value?.[0]?.address ?? '').toLowerCase() !== truth.source.from) P('from mismatch'); if (new Date(p.date).getTime() !== new Date(truth.source.receivedAt).getTime()) P('date mismatch ' + p.date); if (p.subject !== truth.source.subject) P('subject mismatch'); }
    if (truth.isPurchaseOrder !== truth.orders.length > 0) P('isPurchaseOrder inconsistent');
    for (const [i, od] of truth.orders.entries()) {
      const Q = (m: string) => P(`order ${i}: ${m}`);
      has('poNumber', od.poNumber); has('company', od.buyer.company); has('contactName', od.buyer.contactName); has('email', od.buyer.email); has('phone', od.buyer.phone);
      has('paymentTerms', od.paymentTerms); has('shippingMethod', od.shippingMethod);
      for (const k of ['shipTo', 'billTo']) { const a = od[k]; if (!a) continue; has(k + '.name', a.name); has(k + '.street', a.street); has(k + '.city', a.city); has(k + '.postalCode', a.postalCode); has(k + '.region', a.region);
        if (!(COUNTRY[a.country] ?? []).some((c: string) => T.includes(norm(c)))) Q(`${k}.country ${a.country} not evidenced`); }
      for (const k of ['orderDate', 'requestedDeliveryDate']) if (od[k] && !allDateForms(od[k]).some(f => T.includes(norm(f)))) Q(`${k} ${od[k]} not printed`);
      for (const k of ['subtotal', 'tax', 'shipping', 'total']) if (od[k] != null && !hasNum(T, od[k])) Q(`${k} ${od[k]} not printed`);
      if (od.currency && !(T.includes(od.currency.toLowerCase()) || (od.currency === 'EUR' && T.includes('€')) || (od.currency === 'GBP' && T.includes('£')))) Q('currency not printed');
      let sum = 0; let allAmt = true;
      for (const [j, l] of od.lines.entries()) {
        const R = (m: string) => Q(`line ${j + 1}: ${m}`);
        has(`line ${j + 1} sku`, l.sku); has(`line ${j + 1} description`, l.description); has(`line ${j + 1} unit`, l.unit);
        if (l.lineNo != null && !new RegExp(`(^|\\D)0*${l.lineNo}(\\D|$)`).test(T)) R('lineNo not printed');
        for (const k of ['quantity', 'unitPrice', 'amount']) if (l[k] != null && !hasNum(T, l[k])) R(`${k} ${l[k]} not printed`);
        if (l.requestedDate && !allDateForms(l.requestedDate).some(f => T.includes(norm(f)))) R('requestedDate not printed');
        if (l.amount == null) allAmt = false; else sum = round2(sum + l.amount);
        if (l.amount != null && l.unitPrice != null) { const ratio = l.amount / (l.quantity * l.unitPrice); if (ratio > 1.0001 || ratio < 0.5) R('amount vs qty*price implausible'); }
      }
      if (allAmt && od.lines.length && od.subtotal != null && od.subtotal !== od.total && Math.abs(sum - od.subtotal) > 0.005) Q(`line sum ${sum} != subtotal ${od.subtotal}`);
      if (od.total != null && od.subtotal != null && od.subtotal !== od.total) {
        const m = T.match(/(?:rabatt|remise|descuento|sconto|korting|discount)\s+[\d,.]+\s*%\s*-([\d.,' ]+)/i);
        const disc = m ? Number(m[1].replace(/[.' ]/g, '').replace(',', '.')) : 0;
        const calc = round2(od.subtotal - disc + (od.shipping ?? 0) + (od.tax ?? 0));
        if (Math.abs(calc - od.total) > 0.011) Q(`subtotal-discount+shipping+tax ${calc} != total ${od.total}`);
      }
      if (od.subtotal === od.total && od.total != null && allAmt && od.shipping == null && od.tax == null && Math.abs(sum - od.total) > 0.005) Q(`line sum ${sum} != total ${od.total}`);
      // urgency lint: a "normal" order should not carry urgency keywords (except negated phrases)
      const kw = [...text.matchAll(URG)].map(x => x[0]);
      if (truth.orders.length === 1 && od.urgency.level === 'normal' && kw.length && !od.urgency.reasons.some((r: string) => r.startsWith('negated'))) Q('normal order but urgency keywords in text: ' + kw.join(', '));
      if (od.urgency.level !== 'normal' && !od.urgency.reasons.length) Q('no reasons');
    }
    if (!truth.isPurchaseOrder) { /* nothing more */ }
  }
  return problems;
}
