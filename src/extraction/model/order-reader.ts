import type { Address } from '../../domain/draft-order.ts';

// The extraction talks to a language model only through this interface (design.md): it says
// what it wants read and gets findings back, never a status, a recipient or a route.

/** One item row as a model read it. Everything is as printed; null where the row does not say. */
export interface ModelLine {
  lineNo: number | null;
  sku: string | null;
  description: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: number | null;
  amount: number | null;
}

/** What a model read from one purchase order. No urgency, status or recipients: those stay with the rules. */
export interface ModelFindings {
  poNumber: string | null;
  orderDate: string | null;
  requestedDeliveryDate: string | null;
  currency: string | null;
  buyerCompany: string | null;
  shipTo: Address | null;
  billTo: Address | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  lines: ModelLine[];
  subtotal: number | null;
  tax: number | null;
  shipping: number | null;
  total: number | null;
  /** How many item rows the model says it saw, to catch rows lost to an output limit. */
  rowsSeen: number | null;
}

export interface ReaderDocument {
  name: string;
  /** Reading-order text, one entry per page. */
  pages: string[];
}

export interface ReadRequest {
  documents: ReaderDocument[];
  /** Item rows the rules counted, so a short answer can be told from a short order. */
  expectedRows: number;
}

export interface ReaderUsage {
  model: string;
  promptVersion: string;
  promptTokens: number;
  completionTokens: number;
  costUsd: number | null;
}

/** A model that could not be used is an outcome, not an error: the draft goes to review with the reason. */
export type ReadOutcome = { ok: true; findings: ModelFindings; usage: ReaderUsage; notes: string[] } | { ok: false; reason: string; usage: ReaderUsage | null };

export interface OrderReader {
  read(request: ReadRequest): Promise<ReadOutcome>;
}
