import type { Urgency } from '../../domain/draft-order.ts';

// Small labels of the queue and the draft page; the urgency's reasons show on hover.

export function UrgencyBadge(props: { urgency: Urgency }) {
  const reasons = props.urgency.reasons.join('; ') || 'no urgency signal';
  return (
    <span class={`badge ${props.urgency.level}`} title={reasons} data-urgency={props.urgency.level}>
      {props.urgency.level}
    </span>
  );
}

export function ConfidenceBadge(props: { confidence: number }) {
  const percent = Math.round(props.confidence * 100);
  const tone = percent >= 90 ? 'good' : percent >= 70 ? 'mid' : 'low';
  return (
    <span class={`badge ${tone}`} title="how sure the extraction is of this draft">
      {percent}%
    </span>
  );
}

export function ReasonBadges(props: { reasons: string[]; max?: number }) {
  const max = props.max ?? 3;
  const shown = props.reasons.slice(0, max);
  const more = props.reasons.length - shown.length;
  return (
    <>
      {shown.map((reason) => (
        <span class="badge reason" title={reason}>
          {reason.length > 40 ? `${reason.slice(0, 39)}…` : reason}
        </span>
      ))}
      {more > 0 ? (
        <span class="badge reason" title={props.reasons.slice(max).join('; ')}>
          +{more}
        </span>
      ) : null}
    </>
  );
}
