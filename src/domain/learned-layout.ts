import { z } from 'zod';

// What is learned from one approved draft about the document it was read from (issue 17): the
// document's fixed text (labels, headers, letterhead) with coarse positions, where each field's
// value stands beside its label, and the item table's columns. Stored as JSON in the store's
// `layouts` table; read back through `learnedLayoutSchema`, so a row written by an older version
// that no longer parses is skipped rather than trusted.

/** Above the item table, its header, or below it: a token's place survives a longer table. */
export const zoneSchema = z.enum(['head', 'table', 'foot']);
export type Zone = z.infer<typeof zoneSchema>;

/** One word of the fixed text: folded, with its page and position in coarse buckets. */
export const layoutTokenSchema = z.object({
  word: z.string(),
  page: z.number().int(),
  zone: zoneSchema,
  /** 0..11 across the page, 0..29 down it. */
  xb: z.number().int(),
  yb: z.number().int(),
  /** Letterhead words (the customer's own name and address) weigh more: they tell customers apart. */
  weight: z.number(),
});
export type LayoutToken = z.infer<typeof layoutTokenSchema>;

export const FIELD_KINDS = ['text', 'code', 'date', 'amount'] as const;

/** Where a field's value stands relative to its label. */
export const fieldPlaceSchema = z.object({
  field: z.string(),
  kind: z.enum(FIELD_KINDS),
  /** The label, folded ("po no", "delivery date"). */
  anchor: z.string(),
  zone: zoneSchema,
  /** inline: after the label in the same cell; right: the next cell on its line; below: the cell under it. */
  how: z.enum(['inline', 'right', 'below']),
  /** Letters as "A", digits as "9": the value as approved, to refuse a value of another shape. */
  shape: z.string(),
});
export type FieldPlace = z.infer<typeof fieldPlaceSchema>;

export const LINE_ROLES = ['lineNo', 'sku', 'description', 'quantity', 'unit', 'unitPrice', 'amount'] as const;
export type LineRole = (typeof LINE_ROLES)[number];

export const learnedColumnSchema = z.object({
  role: z.enum(LINE_ROLES),
  /** Fractions of the page width. */
  x0: z.number(),
  x1: z.number(),
  /** The cell holds more than the value: take its first or last word(s) ("10 AB-1" holds line 10 and item AB-1). */
  part: z.enum(['whole', 'first', 'last']),
});
export type LearnedColumn = z.infer<typeof learnedColumnSchema>;

export const tableModelSchema = z.object({
  /** The header row's cells, folded; empty when the table has no header row. */
  header: z.array(z.string()),
  columns: z.array(learnedColumnSchema),
  /** The first cell of the line after the last row ("subtotal"), folded; null when nothing follows. */
  end: z.string().nullable(),
  /** Descriptions ran on over more than one line. */
  wraps: z.boolean(),
  /** Rows the rules read that the rep removed (a phone number read as an item): their words, folded. */
  removed: z.array(z.string()),
  /** Lines the rep added that no row of the document held. */
  added: z.number().int(),
});
export type TableModel = z.infer<typeof tableModelSchema>;

/** Values of the customer that stay the same from order to order: used when printed again. */
export const constantsSchema = z.object({
  company: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  currency: z.string().nullable(),
  shipTo: z.unknown().nullable(),
  billTo: z.unknown().nullable(),
});
export type LayoutConstants = z.infer<typeof constantsSchema>;

export const layoutModelSchema = z.object({
  version: z.literal(1),
  method: z.string(),
  tokens: z.array(layoutTokenSchema),
  fields: z.array(fieldPlaceSchema),
  table: tableModelSchema.nullable(),
  constants: constantsSchema,
});
export type LayoutModel = z.infer<typeof layoutModelSchema>;

/** A stored layout as the extraction sees it: the model and what to tell the rep about it. */
export interface LearnedLayout {
  id: string;
  /** The sender's address or domain it was learned from: a hint, never required. */
  sender: string | null;
  customerId: string | null;
  sourcePo: string | null;
  approvedBy: string;
  approvedAt: string;
  model: LayoutModel;
}

/** Which learned layout read a draft, and what it read (to count corrections against it later). */
export const layoutReadSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  /** Field path → the value the layout read there ("lines" → the number of lines). */
  read: z.record(z.string(), z.unknown()),
});
export type LayoutRead = z.infer<typeof layoutReadSchema>;
