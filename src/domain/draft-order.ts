import { z } from 'zod';
import type { Finding } from './findings.ts';
import { layoutReadSchema } from './learned-layout.ts';

// Mirrors ../shared/contract/draft-order.schema.json; test/contract-schema.test.ts checks real output against it.

export const addressSchema = z
  .object({
    name: z.string().nullable(),
    street: z.string().nullable().describe('street lines joined with newlines'),
    city: z.string().nullable(),
    region: z.string().nullable(),
    postalCode: z.string().nullable(),
    country: z.string().nullable().describe('ISO 3166-1 alpha-2 where known'),
  })
  .nullable();
export type Address = NonNullable<z.infer<typeof addressSchema>>;

export const orderLineSchema = z.object({
  lineNo: z.number().int().nullable(),
  sku: z.string().nullable(),
  catalogSku: z.string().nullable(),
  description: z.string().nullable(),
  quantity: z.number(),
  unit: z.string().nullable(),
  unitPrice: z.number().nullable(),
  amount: z.number().nullable(),
  confidence: z.number().min(0).max(1),
  // Beyond the contract's fields: a discount printed on the row (quantity x price less it is the amount).
  discountPercent: z.number().optional(),
  // Beyond the contract: the part numbers a structured order (EDI, cXML, UBL) states apart.
  buyerPartNumber: z.string().nullable().optional(),
  supplierPartNumber: z.string().nullable().optional(),
  gtin: z.string().nullable().optional(),
  unitCode: z.string().nullable().optional().describe('the unit code as the structured order wrote it (PCE, C62 ...), before mapping to our unit'),
  // How the line was matched to the catalogue (src/matching).
  match: z
    .object({
      method: z.enum(['sku', 'xref', 'gtin', 'description', 'none', 'manual']),
      score: z.number(),
      reason: z.string(),
      unitFactor: z.number(),
      catalogQuantity: z.number().nullable(),
      catalogUnit: z.string().nullable(),
      expectedUnitPrice: z.number().nullable(),
      priceDifferencePercent: z.number().nullable(),
      backorder: z.boolean(),
      warnings: z.array(z.string()),
    })
    .optional(),
});
export type OrderLine = z.infer<typeof orderLineSchema>;

export const urgencyLevelSchema = z.enum(['urgent', 'high', 'normal']);
export type UrgencyLevel = z.infer<typeof urgencyLevelSchema>;

export const urgencySchema = z.object({
  level: urgencyLevelSchema,
  score: z.number().optional(),
  reasons: z.array(z.string()),
});
export type Urgency = z.infer<typeof urgencySchema>;

export const buyerSchema = z.object({
  company: z.string().nullable(),
  contactName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  customerId: z.string().nullable(),
});
export type Buyer = z.infer<typeof buyerSchema>;

/** How a draft was made: by the rules alone, or with a model, which prompt version, at what cost. */
export const extractionInfoSchema = z.object({
  method: z.enum(['rules', 'rules+llm']),
  model: z.string().nullable(),
  promptVersion: z.string().nullable(),
  tokens: z.object({ prompt: z.number().int(), completion: z.number().int() }).nullable(),
  costUsd: z.number().nullable(),
});
export type ExtractionInfo = z.infer<typeof extractionInfoSchema>;

/** Where a value of the draft stands on a page of the original (beyond the contract). */
export const evidenceSchema = z.object({
  field: z.string().describe('path of the field in the order: poNumber, buyer.company, lines.0.quantity ...'),
  document: z.number().int().describe('index in source.documents'),
  page: z.number().int().describe('1-based page number'),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('x0, y0, x1, y1 as fractions of the page width and height, y downwards'),
  text: z.string().describe('the words as they stand on the page'),
  rule: z.string().optional().describe('the rule that read the value there, or "found by its value on the page"'),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** What a stage noticed about the draft (domain/findings.ts); reviewReasons are made from these. */
export const findingSchema = z.object({
  code: z.string(),
  field: z.string().nullable().describe('path of the field it is about, or null for the whole draft'),
  severity: z.enum(['block', 'warn', 'info']),
  message: z.string(),
  stage: z.enum(['read', 'extract', 'check', 'model', 'match', 'duplicate', 'desk']),
  rule: z.string(),
  clearable: z.boolean().optional(),
});
// The zod schema and the plain type of findings.ts are the same shape, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const findingShapesAgree: Same<z.infer<typeof findingSchema>, Finding> = true;
void findingShapesAgree;

/** A charge printed beside the lines that has no field of its own: a discount row, a handling fee. */
export const chargeSchema = z.object({
  kind: z.enum(['discount', 'other']),
  label: z.string(),
  amount: z.number().describe('negative for a discount'),
  applies: z.enum(['lines', 'subtotal']).describe('lines: a row of the item table, counted into the subtotal; subtotal: added between subtotal and total'),
});
export type Charge = z.infer<typeof chargeSchema>;

export const draftOrderSchema = z.object({
  poNumber: z.string().nullable(),
  orderDate: z.iso.date().nullable(),
  requestedDeliveryDate: z.iso.date().nullable(),
  buyer: buyerSchema,
  shipTo: addressSchema,
  billTo: addressSchema,
  currency: z.string().nullable(),
  lines: z.array(orderLineSchema),
  subtotal: z.number().nullable(),
  tax: z.number().nullable(),
  shipping: z.number().nullable(),
  total: z.number().nullable(),
  paymentTerms: z.string().nullable(),
  shippingMethod: z.string().nullable(),
  notes: z.string().nullable(),
  urgency: urgencySchema,
  confidence: z.number().min(0).max(1),
  needsReview: z.boolean(),
  reviewReasons: z.array(z.string()),
  // Beyond the contract's fields (it allows more): the findings the review state is made of, the
  // confidence of the reading before them, and charges the order check counts.
  findings: z.array(findingSchema).optional(),
  readingConfidence: z.number().min(0).max(1).optional(),
  charges: z.array(chargeSchema).optional(),
  // What produced the draft and what it cost.
  extraction: extractionInfoSchema.optional(),
  evidence: z.array(evidenceSchema).optional(),
  // Beyond the contract: the learned layout that read the draft (issue 17), and what it read.
  layout: layoutReadSchema.optional(),
  // Beyond the contract: an order sent as data (issue 20): its format and the parties' identifiers as stated.
  structured: z
    .object({
      format: z.enum(['cxml', 'x12', 'edifact', 'ubl', 'cii']),
      version: z.string(),
      documentType: z.string(),
      buyerIds: z.array(z.object({ scheme: z.string(), value: z.string() })),
      supplierIds: z.array(z.object({ scheme: z.string(), value: z.string() })),
      // cXML: the order's payloadID, which a ConfirmationRequest refers back to.
      payloadId: z.string().optional(),
    })
    .optional(),
  // Beyond the contract: how the buyer was found in the customer master, and earlier drafts of the same PO.
  matching: z
    .object({
      customerConfidence: z.number(),
      customerReason: z.string(),
      contentHash: z.string(),
      duplicateOf: z.string().nullable(),
      revisionOf: z.string().nullable(),
      changes: z.array(z.string()),
    })
    .optional(),
});
export type DraftOrder = z.infer<typeof draftOrderSchema>;

export const documentMethodSchema = z.enum(['text', 'pdf-text', 'ocr', 'spreadsheet', 'edi', 'skipped']);
export type DocumentMethod = z.infer<typeof documentMethodSchema>;

export const sourceDocumentSchema = z.object({
  name: z.string(),
  mediaType: z.string(),
  method: documentMethodSchema,
  pages: z.number().int().nullable(),
  // Beyond the contract: the attachment's part id (SHA-256 of its bytes), where it has one.
  partId: z.string().optional(),
});
export type SourceDocument = z.infer<typeof sourceDocumentSchema>;

export const sourceSchema = z.object({
  kind: z.enum(['email', 'file']),
  messageId: z.string().nullable(),
  from: z.string().nullable().describe('sender address, lower case'),
  subject: z.string().nullable(),
  receivedAt: z.iso.datetime({ offset: true }).nullable(),
  file: z.string().nullable(),
  documents: z.array(sourceDocumentSchema),
  // Beyond the contract: what was left out of a mail bomb to read the rest ("mail trimmed: ..."),
  // present only when something was.
  trimmed: z.array(z.string()).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** How one read document was judged: an order, possibly one, or not (and then what it is), with
 * the weighed signs (extension of the contract). A possible order without a draft is listed here. */
export const documentClassificationSchema = z.object({
  document: z.string(),
  verdict: z.enum(['order', 'possible-order', 'not-order']),
  kind: z.string().nullable(),
  score: z.number(),
  signs: z.array(z.string()),
});
export type DocumentClassification = z.infer<typeof documentClassificationSchema>;

export const extractionResultSchema = z.object({
  source: sourceSchema,
  isPurchaseOrder: z.boolean(),
  orders: z.array(draftOrderSchema),
  classification: z.array(documentClassificationSchema).optional(),
});
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
