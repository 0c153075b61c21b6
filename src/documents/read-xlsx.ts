// .xlsx workbooks through exceljs: every worksheet becomes a page of cells. A cell's displayed
// text is used (a number as written, not re-formatted), except dates, which become ISO dates
// because their display format depends on the sender's locale settings.

import type { Cell, Worksheet } from 'exceljs';
import { InputError } from '../domain/errors.ts';
import type { LayoutDocument } from '../domain/layout.ts';
import { shortReason } from './short-reason.ts';
import { isBlankRow, toSheetPage } from './to-sheet-page.ts';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelJs = typeof import('exceljs');

// exceljs takes a while to import, so only workbooks pay for it. It is CommonJS: under ESM its
// API is the default export, which its typings do not declare.
let exceljsModule: Promise<ExcelJs> | undefined;
const loadExcelJs = () => (exceljsModule ??= import('exceljs').then((mod) => (mod as unknown as { default: ExcelJs }).default));

export interface ReadXlsxOptions {
  maxPages: number;
}

/** Reads every worksheet of an .xlsx workbook. Throws InputError for an unreadable workbook. */
export async function readXlsx(name: string, bytes: Uint8Array, options: ReadXlsxOptions): Promise<LayoutDocument> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings predate Buffer being generic; the runtime takes any Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (err) {
    throw new InputError('corrupt-input', `not a readable .xlsx workbook: ${shortReason(err)}`, { cause: err });
  }
  const sheets = workbook.worksheets;
  if (sheets.length > options.maxPages) {
    throw new InputError('too-many-pages', `workbook has ${sheets.length} sheets, over the ${options.maxPages}-page limit (maxPages)`);
  }
  const pages = sheets.map((sheet, i) => toSheetPage(sheetRows(sheet), i + 1));
  return {
    name,
    mediaType: XLSX_MEDIA_TYPE,
    method: 'spreadsheet',
    pageCount: null,
    pages: pages.map((p) => p.page),
    text: pages.map((p) => p.text).join('\f'),
  };
}

function sheetRows(sheet: Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    const filled = Array.from(cells, (text) => text ?? '');
    if (!isBlankRow(filled)) rows.push(filled);
  });
  return rows;
}

function cellText(cell: Cell): string {
  // A merged range repeats its value in every cell; only the top-left one carries it.
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.value;
  const date = value instanceof Date ? value : isFormulaDate(value) ? value.result : null;
  if (date) return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  // A line break inside a cell would split the row in the text; the layout keeps one value anyway.
  return cell.text.replace(/\s*\n\s*/g, ' ').trim();
}

function isFormulaDate(value: unknown): value is { result: Date } {
  return typeof value === 'object' && value !== null && (value as { result?: unknown }).result instanceof Date;
}
