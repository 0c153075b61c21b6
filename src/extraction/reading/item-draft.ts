// What the item readers make of a row, before the checks: shared by the table, prose, keyed and
// record readers and the row arithmetic, so none of them imports another for its types.

export type NumberStyle = 'eu' | 'us' | null;

/** A line item as read from a table, before the checks; evidence says where it stood. */
export interface ItemDraft {
  lineNo: number | null;
  sku: string | null;
  description: string | null;
  quantity: number;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
  deliveryDate: string | null;
  confidence: number;
  page: number;
  /** Index of the first layout line of the row. */
  lineIndex: number;
  issues: string[];
  /** A discount printed on the row, in percent: quantity x price less it is the amount. */
  discountPercent?: number;
}

/** A charge written as a row of the item table (freight, discount): not an item, but it counts. */
export interface TableCharge {
  kind: 'shipping' | 'discount' | 'tax' | 'other';
  /** The row's words before its amount ("Discount 5%"). */
  label: string;
  amount: number;
}
