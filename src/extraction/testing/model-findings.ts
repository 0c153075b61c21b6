import type { ModelFindings, ModelLine } from '../model/order-reader.ts';

// Builders for model answers in unit tests: everything null unless a test says otherwise.

export function modelLine(l: Partial<ModelLine>): ModelLine {
  return { lineNo: null, sku: null, description: null, quantity: null, unit: null, unitPrice: null, amount: null, ...l };
}

export function modelFindings(f: Partial<ModelFindings> = {}): ModelFindings {
  return {
    poNumber: null,
    orderDate: null,
    requestedDeliveryDate: null,
    currency: null,
    buyerCompany: null,
    shipTo: null,
    billTo: null,
    paymentTerms: null,
    shippingMethod: null,
    lines: [],
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    rowsSeen: null,
    ...f,
  };
}
