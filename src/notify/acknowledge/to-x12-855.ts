import { ackIds, controlNumber, ymd, type AckOrder } from './ack-parties.ts';

// An X12 855 purchase order acknowledgement of an 850 as approved: BAK (AD: acknowledged with
// detail, no change), a PO1 and ACK (IA: item accepted) per line, CTT; in the interchange version
// and with the ids the order came with, the ISA padded to its fixed 106 characters.

export function toX12Ack855(order: AckOrder, seed: string, now: Date): string {
  const { buyer, supplier } = ackIds(order, 'x12');
  const version = /005010/.test(order.structured.version) ? { isa: '00501', gs: '005010' } : { isa: '00401', gs: '004010' };
  const control = controlNumber(seed);
  const group = String(Number(control.slice(-6)));
  const date = ymd(now);
  const clean = (s: string | null | undefined) => (s ?? '').replace(/[*~>^\r\n]/g, ' ').trim();
  const body: string[] = [
    ['ST', '855', '0001'],
    ['BAK', '00', 'AD', clean(order.poNumber), order.orderDate ? ymd(new Date(order.orderDate)) : date, '', '', '', '', date],
    ...(order.currency ? [['CUR', 'SE', order.currency]] : []),
    ...order.lines.flatMap((l, i) => [
      [
        'PO1',
        String(l.lineNo ?? i + 1),
        String(l.quantity),
        clean(l.unitCode ?? l.unit) || 'EA',
        l.unitPrice === null ? '' : String(l.unitPrice),
        '',
        ...((l.supplierPartNumber ?? l.sku) ? ['VP', clean(l.supplierPartNumber ?? l.sku)] : []),
        ...(l.buyerPartNumber ? ['BP', clean(l.buyerPartNumber)] : []),
      ],
      ['ACK', 'IA', String(l.quantity), clean(l.unitCode ?? l.unit) || 'EA', ...(order.requestedDeliveryDate ? ['068', ymd(new Date(order.requestedDeliveryDate))] : [])],
    ]),
    ['CTT', String(order.lines.length)],
  ].map((s) => s.join('*').replace(/\*+$/, ''));
  body.push(`SE*${body.length + 1}*0001`);
  const isa = [
    'ISA',
    '00',
    ' '.repeat(10),
    '00',
    ' '.repeat(10),
    supplier.qualifier.padEnd(2).slice(0, 2),
    supplier.id.padEnd(15).slice(0, 15),
    buyer.qualifier.padEnd(2).slice(0, 2),
    buyer.id.padEnd(15).slice(0, 15),
    date.slice(2),
    now.toISOString().slice(11, 16).replace(':', ''),
    version.isa === '00501' ? '^' : 'U',
    version.isa,
    control,
    '0',
    'P',
    '>',
  ].join('*');
  const segments = [
    isa,
    `GS*PR*${supplier.id}*${buyer.id}*${date}*${now.toISOString().slice(11, 16).replace(':', '')}*${group}*X*${version.gs}`,
    ...body,
    `GE*1*${group}`,
    `IEA*1*${control}`,
  ];
  return `${segments.join('~\n')}~\n`;
}
