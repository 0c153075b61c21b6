// An EDIFACT ORDERS message (EANCOM and plain UN directories D.96A, D.01B alike for these
// segments): BGM, DTM, FTX, NAD (CTA, COM), CUX, PAT, TDT, ALC (MOA), LIN (PIA, IMD, QTY, DTM,
// MOA, PRI, ALC), UNS, MOA, CNT. Other message types are not new orders and say what they are.

import { unreadFields } from '../domain/structured-order.ts';
import type { PartyId, PartyRole, StructuredCharge, StructuredLine, StructuredOrder, StructuredParty } from '../domain/structured-order.ts';
import type { EdifactInterchange, EdifactMessage, EdifactSegment } from './tokenize-edifact.ts';
import { toStandardDate } from './to-standard-date.ts';

const NOT_ORDERS: Record<string, string> = {
  ORDRSP: 'order response (EDIFACT ORDRSP), not an order',
  ORDCHG: 'order change (EDIFACT ORDCHG): changes are not read as new orders',
  REQOTE: 'request for quotation (EDIFACT REQOTE), not an order',
  QUOTES: 'quotation (EDIFACT QUOTES), not an order',
  INVOIC: 'invoice (EDIFACT INVOIC), not an order',
  DESADV: 'despatch advice (EDIFACT DESADV), not an order',
  PRICAT: 'price catalogue (EDIFACT PRICAT), not an order',
};
const ROLES: Record<string, PartyRole> = { BY: 'buyer', OB: 'buyer', SU: 'supplier', SE: 'supplier', DP: 'shipTo', ST: 'shipTo', UC: 'shipTo', IV: 'billTo', BT: 'billTo' };
/** Code list responsible agencies (DE 3055) and UNB partner id qualifiers (DE 0007) of ids a master knows. */
const AGENCIES: Record<string, string> = { '9': 'gln', '16': 'duns', '91': 'seller-assigned', '92': 'buyer-assigned' };
const UNB_QUALIFIERS: Record<string, string> = { '14': 'gln', '1': 'duns', '16': 'duns' };
const FUNCTIONS: Record<string, string> = {
  '5': 'replacement (BGM function 5)',
  '4': 'change (BGM function 4)',
  '7': 'duplicate (BGM function 7)',
  '31': 'copy (BGM function 31)',
};

export function readEdifactOrders(interchange: EdifactInterchange): StructuredOrder[] {
  const q = interchange.sender.qualifier;
  const senderId: PartyId = { scheme: UNB_QUALIFIERS[q] ?? `edifact:${q || 'id'}`, value: interchange.sender.id };
  const decimal = interchange.separators.decimal;
  return interchange.messages.map((m) => readMessage(m, senderId, decimal));
}

function blank(m: EdifactMessage): StructuredOrder {
  const [type = '', version = '', release = '', , association = ''] = m.identifier;
  return {
    format: 'edifact',
    version: `EDIFACT ${version}.${release}${association ? ` ${association}` : ''}`,
    documentType: type,
    notOrder: type === 'ORDERS' ? null : (NOT_ORDERS[type] ?? `EDIFACT ${type}, not an order`),
    ...unreadFields(),
  };
}

function readMessage(m: EdifactMessage, senderId: PartyId, decimal: string): StructuredOrder {
  const order = blank(m);
  if (order.notOrder) return order;
  const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v.replace(decimal, '.')));
  let party: StructuredParty | null = null;
  let line: StructuredLine | null = null;
  let charge: StructuredCharge | null = null;
  let summary = false;
  const dates: Record<string, string> = {};
  const notes: string[] = [];
  let termsText: string | null = null;
  for (const seg of m.segments) {
    const c = (e: number, k = 0) => (seg.elements[e]?.[k] ?? '').trim();
    switch (seg.tag) {
      case 'BGM':
        order.poNumber = c(1) || null;
        if (c(0) === '224') order.rush = 'rush order (BGM 224)';
        if (['1', '3'].includes(c(2))) order.notOrder = `order cancellation (BGM function ${c(2)}), not a new order`;
        else if (FUNCTIONS[c(2)]) order.change = `a ${FUNCTIONS[c(2)]} of an earlier order`;
        break;
      case 'DTM': {
        const date = toStandardDate(c(0, 1), c(0, 2));
        if (!date) break;
        if (line) {
          if (['2', '63', '64', '10'].includes(c(0))) line.requestedDeliveryDate ??= date;
        } else dates[c(0)] ??= date;
        break;
      }
      case 'FTX': {
        const text = (seg.elements[3] ?? [])
          .map((t) => t.trim())
          .filter(Boolean)
          .join(' ');
        if (!text || line) break;
        if (c(0) === 'AAB') termsText = text;
        else notes.push(text);
        break;
      }
      case 'NAD':
        party = toParty(seg);
        if (party) order.parties.push(party);
        break;
      case 'CTA':
        if (party) party.contactName = c(1, 1) || c(1, 0) || party.contactName;
        break;
      case 'COM':
        if (party && c(0, 1) === 'TE') party.phone ??= c(0);
        if (party && c(0, 1) === 'EM') party.email ??= c(0).toLowerCase();
        break;
      case 'CUX':
        order.currency = c(0, 1) || order.currency;
        break;
      case 'PAT':
        order.paymentTerms ??= c(2, 2) === 'D' && c(2, 3) ? `Net ${c(2, 3)}` : null;
        break;
      case 'TDT':
        order.shippingMethod ??= c(4, 3) || c(4, 0) || null;
        break;
      case 'ALC': {
        const code = c(4, 0);
        const label = c(4, 3) || CHARGE_CODES[code] || code || (c(0) === 'A' ? 'allowance' : 'charge');
        charge = {
          kind: c(0) === 'A' ? 'allowance' : 'charge',
          what: c(0) === 'C' && (code === 'FC' || /freight|fracht|transport|shipping/i.test(label)) ? 'freight' : 'other',
          label,
          amount: 0,
        };
        (line ? line.charges : order.charges).push(charge);
        break;
      }
      case 'LIN':
        line = toLine(seg);
        order.lines.push(line);
        party = null;
        charge = null;
        break;
      case 'PIA':
        if (line) addIds(line, seg.elements.slice(1));
        break;
      case 'IMD':
        if (line) {
          const text = (seg.elements[2] ?? [])
            .slice(3)
            .map((t) => t.trim())
            .filter(Boolean)
            .join(' ');
          if (text) line.description = line.description ? `${line.description} ${text}` : text;
        }
        break;
      case 'QTY':
        if (line && ['21', '1'].includes(c(0))) {
          line.quantity = num(c(0, 1)) ?? 0;
          line.unitCode = c(0, 2) || line.unitCode;
        }
        break;
      case 'PRI':
        if (line && (c(0) === 'AAA' || (c(0) === 'AAB' && line.unitPrice === null))) {
          const price = num(c(0, 1));
          const basis = num(c(0, 4));
          line.unitPrice = price !== null && basis && basis !== 1 ? Math.round((price / basis) * 1e6) / 1e6 : price;
          if (!line.unitCode && c(0, 5)) line.unitCode = c(0, 5);
        }
        break;
      case 'UNS':
        summary = true;
        line = null;
        charge = null;
        break;
      case 'MOA': {
        const value = num(c(0, 1));
        if (value === null) break;
        if (charge && !summary && ['8', '23', '204', '25'].includes(c(0))) charge.amount = Math.abs(value);
        else if (line && c(0) === '203') {
          line.amount = value;
          line.amountStated = true;
        } else if (!line && ['79', '66'].includes(c(0))) order.lineTotal = value;
        else if (!line && ['86', '128', '39', '77'].includes(c(0))) order.total ??= value;
        else if (!line && ['124', '176'].includes(c(0))) order.tax = value;
        break;
      }
      case 'CNT':
        if (c(0) === '2') order.statedLineCount = num(c(0, 1));
        break;
    }
  }
  for (const l of order.lines) l.amount ??= l.unitPrice !== null ? Math.round(l.quantity * l.unitPrice * 100) / 100 : null;
  order.orderDate = dates['137'] ?? dates['4'] ?? null;
  order.requestedDeliveryDate =
    dates['2'] ??
    dates['63'] ??
    dates['64'] ??
    dates['10'] ??
    order.lines
      .map((l) => l.requestedDeliveryDate)
      .filter((d): d is string => !!d)
      .sort()[0] ??
    null;
  order.paymentTerms = termsText ?? order.paymentTerms;
  order.notes = notes.length ? notes.join('\n') : null;
  const buyer = order.parties.find((p) => p.role === 'buyer');
  if (buyer) buyer.ids.push(senderId);
  else order.parties.push({ role: 'buyer', ids: [senderId], address: null, contactName: null, email: null, phone: null });
  return order;
}

const CHARGE_CODES: Record<string, string> = {
  FC: 'freight',
  DI: 'discount',
  ABL: 'packaging',
  ADR: 'other services',
  SH: 'special handling',
  TD: 'trade discount',
  QD: 'quantity discount',
};

/** NAD+role+id::agency++name+street+city+region+postcode+country. */
function toParty(seg: EdifactSegment): StructuredParty | null {
  const role = ROLES[(seg.elements[0]?.[0] ?? '').trim()];
  if (!role) return null;
  const join = (e: number, sep: string) =>
    (seg.elements[e] ?? [])
      .map((t) => t.trim())
      .filter(Boolean)
      .join(sep) || null;
  const id = (seg.elements[1]?.[0] ?? '').trim();
  const agency = (seg.elements[1]?.[2] ?? '').trim();
  const ids = id ? [{ scheme: AGENCIES[agency] ?? `edifact:${agency || 'id'}`, value: id }] : [];
  const name = join(3, ' ') ?? join(2, '\n')?.split('\n')[0] ?? null;
  const address = { name, street: join(4, '\n'), city: join(5, ' '), region: join(6, ' '), postalCode: join(7, ' '), country: join(8, ' ') };
  return { role, ids, address, contactName: null, email: null, phone: null };
}

/** LIN+no++id:type: SRV and EN are GTINs (EAN), IN the buyer's item number, SA the supplier's. */
function toLine(seg: EdifactSegment): StructuredLine {
  const no = (seg.elements[0]?.[0] ?? '').trim();
  const line: StructuredLine = {
    lineNo: /^\d+$/.test(no) ? Number(no) : null,
    buyerPartNumber: null,
    supplierPartNumber: null,
    gtin: null,
    description: null,
    quantity: 0,
    unitCode: null,
    unitPrice: null,
    amount: null,
    amountStated: false,
    requestedDeliveryDate: null,
    charges: [],
  };
  addIds(line, seg.elements.slice(2, 3));
  return line;
}

function addIds(line: StructuredLine, elements: string[][]): void {
  for (const [id = '', type = ''] of elements) {
    const v = id.trim();
    if (!v) continue;
    const t = type.trim();
    if (['SRV', 'EN', 'UP', 'GTIN'].includes(t)) line.gtin ??= v;
    else if (['IN', 'BP', 'BO'].includes(t)) line.buyerPartNumber ??= v;
    else if (['SA', 'VN', 'VP'].includes(t)) line.supplierPartNumber ??= v;
  }
}
