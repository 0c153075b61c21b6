import type { CorpusScore } from './score-corpus.ts';
import type { FileScore, OrderOutcome } from './score-extraction.ts';
import type { Ratio, SetSummary } from './summarize-scores.ts';

// Plain-text report of the scorer: one line per file, then a table per set.

const pct = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
const cell = (text: string, width: number) => text.padEnd(width);

export function formatFileScore(file: FileScore): string {
  const fields = file.orders.flatMap((o) => o.fields);
  const right = fields.filter((f) => f.correct).length;
  const lines = file.orders.reduce((acc, o) => [acc[0] + o.lines.matched, acc[1] + o.lines.truth, acc[2] + o.lines.output], [0, 0, 0]);
  const review = file.orders.map((o) => (o.needsReview === null ? '-' : o.needsReview ? 'review' : 'touchless')).join(',');
  const perfect = file.error === null && file.poDetected && file.orderCountMatch && file.orders.every((o) => o.allRight) && file.urgency?.correct !== false;
  const parts = [
    file.error ? 'ERR ' : perfect ? 'ok  ' : 'miss',
    cell(file.name, 48),
    `po ${yesNo(file.truthIsPurchaseOrder)}/${file.outputIsPurchaseOrder === null ? '-' : yesNo(file.outputIsPurchaseOrder)}`,
    `fields ${right}/${fields.length}`,
    `lines ${lines[0]}/${lines[1]} (out ${lines[2]})`,
    file.urgency ? `urgency ${file.urgency.truth}/${file.urgency.output ?? '-'}` : '',
    review ? `[${review}]` : '',
    file.ms === null ? '' : `${file.ms} ms`,
  ];
  const detail = [file.error ? `error: ${file.error}` : '', ...file.orders.map(describeMisses)].filter(Boolean);
  return [parts.filter(Boolean).join('  '), ...detail.map((d) => `      ${d}`)].join('\n');
}

export function formatSetSummary(name: string, s: SetSummary): string {
  const rows: Array<[string, string, string]> = [
    ['field accuracy', pct(s.fieldAccuracy.value), count(s.fieldAccuracy)],
    ['line F1', pct(s.lines.f1), `P ${pct(s.lines.precision)} R ${pct(s.lines.recall)} (${s.lines.matched} matched, ${s.lines.truth} truth, ${s.lines.output} output)`],
    ['PO detection', pct(s.poDetection.value), count(s.poDetection)],
    ['order count match', pct(s.orderCountMatch.value), count(s.orderCountMatch)],
    ['urgency accuracy', pct(s.urgencyAccuracy.value), count(s.urgencyAccuracy)],
    ['touchless rate', pct(s.touchlessRate.value), count(s.touchlessRate)],
    ['silent error rate', pct(s.silentErrorRate.value), count(s.silentErrorRate)],
  ];
  const perField = (Object.entries(s.perField) as Array<[string, Ratio]>)
    .sort(([, a], [, b]) => (a.value ?? 0) - (b.value ?? 0))
    .map(([field, r]) => `    ${cell(field, 22)} ${pct(r.value)}  ${count(r)}`);
  return [
    `${name}: ${s.files} files, ${s.purchaseOrderFiles} POs, ${s.errors} extraction errors`,
    ...rows.map(([metric, value, detail]) => `  ${cell(metric, 20)} ${value}  ${detail}`),
    '  accuracy per field (weakest first):',
    ...perField,
  ].join('\n');
}

export function formatCorpusScore(corpus: CorpusScore): string {
  const files = corpus.sets.flatMap((set) => set.files.map(formatFileScore));
  const notScored = corpus.notScored.map((n) => `skip  ${cell(n.name, 48)}  ${n.reason}`);
  const tables = corpus.sets.map((set) => formatSetSummary(set.name, set.summary));
  return [`== ${corpus.dir}`, ...files, ...notScored, '', ...tables, ''].join('\n');
}

function describeMisses(order: OrderOutcome): string {
  const po = order.poNumber ?? '(no PO number)';
  if (order.side === 'truth-only') return `missed order ${po}: ${order.fields.length} fields, ${order.lines.truth} lines`;
  if (order.side === 'output-only') return `extra order ${po}: ${order.fields.length} fields, ${order.lines.output} lines`;
  const wrong = order.fields.filter((f) => !f.correct).map((f) => `${f.field} ${show(f.truth)} -> ${show(f.output)}`);
  return wrong.length > 0 ? `wrong: ${wrong.join('; ')}` : '';
}

function count(r: Ratio): string {
  return `${r.hits}/${r.total}`;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function show(value: unknown): string {
  const text = value === null ? 'null' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
