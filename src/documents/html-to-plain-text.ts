// HTML mail bodies become plain text for the same monospace layout as text/plain bodies. Order
// lines often arrive as HTML tables, so a data row stays on one line with its cells TAB-separated;
// a layout table (a cell holding paragraphs or another table) is flattened to its blocks instead.

import { compile, type DomNode, type FormatCallback } from 'html-to-text';

interface TableCell {
  colspan: number;
  text: string;
}

/** A cell with more lines than this holds a layout block, not a value. */
const MAX_DATA_CELL_LINES = 3;

const formatTabTable: FormatCallback = (elem, walk, builder) => {
  builder.openTable();
  const walkRows = (node: DomNode): void => {
    if (node.type !== 'tag') return;
    if (node.name === 'tr') {
      builder.openTableRow();
      for (const cell of node.children) {
        if (cell.type !== 'tag' || (cell.name !== 'td' && cell.name !== 'th')) continue;
        // A huge column width keeps html-to-text from wrapping a long description inside its cell.
        builder.openTableCell({ maxColumnWidth: 100_000 });
        walk(cell.children, builder);
        builder.closeTableCell({ colspan: Number(cell.attribs?.colspan) || 1, rowspan: 1 });
      }
      builder.closeTableRow();
    } else if (['thead', 'tbody', 'tfoot'].includes(node.name ?? '')) {
      node.children.forEach(walkRows);
    }
  };
  elem.children.forEach(walkRows);
  builder.closeTable({ tableToString: rowsToText, leadingLineBreaks: 1, trailingLineBreaks: 1 });
};

function rowsToText(rows: TableCell[][]): string {
  const out: string[] = [];
  for (const row of rows) {
    const filled = row.filter((cell) => cell.text.trim() !== '');
    if (filled.length === 0) continue;
    if (filled.length === 1 || row.some(isLayoutCell)) {
      out.push(...filled.map((cell) => cell.text.trim()));
      continue;
    }
    // colspan keeps later cells under their headings: "Total" spanning 3 columns, then the amount.
    const cells = row.map((cell) => cell.text.replace(/\s+/g, ' ').trim() + '\t'.repeat(Math.max(0, cell.colspan - 1)));
    out.push(cells.join('\t').replace(/\t+$/, ''));
  }
  return out.join('\n');
}

function isLayoutCell(cell: TableCell): boolean {
  return cell.text.includes('\t') || cell.text.split('\n').length > MAX_DATA_CELL_LINES;
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

/**
 * Elements nested deeper than this are left out (html-to-text's limits.maxDepth). Real mail
 * nests tables a few dozen deep at most; thousands deep is a hostile message, and walking it
 * would exhaust the stack.
 */
export const MAX_HTML_DEPTH = 200;

// Compiled once: building the selector tree costs more than converting a typical message.
const convert = compile({
  wordwrap: false,
  limits: { maxDepth: MAX_HTML_DEPTH },
  formatters: { tabTable: formatTabTable },
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'table', format: 'tabTable' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    ...HEADINGS,
  ],
});

/** Converts an HTML body to plain text: table rows on one line, images and link targets dropped. */
export function htmlToPlainText(html: string): string {
  return convert(html)
    .replace(/[ \u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
