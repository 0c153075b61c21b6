// CSV exports differ by locale: Excel writes ";" where "," is the decimal mark, and "\t" or "|"
// come from ERP dumps. The delimiter is the candidate that splits every sampled line alike.

const CANDIDATES = [',', ';', '\t', '|'] as const;
const SAMPLE_LINES = 20;

export interface DelimiterGuess {
  delimiter: string;
  /** Every sampled line (at least `minLines`) has the same, non-zero count of it. */
  consistent: boolean;
  /** Fields per line in the first sampled line. */
  columns: number;
}

/** Guesses the field delimiter of delimited text from its first lines. */
export function detectDelimiter(text: string, minLines = 2): DelimiterGuess {
  const lines = sampleLines(text);
  let best: DelimiterGuess & { score: number } = { delimiter: ',', consistent: false, columns: 1, score: 0 };
  for (const delimiter of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    // Title lines above a table ("BESTELLUNG") have no delimiter: the most common count decides.
    const first = modeOf(counts.filter((n) => n > 0));
    const consistent = lines.length >= minLines && first > 0 && counts.every((n) => n === first);
    const agreeing = counts.filter((n) => n === first && n > 0).length;
    // A consistent split always beats an inconsistent one; then more fields win.
    const score = (consistent ? 1e6 : 0) + agreeing * 100 + first;
    if (score > best.score) best = { delimiter, consistent, columns: first + 1, score };
  }
  return { delimiter: best.delimiter, consistent: best.consistent, columns: best.columns };
}

function sampleLines(text: string): string[] {
  const head = text.slice(0, 64 * 1024);
  const lines = head.split(/\r?\n/).filter((line) => line.trim() !== '');
  // The last line of the sample may be cut mid-way unless the whole text was read.
  if (head.length < text.length) lines.pop();
  return lines.slice(0, SAMPLE_LINES);
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}

function modeOf(values: number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of tally) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return best;
}
