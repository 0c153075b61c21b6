import type { DraftDetail } from '../../store/get-draft.ts';
import type { Session } from '../../store/sessions.ts';
import { Layout } from '../layout.tsx';
import type { MailContent } from '../originals.ts';
import type { StructuredRows } from './read-structured-rows.ts';
import { ConfidenceBadge, ReasonBadges, UrgencyBadge } from '../queue/badges.tsx';
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
  notice: { level: 'info' | 'error'; text: string } | null;
}

export function DraftView({ session, draft, mail, structuredRows, hasOriginals, hasPageImages = hasOriginals, canReextract, nextId, notice }: DraftViewProps) {
  const pending = draft.status === 'pending';
  const order = draft.order;
  return (
    <Layout title={`Draft ${order.poNumber ?? draft.id.slice(0, 8)}`} session={session} page="draft">
      {notice ? <p class={`notice ${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'}>{notice.text}</p> : null}
      <h1>
        <UrgencyBadge urgency={order.urgency} /> PO {order.poNumber ?? '(none)'} · {order.buyer.company ?? order.buyer.email ?? 'unknown buyer'}{' '}
        <ConfidenceBadge confidence={order.confidence} /> <span class="badge" data-status={draft.status}>{draft.status}</span>
      </h1>
      {order.urgency.reasons.length > 0 ? <p>Urgency: {order.urgency.reasons.join('; ')}</p> : null}
      <p>
        <ReasonBadges reasons={order.reviewReasons} max={8} />
      </p>
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
          <OrderForm draftId={draft.id} version={draft.version} csrfToken={session.csrfToken} order={order} findings={currentFindings(order)} editable={pending} />
          {pending ? <DecisionForms draft={draft} csrfToken={session.csrfToken} canReextract={canReextract} /> : null}
          <p class="actions">
            {nextId ? <a id="next-draft" href={`/drafts/${nextId}`}>Next draft (n)</a> : <span>No other pending draft.</span>}
            <a href="/queue">Back to queue (q)</a>
          </p>
          <Shortcuts />
        </div>
      </div>
      <HistoryTable history={draft.history} />
    </Layout>
  );
}

function DecisionForms(props: { draft: DraftDetail; csrfToken: string; canReextract: boolean }) {
  const { draft } = props;
  return (
    <div class="panel">
      <form method="post" action={`/drafts/${draft.id}/reject`} id="reject-form" class="actions">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <input type="hidden" name="version" value={String(draft.version)} />
        <label for="reject-reason">Reject because</label>
        <input id="reject-reason" name="reason" required maxlength={500} placeholder="e.g. not our customer, duplicate of PO 123" />
        <button type="submit" class="danger">Reject (r, type, Enter)</button>
      </form>
      {props.canReextract ? (
        <form method="post" action={`/drafts/${draft.id}/reextract`} class="actions">
          <input type="hidden" name="_csrf" value={props.csrfToken} />
          <button type="submit" id="reextract">Re-extract from the original</button>
        </form>
      ) : null}
    </div>
  );
}

function Shortcuts() {
  return (
    <details id="shortcuts" class="panel shortcuts" open>
      <summary>Keyboard shortcuts (?)</summary>
      <ul>
        <li><kbd>f</kbd> / <kbd>Shift</kbd>+<kbd>f</kbd>: next / previous flagged field (red first, then yellow)</li>
        <li><kbd>Esc</kbd>: leave a field, so the keys below work</li>
        <li><kbd>Enter</kbd> in a field or <kbd>s</kbd>: save</li>
        <li><kbd>a</kbd> or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>: save and approve (only when nothing is red)</li>
        <li><kbd>r</kbd>: reject (type the reason, <kbd>Enter</kbd>)</li>
        <li><kbd>n</kbd>: next draft · <kbd>q</kbd>: queue</li>
      </ul>
    </details>
  );
}
