import type { Po } from '../model.ts';
import type { ColumnOrder } from '../pdf/columns.ts';
import { columnsFor } from '../pdf/columns.ts';
import { labels } from '../i18n.ts';
import { bodyHeaderPairs, billToLines, cellRows, shipToLines, totalsFor } from './common.ts';

export type HtmlFlavor = 'outlook' | 'plain' | 'webmail';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const CELL: Record<HtmlFlavor, string> = {
  outlook: ' style="border:1px solid #999;padding:3px 6px;font-family:Calibri,sans-serif;font-size:11pt"',
  plain: '',
  webmail: ' style="padding:4px 8px;border-bottom:1px solid #ddd"',
};

function tableHtml(po: Po, order: ColumnOrder, flavor: HtmlFlavor): string {
  const cols = columnsFor(po, order, 500);
  const td = (v: string, right: boolean, tag = 'td') => `<${tag}${CELL[flavor]}${right ? ' align="right"' : ''}>${esc(v)}</${tag}>`;
  const head = `<tr>${cols.map((c) => td(c.header, c.align === 'right', 'th')).join('')}</tr>`;
  const body = cellRows(po).map((r) => `<tr>${cols.map((c) => td(r[c.key] ?? '', c.align === 'right')).join('')}</tr>`);
  const foot = totalsFor(po).map(([l, v]) => `<tr><td colspan="${cols.length - 1}" align="right"${CELL[flavor]}><b>${esc(l)}</b></td>${td(v, true)}</tr>`);
  const attrs = flavor === 'plain' ? ' border="1" cellpadding="4" cellspacing="0"' : ' cellspacing="0" style="border-collapse:collapse"';
  return `<table${attrs}>\n<thead>${head}</thead>\n<tbody>\n${body.join('\n')}\n</tbody>${foot.length ? `\n<tfoot>\n${foot.join('\n')}\n</tfoot>` : ''}\n</table>`;
}

function headerHtml(po: Po): string {
  const L = labels(po.style);
  const rows = bodyHeaderPairs(po).map(([l, v]) => `<b>${esc(l)}:</b> ${esc(v)}`);
  const parts = [`<p>${rows.join('<br>\n')}</p>`];
  const ship = shipToLines(po);
  if (ship.length) parts.push(`<p><b>${esc(L.shipTo)}:</b><br>\n${ship.map(esc).join('<br>\n')}</p>`);
  const bill = billToLines(po);
  if (bill.length) parts.push(`<p><b>${esc(L.billTo)}:</b><br>\n${bill.map(esc).join('<br>\n')}</p>`);
  return parts.join('\n');
}

/** An HTML-only order body (no text part). */
export function htmlOrderBody(po: Po, o: { order: ColumnOrder; flavor: HtmlFlavor; greeting: string; intro: string[]; after?: string[]; signature: string[] }): string {
  const p = (lines: string[]) => `<p>${lines.map(esc).join('<br>\n')}</p>`;
  const font = o.flavor === 'outlook' ? ' style="font-family:Calibri,sans-serif;font-size:11pt"' : '';
  const parts = [p([o.greeting]), p(o.intro), headerHtml(po), tableHtml(po, o.order, o.flavor)];
  if (o.after?.length) parts.push(p(o.after));
  parts.push(p(o.signature));
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body${font}>\n${parts.join('\n')}\n</body></html>\n`;
}

/** Visible text of generated HTML, for the label self-checks. */
export function htmlText(html: string): string {
  return html.replace(/<br>/g, '\n').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
