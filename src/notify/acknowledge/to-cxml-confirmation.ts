import { controlNumber, type AckOrder } from './ack-parties.ts';
import { toXmlText as x } from './to-xml-text.ts';

// A cXML ConfirmationRequest of an OrderRequest as approved: type "accept", the order referred to
// by its orderID and payloadID (OrderReference/DocumentReference), a ConfirmationItem per line.
// From is us by the credentials the order addressed us with, To the buyer by its own.

export function toCxmlConfirmation(order: AckOrder, seed: string, now: Date): string {
  const credential = (ids: { scheme: string; value: string }[]) =>
    ids
      .filter((i) => i.scheme !== 'address-id')
      .map((i) => `<Credential domain="${x(i.scheme === 'ariba' ? 'NetworkID' : i.scheme.toUpperCase())}"><Identity>${x(i.value)}</Identity></Credential>`)
      .join('');
  const stamp = now.toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const items = order.lines.map((l, i) =>
    [
      `      <ConfirmationItem quantity="${x(l.quantity)}" lineNumber="${x(l.lineNo ?? i + 1)}">`,
      `        <UnitOfMeasure>${x(l.unitCode ?? l.unit ?? 'EA')}</UnitOfMeasure>`,
      `        <ConfirmationStatus quantity="${x(l.quantity)}" type="accept"${order.requestedDeliveryDate ? ` deliveryDate="${x(order.requestedDeliveryDate)}"` : ''}><UnitOfMeasure>${x(l.unitCode ?? l.unit ?? 'EA')}</UnitOfMeasure></ConfirmationStatus>`,
      '      </ConfirmationItem>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.014/Fulfill.dtd">',
    `<cXML payloadID="${x(`${controlNumber(seed)}.${now.getTime()}@po-inbox`)}" timestamp="${stamp}" version="1.2.014">`,
    '  <Header>',
    `    <From>${credential(order.structured.supplierIds)}</From>`,
    `    <To>${credential(order.structured.buyerIds)}</To>`,
    `    <Sender>${credential(order.structured.supplierIds)}<UserAgent>po-inbox</UserAgent></Sender>`,
    '  </Header>',
    '  <Request>',
    '    <ConfirmationRequest>',
    `      <ConfirmationHeader type="accept" noticeDate="${stamp}" operation="new"/>`,
    `      <OrderReference orderID="${x(order.poNumber)}"${order.orderDate ? ` orderDate="${x(order.orderDate)}"` : ''}><DocumentReference payloadID="${x(order.structured.payloadId ?? '')}"/></OrderReference>`,
    ...items,
    '    </ConfirmationRequest>',
    '  </Request>',
    '</cXML>',
    '',
  ].join('\n');
}
