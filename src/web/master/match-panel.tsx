import type { DraftOrder } from '../../domain/draft-order.ts';

// How the draft was matched to the master data, in full (badges cut reasons short): the customer
// and why, the earlier draft this repeats or revises with what changed, each line's match.

export function MatchPanel(props: { order: DraftOrder }) {
  const { order } = props;
  const m = order.matching;
  if (!m) return null;
  const earlier = m.duplicateOf ?? m.revisionOf;
  return (
    <details class="matching" open={Boolean(earlier) || !order.buyer.customerId}>
      <summary>
        Customer {order.buyer.customerId ?? 'unknown'} ({Math.round(m.customerConfidence * 100)}%){earlier ? (m.duplicateOf ? ' · duplicate' : ' · revision') : ''}
      </summary>
      <p>{m.customerReason}</p>
      {earlier ? (
        <p>
          {m.duplicateOf ? 'Repeats' : 'Revises'} <a href={`/drafts/${encodeURIComponent(earlier)}`}>the earlier draft</a>
          {m.changes.length > 0 ? `: ${m.changes.join('; ')}` : ''}
        </p>
      ) : null}
      <ul>
        {order.lines.map((line, i) =>
          line.match ? (
            <li>
              line {line.lineNo ?? i + 1}: {line.catalogSku ?? 'no match'} ({line.match.method}, {Math.round(line.match.score * 100)}%) {line.match.reason}
              {line.match.backorder ? ' · backorder' : ''}
              {line.match.warnings.length > 0 ? ` · ${line.match.warnings.join('; ')}` : ''}
            </li>
          ) : null,
        )}
      </ul>
    </details>
  );
}
