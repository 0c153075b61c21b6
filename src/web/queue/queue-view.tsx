import type { QueueFilter, QueuePage } from '../../store/query-queue.ts';
import type { Session } from '../../store/sessions.ts';
import { Layout } from '../layout.tsx';
import { ConfidenceBadge, ReasonBadges, UrgencyBadge } from './badges.tsx';

// The queue page: status tabs with counts, filters, one page of drafts in queue order, paging.

export interface QueueViewProps {
  session: Session;
  filter: QueueFilter & { page: number; pageSize: number };
  result: QueuePage;
  notice?: string | null;
  /** Today (YYYY-MM-DD, UTC), to flag requested delivery dates already past. */
  today: string;
}

export function QueueView({ session, filter, result, notice, today }: QueueViewProps) {
  const pages = Math.max(1, Math.ceil(result.matching / filter.pageSize));
  const link = (overrides: Partial<Record<string, string | number | undefined>>) => queueUrl({ ...filter, ...overrides });
  return (
    <Layout title="Queue" session={session} page="queue">
      {notice ? (
        <p class="notice info" role="status">
          {notice}
        </p>
      ) : null}
      {result.fromDropFolderMail > 0 ? (
        <p class="notice info drop-folder" role="note">
          {result.fromDropFolderMail === 1 ? '1 draft here was' : `${result.fromDropFolderMail} drafts here were`} read from mail put in the drop folder. Such mail never passed our
          mail server and carries no Authentication-Results, so its sender is taken as written: whoever can write to the folder vouches for it.
        </p>
      ) : null}
      <h1>Drafts</h1>
      <p class="tabs">
        {(['pending', 'approved', 'rejected'] as const).map((status) => (
          <a href={queueUrl({ status })} class={status === filter.status ? 'current' : ''}>
            {status} ({result.byStatus[status]})
          </a>
        ))}
      </p>
      <form method="get" action="/queue" class="filters">
        <input type="hidden" name="status" value={filter.status} />
        <label>
          Urgency
          <select name="urgency">
            <option value="">all ({result.byUrgency.urgent + result.byUrgency.high + result.byUrgency.normal})</option>
            {(['urgent', 'high', 'normal'] as const).map((level) => (
              <option value={level} selected={filter.urgency === level}>
                {level} ({result.byUrgency[level]})
              </option>
            ))}
          </select>
        </label>
        <label>
          Customer
          <input name="customer" value={filter.customer ?? ''} placeholder="company or address" />
        </label>
        <label>
          Search
          <input id="q" name="q" value={filter.text ?? ''} placeholder="PO number, buyer, subject" />
        </label>
        <button type="submit">Filter</button>
      </form>
      <p>
        {result.matching} matching · page {filter.page} of {pages}
      </p>
      <QueueTable rows={result.rows} today={filter.status === 'pending' ? today : null} />
      <p class="pager">
        {filter.page > 1 ? (
          <a href={link({ page: filter.page - 1 })} rel="prev">
            ← previous
          </a>
        ) : null}
        {filter.page < pages ? (
          <a href={link({ page: filter.page + 1 })} rel="next">
            next →
          </a>
        ) : null}
      </p>
      <p class="shortcuts">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> or <kbd>o</kbd> open, <kbd>/</kbd> search.
      </p>
    </Layout>
  );
}

function QueueTable({ rows, today }: { rows: QueuePage['rows']; today: string | null }) {
  return (
    <table class="queue">
      <thead>
        <tr>
          <th>Urgency</th>
          <th>PO</th>
          <th>Buyer</th>
          <th>Delivery</th>
          <th>Lines</th>
          <th>Total</th>
          <th>Confidence</th>
          <th>Review</th>
          <th>Mail date</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr data-id={row.id}>
            <td>
              <UrgencyBadge urgency={row.urgency} />
            </td>
            <td>
              <a class="open" href={`/drafts/${row.id}`}>
                {row.poNumber ?? '(no PO number)'}
              </a>
            </td>
            <td>{row.buyer ?? '—'}</td>
            <td>
              <DeliveryDate date={row.requestedDeliveryDate} today={today} />
            </td>
            <td>{row.lineCount}</td>
            <td>{row.total === null ? '—' : `${row.total.toFixed(2)} ${row.currency ?? ''}`}</td>
            <td>
              <ConfidenceBadge confidence={row.confidence} />
            </td>
            <td>
              <ReasonBadges reasons={row.reviewReasons} />
            </td>
            <td>
              <MailDate row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The requested delivery date, flagged when it is already past (pending drafts only). */
function DeliveryDate({ date, today }: { date: string | null; today: string | null }) {
  if (!date) return <>—</>;
  if (today && date < today)
    return (
      <span class="date-past" title={`requested for ${date}, already past`}>
        {date} · past
      </span>
    );
  return <>{date}</>;
}

/** The mail's own date (its Date header, in the sender's time); a file shows when it arrived. */
function MailDate({ row }: { row: QueuePage['rows'][number] }) {
  const arrived = row.createdAt.slice(0, 16).replace('T', ' ');
  if (!row.mailDate)
    return (
      <span class="arrived" title={`no date of its own (${row.sourceKind === 'file' ? 'a file' : 'no Date header'}); arrived ${arrived} UTC`}>
        {arrived}
      </span>
    );
  return (
    <time datetime={row.mailDate} title={`arrived ${arrived} UTC`}>
      {row.mailDate.slice(0, 16).replace('T', ' ')}
    </time>
  );
}

export function queueUrl(filter: Partial<Record<string, string | number | undefined>> & { text?: string }): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'urgency', 'customer', 'page'] as const) {
    const value = filter[key];
    if (value !== undefined && value !== '' && !(key === 'page' && Number(value) === 1)) params.set(key, String(value));
  }
  if (filter.text) params.set('q', filter.text);
  const query = params.toString();
  return query ? `/queue?${query}` : '/queue';
}
