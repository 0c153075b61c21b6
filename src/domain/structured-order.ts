// An order sent as data (cXML, X12 850, EDIFACT ORDERS, UBL): what the standard states, before it
// becomes a draft. Readers in src/structured fill it; extraction/structured turns it into a draft.

import type { Address } from './draft-order.ts';

export type StructuredFormat = 'cxml' | 'x12' | 'edifact' | 'ubl' | 'cii';

/** An identifier of a party as the standard qualifies it: scheme "duns", "gln", "x12:ZZ", "edifact:14", "ariba", "0088" ... */
export interface PartyId {
  scheme: string;
  value: string;
}

export type PartyRole = 'buyer' | 'supplier' | 'shipTo' | 'billTo' | 'sender' | 'receiver';

export interface StructuredParty {
  role: PartyRole;
  ids: PartyId[];
  address: Address | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

/** An allowance (taken off) or a charge (added), with the code or words that say what for. */
export interface StructuredCharge {
  kind: 'allowance' | 'charge';
  /** Freight is the draft's shipping field; tax is its tax field; the rest are charges. */
  what: 'freight' | 'other';
  label: string;
  /** Positive; an allowance is subtracted. */
  amount: number;
}

export interface StructuredLine {
  lineNo: number | null;
  buyerPartNumber: string | null;
  supplierPartNumber: string | null;
  gtin: string | null;
  description: string | null;
  quantity: number;
  /** The unit code as the message wrote it (EA, PCE, C62 ...). */
  unitCode: string | null;
  unitPrice: number | null;
  /** As stated, or quantity x unit price where the standard states none. */
  amount: number | null;
  /** The message stated the amount (it includes the line's allowances and charges then). */
  amountStated: boolean;
  requestedDeliveryDate: string | null;
  charges: StructuredCharge[];
}

export interface StructuredOrder {
  format: StructuredFormat;
  /** "cXML 1.2.014", "X12 004010", "EDIFACT D.96A EAN008", "UBL 2.1 (Peppol BIS Order 3)". */
  version: string;
  /** The message kind as the standard names it: OrderRequest, 850, ORDERS, Order ... */
  documentType: string;
  /** Null for an order; otherwise what it is instead ("punch-out cart", "request for quotation"). */
  notOrder: string | null;
  /** A change or replacement of an earlier order, in the standard's words; null for a new order. */
  change: string | null;
  poNumber: string | null;
  orderDate: string | null;
  requestedDeliveryDate: string | null;
  currency: string | null;
  paymentTerms: string | null;
  shippingMethod: string | null;
  notes: string | null;
  /** The message asks for it at once (EDIFACT rush order 224, an X12 priority): for urgency. */
  rush: string | null;
  parties: StructuredParty[];
  lines: StructuredLine[];
  charges: StructuredCharge[];
  tax: number | null;
  /** The totals as the message states them (null where it states none). */
  lineTotal: number | null;
  total: number | null;
  /** The number of lines the message says it has (X12 CTT, EDIFACT CNT), where it says so. */
  statedLineCount: number | null;
}

/** What a structured file was read as: its orders (or a non-order; an interchange may carry several) and its segments / elements as rows. */
export interface StructuredReading {
  orders: StructuredOrder[];
  /** One line per segment (EDI) or element with a value (XML), for the desk's table of the source. */
  rows: string[];
  /** cXML only: the sender's credential and shared secret, for POST /api/cxml. Never in a draft. */
  sender?: { ids: PartyId[]; sharedSecret: string | null };
  /** cXML only: the payloadID, answered in the Response. */
  payloadId?: string | null;
}

/** Every field of an order before a reader has read any: nulls and fresh empty lists. */
export function unreadFields(): Omit<StructuredOrder, 'format' | 'version' | 'documentType' | 'notOrder'> {
  return {
    change: null,
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    currency: null,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    rush: null,
    parties: [],
    lines: [],
    charges: [],
    tax: null,
    lineTotal: null,
    total: null,
    statedLineCount: null,
  };
}
