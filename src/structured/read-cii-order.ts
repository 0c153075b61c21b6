// A UN/CEFACT Cross Industry Order (SCRDMCCBDACIOMessageStructure), the XML of Order-X (the
// French-German sibling of Factur-X / ZUGFeRD, usually embedded in a PDF/A-3): ExchangedDocument,
// the header trade agreement (buyer, seller), delivery (ship-to, requested date) and settlement
// (currency, terms, allowances and charges, sums), and the trade line items.

import type { Address } from '../domain/draft-order.ts';
import type { PartyId, StructuredCharge, StructuredLine, StructuredOrder, StructuredParty, StructuredReading } from '../domain/structured-order.ts';
import type { XmlNode } from './parse-safe-xml.ts';
import { attrOf, kid, kids, numberAt, textAt, toElementRows } from './xml-node.ts';
import { toStandardDate } from './to-standard-date.ts';

/** Document type codes (UNTDID 1001) that are orders; 231 is an order response, 230 a change. */
const ORDER_TYPES = new Set(['220', '221', '224', '226', '227', '228', '105']);
const ICD: Record<string, string> = { '0088': 'gln', '0060': 'duns' };

export function readCiiOrder(root: XmlNode): StructuredReading {
  const doc = kid(root, 'ExchangedDocument');
  const tx = kid(root, 'SupplyChainTradeTransaction');
  const agreement = kid(tx, 'ApplicableHeaderTradeAgreement');
  const delivery = kid(tx, 'ApplicableHeaderTradeDelivery');
  const settlement = kid(tx, 'ApplicableHeaderTradeSettlement');
  const type = textAt(doc, 'TypeCode') ?? '220';
  const sums = kid(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation');
  const logistics = kids(settlement, 'SpecifiedLogisticsServiceCharge').map(
    (c): StructuredCharge => ({ kind: 'charge', what: 'freight', label: textAt(c, 'Description') ?? 'freight', amount: Math.abs(numberAt(c, 'AppliedAmount') ?? 0) }),
  );
  const order: StructuredOrder = {
    format: 'cii',
    version: 'UN/CEFACT CII Order (Order-X)',
    documentType: `CrossIndustryOrder ${type}`,
    notOrder: ORDER_TYPES.has(type)
      ? null
      : type === '231'
        ? 'order response (CII 231), not an order'
        : type === '230'
          ? 'order change (CII 230): changes are not read as new orders'
          : `CII document type ${type}, not an order`,
    change: textAt(doc, 'PurposeCode') === '5' ? 'a replacement of an earlier order (PurposeCode 5)' : null,
    poNumber: textAt(doc, 'ID'),
    orderDate: toStandardDate(textAt(doc, 'IssueDateTime/DateTimeString')),
    requestedDeliveryDate: toStandardDate(textAt(delivery, 'RequestedDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString')),
    currency: textAt(settlement, 'OrderCurrencyCode') ?? textAt(settlement, 'InvoiceCurrencyCode'),
    paymentTerms: textAt(settlement, 'SpecifiedTradePaymentTerms/Description'),
    shippingMethod: null,
    notes:
      kids(doc, 'IncludedNote')
        .map((n) => textAt(n, 'Content'))
        .filter(Boolean)
        .join('\n') || null,
    rush: type === '224' ? 'rush order (CII 224)' : null,
    parties: [
      party('buyer', kid(agreement, 'BuyerTradeParty')),
      party('supplier', kid(agreement, 'SellerTradeParty')),
      party('shipTo', kid(delivery, 'ShipToTradeParty')),
      party('billTo', kid(settlement, 'InvoiceeTradeParty')),
    ].filter((p): p is StructuredParty => p !== null),
    lines: kids(tx, 'IncludedSupplyChainTradeLineItem').map(toLine),
    charges: [...logistics, ...kids(settlement, 'SpecifiedTradeAllowanceCharge').map(toCharge)],
    tax: numberAt(sums, 'TaxTotalAmount'),
    lineTotal: numberAt(sums, 'LineTotalAmount'),
    total: numberAt(sums, 'GrandTotalAmount'),
    statedLineCount: null,
  };
  return { orders: [order], rows: toElementRows(root) };
}

function party(role: StructuredParty['role'], p: XmlNode | null): StructuredParty | null {
  if (!p) return null;
  const ids: PartyId[] = [...kids(p, 'GlobalID'), ...kids(p, 'ID'), ...kids(p, 'URIUniversalCommunication/URIID')].flatMap((n) => {
    const value = textAt(n);
    const scheme = attrOf(n, 'schemeID') ?? 'id';
    return value ? [{ scheme: ICD[scheme] ?? scheme.toLowerCase(), value }] : [];
  });
  const a = kid(p, 'PostalTradeAddress');
  const streets = [textAt(a, 'LineOne'), textAt(a, 'LineTwo'), textAt(a, 'LineThree')].filter((s): s is string => !!s);
  const address: Address = {
    name: textAt(p, 'Name'),
    street: streets.length ? streets.join('\n') : null,
    city: textAt(a, 'CityName'),
    region: textAt(a, 'CountrySubDivisionName'),
    postalCode: textAt(a, 'PostcodeCode'),
    country: textAt(a, 'CountryID'),
  };
  const contact = kid(p, 'DefinedTradeContact');
  return {
    role,
    ids,
    address,
    contactName: textAt(contact, 'PersonName'),
    email: textAt(contact, 'EmailURIUniversalCommunication/URIID'),
    phone: textAt(contact, 'TelephoneUniversalCommunication/CompleteNumber'),
  };
}

function toCharge(c: XmlNode): StructuredCharge {
  const charge = textAt(c, 'ChargeIndicator/Indicator') === 'true';
  const label = textAt(c, 'Reason') ?? textAt(c, 'ReasonCode') ?? (charge ? 'charge' : 'allowance');
  return {
    kind: charge ? 'charge' : 'allowance',
    what: charge && (textAt(c, 'ReasonCode') === 'FC' || /freight|fracht|transport|port/i.test(label)) ? 'freight' : 'other',
    label,
    amount: Math.abs(numberAt(c, 'ActualAmount') ?? 0),
  };
}

function toLine(item: XmlNode): StructuredLine {
  const product = kid(item, 'SpecifiedTradeProduct');
  const q = kid(item, 'SpecifiedLineTradeDelivery/RequestedQuantity');
  const quantity = numberAt(q) ?? 0;
  const price =
    numberAt(item, 'SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount') ?? numberAt(item, 'SpecifiedLineTradeAgreement/GrossPriceProductTradePrice/ChargeAmount');
  const basis = numberAt(item, 'SpecifiedLineTradeAgreement/NetPriceProductTradePrice/BasisQuantity');
  const unitPrice = price !== null && basis && basis !== 1 ? Math.round((price / basis) * 1e6) / 1e6 : price;
  const stated = numberAt(item, 'SpecifiedLineTradeSettlement/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount');
  const lineId = textAt(item, 'AssociatedDocumentLineDocument/LineID');
  return {
    lineNo: lineId && /^\d+$/.test(lineId) ? Number(lineId) : null,
    buyerPartNumber: textAt(product, 'BuyerAssignedID'),
    supplierPartNumber: textAt(product, 'SellerAssignedID'),
    gtin: textAt(product, 'GlobalID'),
    description: textAt(product, 'Name'),
    quantity,
    unitCode: attrOf(q, 'unitCode'),
    unitPrice,
    amount: stated ?? (unitPrice !== null ? Math.round(quantity * unitPrice * 100) / 100 : null),
    amountStated: stated !== null,
    requestedDeliveryDate: toStandardDate(textAt(item, 'SpecifiedLineTradeDelivery/RequestedDeliverySupplyChainEvent/OccurrenceDateTime/DateTimeString')),
    charges: [],
  };
}
