import type { CorpusScore } from './score-corpus.ts';
import type { Ratio, SetSummary } from './summarize-scores.ts';

// `npm run score -- --llm compare`: the same corpus scored with the rules alone and with the
// model, side by side, so anyone with a key or a local model can measure what the model adds.

export interface ModelSpend {
  /** Drafts the model was asked about. */
  drafts: number;
  tokens: number;
  /** Null when no price is set (LLM_PRICE_*_PER_1K). */
  costUsd: number | null;
  /** Drafts where the model was not used (timeouts, refusals ...), by reason. */
  unavailable: number;
}

const pct = (value: number | null) => (value === null ? '  n/a' : value.toFixed(3));
const delta = (a: number | null, b: number | null) => (a === null || b === null ? '' : `${b - a >= 0 ? '+' : ''}${(b - a).toFixed(3)}`);

type Metric = [string, (s: SetSummary) => number | null];

const METRICS: Metric[] = [
  ['field accuracy', (s) => s.fieldAccuracy.value],
  ['line F1', (s) => s.lines.f1],
  ['PO detection', (s) => s.poDetection.value],
  ['order count match', (s) => s.orderCountMatch.value],
  ['urgency accuracy', (s) => s.urgencyAccuracy.value],
  ['touchless rate', (s) => s.touchlessRate.value],
  // Lower is better: a wrong draft that skips review is the costliest mistake.
  ['silent error rate', (s) => s.silentErrorRate.value],
];

function perFieldRows(a: SetSummary, b: SetSummary): Metric[] {
  const fields = [...new Set([...Object.keys(a.perField), ...Object.keys(b.perField)])].sort();
  return fields.map((f) => [`  ${f}`, (s: SetSummary) => (s.perField as Record<string, Ratio | undefined>)[f]?.value ?? null]);
}

export function formatSetComparison(name: string, rules: SetSummary, model: SetSummary): string {
  const row = ([label, get]: Metric) => `  ${label.padEnd(24)} ${pct(get(rules)).padStart(8)} ${pct(get(model)).padStart(11)} ${delta(get(rules), get(model)).padStart(8)}`;
  return [
    `${name}: ${rules.files} files`,
    `  ${'metric'.padEnd(24)} ${'rules'.padStart(8)} ${'rules+llm'.padStart(11)} ${'change'.padStart(8)}`,
    ...METRICS.map(row),
    '  accuracy per field:',
    ...perFieldRows(rules, model).map(row),
  ].join('\n');
}

export function formatScoreComparison(rules: CorpusScore[], model: CorpusScore[], spend: ModelSpend): string {
  const blocks = rules.flatMap((corpus, i) =>
    corpus.sets.map((set) => {
      const other = model[i]?.sets.find((s) => s.name === set.name);
      return other ? formatSetComparison(set.name, set.summary, other.summary) : `${set.name}: no rules+llm run`;
    }),
  );
  const cost = spend.costUsd === null ? 'no price set' : `~$${spend.costUsd.toFixed(4)}`;
  const footer = `model asked for ${spend.drafts} drafts, ${spend.tokens.toLocaleString('en-US')} tokens, ${cost}; model not used for ${spend.unavailable} drafts`;
  return `${[...blocks, footer].join('\n\n')}\n`;
}
