import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { extractionResultSchema, type ExtractionResult } from '../domain/draft-order.ts';
import { coerceError } from '../domain/errors.ts';
import { scoreExtraction, type FileScore } from './score-extraction.ts';
import { summarizeScores, type SetSummary } from './summarize-scores.ts';

// Runs the real extraction over a folder of `X` + `X.truth.json` pairs and scores it.

export type Extract = (name: string, bytes: Uint8Array) => Promise<ExtractionResult>;

export interface ScoreCorpusOptions {
  /** Scans wait for OCR; false leaves them out to save the time of extracting them. Default true. */
  includeScans?: boolean;
  extract?: Extract;
  /** Called after each file, e.g. to print progress. */
  onFile?: (score: FileScore) => void;
}

export interface ScoredSet {
  name: string;
  kind: 'text' | 'scans';
  files: FileScore[];
  summary: SetSummary;
}

export interface CorpusScore {
  dir: string;
  sets: ScoredSet[];
  /** Pairs that could not be scored at all (unreadable truth, input missing) and scans left out. */
  notScored: Array<{ name: string; reason: string }>;
}

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.gif', '.bmp', '.webp']);

/** Images, TIFF faxes and anything the truth says was read by OCR (image-only PDFs). */
export function isScan(name: string, truth: ExtractionResult): boolean {
  return IMAGE_EXTENSIONS.has(extname(name).toLowerCase()) || truth.source.documents.some((d) => d.method === 'ocr');
}

export async function scoreCorpus(dir: string, options: ScoreCorpusOptions = {}): Promise<CorpusScore> {
  const extract = options.extract ?? (await import('../pipeline/extract-input.ts')).extractInput;
  const scored: FileScore[] = [];
  const notScored: CorpusScore['notScored'] = [];
  const entries = (await readdir(dir, { recursive: true })).map(String);
  for (const truthFile of entries.filter((entry) => basename(entry).endsWith('.truth.json')).sort()) {
    const name = inputOf(truthFile, entries);
    const truth = await readTruth(join(dir, truthFile));
    if ('error' in truth) {
      notScored.push({ name, reason: truth.error });
    } else if (options.includeScans === false && isScan(name, truth)) {
      notScored.push({ name, reason: 'scan (scans left out)' });
    } else {
      const score = await scoreFile(join(dir, name), name, truth, extract);
      options.onFile?.(score);
      scored.push(score);
    }
  }
  return { dir, sets: toSets(dir, scored), notScored };
}

/** The input a truth file labels: `X` for `X.truth.json`, or the one file `stem.*` for `stem.truth.json`. */
function inputOf(truthFile: string, entries: string[]): string {
  const name = truthFile.slice(0, -'.truth.json'.length);
  if (entries.includes(name)) return name;
  const siblings = entries.filter((e) => e !== truthFile && !e.endsWith('.truth.json') && e.slice(0, e.length - extname(e).length) === name);
  return siblings.length === 1 ? siblings[0] : name;
}

/** A truth written to the contract's JSON Schema may leave out what the schema does not require
 * and the producer always writes: a document's page count, a line's confidence (neither is scored). */
function completeTruth(raw: unknown): unknown {
  const truth = raw as { source?: { documents?: Array<Record<string, unknown>> }; orders?: Array<{ lines?: Array<Record<string, unknown>> }> };
  const docs = truth?.source?.documents;
  for (const doc of Array.isArray(docs) ? docs : []) if (doc && typeof doc === 'object' && !('pages' in doc)) doc.pages = null;
  for (const order of Array.isArray(truth?.orders) ? truth.orders : []) {
    for (const line of Array.isArray(order?.lines) ? order.lines : []) if (line && typeof line === 'object' && !('confidence' in line)) line.confidence = 1;
  }
  return raw;
}

async function readTruth(path: string): Promise<ExtractionResult | { error: string }> {
  try {
    const parsed = extractionResultSchema.safeParse(completeTruth(JSON.parse(await readFile(path, 'utf8'))));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    return { error: `truth does not follow the contract at ${issue?.path.join('.')}: ${issue?.message}` };
  } catch (err) {
    return { error: `truth unreadable: ${coerceError(err).message}` };
  }
}

async function scoreFile(path: string, name: string, truth: ExtractionResult, extract: Extract): Promise<FileScore> {
  const started = performance.now();
  let output: ExtractionResult | { error: string };
  try {
    output = await extract(basename(name), new Uint8Array(await readFile(path)));
  } catch (err) {
    output = { error: coerceError(err).message.replace(/\s+/g, ' ').trim() || 'unknown error' };
  }
  const ms = Math.round(performance.now() - started);
  return scoreExtraction({ name, scan: isScan(name, truth), truth, output, ms });
}

function toSets(dir: string, scored: FileScore[]): ScoredSet[] {
  const sets: ScoredSet[] = [];
  for (const kind of ['text', 'scans'] as const) {
    const files = scored.filter((f) => f.scan === (kind === 'scans'));
    if (files.length > 0 || kind === 'text') sets.push({ name: `${dir} (${kind})`, kind, files, summary: summarizeScores(files) });
  }
  return sets;
}
