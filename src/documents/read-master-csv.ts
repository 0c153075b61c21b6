// Master data files (catalogue, customers, cross-references) to records keyed by the header row.
// Unlike order sheets these have a fixed, documented layout, so the header names the columns.

import { parse } from 'csv-parse/sync';
import { InputError } from '../domain/errors.ts';
import { shortReason } from './short-reason.ts';

export function readMasterCsv(text: string): Record<string, string>[] {
  try {
    return parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (err) {
    throw new InputError('corrupt-input', `not a readable CSV file: ${shortReason(err)}`, { cause: err });
  }
}
