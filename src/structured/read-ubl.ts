// UBL 2.x Order (OASIS), and Peppol BIS Order 3 which profiles it: the root element names the
// document; RequestForQuotation, Quotation, OrderResponse, OrderCancellation and OrderChange are
// not new orders (a change is read, and said to be one). Party identifiers keep their ISO 6523
// scheme (0088 GLN, 0060 DUNS) as written in @schemeID.

import type { Address } from '../domain/draft-order.ts';
import type { PartyId, StructuredCharge, StructuredLine, StructuredOrder, StructuredParty, StructuredReading } from '../domain/structured-order.ts';
import type { XmlNode } from './parse-safe-xml.ts';
import { attrOf, kid, kids, numberAt, textAt, toElementRows } from './xml-node.ts';
import { toStandardDate } from './to-standard-date.ts';

export const UBL_ROOTS: Record<string, string | null> = {
  Order: null,
  OrderChange: null,
  RequestForQuotation: 'request for quotation (UBL RequestForQuotation), not an order',
  Quotation: 'quotation (UBL Quotation), not an order',
  OrderResponse: 'order response (UBL OrderResponse), not an order',
  OrderResponseSimple: 'order response (UBL OrderResponseSimple), not an order',
  OrderCancellation: 'order cancellation (UBL OrderCancellation), not an order',
  Invoice: 'invoice (UBL Invoice), not an order',
  CreditNote: 'credit note (UBL CreditNote), not an order',
  DespatchAdvice: 'despatch advice (UBL DespatchAdvice), not an order',
};

/** ISO 6523 ICD codes that name the schemes a customer master knows. */
const ICD: Record<string, string> = { '0088': 'gln', '0060': 'duns', GLN: 'gln', DUNS: 'duns' };

export function readUbl(name: string, root: XmlNode): StructuredReading {
  const notOrder = UBL_ROOTS[name] ?? null;
  const customization = textAt(root, 'CustomizationID');
  const peppol = customization?.includes('peppol') ? ' (Peppol BIS Order 3)' : '';
  const order: StructuredOrder = {
    format: 'ubl',
    version: `UBL ${textAt(root, 'UBLVersionID') ?? '2'}${peppol}`,
    documentType: name,
    notOrder,
    change: name === 'OrderChange' ? 'a change to an earlier order (UBL OrderChange)' : null,
    poNumber: textAt(root, 'ID'),
    orderDate: toStandardDate(textAt(root, 'IssueDate')),
    requestedDeliveryDate: toStandardDate(textAt(root, 'Delivery/RequestedDeliveryPeriod/StartDate') ?? textAt(root, 'Delivery/RequestedDeliveryPeriod/EndDate')),
    currency: textAt(root, 'DocumentCurrencyCode') ?? attrOf(root, 'currencyID', 'AnticipatedMonetaryTotal/PayableAmount'),
    paymentTerms: textAt(root, 'PaymentTerms/Note'),
    shippingMethod: textAt(root, 'Delivery/Despatch/Carrier/PartyName/Name') ?? textAt(root, 'DeliveryTerms/ID'),
    notes:
      kids(root, 'Note')
        .map((n) => textAt(n))
        .filter(Boolean)
        .join('\n') || null,
    rush: null,
    parties: [
      party('buyer', kid(root, 'BuyerCustomerParty/Party')),
      party('supplier', kid(root, 'SellerSupplierParty/Party')),
      shipTo(root),
      party('billTo', kid(root, 'AccountingCustomerParty/Party')),
    ].filter((p): p is StructuredParty => p !== null),
    lines: kids(root, 'OrderLine/LineItem').map(toLine),
    charges: kids(root, 'AllowanceCharge').map(toCharge),
    tax: numberAt(root, 'TaxTotal/TaxAmount'),
    lineTotal: numberAt(root, 'AnticipatedMonetaryTotal/LineExtensionAmount'),
    total: numberAt(root, 'AnticipatedMonetaryTotal/PayableAmount') ?? numberAt(root, 'AnticipatedMonetaryTotal/TaxInclusiveAmount'),
    statedLineCount: null,
  };
  return { orders: [order], rows: toElementRows(root) };
}

function ids(p: XmlNode | null): PartyId[] {
  const id = (node: XmlNode | null): PartyId[] => {
    const value = textAt(node);
    const scheme = attrOf(node, 'schemeID') ?? 'id';
    return value ? [{ scheme: ICD[scheme.toUpperCase()] ?? scheme.toLowerCase(), value }] : [];
  };
  return [...id(kid(p, 'EndpointID')), ...kids(p, 'PartyIdentification/ID').flatMap(id)];
}

function party(role: StructuredParty['role'], p: XmlNode | null): StructuredParty | null {
  if (!p) return null;
  const name = textAt(p, 'PartyName/Name') ?? textAt(p, 'PartyLegalEntity/RegistrationName');
  const address = toAddress(kid(p, 'PostalAddress'), name);
  const contact = kid(p, 'Contact');
  return { role, ids: ids(p), address, contactName: textAt(contact, 'Name'), email: textAt(contact, 'ElectronicMail'), phone: textAt(contact, 'Telephone') };
}

/** Delivery/DeliveryLocation/Address (2.1), Delivery/DeliveryAddress (2.0), or a DeliveryParty. */
function shipTo(root: XmlNode): StructuredParty | null {
  const delivery = kid(root, 'Delivery');
  if (!delivery) return null;
  const partyNode = kid(delivery, 'DeliveryParty');
  const name = textAt(partyNode, 'PartyName/Name') ?? textAt(delivery, 'DeliveryLocation/Name');
  const a = kid(delivery, 'DeliveryLocation/Address') ?? kid(delivery, 'DeliveryAddress') ?? kid(partyNode, 'PostalAddress');
  const location = kids(delivery, 'DeliveryLocation/ID').flatMap((n) =>
    textAt(n) ? [{ scheme: ICD[(attrOf(n, 'schemeID') ?? '').toUpperCase()] ?? (attrOf(n, 'schemeID') ?? 'id').toLowerCase(), value: textAt(n)! }] : [],
  );
  if (!a && !name) return null;
  const contact = kid(partyNode, 'Contact');
  return {
    role: 'shipTo',
    ids: location,
    address: toAddress(a, name),
    contactName: textAt(contact, 'Name'),
    email: textAt(contact, 'ElectronicMail'),
    phone: textAt(contact, 'Telephone'),
  };
}

function toAddress(a: XmlNode | null, name: string | null): Address | null {
  if (!a && !name) return null;
  const streets = [textAt(a, 'StreetName'), textAt(a, 'AdditionalStreetName'), ...kids(a, 'AddressLine/Line').map((l) => textAt(l))].filter((s): s is string => !!s);
  return {
    name,
    street: streets.length ? streets.join('\n') : null,
    city: textAt(a, 'CityName'),
    region: textAt(a, 'CountrySubentity'),
    postalCode: textAt(a, 'PostalZone'),
    country: textAt(a, 'Country/IdentificationCode'),
  };
}

function toCharge(c: XmlNode): StructuredCharge {
  const charge = textAt(c, 'ChargeIndicator') === 'true';
  const code = textAt(c, 'AllowanceChargeReasonCode');
  const label = textAt(c, 'AllowanceChargeReason') ?? code ?? (charge ? 'charge' : 'allowance');
  const freight = charge && (code === 'FC' || /freight|shipping|transport|fracht|port/i.test(label));
  return { kind: charge ? 'charge' : 'allowance', what: freight ? 'freight' : 'other', label, amount: Math.abs(numberAt(c, 'Amount') ?? 0) };
}

function toLine(item: XmlNode): StructuredLine {
  const q = kid(item, 'Quantity');
  const quantity = numberAt(q) ?? 0;
  const price = numberAt(item, 'Price/PriceAmount');
  const base = numberAt(item, 'Price/BaseQuantity');
  const unitPrice = price !== null && base && base !== 1 ? Math.round((price / base) * 1e6) / 1e6 : price;
  const stated = numberAt(item, 'LineExtensionAmount');
  const gtinNode = kids(item, 'Item/StandardItemIdentification/ID').find((n) => ['0160', 'GTIN'].includes((attrOf(n, 'schemeID') ?? '0160').toUpperCase()));
  const lineId = textAt(item, 'ID');
  return {
    lineNo: lineId && /^\d+$/.test(lineId) ? Number(lineId) : null,
    buyerPartNumber: textAt(item, 'Item/BuyersItemIdentification/ID'),
    supplierPartNumber: textAt(item, 'Item/SellersItemIdentification/ID'),
    gtin: textAt(gtinNode),
    description: textAt(item, 'Item/Name') ?? textAt(item, 'Item/Description'),
    quantity,
    unitCode: attrOf(q, 'unitCode'),
    unitPrice,
    amount: stated ?? (unitPrice !== null ? Math.round(quantity * unitPrice * 100) / 100 : null),
    amountStated: stated !== null,
    requestedDeliveryDate: toStandardDate(textAt(item, 'Delivery/RequestedDeliveryPeriod/StartDate') ?? textAt(item, 'Delivery/RequestedDeliveryPeriod/EndDate')),
    charges: kids(item, 'AllowanceCharge').map(toCharge),
  };
}
