// The order as a mail body (fixed-width text table or HTML table) and as a spreadsheet.
import ExcelJS from 'exceljs';
import { FIXED_TIMESTAMP } from '../gen/dates.ts';
import { fixZipTimestamps } from '../gen/zipfix.ts';
import { addrLines } from './locale.ts';
import { cell, headerPairs, NUMERIC, totalPairs, type Order } from './order.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function addressBlocks(o: Order): Array<[string, string[]]> {
  const out: Array<[string, string[]]> = [];
  if (o.shipTo) out.push([o.labels.shipTo, addrLines(o.shipTo, o.lang, o.showCountry)]);
  if (o.billTo) out.push([o.labels.billTo, addrLines(o.billTo, o.lang, o.showCountry)]);
  return out;
}

/** Header fields and addresses as text lines ("Label: value"). */
export function textHeader(o: Order): string[] {
  const pairs = headerPairs(o, false);
  const w = Math.max(...pairs.map(([l]) => l.length)) + 2;
  const out = pairs.map(([l, v]) => `${`${l}:`.padEnd(w)}${v}`);
  for (const [t, lines] of addressBlocks(o)) out.push('', `${t}:`, ...lines.map((l) => `  ${l}`));
  if (o.notes) out.push('', `${o.labels.notes}: ${o.notes}`);
  return out;
}

/** A fixed-width table; long descriptions continue on the next line when `wrapAt` is set. */
export function textTable(o: Order, wrapAt: number | null): { lines: string[]; wrapped: boolean } {
  const rows = o.lines.map((l) => o.columns.map((c) => cell(o, l, c.role)));
  const descIdx = o.columns.findIndex((c) => c.role === 'desc');
  let wrapped = false;
  const split: string[][][] = rows.map((r) => r.map((v, i) => {
    if (i !== descIdx || !wrapAt || v.length <= wrapAt) return [v];
    wrapped = true;
    const parts: string[] = [];
    let cur = '';
    for (const word of v.split(' ')) {
      if (cur && `${cur} ${word}`.length > wrapAt) {
        parts.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    return [...parts, cur];
  }));
  const widths = o.columns.map((c, i) => Math.max(c.header.length, ...split.map((r) => Math.max(...r[i].map((s) => s.length)))));
  const fmt = (vals: string[]) => vals.map((v, i) => (NUMERIC.has(o.columns[i].role) ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join('  ').trimEnd();
  const out = [fmt(o.columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of split) {
    const height = Math.max(...r.map((c) => c.length));
    for (let k = 0; k < height; k++) out.push(fmt(r.map((c) => c[k] ?? '')));
  }
  const width = widths.reduce((s, w) => s + w + 2, -2);
  const totals = totalPairs(o);
  if (totals.length) out.push('');
  for (const [l, v] of totals) out.push(`${l}: ${v.padStart(14)}`.padStart(width));
  return { lines: out, wrapped };
}

export function htmlTable(o: Order, flavor: 'outlook' | 'plain' | 'webmail'): string {
  const css = { outlook: ' style="border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif"', plain: '', webmail: ' style="padding:4px 8px;border-bottom:1px solid #ddd"' }[flavor];
  const td = (v: string, right: boolean, tag = 'td') => `<${tag}${css}${right ? ' align="right"' : ''}>${esc(v)}</${tag}>`;
  const head = `<tr>${o.columns.map((c) => td(c.header, NUMERIC.has(c.role), 'th')).join('')}</tr>`;
  const body = o.lines.map((l) => `<tr>${o.columns.map((c) => td(cell(o, l, c.role), NUMERIC.has(c.role))).join('')}</tr>`);
  const foot = totalPairs(o).map(([l, v]) => `<tr><td colspan="${o.columns.length - 1}" align="right"${css}><b>${esc(l)}</b></td>${td(v, true)}</tr>`);
  const attrs = flavor === 'plain' ? ' border="1" cellpadding="4" cellspacing="0"' : ' cellspacing="0" style="border-collapse:collapse"';
  return `<table${attrs}>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>${foot.length ? `\n<tfoot>\n${foot.join('\n')}\n</tfoot>` : ''}\n</table>`;
}

export function htmlHeader(o: Order): string {
  const rows = headerPairs(o, false).map(([l, v]) => `<b>${esc(l)}:</b> ${esc(v)}`);
  const parts = [`<p>${rows.join('<br>\n')}</p>`];
  for (const [t, lines] of addressBlocks(o)) parts.push(`<p><b>${esc(t)}:</b><br>\n${lines.map(esc).join('<br>\n')}</p>`);
  if (o.notes) parts.push(`<p>${esc(o.labels.notes)}: ${esc(o.notes)}</p>`);
  return parts.join('\n');
}

export function htmlPage(paragraphs: string[][], middle: string[]): string {
  const p = (lines: string[]) => `<p>${lines.map(esc).join('<br>\n')}</p>`;
  const [first, ...rest] = paragraphs;
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n${[p(first), ...middle, ...rest.map(p)].join('\n')}\n</body></html>\n`;
}

export function htmlVisible(html: string): string {
  return html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// ---- spreadsheets

type Cell = string | number | null;

/** Header block (label in A, value in B), table header, lines, totals. Numbers are numbers. */
function sheetRows(o: Order): Cell[][] {
  const rows: Cell[][] = [[o.firm.name], [o.labels.title]];
  for (const [l, v] of headerPairs(o)) rows.push([l, v]);
  for (const [t, lines] of addressBlocks(o)) lines.forEach((line, i) => rows.push([i === 0 ? t : '', line]));
  if (o.notes) rows.push([o.labels.notes, o.notes]);
  rows.push([]);
  const cur = o.currency && o.axes.money !== 'none' ? ` (${o.currency})` : '';
  rows.push(o.columns.map((c) => (c.role === 'price' || c.role === 'amount' ? `${c.header}${cur}` : c.header)));
  for (const l of o.lines) {
    rows.push(o.columns.map((c) => {
      switch (c.role) {
        case 'line': return l.printedLineNo.startsWith('0') ? l.printedLineNo : l.lineNo;
        case 'qty': return l.qty;
        case 'price': return l.price;
        case 'amount': return l.amount;
        default: return cell(o, l, c.role) || null;
      }
    }));
  }
  if (o.total !== null) {
    const pad = (label: string, v: number): Cell[] => [...Array(Math.max(0, o.columns.length - 2)).fill(null), label, v];
    rows.push([]);
    if (o.tax !== null || o.freight !== null) rows.push(pad(o.labels.subtotal, o.subtotal!));
    if (o.freight !== null) rows.push(pad(o.labels.freight, o.freight));
    if (o.tax !== null) rows.push(pad(o.labels.tax, o.tax));
    rows.push(pad(o.labels.total, o.total));
  }
  return rows;
}

export async function xlsxOf(o: Order): Promise<{ bytes: Buffer; texts: string[] }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = o.contact.name;
  wb.created = FIXED_TIMESTAMP;
  wb.modified = FIXED_TIMESTAMP;
  const ws = wb.addWorksheet(o.labels.title.slice(0, 30));
  const rows = sheetRows(o);
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((c) => {
      if (typeof c.value === 'number' && !Number.isInteger(c.value)) c.numFmt = '#,##0.00##';
    });
  }
  ws.columns.forEach((c, i) => (c.width = i === 0 ? 18 : 24));
  const bytes = fixZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
  return { bytes, texts: rows.flat().filter((v) => v !== null && v !== '').map(String) };
}

/** CSV: ',' with plain decimals for English, ';' with the locale's decimal comma otherwise. */
export function csvOf(o: Order): { bytes: Buffer; texts: string[] } {
  const comma = o.lang === 'en';
  const sep = comma ? ',' : ';';
  const rows = sheetRows(o);
  const field = (v: Cell): string => {
    if (v === null) return '';
    const s = typeof v === 'number' ? (comma ? String(v) : String(v).replace('.', ',')) : v;
    return s.includes(sep) || /["\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows.map((r) => r.map(field).join(sep)).join('\r\n') + '\r\n';
  return { bytes: Buffer.from(text, 'utf8'), texts: rows.flat().filter((v) => v !== null && v !== '').map(String) };
}
