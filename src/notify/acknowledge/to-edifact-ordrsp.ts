import { ackIds, controlNumber, ymd, type AckOrder } from './ack-parties.ts';

// An EDIFACT ORDRSP (order response) of an ORDERS as approved: BGM 231 with function 29 (accepted
// without amendment), the order referred to by RFF+ON, each line accepted (LIN action 5) with its
// quantity; UNA with the default separators, values escaped with the release character.

export function toEdifactOrdrsp(order: AckOrder, seed: string, now: Date): string {
  const { buyer, supplier } = ackIds(order, 'edifact');
  const eancom = /EAN/.test(order.structured.version);
  const release = (s: string | null | undefined) => (s ?? '').replace(/[?:+']/g, (c) => `?${c}`).replace(/[\r\n]+/g, ' ');
  const reference = controlNumber(seed, 9);
  const date = ymd(now);
  const segments = [
    `UNH+1+ORDRSP:D:96A:UN${eancom ? ':EAN005' : ''}`,
    `BGM+231+${release(`ACK-${order.poNumber ?? reference}`)}+29`,
    `DTM+137:${date}:102`,
    `RFF+ON:${release(order.poNumber)}`,
    ...(order.orderDate ? [`DTM+171:${ymd(new Date(order.orderDate))}:102`] : []),
    `NAD+BY+${release(buyer.id)}::${buyer.qualifier === '14' ? '9' : buyer.qualifier === '1' ? '16' : '92'}`,
    `NAD+SU+${release(supplier.id)}::${supplier.qualifier === '14' ? '9' : supplier.qualifier === '1' ? '16' : '91'}`,
    ...(order.currency ? [`CUX+2:${order.currency}:9`] : []),
    ...order.lines.flatMap((l, i) => [
      `LIN+${l.lineNo ?? i + 1}+5${l.gtin ? `+${release(l.gtin)}:SRV` : ''}`,
      ...((l.supplierPartNumber ?? l.sku) ? [`PIA+1+${release(l.supplierPartNumber ?? l.sku)}:SA`] : []),
      `QTY+21:${l.quantity}${(l.unitCode ?? l.unit) ? `:${release(l.unitCode ?? l.unit)}` : ''}`,
      ...(order.requestedDeliveryDate ? [`DTM+2:${ymd(new Date(order.requestedDeliveryDate))}:102`] : []),
    ]),
    'UNS+S',
    `CNT+2:${order.lines.length}`,
  ];
  segments.push(`UNT+${segments.length + 1}+1`);
  const unb = `UNB+UNOC:3+${release(supplier.id)}:${supplier.qualifier}+${release(buyer.id)}:${buyer.qualifier}+${date.slice(2)}:${now.toISOString().slice(11, 16).replace(':', '')}+${reference}`;
  return `UNA:+.? '\n${[unb, ...segments, `UNZ+1+${reference}`].map((s) => `${s}'`).join('\n')}\n`;
}
