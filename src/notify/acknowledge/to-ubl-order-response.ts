import { controlNumber, type AckOrder } from './ack-parties.ts';
import { toXmlText as x } from './to-xml-text.ts';

// A UBL 2.1 OrderResponse of an Order as approved, shaped as Peppol's Order Response (T76):
// OrderResponseCode AP (accepted), the order referred to by OrderReference/ID, the parties by the
// endpoint ids the order used.

const ICD: Record<string, string> = { gln: '0088', duns: '0060' };

export function toUblOrderResponse(order: AckOrder, seed: string, now: Date): string {
  const party = (tag: string, ids: { scheme: string; value: string }[], name: string | null) => {
    const id = ids.find((i) => ICD[i.scheme]) ?? ids[0];
    const endpoint = id ? `<cbc:EndpointID schemeID="${x(ICD[id.scheme] ?? id.scheme)}">${x(id.value)}</cbc:EndpointID>` : '';
    return `  <cac:${tag}><cac:Party>${endpoint}${name ? `<cac:PartyLegalEntity><cbc:RegistrationName>${x(name)}</cbc:RegistrationName></cac:PartyLegalEntity>` : ''}</cac:Party></cac:${tag}>`;
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OrderResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:OrderResponse-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">',
    '  <cbc:CustomizationID>urn:fdc:peppol.eu:poacc:trns:order_response:3</cbc:CustomizationID>',
    '  <cbc:ProfileID>urn:fdc:peppol.eu:poacc:bis:ordering:3</cbc:ProfileID>',
    `  <cbc:ID>${x(`OR-${controlNumber(seed)}`)}</cbc:ID>`,
    `  <cbc:IssueDate>${now.toISOString().slice(0, 10)}</cbc:IssueDate>`,
    '  <cbc:OrderResponseCode>AP</cbc:OrderResponseCode>',
    `  <cac:OrderReference><cbc:ID>${x(order.poNumber)}</cbc:ID></cac:OrderReference>`,
    party('SellerSupplierParty', order.structured.supplierIds, null),
    party('BuyerCustomerParty', order.structured.buyerIds, order.buyer.company),
    '</OrderResponse>',
    '',
  ].join('\n');
}
