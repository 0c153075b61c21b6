// Page images → layout pages with words and reading-order text. The first page decides the
// language (read with the first allowed one, re-read only when its words say otherwise); the
// rest then run side by side on the pool. A page that fails fails the whole document, with its
// page number, and never the process.

import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { InputError, PoInboxError } from '../../domain/errors.ts';
import type { LayoutPage, Word } from '../../domain/layout.ts';
import { toLineText, toReadingLines } from '../to-reading-lines.ts';
import type { RecognizedPage } from './ocr-engine.ts';
import { getOcrPool, type OcrPool } from './ocr-pool.ts';
import type { PageSource } from './page-source.ts';
import { pickOcrLanguage } from './pick-ocr-language.ts';
import { DEFAULT_STEPS, preprocessPage, type PreparedPage, type PreprocessSteps } from './preprocess-page.ts';
import { recognizeUpright } from './recognize-upright.ts';
import { findBlankPage } from './find-blank-page.ts';

/** What a reader is doing: "page 3 of 200, rendering". */
export interface ReadProgress {
  stage: 'open' | 'text' | 'render' | 'ocr';
  /** 1-based page, null before the pages are known. */
  page: number | null;
  pages: number | null;
}

export interface OcrOptions {
  /** tesseract language codes the document may be in; the first is tried first. */
  langs: readonly string[];
  maxPixels: number;
  steps?: PreprocessSteps;
  /** Let tesseract straighten skewed pages first. Off: on samples/scans it raised line F1 (0.46 ->
   * 0.59) but lost fields (0.64 -> 0.61), and it cost the public scans table lines (0.99 -> 0.97). */
  deskew?: boolean;
  pool?: OcrPool;
  /** Told each page as it goes to OCR (the reading sandbox names it when a limit is hit). */
  onProgress?: (progress: ReadProgress) => void;
}

export const DEFAULT_OCR_LANGS = ['eng', 'deu', 'fra', 'spa'] as const;
export const DEFAULT_MAX_PIXELS = 100_000_000;

export interface OcrPage {
  page: LayoutPage;
  /** Reading-order text of the page, lines joined by "\n". */
  text: string;
  lang: string;
  meanConf: number;
}

/** Reads every page; `sources` are called lazily so that at most a pool's worth are in memory.
 * Blank pages (no ink to speak of, or a source marked blank) are not sent to tesseract. */
export async function recognizePages(sources: Array<() => Promise<PageSource>>, options: OcrOptions): Promise<OcrPage[]> {
  const pool = options.pool ?? getOcrPool();
  if (sources.length === 0) return [];
  // The first page with ink decides the language; blank pages before it are read as they come.
  const leading: OcrPage[] = [];
  let first: OcrPage | undefined;
  let next = 0;
  while (!first && next < sources.length) {
    const source = await sources[next++]();
    const blank = await findBlank(source, options);
    if (blank) leading.push(blank);
    else first = await readFirstPage(source, options, pool, sources.length);
  }
  if (!first) return leading;
  const lang = first.lang;
  const rest = await mapInOrder(sources.slice(next), pool.size, async (load) => {
    const source = await load();
    return (await findBlank(source, options)) ?? readPage(source, lang, options, pool, sources.length);
  });
  return [...leading, first, ...rest];
}

/** A blank page as an OCR page without words, or null when the page has ink. */
async function findBlank(source: PageSource, options: OcrOptions): Promise<OcrPage | null> {
  const size = source.blank ?? (await findBlankPage(source, options.maxPixels));
  if (!size) return null;
  const page = { number: source.number, width: round(size.width), height: round(size.height), words: [] };
  return { page, text: '', lang: options.langs[0], meanConf: 0 };
}

async function readFirstPage(source: PageSource, options: OcrOptions, pool: OcrPool, pages: number): Promise<OcrPage> {
  const [lang, ...others] = options.langs;
  const prepared = await prepare(source, options);
  options.onProgress?.({ stage: 'ocr', page: source.number, pages });
  const upright = await atPage(
    source.number,
    recognizeUpright(prepared, (page) => read(pool, lang, page, options)),
  );
  const first = toOcrPage(source.number, upright.page, upright.result, lang);
  const picked = others.length > 0 ? pickOcrLanguage(first.text, options.langs) : null;
  if (!picked || picked === lang) return first;
  const reread = await atPage(source.number, read(pool, picked, upright.page, options));
  return toOcrPage(source.number, upright.page, reread, picked);
}

async function readPage(source: PageSource, lang: string, options: OcrOptions, pool: OcrPool, pages: number): Promise<OcrPage> {
  const prepared = await atPage(source.number, prepare(source, options));
  options.onProgress?.({ stage: 'ocr', page: source.number, pages });
  const upright = await atPage(
    source.number,
    recognizeUpright(prepared, (page) => read(pool, lang, page, options)),
  );
  return toOcrPage(source.number, upright.page, upright.result, lang);
}

// Preparing a 300 dpi page holds some 40 MB of page-sized buffers for a moment. Documents that
// arrive together would prepare all their pages at once while the engines, one per core, can
// only read that many: pages are prepared no faster than they can be read.
const preparing = pLimit(availableParallelism());

function prepare(source: PageSource, options: OcrOptions): Promise<PreparedPage> {
  return preparing(() => preprocessPage(source, options.steps ?? DEFAULT_STEPS, options.maxPixels));
}

function read(pool: OcrPool, lang: string, page: PreparedPage, options: OcrOptions): Promise<RecognizedPage> {
  return pool.recognize(lang, { image: page.png, dpi: page.dpi, deskew: options.deskew ?? false });
}

function toOcrPage(number: number, prepared: PreparedPage, result: RecognizedPage, lang: string): OcrPage {
  const k = prepared.unitsPerPixel;
  const words = result.words.map((w): Word => ({ ...w, x0: round(w.x0 * k), y0: round(w.y0 * k), x1: round(w.x1 * k), y1: round(w.y1 * k) }));
  const lines = toReadingLines(words);
  return {
    page: { number, width: round(prepared.width * k), height: round(prepared.height * k), words: lines.flat() },
    text: lines.map(toLineText).join('\n'),
    lang,
    meanConf: result.meanConf,
  };
}

/** Names the page in the one-line message of a failure, keeping its code. */
async function atPage<T>(number: number, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof PoInboxError)) throw err;
    const message = `page ${number}: ${err.message}`;
    if (err instanceof InputError) throw new InputError(err.code, message, { cause: err });
    throw new PoInboxError(err.code, message, { retryable: err.retryable, cause: err });
  }
}

/** Runs `work` over `items` with at most `limit` at once, results in input order. */
export async function mapInOrder<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const lanes = pLimit(Math.max(1, Math.min(limit, items.length)));
  let failed = false;
  return lanes.map(items, async (item) => {
    // The document has failed (its result is that error): start no more of its pages.
    if (failed) return undefined as R;
    try {
      return await work(item);
    } catch (err) {
      failed = true;
      throw err;
    }
  });
}

// Hundredths of a unit are far below any visible difference and keep the JSON small.
function round(n: number): number {
  return Math.round(n * 100) / 100;
}
