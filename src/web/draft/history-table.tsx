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
          <tr><th>When</th><th>Who</th><th>What</th><th>Changes</th></tr>
        </thead>
        <tbody>
          {props.history.map((entry) => (
            <tr>
              <td>{entry.at.slice(0, 19).replace('T', ' ')}</td>
              <td>{entry.actor ?? '—'}</td>
              <td>{entry.kind}</td>
              <td>{describe(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
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
