// CSV is read with csv-parse, values kept as written: "1.234,50" stays a string here, because
// telling EU from US number formats needs the whole document (extraction's job, not ours).

import { parse } from 'csv-parse/sync';
import { InputError } from '../domain/errors.ts';
import type { LayoutDocument } from '../domain/layout.ts';
import { detectDelimiter } from './detect-delimiter.ts';
import { shortReason } from './short-reason.ts';
import { isBlankRow, toSheetPage } from './to-sheet-page.ts';

/** Reads delimited text (the delimiter is guessed) into a one-page spreadsheet document. */
export function readCsv(name: string, text: string): LayoutDocument {
  const delimiter = detectDelimiter(text).delimiter;
  let rows: string[][];
  try {
    rows = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (err) {
    throw new InputError('corrupt-input', `not a readable CSV file: ${shortReason(err)}`, { cause: err });
  }
  const { page, text: sheetText } = toSheetPage(
    rows.filter((row) => !isBlankRow(row)),
    1,
  );
  return { name, mediaType: 'text/csv', method: 'spreadsheet', pageCount: null, pages: [page], text: sheetText };
}
