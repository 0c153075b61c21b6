// A pool of OCR engines, created once and reused (starting one costs about half a second and a
// traineddata load), one per core because each engine is single-threaded WebAssembly. Engines are
// keyed by language and recycled after a number of pages, since tesseract.js workers grow their
// memory when reused for hundreds of images. A page that runs over its time limit or kills its
// engine fails with a PoInboxError; the engine is thrown away and the pool carries on.

import { availableParallelism } from 'node:os';
import { PoInboxError } from '../../domain/errors.ts';
import type { OcrEngine, RecognizedPage, RecognizeRequest, StartEngine } from './ocr-engine.ts';
import { startTesseractEngine } from './tesseract-engine.ts';
import { withTimeLimit } from '../../domain/with-time-limit.ts';

export interface OcrPoolOptions {
  /** Engines running at once (default: the number of cores). */
  size?: number;
  /** Pages one engine reads before it is replaced (default 50). */
  recycleAfterPages?: number;
  /** Most time one page may take, in ms (default 60 s). */
  pageTimeoutMs?: number;
  startEngine?: StartEngine;
}

export const DEFAULT_PAGE_TIMEOUT_MS = 60_000;
/** An engine loads in about half a second; one that has not started in this long never will. */
const START_TIMEOUT_MS = 30_000;

interface Slot {
  lang: string;
  engine: Promise<OcrEngine>;
  pages: number;
  busy: boolean;
}

export class OcrPool {
  readonly size: number;
  private readonly recycleAfterPages: number;
  readonly pageTimeoutMs: number;
  private readonly startEngine: StartEngine;
  private slots: Slot[] = [];
  private waiting: Array<() => void> = [];
  private closed = false;

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.recycleAfterPages = options.recycleAfterPages ?? 50;
    this.pageTimeoutMs = options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
    this.startEngine = options.startEngine ?? startTesseractEngine;
  }

  /** Reads one page with an engine for `lang`, waiting for a free one. */
  async recognize(lang: string, request: RecognizeRequest): Promise<RecognizedPage> {
    const slot = await this.acquire(lang);
    let healthy = false;
    try {
      const engine = await withTimeLimit(slot.engine, START_TIMEOUT_MS, (limit) => new PoInboxError('timeout', `OCR engine did not start within ${limit}`));
      engine.setBusy(true);
      const page = await withTimeLimit(engine.recognize(request), this.pageTimeoutMs, (limit) => new PoInboxError('timeout', `OCR took over ${limit}, the page time limit`));
      healthy = true;
      return page;
    } finally {
      this.release(slot, healthy);
    }
  }

  /** Stops every engine; waiting and later calls fail. */
  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    for (const wake of this.waiting.splice(0)) wake();
    await Promise.all(slots.map((slot) => stop(slot)));
  }

  private async acquire(lang: string): Promise<Slot> {
    for (;;) {
      if (this.closed) throw new PoInboxError('internal', 'OCR was shut down', { retryable: true });
      const slot = this.take(lang);
      if (slot) return slot;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  // An idle engine of the right language first; else a new engine, making room by stopping an
  // idle engine of another language when the pool is full.
  private take(lang: string): Slot | null {
    const idle = this.slots.find((s) => !s.busy && s.lang === lang);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    if (this.slots.length >= this.size) {
      const other = this.slots.find((s) => !s.busy);
      if (!other) return null;
      this.discard(other);
    }
    const slot: Slot = { lang, engine: this.startEngine(lang), pages: 0, busy: true };
    slot.engine.catch(() => {}); // awaited by the caller that took the slot
    this.slots.push(slot);
    return slot;
  }

  private release(slot: Slot, healthy: boolean): void {
    slot.busy = false;
    slot.pages += 1;
    if (!healthy || slot.pages >= this.recycleAfterPages || this.closed) this.discard(slot);
    else
      void slot.engine.then(
        (engine) => engine.setBusy(false),
        () => {},
      );
    this.waiting.shift()?.();
  }

  private discard(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
    void stop(slot);
  }
}

async function stop(slot: Slot): Promise<void> {
  try {
    await (await slot.engine).terminate();
  } catch {
    // an engine that never started or already died has nothing left to stop
  }
}

let shared: OcrPool | undefined;
let sharedOptions: OcrPoolOptions = {};

/** The process's pool, started on first use. */
export function getOcrPool(): OcrPool {
  return (shared ??= new OcrPool(sharedOptions));
}

/** Options for the process's pool; takes effect for the next pool (after closeOcr or first use). */
export function configureOcrPool(options: OcrPoolOptions): void {
  sharedOptions = options;
}

/** Stops the process's OCR engines: call on shutdown. OCR after this starts a new pool. */
export async function closeOcr(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
}
