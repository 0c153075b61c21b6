import type { Address, OrderLine } from '../../domain/draft-order.ts';
import { finding, LAYOUT_AGREES, type Finding } from '../../domain/findings.ts';
import type { LearnedLayout, LayoutRead } from '../../domain/learned-layout.ts';
import { layoutLabel } from '../../domain/layout-label.ts';
import { squash, type FieldValue, type HeaderPart } from './field-values.ts';
import type { LayoutReading } from './apply-layout.ts';
import { sameAmount } from '../../domain/parse-amount.ts';

// The learned layout's reading beside the rules': where they agree the field is confirmed (its
// doubts cleared, the confidence up); where they differ the layout's value stands, since it was
// learned from a rep's correction of this very layout, but a rep looks, with both values shown.
// An agreement raises the confidence but clears no doubt of the rules: a learned layout never
// lets a draft skip review by itself.

const RULE = 'learned-layout';

const NAMES: Record<string, string> = {
  poNumber: 'PO number',
  orderDate: 'order date',
  requestedDeliveryDate: 'requested delivery date',
  paymentTerms: 'payment terms',
  shippingMethod: 'shipping method',
  'buyer.contactName': 'contact name',
  subtotal: 'subtotal',
  tax: 'tax',
  shipping: 'shipping',
  total: 'total',
  'buyer.company': 'buyer company',
  'buyer.email': 'buyer email',
  'buyer.phone': 'buyer phone',
  currency: 'currency',
  shipTo: 'ship-to address',
  billTo: 'bill-to address',
};

type Value = FieldValue | Address | null;

function same(a: Value, b: Value): boolean {
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number' && sameAmount(a, b);
  if (a && b && typeof a === 'object' && typeof b === 'object') return squash(addressText(a)) === squash(addressText(b));
  return squash(String(a ?? '')) === squash(String(b ?? ''));
}

function addressText(a: Address): string {
  return [a.name, a.street, a.city, a.postalCode].filter(Boolean).join(' ');
}

function show(v: Value): string {
  return v && typeof v === 'object' ? addressText(v) : String(v);
}

function getPath(order: HeaderPart, path: string): Value {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : null), order) as Value;
}

function setPath(order: HeaderPart, path: string, value: Value): HeaderPart {
  const [head, tail] = path.split('.') as [string, string | undefined];
  if (!tail) return { ...order, [head]: value };
  return { ...order, [head]: { ...(order as unknown as Record<string, Record<string, unknown>>)[head], [tail]: value } };
}

function sameLines(a: readonly OrderLine[], b: readonly OrderLine[]): boolean {
  return (
    a.length === b.length &&
    a.every((l, i) => {
      const o = b[i]!;
      return l.quantity === o.quantity && same(l.sku, o.sku) && same(l.description, o.description) && same(l.unitPrice, o.unitPrice) && same(l.amount, o.amount);
    })
  );
}

export interface MergedReading {
  order: HeaderPart;
  findings: Finding[];
  read: LayoutRead;
  /** The layout's lines replaced the rules'. */
  linesReplaced: boolean;
}

export function mergeLayoutReading(rules: HeaderPart, layoutRead: LayoutReading, layout: LearnedLayout, score: number): MergedReading {
  let order = rules;
  const findings: Finding[] = [];
  const read: Record<string, unknown> = {};
  const label = layoutLabel(layout);
  for (const [path, value] of layoutRead.values) {
    read[path] = value;
    const before = getPath(rules, path);
    const name = NAMES[path] ?? path;
    if (before !== null && before !== '' && same(before, value)) {
      findings.push(finding('extract', RULE, LAYOUT_AGREES, 'info', `${name} read the same by the ${label}`, path));
      continue;
    }
    order = setPath(order, path, value);
    if (before === null || before === '') findings.push(finding('extract', RULE, 'layout-read', 'info', `${name} read by the ${label}`, path));
    else findings.push(finding('extract', RULE, 'layout-disagrees', 'warn', `${name}: the learned layout reads "${show(value)}", the rules read "${show(before)}"`, path));
  }
  let linesReplaced = false;
  if (layoutRead.lines) {
    const lines = layoutRead.lines;
    const said = lines.map((l) => `${l.quantity} x ${l.sku ?? l.description ?? ''}`);
    read.lines = said;
    if (sameLines(lines, rules.lines)) {
      findings.push(finding('extract', RULE, LAYOUT_AGREES, 'info', `lines read the same by the ${label}`, 'lines'));
      order = { ...order, lines: rules.lines.map((l) => ({ ...l, confidence: Math.max(l.confidence, 0.95) })) };
    } else {
      order = { ...order, lines };
      linesReplaced = true;
      if (rules.lines.length === 0) findings.push(finding('extract', RULE, 'layout-read', 'info', `lines read by the ${label}`, 'lines'));
      else
        findings.push(
          finding(
            'extract',
            RULE,
            'layout-disagrees',
            'warn',
            `lines: the learned layout reads ${lines.length} (${said.slice(0, 3).join('; ')}${lines.length > 3 ? '; …' : ''}), the rules read ${rules.lines.length}`,
            'lines',
          ),
        );
    }
  } else if (layout.model.table) {
    findings.push(finding('extract', RULE, 'layout-table-missing', 'warn', `the item table of the ${label} was not found; lines as the rules read them`, 'lines'));
  }
  return { order, findings, read: { id: layout.id, label, score: Math.round(score * 100) / 100, read }, linesReplaced };
}
