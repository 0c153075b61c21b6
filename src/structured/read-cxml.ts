// cXML (cxml.org, the protocol of Ariba, Coupa and other buying platforms): an OrderRequest is an
// order; a PunchOutOrderMessage is a shopping cart handed back to the buyer's system, not an
// order. Header/From names the buyer by its credentials, Header/Sender carries the SharedSecret.

import { unreadFields } from '../domain/structured-order.ts';
import type { Address } from '../domain/draft-order.ts';
import type { PartyId, StructuredCharge, StructuredLine, StructuredOrder, StructuredParty, StructuredReading } from '../domain/structured-order.ts';
import { toCountryCode } from '../domain/to-country-code.ts';
import { InputError } from '../domain/errors.ts';
import type { XmlNode } from './parse-safe-xml.ts';
import { attrOf, kid, kids, numberAt, textAt, toElementRows } from './xml-node.ts';
import { toStandardDate } from './to-standard-date.ts';

const NOT_ORDERS: Record<string, string> = {
  PunchOutOrderMessage: 'punch-out cart (PunchOutOrderMessage), not an order',
  PunchOutSetupRequest: 'punch-out session request, not an order',
  ConfirmationRequest: 'order confirmation, not an order',
  ShipNoticeRequest: 'ship notice, not an order',
  InvoiceDetailRequest: 'invoice, not an order',
  StatusUpdateRequest: 'status update, not an order',
  ProfileRequest: 'profile request, not an order',
};

export function readCxml(root: XmlNode): StructuredReading {
  const header = kid(root, 'Header');
  const from = credentials(kids(header, 'From/Credential'));
  const sender = { ids: credentials(kids(header, 'Sender/Credential')), sharedSecret: textAt(header, 'Sender/Credential/SharedSecret') };
  const to = credentials(kids(header, 'To/Credential'));
  const body = kid(root, 'Request') ?? kid(root, 'Message');
  const kind = body ? (Object.keys(body).find((k) => !k.startsWith('@') && k !== '#text') ?? null) : null;
  const version = `cXML ${attrOf(root, 'version') ?? ''}`.trim();
  // The shared secret is a password: it never reaches the rows a desk shows or a draft keeps.
  const rows = toElementRows(root).map((r) => (/SharedSecret/.test(r) ? r.replace(/:.*/s, ': (hidden)') : r));
  if (!kind) throw new InputError('corrupt-input', 'cXML has no Request or Message element');
  const base = { sender, payloadId: attrOf(root, 'payloadID'), rows };
  if (kind !== 'OrderRequest') return { ...base, orders: [emptyOrder(version, kind, NOT_ORDERS[kind] ?? `cXML ${kind}, not an order`)] };
  const request = kid(body, 'OrderRequest')!;
  const h = kid(request, 'OrderRequestHeader');
  const type = attrOf(h, 'type') ?? 'new';
  const billTo = party('billTo', kid(h, 'BillTo/Address'), []);
  const buyer: StructuredParty = { ...party('buyer', kid(h, 'BillTo/Address'), from), ...contactOf(h) };
  const parties = [
    buyer,
    party('shipTo', kid(h, 'ShipTo/Address'), []),
    billTo,
    { role: 'supplier' as const, ids: to, address: null, contactName: null, email: null, phone: null },
  ];
  const shipping = money(h, 'Shipping/Money');
  const charges: StructuredCharge[] = shipping !== null ? [{ kind: 'charge', what: 'freight', label: textAt(h, 'Shipping/Description') ?? 'shipping', amount: shipping }] : [];
  const lines = kids(request, 'ItemOut').map(toLine);
  const lineDates = lines
    .map((l) => l.requestedDeliveryDate)
    .filter((d): d is string => d !== null)
    .sort();
  const order: StructuredOrder = {
    ...emptyOrder(version, 'OrderRequest', type === 'delete' ? 'order cancellation (OrderRequest type="delete"), not a new order' : null),
    change: type === 'update' ? 'a change to an earlier order (OrderRequest type="update")' : null,
    poNumber: attrOf(h, 'orderID'),
    orderDate: toStandardDate(attrOf(h, 'orderDate')),
    requestedDeliveryDate: toStandardDate(attrOf(h, 'requestedDeliveryDate')) ?? lineDates[0] ?? null,
    currency: attrOf(h, 'currency', 'Total/Money'),
    paymentTerms: paymentTerms(h),
    shippingMethod: textAt(h, 'Shipping/Description'),
    notes: textAt(h, 'Comments'),
    parties,
    lines,
    charges,
    tax: money(h, 'Tax/Money'),
    lineTotal: money(h, 'Total/Money'),
  };
  // cXML's Total is the items' sum; tax and shipping are stated beside it.
  if (order.lineTotal !== null) order.total = Math.round((order.lineTotal + (order.tax ?? 0) + (shipping ?? 0)) * 100) / 100;
  return { ...base, orders: [order] };
}

function emptyOrder(version: string, documentType: string, notOrder: string | null): StructuredOrder {
  return {
    format: 'cxml',
    version,
    documentType,
    notOrder,
    ...unreadFields(),
  };
}

/** <Credential domain="DUNS"><Identity>123456789</Identity></Credential> → duns:123456789. */
function credentials(nodes: XmlNode[]): PartyId[] {
  return nodes.flatMap((c) => {
    const value = textAt(c, 'Identity');
    const domain = (attrOf(c, 'domain') ?? 'id').toLowerCase();
    return value ? [{ scheme: domain === 'networkid' || domain === 'aribanetworkuserid' ? 'ariba' : domain, value }] : [];
  });
}

function party(role: StructuredParty['role'], address: XmlNode | null, ids: PartyId[]): StructuredParty {
  const own = attrOf(address, 'addressID');
  return {
    role,
    ids: own && role !== 'buyer' ? [{ scheme: 'address-id', value: own }] : ids,
    address: toAddress(address),
    contactName: null,
    email: textAt(address, 'Email'),
    phone: phoneOf(kid(address, 'Phone')),
  };
}

function toAddress(a: XmlNode | null): Address | null {
  if (!a) return null;
  const p = kid(a, 'PostalAddress');
  const country = attrOf(p, 'isoCountryCode', 'Country') ?? (textAt(p, 'Country') ? toCountryCode(textAt(p, 'Country')!) : null);
  const streets = kids(p, 'Street')
    .map((s) => textAt(s))
    .filter((s): s is string => s !== null);
  return {
    name: textAt(a, 'Name'),
    street: streets.length ? streets.join('\n') : null,
    city: textAt(p, 'City'),
    region: textAt(p, 'State'),
    postalCode: textAt(p, 'PostalCode'),
    country,
  };
}

function phoneOf(phone: XmlNode | null): string | null {
  const t = kid(phone, 'TelephoneNumber');
  if (!t) return null;
  const cc = textAt(t, 'CountryCode');
  const parts = [cc ? `+${cc.replace(/^\+/, '')}` : null, textAt(t, 'AreaOrCityCode'), textAt(t, 'Number')].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}

/** The buyer's person: a Contact of role buyer (or any), else the ship-to's DeliverTo. */
function contactOf(h: XmlNode | null): Pick<StructuredParty, 'contactName' | 'email' | 'phone'> {
  const contacts = kids(h, 'Contact');
  const c = contacts.find((x) => /buyer|purchas/i.test(attrOf(x, 'role') ?? '')) ?? contacts[0] ?? null;
  if (c) return { contactName: textAt(c, 'Name'), email: textAt(c, 'Email'), phone: phoneOf(kid(c, 'Phone')) };
  const deliverTo = textAt(h, 'ShipTo/Address/PostalAddress/DeliverTo');
  return { contactName: deliverTo, email: textAt(h, 'ShipTo/Address/Email'), phone: phoneOf(kid(h, 'ShipTo/Address/Phone')) };
}

/** PaymentTerm elements: "Net 30", or "2% 10 days, Net 30" with an early-payment discount. */
function paymentTerms(h: XmlNode | null): string | null {
  const terms = kids(h, 'PaymentTerm').map((t) => ({ days: attrOf(t, 'payInNumberOfDays'), percent: attrOf(t, 'percent', 'Discount/DiscountPercent') }));
  const parts = terms
    .filter((t) => t.days)
    .sort((a, b) => Number(a.days) - Number(b.days))
    .map((t) => (t.percent && Number(t.percent) !== 0 ? `${t.percent}% ${t.days} days` : `Net ${t.days}`));
  return parts.length ? parts.join(', ') : null;
}

function money(node: XmlNode | null, path: string): number | null {
  return numberAt(node, path);
}

function toLine(item: XmlNode): StructuredLine {
  const detail = kid(item, 'ItemDetail');
  const quantity = Number(attrOf(item, 'quantity') ?? 'NaN');
  const unitPrice = money(detail, 'UnitPrice/Money');
  return {
    lineNo: Number.isInteger(Number(attrOf(item, 'lineNumber'))) ? Number(attrOf(item, 'lineNumber')) : null,
    buyerPartNumber: textAt(item, 'ItemID/BuyerPartID'),
    supplierPartNumber: textAt(item, 'ItemID/SupplierPartID'),
    gtin: null,
    description: (textAt(detail, 'Description') ?? textAt(detail, 'Description/ShortName'))?.replace(/\s+/g, ' ') ?? null,
    quantity: Number.isFinite(quantity) ? quantity : 0,
    unitCode: textAt(detail, 'UnitOfMeasure'),
    unitPrice,
    amount: unitPrice !== null && Number.isFinite(quantity) ? Math.round(quantity * unitPrice * 100) / 100 : null,
    amountStated: false,
    requestedDeliveryDate: toStandardDate(attrOf(item, 'requestedDeliveryDate')),
    charges: [],
  };
}
