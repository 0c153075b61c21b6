// An X12 850 purchase order (4010 and 5010 read alike for these segments): BEG, CUR, REF, PER,
// ITD, DTM, TD5, MSG, the N1 loop (N1-N4, PER), the PO1 loop (PO1, PID, SAC, DTM), CTT, AMT.
// Other transaction sets are not new orders and say what they are.

import { unreadFields } from '../domain/structured-order.ts';
import type { PartyId, PartyRole, StructuredCharge, StructuredLine, StructuredOrder, StructuredParty } from '../domain/structured-order.ts';
import type { X12Interchange, X12Transaction } from './tokenize-x12.ts';
import { toStandardDate } from './to-standard-date.ts';

const NOT_850: Record<string, string> = {
  '855': 'purchase order acknowledgement (X12 855), not an order',
  '860': 'purchase order change (X12 860): changes are not read as new orders',
  '810': 'invoice (X12 810), not an order',
  '856': 'ship notice (X12 856), not an order',
  '997': 'functional acknowledgement (X12 997), not an order',
  '840': 'request for quotation (X12 840), not an order',
  '843': 'quotation (X12 843), not an order',
};

const ROLES: Record<string, PartyRole[]> = {
  BY: ['buyer'],
  OB: ['buyer'],
  ST: ['shipTo'],
  BT: ['billTo'],
  BS: ['shipTo', 'billTo'],
  SE: ['supplier'],
  SU: ['supplier'],
  VN: ['supplier'],
};
/** N103 identification code qualifiers (X12 element 66). */
const ID_SCHEMES: Record<string, string> = { '1': 'duns', '9': 'duns4', UL: 'gln', '92': 'buyer-assigned', '91': 'seller-assigned' };
/** SAC02 service, promotion, allowance or charge codes (X12 element 1300) seen on orders. */
const SAC_CODES: Record<string, string> = {
  D240: 'freight',
  G830: 'shipping and handling',
  D500: 'handling',
  C310: 'discount',
  F050: 'other',
  H090: 'special handling',
  I530: 'volume discount',
  B720: 'cooperative advertising',
};
const FREIGHT = new Set(['D240', 'G830']);

export function readX12Orders(interchange: X12Interchange): StructuredOrder[] {
  const senderId: PartyId = { scheme: `x12:${interchange.sender.qualifier}`, value: interchange.sender.id };
  const receiverId: PartyId = { scheme: `x12:${interchange.receiver.qualifier}`, value: interchange.receiver.id };
  return interchange.transactions.map((t) => readTransaction(t, senderId, receiverId));
}

function blank(t: X12Transaction): StructuredOrder {
  return {
    format: 'x12',
    version: `X12 ${t.version}`,
    documentType: t.type,
    notOrder: t.type === '850' ? null : (NOT_850[t.type] ?? `X12 ${t.type}, not a purchase order`),
    ...unreadFields(),
  };
}

function readTransaction(t: X12Transaction, senderId: PartyId, receiverId: PartyId): StructuredOrder {
  const order = blank(t);
  if (order.notOrder) return order;
  let current: StructuredParty[] = [];
  let line: StructuredLine | null = null;
  const headerContact: Pick<StructuredParty, 'contactName' | 'email' | 'phone'> = { contactName: null, email: null, phone: null };
  const dates: Record<string, string> = {};
  const notes: string[] = [];
  for (const s of t.segments) {
    const e = (i: number) => (s[i] ?? '').trim();
    switch (s[0]) {
      case 'BEG':
        if (e(1) === '01') order.notOrder = 'order cancellation (BEG01 01), not a new order';
        else if (e(1) === '05' || e(1) === '04') order.change = `a change to an earlier order (BEG01 ${e(1)})`;
        if (e(2) === 'RO') order.rush = 'rush order (BEG02 RO)';
        order.poNumber = e(3) || null;
        order.orderDate = toStandardDate(e(5));
        break;
      case 'CUR':
        order.currency = e(2) || null;
        break;
      case 'PER':
        if (!line) for (const target of current.length ? current : [headerContact]) Object.assign(target, contactOf(s));
        break;
      case 'ITD':
        order.paymentTerms = e(12) || terms(e(3), e(5), e(7));
        break;
      case 'DTM': {
        const date = toStandardDate(e(2));
        if (!date) break;
        if (line) {
          if (['002', '106', '063', '010', '038'].includes(e(1))) line.requestedDeliveryDate ??= date;
        } else dates[e(1)] ??= date;
        break;
      }
      case 'TD5':
        order.shippingMethod = e(5) || e(3) || order.shippingMethod;
        break;
      case 'MSG':
        if (e(1)) notes.push(e(1));
        break;
      case 'N1':
        if (line) {
          current = [];
          break;
        }
        current = toParties(s);
        order.parties.push(...current);
        break;
      case 'N2':
      case 'N3':
      case 'N4':
        if (!line) addAddress(current, s);
        break;
      case 'PO1':
        line = toLine(s);
        order.lines.push(line);
        current = [];
        break;
      case 'PID':
        if (line && e(5)) line.description = line.description ? `${line.description} ${e(5)}` : e(5);
        break;
      case 'SAC': {
        const charge = toCharge(s);
        if (charge) (line ? line.charges : order.charges).push(charge);
        break;
      }
      case 'TXI':
        if (!line && e(2)) order.tax = (order.tax ?? 0) + Number(e(2));
        break;
      case 'CTT':
        line = null;
        order.statedLineCount = e(1) ? Number(e(1)) : null;
        break;
      case 'AMT':
        if (e(1) === 'TT') order.total = Number(e(2));
        break;
    }
  }
  order.requestedDeliveryDate = dates['002'] ?? dates['106'] ?? dates['063'] ?? dates['010'] ?? dates['038'] ?? earliest(order.lines);
  order.orderDate ??= dates['004'] ?? null;
  order.notes = notes.length ? notes.join('\n') : null;
  // The interchange's sender is the buyer's EDI id; its receiver ours.
  const buyer = order.parties.find((p) => p.role === 'buyer');
  if (buyer)
    Object.assign(buyer, {
      ids: [...buyer.ids, senderId],
      contactName: buyer.contactName ?? headerContact.contactName,
      email: buyer.email ?? headerContact.email,
      phone: buyer.phone ?? headerContact.phone,
    });
  else order.parties.push({ role: 'buyer', ids: [senderId], address: null, ...headerContact });
  const supplier = order.parties.find((p) => p.role === 'supplier');
  if (supplier) supplier.ids.push(receiverId);
  else order.parties.push({ role: 'supplier', ids: [receiverId], address: null, contactName: null, email: null, phone: null });
  return order;
}

/** N1*ST*name*qualifier*id: one party per role the entity code names (BS is ship-to and bill-to), sharing one address. */
function toParties(s: string[]): StructuredParty[] {
  const q = (s[3] ?? '').trim();
  const id = (s[4] ?? '').trim();
  const ids = id ? [{ scheme: ID_SCHEMES[q] ?? `x12:${q}`, value: id }] : [];
  const address = { name: (s[2] ?? '').trim() || null, street: null, city: null, region: null, postalCode: null, country: null };
  return (ROLES[(s[1] ?? '').trim()] ?? []).map((role) => ({ role, ids, address, contactName: null, email: null, phone: null }));
}

/** N2 (more name), N3 (street lines), N4 (city, state, postal code, country) into the parties of one N1. */
function addAddress(parties: StructuredParty[], s: string[]): void {
  const address = parties[0]?.address;
  if (!address) return;
  const e = (i: number) => (s[i] ?? '').trim();
  if (s[0] === 'N2') address.name = [address.name, e(1), e(2)].filter(Boolean).join(' ') || null;
  if (s[0] === 'N3') address.street = [address.street, e(1), e(2)].filter(Boolean).join('\n') || null;
  if (s[0] === 'N4') Object.assign(address, { city: e(1) || null, region: e(2) || null, postalCode: e(3) || null, country: e(4) || null });
}

/** PER*BD*name*TE*phone*EM*email: communication numbers come in qualifier/number pairs. */
function contactOf(s: string[]): Partial<Pick<StructuredParty, 'contactName' | 'email' | 'phone'>> {
  const out: Partial<Pick<StructuredParty, 'contactName' | 'email' | 'phone'>> = {};
  if (s[2]?.trim()) out.contactName = s[2].trim();
  for (let i = 3; i + 1 < s.length; i += 2) {
    if (s[i] === 'TE' && !out.phone) out.phone = s[i + 1].trim();
    if (s[i] === 'EM' && !out.email) out.email = s[i + 1].trim().toLowerCase();
  }
  return out;
}

function terms(percent: string, discountDays: string, netDays: string): string | null {
  if (percent && discountDays && Number(percent) !== 0) return netDays ? `${Number(percent)}% ${discountDays} days, Net ${netDays}` : `${Number(percent)}% ${discountDays} days`;
  return netDays ? `Net ${netDays}` : null;
}

/** PO1*line*qty*unit*price*basis*(qualifier*id)...: the ids come in qualifier/value pairs from PO106. */
function toLine(s: string[]): StructuredLine {
  const ids: Record<string, string> = {};
  for (let i = 6; i + 1 < s.length; i += 2) if (s[i] && s[i + 1]) ids[s[i].trim()] ??= s[i + 1].trim();
  const quantity = Number(s[2] ?? 'NaN');
  const price = s[4]?.trim() ? Number(s[4]) : null;
  const lineNo = /^\d+$/.test((s[1] ?? '').trim()) ? Number(s[1]) : null;
  return {
    lineNo,
    buyerPartNumber: ids.BP ?? ids.IN ?? ids.SK ?? ids.CB ?? null,
    supplierPartNumber: ids.VP ?? ids.VN ?? ids.VA ?? null,
    gtin: ids.UP ?? ids.EN ?? ids.UK ?? ids.UA ?? null,
    description: null,
    quantity: Number.isFinite(quantity) ? quantity : 0,
    unitCode: (s[3] ?? '').trim() || null,
    unitPrice: price !== null && Number.isFinite(price) ? price : null,
    amount: price !== null && Number.isFinite(price) && Number.isFinite(quantity) ? Math.round(quantity * price * 100) / 100 : null,
    amountStated: false,
    requestedDeliveryDate: null,
    charges: [],
  };
}

/** SAC*A|C*code***amount: SAC05 is N2, two implied decimals ("5000" is 50.00). */
function toCharge(s: string[]): StructuredCharge | null {
  const indicator = (s[1] ?? '').trim();
  const raw = (s[5] ?? '').trim();
  if ((indicator !== 'A' && indicator !== 'C') || !raw) return null;
  const amount = raw.includes('.') ? Number(raw) : Number(raw) / 100;
  if (!Number.isFinite(amount)) return null;
  const code = (s[2] ?? '').trim();
  const label = (s[15] ?? '').trim() || SAC_CODES[code] || code || (indicator === 'A' ? 'allowance' : 'charge');
  return { kind: indicator === 'A' ? 'allowance' : 'charge', what: indicator === 'C' && FREIGHT.has(code) ? 'freight' : 'other', label, amount: Math.abs(amount) };
}

function earliest(lines: StructuredLine[]): string | null {
  return (
    lines
      .map((l) => l.requestedDeliveryDate)
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null
  );
}
