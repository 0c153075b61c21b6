import type { DraftDetail } from '../../store/get-draft.ts';
import type { Session } from '../../store/sessions.ts';
import { Layout } from '../layout.tsx';
import type { MailContent } from '../originals.ts';
import type { StructuredRows } from './read-structured-rows.ts';
import { ConfidenceBadge, UrgencyBadge } from '../queue/badges.tsx';
import { currentFindings } from '../../domain/review-draft.ts';
import { HistoryTable } from './history-table.tsx';
import { OrderForm } from './order-form.tsx';
import { OriginalPanel } from './original-panel.tsx';
import { MatchPanel } from '../master/match-panel.tsx';

// The draft page: the original on the left, the editable order on the right, the decision forms,
// the shortcuts, and the history.

export interface DraftViewProps {
  session: Session;
  draft: DraftDetail;
  mail: MailContent | null;
  /** The segments or elements of documents that came as data, by position. */
  structuredRows?: StructuredRows;
  hasOriginals: boolean;
  /** False where pages cannot be rendered (Workers). */
  hasPageImages?: boolean;
  canReextract: boolean;
  nextId: string | null;
  previousId?: string | null;
  notice: { level: 'info' | 'warning' | 'error'; text: string } | null;
  /** The form as posted, when the post was refused (see OrderForm). */
  posted?: Record<string, string> | null;
  confirmWarnings?: string[] | null;
  confirmReextract?: boolean;
}

export function DraftView({
  session,
  draft,
  mail,
  structuredRows,
  hasOriginals,
  hasPageImages = hasOriginals,
  canReextract,
  nextId,
  previousId = null,
  notice,
  posted = null,
  confirmWarnings = null,
  confirmReextract = false,
}: DraftViewProps) {
  const pending = draft.status === 'pending';
  const order = draft.order;
  return (
    <Layout title={`Draft ${order.poNumber ?? draft.id.slice(0, 8)}`} session={session} page="draft">
      {notice ? (
        <p id="notice" class={`notice ${notice.level}`} role={notice.level === 'info' ? 'status' : 'alert'}>
          {notice.text}
        </p>
      ) : null}
      <h1>
        <UrgencyBadge urgency={order.urgency} /> PO {order.poNumber ?? '(none)'} · {order.buyer.company ?? order.buyer.email ?? 'unknown buyer'}{' '}
        <ConfidenceBadge confidence={order.confidence} />{' '}
        <span class="badge" data-status={draft.status}>
          {draft.status}
        </span>
      </h1>
      {order.urgency.reasons.length > 0 ? <p>Urgency: {order.urgency.reasons.join('; ')}</p> : null}
      {order.layout ? (
        <p class="layout-read" id="layout-read">
          Read with the {order.layout.label} (fit {Math.round(order.layout.score * 100)}%); see <a href="/layouts">layouts</a>.
        </p>
      ) : null}
      <MatchPanel order={order} />
      {!pending ? (
        <p class="notice info">
          {draft.status} by {draft.decidedBy ?? '—'} at {draft.decidedAt?.slice(0, 16).replace('T', ' ')}
          {draft.decisionReason ? `: ${draft.decisionReason}` : ''}
        </p>
      ) : null}
      <div class="split">
        <OriginalPanel draft={draft} mail={mail} structuredRows={structuredRows} hasOriginals={hasOriginals} hasPageImages={hasPageImages} />
        <div>
          <OrderForm
            draftId={draft.id}
            version={draft.version}
            csrfToken={session.csrfToken}
            order={order}
            findings={currentFindings(order)}
            editable={pending}
            posted={posted}
            confirmWarnings={confirmWarnings}
          />
          {pending ? <DecisionForms draft={draft} csrfToken={session.csrfToken} canReextract={canReextract} confirmReextract={confirmReextract} /> : null}
          <p class="actions">
            {previousId ? (
              <a id="previous-draft" href={`/drafts/${previousId}`}>
                Previous draft (k)
              </a>
            ) : (
              <span>First in the queue.</span>
            )}
            {nextId ? (
              <a id="next-draft" href={`/drafts/${nextId}`}>
                Next draft (n, j)
              </a>
            ) : (
              <span>Last in the queue.</span>
            )}
            <a href="/queue" id="back-to-queue">
              Back to queue (q)
            </a>
          </p>
          <Shortcuts />
        </div>
      </div>
      <HistoryTable history={draft.history} />
    </Layout>
  );
}

function DecisionForms(props: { draft: DraftDetail; csrfToken: string; canReextract: boolean; confirmReextract: boolean }) {
  const { draft } = props;
  return (
    <div class="panel">
      <form method="post" action={`/drafts/${draft.id}/reject`} id="reject-form" class="actions">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={String(draft.version)} />
        <label for="reject-reason">Reject because</label>
        <input id="reject-reason" name="reason" required maxlength={500} placeholder="e.g. not our customer, duplicate of PO 123" />
        <button type="submit" class="danger">
          Reject (r, type, Enter)
        </button>
      </form>
      {props.canReextract ? (
        <form method="post" action={`/drafts/${draft.id}/reextract`} class="actions" id="reextract-form">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          {/* Asked first (the script asks in a dialog; without it the server asks once). */}
          {props.confirmReextract ? <input type="hidden" name="confirm" value="yes" /> : null}
          <button type="submit" id="reextract">
            {props.confirmReextract ? 'Re-extract, replacing this version' : 'Re-extract from the original'}
          </button>
        </form>
      ) : null}
    </div>
  );
}

function Shortcuts() {
  return (
    <details id="shortcuts" class="panel shortcuts">
      <summary>Keyboard shortcuts (?)</summary>
      <ul>
        <li>
          <kbd>f</kbd> / <kbd>Shift</kbd>+<kbd>f</kbd>: next / previous flagged field, in page order; <kbd>f</kbd> again moves on while the field is untouched
        </li>
        <li>
          <kbd>Esc</kbd>: leave a field, so the keys below work
        </li>
        <li>
          <kbd>Enter</kbd> in a field or <kbd>s</kbd>: save
        </li>
        <li>
          <kbd>a</kbd> or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>: save and approve (only when nothing is red; with warnings open, press it twice)
        </li>
        <li>
          <kbd>r</kbd>: reject (type the reason, <kbd>Enter</kbd>)
        </li>
        <li>
          <kbd>i</kbd>: add a line below the current one · <kbd>x</kbd>: remove the current line · <kbd>u</kbd>: undo the removal
        </li>
        <li>
          <kbd>n</kbd> or <kbd>j</kbd>: next draft · <kbd>k</kbd>: previous draft · <kbd>q</kbd>: queue (each asks first when there are unsaved changes)
        </li>
        <li>
          <kbd>+</kbd> / <kbd>-</kbd>: zoom the original · <kbd>o</kbd>: rotate it · <kbd>0</kbd>: fit it to the column
        </li>
        <li>
          <kbd>?</kbd>: show or hide this list
        </li>
      </ul>
    </details>
  );
}
