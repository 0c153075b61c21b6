import type { OrderLine } from '../../domain/draft-order.ts';
import { DraftError } from '../../store/draft-error.ts';
import type { DraftPatch } from '../../store/edit-draft.ts';

// A posted draft form → the version it was edited from, a patch, and the line operation of the
// button pressed (add, remove, move). Input names are paths: `poNumber`, `buyer.company`,
// `lines.3.quantity`. Empty inputs become null; numbers are checked here, the rest by the order
// schema when the patch is applied.

export type LineOp = { kind: 'save' } | { kind: 'add-line' } | { kind: 'remove' | 'up' | 'down'; index: number };

export interface DraftForm {
  version: number;
  patch: DraftPatch;
  /** Where each line of the patch was in the stored order (`lines.N.origin`), null for a new one. */
  lineOrigins: (number | null)[];
  op: LineOp;
}

const TEXT_FIELDS = ['poNumber', 'orderDate', 'requestedDeliveryDate', 'currency', 'paymentTerms', 'shippingMethod', 'notes'] as const;
const BUYER_FIELDS = ['company', 'customerId', 'contactName', 'email', 'phone'] as const;
const MONEY_FIELDS = ['subtotal', 'tax', 'shipping', 'total'] as const;
export const ADDRESS_FIELDS = ['name', 'street', 'city', 'region', 'postalCode', 'country'] as const;

export function parseDraftForm(body: Record<string, unknown>): DraftForm {
  const get = (name: string): string | null => {
    const value = body[name];
    // A textarea posts its line breaks as CRLF; the order keeps plain newlines.
    return typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\r\n?/g, '\n') : null;
  };
  const version = Number(get('version'));
  if (!Number.isInteger(version) || version < 1) throw new DraftError('invalid', 'the form has no version; reload the page');
  const patch: DraftPatch = {};
  for (const name of TEXT_FIELDS) if (name in body) patch[name] = get(name);
  const buyer: NonNullable<DraftPatch['buyer']> = {};
  for (const name of BUYER_FIELDS) if (`buyer.${name}` in body) buyer[name] = get(`buyer.${name}`);
  patch.buyer = buyer;
  for (const name of MONEY_FIELDS) if (name in body) patch[name] = toNumber(get(name), name);
  for (const which of ['shipTo', 'billTo'] as const) {
    if (!ADDRESS_FIELDS.some((name) => `${which}.${name}` in body)) continue;
    // The parts posted; an address with every part empty is no address (edit-draft's mergeAddress).
    const address: Record<string, string | null> = {};
    for (const name of ADDRESS_FIELDS)
      if (`${which}.${name}` in body) address[name] = name === 'country' ? (get(`${which}.${name}`)?.toUpperCase() ?? null) : get(`${which}.${name}`);
    patch[which] = address;
  }
  const lines = parseLines(body, get);
  const op = parseOp(get('op'));
  const placed = applyOp(lines, op);
  patch.lines = placed.map((p) => p.line);
  return { version, patch, lineOrigins: placed.map((p) => p.origin), op };
}

interface PlacedLine {
  line: OrderLine;
  origin: number | null;
}

function parseLines(body: Record<string, unknown>, get: (name: string) => string | null): PlacedLine[] {
  const indexes = [...new Set(Object.keys(body).flatMap((key) => /^lines\.(\d{1,4})\./.exec(key)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
  return indexes.map((i) => {
    const at = (field: string) => get(`lines.${i}.${field}`);
    const lineNo = toNumber(at('lineNo'), `line ${i + 1} number`);
    const discount = toNumber(at('discountPercent'), `line ${i + 1} discount`);
    const origin = at('origin');
    const line: OrderLine = {
      lineNo: lineNo === null ? null : Math.trunc(lineNo),
      sku: at('sku'),
      catalogSku: at('catalogSku'),
      description: at('description'),
      quantity: toNumber(at('quantity'), `line ${i + 1} quantity`) ?? 0,
      unit: at('unit')?.toUpperCase() ?? null,
      unitPrice: toNumber(at('unitPrice'), `line ${i + 1} unit price`),
      amount: toNumber(at('amount'), `line ${i + 1} amount`),
      // A line a person typed or corrected is as sure as it gets.
      confidence: Math.min(1, Math.max(0, toNumber(at('confidence'), 'confidence') ?? 1)),
      // The row's printed discount rides along, so the order check still counts it.
      ...(discount !== null && discount > 0 && discount < 100 ? { discountPercent: discount } : {}),
    };
    return { line, origin: origin !== null && /^\d{1,4}$/.test(origin) ? Number(origin) : null };
  });
}

function parseOp(value: string | null): LineOp {
  if (value === 'add-line') return { kind: 'add-line' };
  const match = /^(remove|up|down):(\d{1,4})$/.exec(value ?? '');
  return match ? { kind: match[1] as 'remove' | 'up' | 'down', index: Number(match[2]) } : { kind: 'save' };
}

function applyOp(lines: PlacedLine[], op: LineOp): PlacedLine[] {
  const next = [...lines];
  if (op.kind === 'add-line')
    next.push({ line: { lineNo: null, sku: null, catalogSku: null, description: null, quantity: 1, unit: null, unitPrice: null, amount: null, confidence: 1 }, origin: null });
  if (op.kind === 'remove') next.splice(op.index, 1);
  const swap = op.kind === 'up' ? op.index - 1 : op.kind === 'down' ? op.index + 1 : -1;
  if (op.kind !== 'save' && op.kind !== 'add-line' && op.kind !== 'remove' && swap >= 0 && swap < next.length && op.index < next.length) {
    [next[op.index], next[swap]] = [next[swap]!, next[op.index]!];
  }
  return next;
}

/** Accepts `1234.5`, `1,234.50` and `1234,50`; anything else is a clear error. */
function toNumber(text: string | null, label: string): number | null {
  if (text === null) return null;
  const cleaned = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text) ? text.replace(/,/g, '') : text.replace(/^(-?\d+),(\d{1,2})$/, '$1.$2');
  const value = Number(cleaned);
  if (!Number.isFinite(value)) throw new DraftError('invalid', `${label}: '${text}' is not a number`);
  return value;
}
