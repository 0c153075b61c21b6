import type { HistoryEntry } from '../../store/get-draft.ts';

// The draft's audit trail: every change with who, when, before and after.

interface ChangeDetail {
  path: string;
  before: unknown;
  after: unknown;
}

export function HistoryTable(props: { history: HistoryEntry[] }) {
  return (
    <section class="panel">
      <h2>History</h2>
      <table class="history">
        <thead>
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>What</th>
            <th>Changes</th>
          </tr>
        </thead>
        <tbody>
          {props.history.map((entry) => (
            <tr>
              <td>{entry.at.slice(0, 19).replace('T', ' ')}</td>
              <td>{entry.actor ?? '—'}</td>
              <td>{kindOf(entry)}</td>
              <td>{isLearnRow(entry.detail) ? describeLearning(entry.detail) : describe(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// The `learn` outbox row is no delivery: the worker learning the layout an approval teaches.
const LEARNING: Record<string, string> = {
  'outbox-sent': 'layout learned',
  'outbox-skipped': 'layout not learned',
  'outbox-retry': 'layout learning to be retried',
  'outbox-failed': 'layout learning failed',
  'outbox-unconfirmed': 'layout learning interrupted',
  'outbox-resend': 'layout learning queued again',
};

interface LearnDetail {
  delivery: 'learn';
  learned?: string;
  reason?: string;
  error?: string;
}

function isLearnRow(detail: unknown): detail is LearnDetail {
  return !!detail && typeof detail === 'object' && (detail as { delivery?: unknown }).delivery === 'learn';
}

function kindOf(entry: HistoryEntry): string {
  return isLearnRow(entry.detail) ? (LEARNING[entry.kind] ?? entry.kind) : entry.kind;
}

function describeLearning(detail: LearnDetail): string {
  return detail.learned ?? detail.reason ?? detail.error ?? '';
}

function describe(detail: unknown) {
  if (!detail || typeof detail !== 'object') return null;
  const record = detail as { changes?: ChangeDetail[]; reason?: string };
  if (Array.isArray(record.changes)) {
    return (
      <ul>
        {record.changes.slice(0, 30).map((c) => (
          <li>
            <code>{c.path}</code>: {show(c.before)} → {show(c.after)}
          </li>
        ))}
      </ul>
    );
  }
  return record.reason ?? JSON.stringify(detail);
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
