import type { DraftOrder, ExtractionResult, OrderLine } from '../../domain/draft-order.ts';
import type { SenderEnvelope } from '../../domain/layout.ts';
import { DEFAULT_POLICY, type MasterData, type MatchPolicy } from '../../domain/master-data.ts';

// A small catalogue with near-miss SKUs and a pack-size cross-reference, for the matching tests.

export const master: MasterData = {
  catalog: [
    {
      sku: '6204-2RS',
      description: 'Deep groove ball bearing 6204-2RS, 20 x 47 x 14 mm',
      unit: 'EA',
      unitPrice: 7.3,
      currency: 'USD',
      stockOnHand: 500,
      gtin: null,
      prices: { gold: 6.82 },
    },
    { sku: '6204-ZZ', description: 'Deep groove ball bearing 6204-ZZ, metal shields', unit: 'EA', unitPrice: 6.95, currency: 'USD', stockOnHand: 200, gtin: null, prices: {} },
    { sku: 'WD-40-11', description: 'Multi-use lubricant 11 oz aerosol can', unit: 'EA', unitPrice: 6.45, currency: 'USD', stockOnHand: 40, gtin: '4000000015838', prices: {} },
    { sku: 'NLN-M10', description: 'Nylon insert lock nut M10, zinc (box of 100)', unit: 'BOX', unitPrice: 12.36, currency: 'USD', stockOnHand: 3, gtin: null, prices: {} },
  ],
  customers: [
    {
      customerId: 'C-1',
      name: 'Northwind Traders',
      emailDomains: ['northwind.example'],
      emails: [],
      phone: null,
      fax: '+1 555 0100 200',
      shipTo: { street: null, city: 'Tacoma', region: 'WA', postalCode: '98402', country: 'US' },
      priceList: 'gold',
      autoApprove: true,
    },
    {
      customerId: 'C-2',
      name: 'Bluegill Marine Services',
      emailDomains: ['bluegill.example'],
      emails: [],
      phone: null,
      fax: null,
      shipTo: { street: null, city: 'Portland', region: 'ME', postalCode: '04101', country: 'US' },
      priceList: null,
      autoApprove: false,
    },
  ],
  xrefs: [{ customerId: 'C-1', customerSku: 'NW-LUBE-CS', sku: 'WD-40-11', unitFactor: 12, origin: 'import', createdBy: null, createdAt: null }],
};

export const line = (over: Partial<OrderLine>): OrderLine => ({
  lineNo: 1,
  sku: null,
  catalogSku: null,
  description: null,
  quantity: 1,
  unit: 'EA',
  unitPrice: null,
  amount: null,
  confidence: 0.95,
  ...over,
});

export function order(lines: OrderLine[], over: Partial<DraftOrder> = {}): DraftOrder {
  return {
    poNumber: 'PO-1',
    orderDate: '2026-03-02',
    requestedDeliveryDate: null,
    buyer: { company: 'Northwind Traders', contactName: null, email: 'dana@northwind.example', phone: null, customerId: null },
    shipTo: { name: 'Northwind Traders', street: '1200 Harbor Way', city: 'Tacoma', region: 'WA', postalCode: '98402', country: 'US' },
    billTo: null,
    currency: 'USD',
    lines,
    subtotal: null,
    tax: null,
    shipping: null,
    total: null,
    paymentTerms: null,
    shippingMethod: null,
    notes: null,
    urgency: { level: 'normal', reasons: [] },
    confidence: 0.95,
    needsReview: false,
    reviewReasons: [],
    ...over,
  };
}

export const result = (o: DraftOrder, from = 'dana@northwind.example'): ExtractionResult => ({
  source: { kind: 'email', messageId: '<x@y>', from, subject: 'PO', receivedAt: null, file: null, documents: [] },
  isPurchaseOrder: true,
  orders: [o],
});

/** Our border mail server's authserv-id in these fixtures (setting AUTHSERV_ID). */
export const OUR_MX = 'mx.our-company.example';

/** A sender envelope: the From mailbox and Authentication-Results values, topmost first, on hop 0. */
export const envelope = (values: string[], from = 'dana@northwind.example'): SenderEnvelope => ({
  senders: [{ name: '', address: from }],
  authResults: values.map((value) => ({ value, hop: 0, arc: false })),
});

/** The default policy, trusting OUR_MX. */
export const POLICY: MatchPolicy = { ...DEFAULT_POLICY, authservIds: [OUR_MX] };

export const DMARC_PASS = envelope([`${OUR_MX}; spf=pass smtp.mailfrom=northwind.example; dkim=pass header.d=northwind.example; dmarc=pass header.from=northwind.example`]);
export const DMARC_FAIL = envelope([`${OUR_MX}; spf=fail smtp.mailfrom=evil.example; dkim=none; dmarc=fail header.from=northwind.example`]);
