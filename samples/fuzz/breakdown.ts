// Scores grouped by axis value, so a run shows which classes of layout fail.
import type { FileScore } from '../../src/eval/score-extraction.ts';
import { summarizeScores, type SetSummary } from '../../src/eval/summarize-scores.ts';

export interface AxisRow { axis: string; value: string; files: number; summary: SetSummary; weakest: number }

/** "axis:NAME=VALUE" and "detail:headerSet=..." notes of a truth as a map. */
export function axesOf(labelNotes: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of labelNotes) {
    const m = /^(?:axis|detail):(\w+)=(.*)$/.exec(n);
    if (m && m[1] !== 'headerWords') out[m[1]] = m[2];
  }
  return out;
}

/** The lowest of field accuracy, line F1 and PO detection that were counted. */
function weakestOf(s: SetSummary): number {
  const values = [s.fieldAccuracy.value, s.lines.f1, s.poDetection.value].filter((v): v is number => v !== null);
  return values.length ? Math.min(...values) : 1;
}

export function breakdown(files: FileScore[], axesByName: Map<string, Record<string, string>>): AxisRow[] {
  const groups = new Map<string, FileScore[]>();
  for (const f of files) {
    for (const [axis, value] of Object.entries(axesByName.get(f.name) ?? {})) {
      const key = `${axis}\u0000${value}`;
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
  }
  return [...groups].map(([key, fs]) => {
    const [axis, value] = key.split('\u0000');
    const summary = summarizeScores(fs);
    return { axis, value, files: fs.length, summary, weakest: weakestOf(summary) };
  });
}

const pct = (v: number | null) => (v === null ? '  n/a' : v.toFixed(3));

function row(r: AxisRow, withAxis: boolean): string {
  const s = r.summary;
  const name = withAxis ? `${r.axis}=${r.value}` : r.value;
  return `    ${name.padEnd(withAxis ? 34 : 26)} ${String(r.files).padStart(5)} files  fields ${pct(s.fieldAccuracy.value)}  line F1 ${pct(s.lines.f1)}  PO detection ${pct(s.poDetection.value)}  silent ${pct(s.silentErrorRate.value)}`;
}

export function formatBreakdown(rows: AxisRow[], minFiles = 5): string {
  const out = ['weakest classes (axis values with at least ' + minFiles + ' files, lowest of field accuracy / line F1 / PO detection first):'];
  const ranked = rows.filter((r) => r.files >= minFiles && r.axis !== 'kind').sort((a, b) => a.weakest - b.weakest || b.files - a.files);
  out.push(...ranked.slice(0, 12).map((r) => row(r, true)), '', 'by axis value (weakest first):');
  const axes = [...new Set(rows.map((r) => r.axis))];
  for (const axis of axes) {
    out.push(`  ${axis}`);
    out.push(...rows.filter((r) => r.axis === axis).sort((a, b) => a.weakest - b.weakest || b.files - a.files).map((r) => row(r, false)));
  }
  return out.join('\n') + '\n';
}
