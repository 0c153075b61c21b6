import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Rng } from '../../gen/random.ts';
import { buildEml, type Attachment, type Person } from '../../gen/email.ts';
import { fixZipTimestamps } from '../../gen/zipfix.ts';
import { ITEMS, RATE } from './catalog.ts';
import { round2, truth, type Line, type Order } from './model.ts';

export const OUT = join(import.meta.dirname, '..', 'f');
mkdirSync(OUT, { recursive: true });
export const manifest: string[] = [];

export function lines(rng: Rng, lang: string, cur: string | null, n: number, o: { sku?: 'ours' | 'theirs' | 'none' | 'mixed'; lineNo?: 1 | 10 | null; unit?: boolean; disc?: number[]; theirPrefix?: string; qtyMax?: number } = {}): Line[] {
  const picks = rng.sample(ITEMS, n);
  return picks.map((it, i) => {
    const skuMode = o.sku ?? 'ours';
    const their = `${o.theirPrefix ?? ''}${rng.digits(6)}`;
    const sku = skuMode === 'none' ? null : skuMode === 'theirs' ? their : skuMode === 'mixed' ? (i % 2 ? their : it.sku) : it.sku;
    const desc = skuMode === 'theirs' || skuMode === 'mixed' ? `${it.d[lang] ?? it.d.en}${skuMode === 'theirs' ? ` (${it.sku})` : ''}` : (it.d[lang] ?? it.d.en);
    const unitQ = it.unit === 'M' || it.unit === 'L' ? rng.pick([25, 50, 100, 12.5, 30]) : rng.int(1, o.qtyMax ?? 24);
    const price = cur ? round2(it.eur * RATE[cur]) : null;
    return {
      lineNo: o.lineNo === null ? null : (i + 1) * (o.lineNo ?? 1), sku, description: desc, quantity: unitQ,
      unit: o.unit === false ? null : it.unit, unitPrice: price, amount: null, discountPct: o.disc?.[i] || undefined,
    };
  });
}

export function rfcDate(local: string, offset: string): { header: string; iso: string; day: string } {
  const d = new Date(`${local}${offset.slice(0, 3)}:${offset.slice(3)}`);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${local.slice(0, 10)}T12:00:00Z`).getUTCDay()];
  const mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(local.slice(5, 7)) - 1];
  return { header: `${wd}, ${local.slice(8, 10)} ${mo} ${local.slice(0, 4)} ${local.slice(11, 19)} ${offset}`, iso: d.toISOString().replace('.000Z', 'Z'), day: local.slice(0, 10) };
}

export interface MailIn {
  name: string; from: Person; to: Person; subject: string; local: string; offset: string; text?: string; html?: string;
  attachments?: Attachment[]; cc?: Person[]; inReplyTo?: string; orders: Order[]; describe: string; cls: string; lang: string;
}

export async function mail(rng: Rng, m: MailIn) {
  const dd = rfcDate(m.local, m.offset);
  const domain = m.from.address.split('@')[1];
  const messageId = `<${dd.iso.replace(/[-:TZ]/g, '').slice(0, 14)}.${rng.hex(10)}@${domain}>`;
  const eml = await buildEml(rng, { from: m.from, to: [m.to], cc: m.cc, subject: m.subject, date: { header: dd.header, iso: dd.iso } as never, messageId, text: m.text, html: m.html, attachments: m.attachments, inReplyTo: m.inReplyTo });
  writeFileSync(join(OUT, `${m.name}.eml`), eml);
  const t = truth({ kind: 'email', messageId, from: m.from.address.toLowerCase(), subject: m.subject, receivedAt: dd.iso, file: null }, m.orders, dd.day);
  writeFileSync(join(OUT, `${m.name}.eml.truth.json`), JSON.stringify(t, null, 2) + '\n');
  manifest.push(`| ${m.name}.eml | ${m.cls} | ${m.lang} | ${m.describe} |`);
}

export function file(name: string, bytes: Buffer, orders: Order[], cls: string, lang: string, describe: string) {
  writeFileSync(join(OUT, name), bytes);
  const t = truth({ kind: 'file', messageId: null, from: null, subject: null, receivedAt: null, file: name }, orders, null);
  writeFileSync(join(OUT, `${name}.truth.json`), JSON.stringify(t, null, 2) + '\n');
  manifest.push(`| ${name} | ${cls} | ${lang} | ${describe} |`);
}

export async function xlsx(build: (ws: ExcelJS.Worksheet) => void, sheet = 'Order'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Excel'; wb.created = new Date('2026-06-01T08:00:00Z'); wb.modified = new Date('2026-06-01T08:00:00Z');
  const ws = wb.addWorksheet(sheet);
  build(ws);
  return fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
}

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hose assemblies: many distinct lines for long orders. */
export function hoseLines(rng: Rng, lang: 'en' | 'de', cur: string, n: number, start: number, step: number): Line[] {
  const out: Line[] = [];
  const seen = new Set<string>();
  while (out.length < n) {
    const dn = rng.pick(['06', '08', '10', '12', '16', '20']);
    const len = rng.pick([500, 750, 1000, 1250, 1500, 2000, 2500, 3000]);
    const ends = rng.pick(['DKOL/DKOL', 'DKOL/DKOL90', 'CEL/DKOL', 'DKOS/DKOS']);
    const sku = `CFS-HA${dn}-${len}${'ABCD'[['DKOL/DKOL', 'DKOL/DKOL90', 'CEL/DKOL', 'DKOS/DKOS'].indexOf(ends)]}`;
    if (seen.has(sku)) continue;
    seen.add(sku);
    const eur = round2(6 + Number(dn) * 0.9 + (len / 1000) * (4 + Number(dn) * 0.35));
    const desc = lang === 'de' ? `Schlauchleitung 2SN DN${dn} L=${len} mm, ${ends}` : `Hose assembly 2SN DN${dn} L=${len}mm ${ends}`;
    out.push({ lineNo: start + out.length * step, sku, description: desc, quantity: rng.pick([2, 4, 5, 6, 10, 12, 20]), unit: lang === 'de' ? 'STK' : 'EA', unitPrice: round2(eur * RATE[cur]), amount: null });
  }
  return out;
}
