// The shape of a table header, apart from the finder: the cell assignment and the column
// inference need it, and the finder uses the inference, so the types cannot live with the finder.
import type { ColumnRole } from '../reading/vocabulary.ts';

export interface Column {
  role: ColumnRole | null;
  /** A cell holding two fields ("Material/Description" over "6000138 / Gloves"): the second one. */
  alsoRole?: ColumnRole;
  /** The role its header named, lost to an earlier column with the same one: the rows may give it back. */
  contested?: ColumnRole;
  label: string;
  x0: number;
  x1: number;
}

export interface TableHeader {
  /** Index into the lines of the header's (last) line. */
  index: number;
  columns: Column[];
  /** The header has as many cells as its rows: match cells by position, not by x. */
  cellCount: number;
  /** SAP-style records: each item is two lines, the first under the top header line, the second under the bottom one. */
  tiers?: [Column[], Column[]];
}
