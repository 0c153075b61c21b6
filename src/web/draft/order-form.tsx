import type { DraftOrder, Evidence } from '../../domain/draft-order.ts';
import type { Finding } from '../../domain/findings.ts';
import { fieldSureness, flagClass, inputFor, notesKey } from '../assets/field-flags.ts';
import { ADDRESS_FIELDS } from './parse-draft-form.ts';

// The editable order: header fields, the ship-to and bill-to addresses, lines (add, remove, move
// up/down as plain submit buttons, so it all works without script), totals. Each input's name is
// its path in the order, the same as a Finding's field, so flagged inputs are marked red
// (blocking) or yellow (warning) and the finding's words stand under the field or its line. The
// findings are the order check's (domain/check-order.ts) and the draft's other stages' findings.
// A refused post shows the form again with the values as posted (`posted`), so no edit is lost.

export interface OrderFormProps {
  draftId: string;
  version: number;
  csrfToken: string;
  order: DraftOrder;
  findings: Finding[];
  editable: boolean;
  /** The form as it was posted, when the post was refused. */
  posted?: Record<string, string> | null;
  /** The warnings an approval was refused for, to be confirmed by approving again. */
  confirmWarnings?: string[] | null;
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

const ADDRESS_LABELS: Record<(typeof ADDRESS_FIELDS)[number], string> = {
  name: 'Name',
  street: 'Street',
  city: 'Town',
  region: 'Region',
  postalCode: 'Postal code',
  country: 'Country',
};

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
type Notes = (key: string) => unknown;

export function OrderForm(props: OrderFormProps) {
  const flags = toFlags(props.findings);
  const posted = props.posted ?? null;
  const valueOf = (name: string, value: unknown) => (posted && name in posted ? posted[name]! : value === null || value === undefined ? '' : String(value));
  const field: Field = (name, value, type = 'text', numeric = false) =>
    /\.street$/.test(name) ? (
      <textarea name={name} id={`f-${name}`} rows={2} class={flags.get(name) ? `is-${flags.get(name)}` : undefined} data-flag={flags.get(name)} readonly={!props.editable}>
        {valueOf(name, value)}
      </textarea>
    ) : (
      <input
        name={name}
        id={`f-${name}`}
        type={type}
        inputmode={numeric ? 'decimal' : undefined}
        value={valueOf(name, value)}
        class={flags.get(name) ? `is-${flags.get(name)}` : undefined}
        data-flag={flags.get(name)}
        readonly={!props.editable}
      />
    );
  const byPlace = groupNotes(props.findings);
  const notes: Notes = (key) => (
    <div class="notes" data-notes={key}>
      {(byPlace.get(key) ?? []).map((f) => (
        <p class={`note ${flagClass(f.severity)}`}>{f.message}</p>
      ))}
    </div>
  );
  const order = props.order;
  const sure = sureFields(order);
  const header = (name: string, label: string, value: unknown, type?: string) => {
    const sureness = fieldSureness(valueOf(name, value), flags.has(name) || (byPlace.get(name) ?? []).length > 0, sure.has(name));
    return (
      <div class="field" data-field={name} data-sure={sureness}>
        <label for={`f-${name}`}>
          <span class="sure" title={SURENESS[sureness]}>
            {SURENESS[sureness]}
          </span>{' '}
          {label}
        </label>
        {field(name, value, type ?? 'text')}
        {notes(name)}
      </div>
    );
  };
  return (
    <form method="post" action={`/drafts/${props.draftId}`} id="draft-form" class="panel" data-unsaved={posted ? 'yes' : undefined}>
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      <input type="hidden" name="version" value={String(props.version)} />
      {/* Enter in a field saves: implicit submission uses the form's first submit button. */}
      {props.editable ? (
        <button type="submit" name="op" value="save" class="default-submit" tabindex={-1} aria-hidden="true">
          Save
        </button>
      ) : null}
      <h2>Order</h2>
      <ul id="findings" class="findings">
        {dedupe(props.findings).map((f) => (
          <li class={flagClass(f.severity)}>{f.message}</li>
        ))}
      </ul>
      <div class="fields">{HEADER_FIELDS.map(([name, label, type]) => header(name, label, readPath(order, name), type))}</div>
      <div class="addresses">
        {(['shipTo', 'billTo'] as const).map((which) => (
          <fieldset class="address" id={`address-${which}`} data-field={which}>
            <legend>{which === 'shipTo' ? 'Ship to' : 'Bill to'}</legend>
            {notes(which)}
            <div class="fields">{ADDRESS_FIELDS.map((part) => header(`${which}.${part}`, ADDRESS_LABELS[part], order[which]?.[part] ?? null))}</div>
          </fieldset>
        ))}
      </div>
      <h2>Lines</h2>
      {notes('lines')}
      <LinesTable lines={order.lines} field={field} notes={notes} editable={props.editable} flag={flags.get('lines')} posted={posted} />
      <div class="fields totals">
        {(['subtotal', 'tax', 'shipping', 'total'] as const).map((name) => (
          <div class="field" data-field={name}>
            <label for={`f-${name}`}>{name}</label>
            {field(name, order[name], 'text', true)}
            <span class="computed-note" id={`computed-${name}`}></span>
            {notes(name)}
          </div>
        ))}
      </div>
      <DraftData order={order} findings={props.findings} sure={[...sure]} />
      {props.confirmWarnings && props.confirmWarnings.length > 0 ? <ApproveWarnings warnings={props.confirmWarnings} /> : <div id="approve-warnings" hidden></div>}
      {props.editable ? (
        <div class="actions">
          <button type="submit" id="save" name="op" value="save">
            Save (s)
          </button>
          <button type="submit" id="approve" class="primary" formaction={`/drafts/${props.draftId}/approve`} disabled={props.findings.some((f) => f.severity === 'block')}>
            {props.confirmWarnings && props.confirmWarnings.length > 0 ? 'Approve anyway (a)' : 'Approve (a)'}
          </button>
        </div>
      ) : null}
    </form>
  );
}

/** The warnings still open when a rep asked to approve: listed, and approving again confirms them. */
function ApproveWarnings(props: { warnings: string[] }) {
  return (
    <div id="approve-warnings" class="notice warning" role="alert">
      <p>
        This draft still has {props.warnings.length === 1 ? 'a warning' : `${props.warnings.length} warnings`}. Press <kbd>a</kbd> again (or “Approve anyway”) to approve it as it
        is:
      </p>
      <ul>
        {props.warnings.map((w) => (
          <li>{w}</li>
        ))}
      </ul>
      <input type="hidden" name="confirmWarnings" value="yes" />
    </div>
  );
}

const SURENESS: Record<string, string> = { low: 'check', mid: 'read', high: 'sure', empty: 'empty' };

interface RowValues {
  index: number;
  origin: number | null;
  line: DraftOrder['lines'][number] | null;
}

function LinesTable(props: { lines: DraftOrder['lines']; field: Field; notes: Notes; editable: boolean; flag: string | undefined; posted: Record<string, string> | null }) {
  const { field, posted } = props;
  const rows: RowValues[] = posted
    ? postedLineIndexes(posted).map((index) => ({
        index,
        origin: /^\d+$/.test(posted[`lines.${index}.origin`] ?? '') ? Number(posted[`lines.${index}.origin`]) : null,
        line: null,
      }))
    : props.lines.map((line, index) => ({ index, origin: index, line }));
  const hidden = (row: RowValues, key: 'lineNo' | 'confidence' | 'discountPercent') => {
    const name = `lines.${row.index}.${key}`;
    const value = posted ? (posted[name] ?? '') : row.line?.[key] === undefined || row.line?.[key] === null ? '' : String(row.line[key]);
    return key === 'discountPercent' && value === '' ? null : <input type="hidden" name={name} value={value} />;
  };
  const cols = LINE_FIELDS.length + (props.editable ? 2 : 1);
  return (
    <>
      <table class="lines" data-flag={props.flag}>
        <thead>
          <tr>
            <th>#</th>
            {LINE_FIELDS.map(([, label]) => (
              <th>{label}</th>
            ))}
            {props.editable ? <th>Move / remove</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => [
            <tr class="line" data-index={String(row.index)} data-origin={row.origin === null ? undefined : String(row.origin)}>
              <td class="line-no">
                <span class="n">{i + 1}</span>
                {hidden(row, 'lineNo')}
                {hidden(row, 'confidence')}
                {hidden(row, 'discountPercent')}
                <input type="hidden" name={`lines.${row.index}.origin`} value={row.origin === null ? '' : String(row.origin)} />
              </td>
              {LINE_FIELDS.map(([key, , numeric]) => (
                <td>{field(`lines.${row.index}.${key}`, row.line?.[key] ?? null, 'text', numeric)}</td>
              ))}
              {props.editable ? (
                // Tab goes from cell to cell; the row buttons are for the mouse (the keys are in "?").
                <td class="row-buttons">
                  <button type="submit" name="op" value={`up:${i}`} title="move up" tabindex={-1} disabled={i === 0}>
                    ↑
                  </button>
                  <button type="submit" name="op" value={`down:${i}`} title="move down" tabindex={-1} disabled={i === rows.length - 1}>
                    ↓
                  </button>
                  <button type="submit" name="op" value={`remove:${i}`} title="remove line" class="remove-line" tabindex={-1}>
                    ✕
                  </button>
                </td>
              ) : null}
            </tr>,
            <tr class="line-notes" data-for-index={String(row.index)}>
              <td colspan={cols}>{props.notes(`line:${row.origin ?? `new${row.index}`}`)}</td>
            </tr>,
          ])}
        </tbody>
      </table>
      <div id="undo-bar" class="notice info" hidden></div>
      {props.editable ? (
        <button type="submit" name="op" value="add-line" id="add-line" tabindex={-1}>
          Add line (i)
        </button>
      ) : null}
    </>
  );
}

function postedLineIndexes(posted: Record<string, string>): number[] {
  return [...new Set(Object.keys(posted).flatMap((key) => /^lines\.(\d{1,4})\./.exec(key)?.[1] ?? []))].map(Number).sort((a, b) => a - b);
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

/** Findings by where their words are shown (see notesKey); the general list has them all. */
function groupNotes(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const key = notesKey(f.field);
    if (!key) continue;
    const list = out.get(key) ?? [];
    if (!list.some((g) => g.message === f.message)) list.push(f);
    out.set(key, list);
  }
  return out;
}

/** Header fields read where the page shows them, read the same twice, or set by a person. */
function sureFields(order: DraftOrder): Set<string> {
  const sure = new Set<string>((order.evidence ?? []).map((e: Evidence) => e.field));
  for (const f of order.findings ?? []) if (f.field && (f.code === 'confirmed' || f.code === 'layout-agrees')) sure.add(f.field);
  // An address is sure in every part when it is as a whole.
  for (const which of ['shipTo', 'billTo']) if (sure.has(which)) for (const part of ADDRESS_FIELDS) sure.add(`${which}.${part}`);
  return sure;
}

/** What the desk's script checks against while a rep types: the stored order, the findings of
 * the other stages (the order check it runs itself) and the fields it is sure of. JSON, with "<"
 * escaped so it cannot end the tag. */
function DraftData(props: { order: DraftOrder; findings: Finding[]; sure: string[] }) {
  const json = JSON.stringify({ order: props.order, others: props.findings.filter((f) => f.stage !== 'check'), sure: props.sure }).replace(/</g, '\\u003c');
  return <script type="application/json" id="draft-data" dangerouslySetInnerHTML={{ __html: json }} />;
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => f.severity !== 'info' && !seen.has(f.message) && seen.add(f.message));
}

function readPath(order: DraftOrder, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : null), order);
}
