// The seam between the OCR pool and the recogniser behind it. The pool only needs "recognise this
// image" and "stop": keeping tesseract.js behind this interface lets the pool's time limits and
// recycling be tested with a fake engine that hangs or crashes on demand.

import type { Word } from '../../domain/layout.ts';

export interface RecognizeRequest {
  /** An encoded image (PNG) of one page, already upright and preprocessed. */
  image: Buffer;
  /** The image's resolution: told to the recogniser, which otherwise guesses from odd metadata. */
  dpi: number;
  /** Let the recogniser straighten a slightly skewed page before reading it. */
  deskew: boolean;
}

export interface RecognizedPage {
  /** Words in the image's pixel units, y downwards, conf 0..1. */
  words: Word[];
  /** Mean word confidence 0..1 (0 when no word was found). */
  meanConf: number;
}

/** One running recogniser, loaded with one language. */
export interface OcrEngine {
  readonly lang: string;
  recognize(request: RecognizeRequest): Promise<RecognizedPage>;
  /** Ends the engine; pending work is rejected. Safe to call twice. */
  terminate(): Promise<void>;
  /** An idle engine must not keep the process alive; a busy one must. */
  setBusy(busy: boolean): void;
}

export type StartEngine = (lang: string) => Promise<OcrEngine>;
