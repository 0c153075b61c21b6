import { z } from 'zod';
import type { ModelFindings } from '../extraction/model/order-reader.ts';

// What the model must answer, as a strict json_schema (zodResponseFormat): every field required
// and nullable, since strict mode has no optional fields, and described, since the descriptions
// are the field-level instructions the model reads. No status, urgency or recipient field exists:
// a model that cannot say them cannot be talked into changing them.

const text = (what: string) => z.string().nullable().describe(`${what}, copied exactly as printed; null when the document does not say`);
const amount = (what: string) => z.number().nullable().describe(`${what} as a plain number (1.234,50 and 1,234.50 are both 1234.5); null when not printed`);

const addressSchema = z
  .object({
    name: text('Company or person name of the address'),
    street: text('Street lines, joined with a newline'),
    city: text('Town or city'),
    region: text('State, province or region'),
    postalCode: text('Postal code'),
    country: z.string().nullable().describe('ISO 3166-1 alpha-2 country code, e.g. DE; null when not given'),
  })
  .nullable();

const lineSchema = z.object({
  lineNo: z.number().int().nullable().describe('Line or position number as printed; null when rows are not numbered'),
  sku: text("The buyer's item number / part number for this row"),
  description: text('Item description'),
  quantity: amount('Ordered quantity'),
  unit: z.string().nullable().describe('Unit of measure as written, upper case (EA, BOX, KG); null when none is written'),
  unitPrice: amount('Price per unit'),
  amount: amount('Line total (extended amount)'),
});

export const modelFindingsSchema = z.object({
  poNumber: text("The buyer's purchase order number"),
  orderDate: z.string().nullable().describe('Order date as YYYY-MM-DD; null when not printed'),
  requestedDeliveryDate: z.string().nullable().describe('Requested delivery date as YYYY-MM-DD; null when not printed'),
  currency: z.string().nullable().describe('ISO 4217 currency code of the prices, e.g. USD, EUR; null when not stated'),
  buyerCompany: text('The company that places the order (the buyer, not the supplier)'),
  shipTo: addressSchema.describe('Delivery address; null when none is printed'),
  billTo: addressSchema.describe('Invoice address; null when none is printed'),
  paymentTerms: text('Payment terms'),
  shippingMethod: text('Shipping method or carrier'),
  lines: z.array(lineSchema).describe('Every item row of the order, in document order; no totals, tax or freight rows'),
  subtotal: amount('Subtotal before tax and shipping'),
  tax: amount('Tax amount'),
  shipping: amount('Freight / shipping charge'),
  total: amount('Grand total'),
  rowsSeen: z.number().int().nullable().describe('How many item rows the document shows in total; null when unsure'),
});

export type ModelAnswer = z.infer<typeof modelFindingsSchema>;

/** The schema and the extraction's interface describe one shape; this keeps them in step at compile time. */
export function toModelFindings(answer: ModelAnswer): ModelFindings {
  return answer;
}
