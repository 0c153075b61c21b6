// tesseract.js behind the OcrEngine seam: the only file that calls it. Language data comes from the
// @tesseract.js-data npm packages on disk; left to itself tesseract.js downloads it from a CDN on
// first use, which fails offline and makes every cold start depend on someone else's server.

import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { createWorker, type Worker } from 'tesseract.js';
import { PoInboxError } from '../../domain/errors.ts';
import { shortReason } from '../short-reason.ts';
import type { OcrEngine, RecognizedPage, RecognizeRequest } from './ocr-engine.ts';
import { toTesseractWords } from './to-tesseract-words.ts';

const require = createRequire(import.meta.url);

/** The packages' LSTM-only integer models: smaller and faster than the legacy+LSTM build. */
const MODEL_FOLDER = '4.0.0_best_int';
const OEM_LSTM_ONLY = 1;
// Automatic segmentation of a single column of text of variable sizes. A PO is a form of label
// blocks and tables; the default (6, one uniform block) runs its columns together.
const PAGE_SEG_MODE = '4';

/** Folder of the traineddata of `lang`; throws when its package or file is missing. */
function toLanguageDataPath(lang: string): string {
  const folder = join(dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`)), MODEL_FOLDER);
  // Checked here because tesseract.js never settles createWorker when the file cannot be read.
  accessSync(join(folder, `${lang}.traineddata.gz`), constants.R_OK);
  return folder;
}

/** Starts one tesseract.js worker thread with `lang` loaded, ready to recognise. */
export async function startTesseractEngine(lang: string): Promise<OcrEngine> {
  let langPath: string;
  try {
    langPath = toLanguageDataPath(lang);
  } catch (err) {
    throw new PoInboxError('bad-setting', `OCR language '${lang}' is not installed (npm package @tesseract.js-data/${lang})`, { cause: err });
  }
  let failStart: (reason: unknown) => void = () => {};
  const startFailed = new Promise<never>((_, reject) => (failStart = reject));
  try {
    const starting = createWorker(lang, OEM_LSTM_ONLY, {
      langPath,
      cacheMethod: 'none', // never write traineddata copies into the working folder
      // Without a handler tesseract.js rethrows a worker's failure inside its message callback,
      // where no caller can catch it and the process dies. It is also the only news of a failed
      // language load or init, after which createWorker would never settle.
      errorHandler: (reason: unknown) => failStart(reason),
      logger: () => {},
    });
    const worker = await Promise.race([starting, startFailed]);
    await worker.setParameters({ tessedit_pageseg_mode: PAGE_SEG_MODE as never });
    return new TesseractEngine(lang, worker);
  } catch (err) {
    throw new PoInboxError('internal', `OCR engine did not start: ${shortReason(err)}`, { retryable: true, cause: err });
  }
}

// Leptonica and tesseract print diagnostics ("Error in boxClipToRectangle", "Estimating
// resolution") from the worker thread, which Node pipes into the process's own stdout and stderr:
// noise on a CLI's stderr, and corrupt output when its stdout carries JSON. Failures still
// surface as rejected jobs.
function silence(thread: ThreadWorker): void {
  for (const [from, to] of [
    [thread.stdout, process.stdout],
    [thread.stderr, process.stderr],
  ] as const) {
    from.unpipe(to);
    from.resume();
  }
}

class TesseractEngine implements OcrEngine {
  private readonly thread: ThreadWorker;
  /** Rejects when the worker thread dies: tesseract.js itself would leave the job pending forever. */
  private readonly died: Promise<never>;

  constructor(
    readonly lang: string,
    private readonly worker: Worker,
  ) {
    this.thread = (worker as unknown as { worker: ThreadWorker }).worker;
    this.died = new Promise<never>((_, reject) => {
      this.thread.on('error', (err) => reject(new PoInboxError('internal', `OCR worker crashed: ${shortReason(err)}`, { retryable: true, cause: err })));
      this.thread.on('exit', (code) => reject(new PoInboxError('internal', `OCR worker stopped (exit code ${code})`, { retryable: true })));
    });
    this.died.catch(() => {}); // a death while idle is noticed at the next job, not as an unhandled rejection
    this.thread.unref();
    silence(this.thread);
  }

  async recognize(request: RecognizeRequest): Promise<RecognizedPage> {
    const options = { rotateAuto: request.deskew, user_defined_dpi: String(Math.round(request.dpi)) };
    const job = this.worker.recognize(request.image, options, { tsv: true, text: false });
    try {
      const { data } = await Promise.race([job, this.died]);
      return toTesseractWords(data.tsv);
    } catch (err) {
      if (err instanceof PoInboxError) throw err;
      // tesseract.js rejects with a bare string ("Error attempting to read image.").
      throw new PoInboxError('internal', `OCR failed: ${shortReason(err)}`, { cause: err });
    } finally {
      job.catch(() => {});
    }
  }

  setBusy(busy: boolean): void {
    if (busy) this.thread.ref();
    else this.thread.unref();
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}
