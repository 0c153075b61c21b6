import type { DraftOrder } from '../../domain/draft-order.ts';
import type { AckOrder } from './ack-parties.ts';
import { toCxmlConfirmation } from './to-cxml-confirmation.ts';
import { toEdifactOrdrsp } from './to-edifact-ordrsp.ts';
import { toUblOrderResponse } from './to-ubl-order-response.ts';
import { toX12Ack855 } from './to-x12-855.ts';

// An order that came as data is acknowledged in kind: an X12 855 for an 850, an EDIFACT ORDRSP for
// ORDERS, a cXML ConfirmationRequest for an OrderRequest, a UBL OrderResponse for a UBL Order.

export interface StructuredAck {
  filename: string;
  contentType: string;
  content: string;
}

/** The acknowledgement file of a structured order, or null for an order that came as a document. */
export function toStructuredAck(order: DraftOrder, seed: string, now: Date): StructuredAck | null {
  if (!order.structured) return null;
  const o = order as AckOrder;
  const po = (order.poNumber ?? 'order').replace(/[^\w.-]+/g, '_');
  switch (order.structured.format) {
    case 'x12':
      return { filename: `855_${po}.x12`, contentType: 'application/EDI-X12', content: toX12Ack855(o, seed, now) };
    case 'edifact':
      return { filename: `ORDRSP_${po}.edi`, contentType: 'application/EDIFACT', content: toEdifactOrdrsp(o, seed, now) };
    case 'cxml':
      return { filename: `ConfirmationRequest_${po}.xml`, contentType: 'text/xml', content: toCxmlConfirmation(o, seed, now) };
    case 'ubl':
      return { filename: `OrderResponse_${po}.xml`, contentType: 'application/xml', content: toUblOrderResponse(o, seed, now) };
    case 'cii':
      // A CII order response (Order-X) is not made yet: the mail acknowledges it in words alone.
      return null;
  }
}
