import type { DraftOrder } from '../../domain/draft-order.ts';
import type { Finding } from '../../domain/findings.ts';
import { flagClass, inputFor } from '../assets/field-flags.ts';

// The editable order: header fields, lines (add, remove, move up/down as plain submit buttons,
// so it all works without script), totals. Each input's name is its path in the order, the same
// as a Finding's field, so flagged inputs are marked red (blocking) or yellow (warning). The
// findings are the order check's (domain/check-order.ts) and the draft's other stages' findings.

export interface OrderFormProps {
  draftId: string;
  version: number;
  csrfToken: string;
  order: DraftOrder;
  findings: Finding[];
  editable: boolean;
}

const HEADER_FIELDS: Array<[string, string, string?]> = [
  ['poNumber', 'PO number'],
  ['orderDate', 'Order date', 'date'],
  ['requestedDeliveryDate', 'Requested delivery', 'date'],
  ['currency', 'Currency'],
  ['buyer.company', 'Buyer company'],
  ['buyer.customerId', 'Customer account'],
  ['buyer.contactName', 'Contact'],
  ['buyer.email', 'Buyer e-mail'],
  ['buyer.phone', 'Phone'],
  ['paymentTerms', 'Payment terms'],
  ['shippingMethod', 'Shipping method'],
  ['notes', 'Notes'],
];

const LINE_FIELDS: Array<[keyof DraftOrder['lines'][number], string, boolean]> = [
  ['sku', 'Item', false],
  ['catalogSku', 'Our SKU', false],
  ['description', 'Description', false],
  ['quantity', 'Qty', true],
  ['unit', 'Unit', false],
  ['unitPrice', 'Unit price', true],
  ['amount', 'Amount', true],
];

type Field = (name: string, value: unknown, type?: string, numeric?: boolean) => unknown;

export function OrderForm(props: OrderFormProps) {
  const flags = toFlags(props.findings);
  const field: Field = (name, value, type = 'text', numeric = false) => (
    <input
      name={name}
      id={`f-${name}`}
      type={type}
      inputmode={numeric ? 'decimal' : undefined}
      value={value === null || value === undefined ? '' : String(value)}
      class={flags.get(name) ? `is-${flags.get(name)}` : undefined}
      data-flag={flags.get(name)}
      readonly={!props.editable}
    />
  );
  const order = props.order;
  return (
    <form method="post" action={`/drafts/${props.draftId}`} id="draft-form" class="panel">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      {/* Enter in a field saves: implicit submission uses the form's first submit button. */}
      {props.editable ? <button type="submit" name="op" value="save" class="default-submit" tabindex={-1} aria-hidden="true">Save</button> : null}
      <h2>Order</h2>
      <div class="fields">
        {HEADER_FIELDS.map(([name, label, type]) => (
          <label for={`f-${name}`}>
            {label}
            {field(name, readPath(order, name), type ?? 'text')}
          </label>
        ))}
      </div>
      <h2>Lines</h2>
      <LinesTable lines={order.lines} field={field} editable={props.editable} flag={flags.get('lines')} />
      <div class="fields totals">
        {(['subtotal', 'tax', 'shipping', 'total'] as const).map((name) => (
          <label for={`f-${name}`}>
            {name}
            {field(name, order[name], 'text', true)}
          </label>
        ))}
      </div>
      <DraftData order={order} findings={props.findings} />
      <ul id="findings" class="findings">
        {dedupe(props.findings).map((f) => <li class={flagClass(f.severity)} title={`${f.stage}: ${f.rule}`}>{f.message}</li>)}
      </ul>
      {props.editable ? (
        <div class="actions">
          <button type="submit" id="save" name="op" value="save">Save (s)</button>
          <button type="submit" id="approve" class="primary" formaction={`/drafts/${props.draftId}/approve`} disabled={props.findings.some((f) => f.severity === 'block')}>
            Approve (a)
          </button>
        </div>
      ) : null}
    </form>
  );
}

function LinesTable(props: { lines: DraftOrder['lines']; field: Field; editable: boolean; flag: string | undefined }) {
  const { lines, field } = props;
  return (
    <>
      <table class="lines" data-flag={props.flag}>
        <thead>
          <tr>
            <th>#</th>
            {LINE_FIELDS.map(([, label]) => <th>{label}</th>)}
            {props.editable ? <th>Move / remove</th> : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr class="line" data-index={String(i)}>
              <td>
                {i + 1}
                <input type="hidden" name={`lines.${i}.lineNo`} value={line.lineNo === null ? '' : String(line.lineNo)} />
                <input type="hidden" name={`lines.${i}.confidence`} value={String(line.confidence)} />
                {line.discountPercent ? <input type="hidden" name={`lines.${i}.discountPercent`} value={String(line.discountPercent)} /> : null}
              </td>
              {LINE_FIELDS.map(([key, , numeric]) => <td>{field(`lines.${i}.${key}`, line[key], 'text', numeric)}</td>)}
              {props.editable ? (
                <td>
                  <button type="submit" name="op" value={`up:${i}`} title="move up" disabled={i === 0}>↑</button>
                  <button type="submit" name="op" value={`down:${i}`} title="move down" disabled={i === lines.length - 1}>↓</button>
                  <button type="submit" name="op" value={`remove:${i}`} title="remove line">✕</button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {props.editable ? <button type="submit" name="op" value="add-line">Add line</button> : null}
    </>
  );
}

/** Errors win over warnings on the same input. */
function toFlags(findings: Finding[]): Map<string, 'error' | 'warning'> {
  const flags = new Map<string, 'error' | 'warning'>();
  for (const f of findings) {
    if (f.severity === 'info' || f.field === null) continue;
    const name = inputFor(f.field);
    if (flags.get(name) !== 'error') flags.set(name, flagClass(f.severity));
  }
  return flags;
}

/** What the desk's script checks against while a rep types: the stored order and the findings of
 * the other stages (the order check it runs itself). JSON, with "<" escaped so it cannot end the tag. */
function DraftData(props: { order: DraftOrder; findings: Finding[] }) {
  const json = JSON.stringify({ order: props.order, others: props.findings.filter((f) => f.stage !== 'check') }).replace(/</g, '\\u003c');
  return <script type="application/json" id="draft-data" dangerouslySetInnerHTML={{ __html: json }} />;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => f.severity !== 'info' && !seen.has(f.message) && seen.add(f.message));
}

function readPath(order: DraftOrder, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : null), order);
}
