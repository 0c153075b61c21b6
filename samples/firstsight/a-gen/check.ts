// Self-checks: schema, arithmetic, every truth value printed somewhere in its input, accidental urgency words.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fmtDate, fmtNum, r2, type DateStyle } from './lib.ts';
import type { Result } from './generate.ts';

const SCHEMA = '/work/shared/contract/draft-order.schema.json';
const DATE_STYLES: DateStyle[] = ['us', 'us2', 'uk', 'de', 'nl', 'iso', 'oracle', 'long_en', 'uk_long', 'de_long', 'fr_long', 'es_long', 'nl_long', 'it_long', 'ymd', 'uk_short', 'dotted2'];
const norm = (s: string) => s.normalize('NFC').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').toLowerCase();
const URGENT_RX = /\b(urgent|urgente|asap|rush|emergency|line down|machine down|critical|same[- ]day|overnight|next[- ]day|dringend|fermo linea)\b/i;
const HIGH_RX = /\b(priority|expedite|as soon as you can|end of week|lo antes posible|zo snel mogelijk|d[eè]s que possible)\b/i;

export async function runChecks(results: Result[]): Promise<boolean> {
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const ajv = new (Ajv2020 as any)({ allErrors: true, strict: false }); (addFormats as any)(ajv);
  const validate = ajv.compile(schema);
  let errors = 0; let warns = 0;
  const err = (id: string, m: string) => { errors++; console.log(`ERROR ${id}: ${m}`); };
  const warn = (id: string, m: string) => { warns++; console.log(`warn  ${id}: ${m}`); };
  const setDir = path.resolve(import.meta.dirname, '../set');
  for (const r of results) {
    const t = r.truth;
    if (!validate(t)) err(r.id, 'schema: ' + ajv.errorsText(validate.errors));
    if (!fs.existsSync(path.join(setDir, r.file))) err(r.id, 'input file missing');
    const hay = norm(r.printed.join('\n'));
    const hayNoSp = hay.replace(/\s/g, '');
    const has = (s: string) => hay.includes(norm(s)) || hayNoSp.includes(norm(s).replace(/\s/g, ''));
    const hasNum = (n: number) => ['us', 'eu', 'fr', 'plain'].some((st) => [2, 4, 0, 1].some((dec) => (dec === 0 && !Number.isInteger(n) ? false : has(fmtNum(n, st as any, dec)))) || has(String(n)));
    const hasDate = (d: string) => DATE_STYLES.some((st) => has(fmtDate(d, st)));
    const need = (what: string, ok: boolean) => { if (!ok) err(r.id, `not printed: ${what}`); };
    t.orders.forEach((o: any, oi: number) => {
      const p = `order ${oi + 1}`;
      if (o.poNumber) need(`${p} poNumber ${o.poNumber}`, has(o.poNumber));
      for (const k of ['orderDate', 'requestedDeliveryDate']) if (o[k]) need(`${p} ${k} ${o[k]}`, hasDate(o[k]));
      for (const k of ['company', 'contactName', 'email', 'phone']) if (o.buyer[k]) need(`${p} buyer.${k} ${o.buyer[k]}`, has(o.buyer[k]));
      for (const a of ['shipTo', 'billTo']) if (o[a]) {
        for (const k of ['name', 'city', 'region', 'postalCode']) if (o[a][k]) need(`${p} ${a}.${k} ${o[a][k]}`, has(o[a][k]));
        for (const s of (o[a].street ?? '').split('\n').filter(Boolean)) need(`${p} ${a}.street ${s}`, has(s));
      }
      for (const k of ['paymentTerms', 'shippingMethod', 'notes']) if (o[k]) need(`${p} ${k} ${o[k]}`, has(o[k]));
      for (const k of ['subtotal', 'tax', 'shipping', 'total']) if (o[k] != null) need(`${p} ${k} ${o[k]}`, hasNum(o[k]));
      if (o.currency && !(has(o.currency) || (o.currency === 'USD' && hay.includes('$')) || (o.currency === 'GBP' && hay.includes('£')) || (o.currency === 'EUR' && hay.includes('€')))) err(r.id, `${p} currency ${o.currency} not printed`);
      o.lines.forEach((l: any, li: number) => {
        const q = `${p} line ${li + 1}`;
        if (l.sku) need(`${q} sku ${l.sku}`, has(l.sku));
        if (l.description && !has(l.description)) {
          const toks = norm(l.description).split(' ');
          if (toks.every((tk) => hay.includes(tk))) warn(r.id, `${q} description only found as wrapped tokens`); else err(r.id, `${q} description not printed: ${l.description}`);
        }
        need(`${q} quantity ${l.quantity}`, hasNum(l.quantity));
        if (l.unit) need(`${q} unit ${l.unit}`, new RegExp(`(^|[^A-Za-z])${l.unit}([^A-Za-z]|$)`, 'i').test(r.printed.join('\n')));
        if (l.unitPrice != null) need(`${q} unitPrice ${l.unitPrice}`, hasNum(l.unitPrice));
        if (l.amount != null) need(`${q} amount ${l.amount}`, hasNum(l.amount));
        if (l.requestedDate) need(`${q} requestedDate`, hasDate(l.requestedDate));
        if (l.lineNo != null && !(hay.match(new RegExp(`(^|[^0-9])0*${l.lineNo}([^0-9]|$)`)))) err(r.id, `${q} lineNo`);
        if (l.unitPrice != null && l.amount != null) {
          const gross = r2(l.quantity * l.unitPrice);
          if (Math.abs(gross - l.amount) > 0.005) { const disc = 1 - l.amount / gross; if (!(disc > 0 && disc < 0.5)) err(r.id, `${q} qty x price != amount`); }
        }
      });
      const sum = r2(o.lines.reduce((s: number, l: any) => s + (l.amount ?? 0), 0));
      if (o.subtotal != null && o.lines.every((l: any) => l.amount != null)) {
        const diff = r2(sum - o.subtotal);
        const discPrinted = diff === 0 || hasNum(diff);
        if (!discPrinted) err(r.id, `${p} lines ${sum} vs subtotal ${o.subtotal}: discount ${diff} not printed`);
      }
      if (o.total != null && o.subtotal != null && Math.abs(r2(o.subtotal + (o.tax ?? 0) + (o.shipping ?? 0)) - o.total) > 0.005) err(r.id, `${p} subtotal+tax+shipping != total`);
      // urgency words present in an order marked non-urgent?
      const um = r.printed.join('\n').match(URGENT_RX);
      if (o.urgency.level !== 'urgent' && um && !(r.orders.length > 1)) warn(r.id, `${p} is ${o.urgency.level} but text has "${um[0]}"`);
      const hm = r.printed.join('\n').match(HIGH_RX);
      if (o.urgency.level === 'normal' && hm && !(r.orders.length > 1)) warn(r.id, `${p} is normal but text has "${hm[0]}"`);
    });
    if (!t.isPurchaseOrder && t.orders.length) err(r.id, 'negative with orders');
  }
  console.log('\n id   kind              lang  orders  levels');
  for (const r of results) console.log(` ${r.id}  ${r.kind.padEnd(16)}  ${r.lang.padEnd(4)}  ${String(r.truth.orders.length).padEnd(6)}  ${r.truth.orders.map((o: any) => o.urgency.level + (o.urgency.reasons[0] ? ` (${o.urgency.reasons[0]})` : '')).join(' | ')}`);
  console.log(`\n${results.length} inputs; ${errors} errors, ${warns} warnings`);
  return errors === 0;
}
