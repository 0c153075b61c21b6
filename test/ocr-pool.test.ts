import { describe, expect, it } from 'vitest';
import { PoInboxError } from '../src/domain/errors.ts';
import type { OcrEngine, RecognizedPage } from '../src/documents/ocr/ocr-engine.ts';
import { OcrPool } from '../src/documents/ocr/ocr-pool.ts';
import { pickOcrLanguage } from '../src/documents/ocr/pick-ocr-language.ts';
import { toTesseractWords } from '../src/documents/ocr/to-tesseract-words.ts';

// The pool's bookkeeping with fake engines that answer, hang or crash on demand: no tesseract.

const PAGE: RecognizedPage = { words: [], meanConf: 0 };
const request = { image: Buffer.alloc(0), dpi: 300, deskew: false };

function fakeEngines(recognize: (lang: string, engine: number) => Promise<RecognizedPage> = async () => PAGE) {
  const log: string[] = [];
  let count = 0;
  const startEngine = async (lang: string): Promise<OcrEngine> => {
    const id = count++;
    log.push(`start ${lang}#${id}`);
    return { lang, recognize: () => recognize(lang, id), setBusy: () => {}, terminate: async () => void log.push(`stop ${lang}#${id}`) };
  };
  return { log, startEngine };
}

const failure = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (err: unknown) => err as PoInboxError,
  );

describe('OcrPool', () => {
  it('reuses an engine, and replaces it after recycleAfterPages pages', async () => {
    const { log, startEngine } = fakeEngines();
    const pool = new OcrPool({ size: 1, recycleAfterPages: 2, startEngine });
    for (let i = 0; i < 3; i++) await pool.recognize('eng', request);
    await pool.close();
    expect(log).toEqual(['start eng#0', 'stop eng#0', 'start eng#1', 'stop eng#1']);
  });

  it('makes room for another language by stopping an idle engine', async () => {
    const { log, startEngine } = fakeEngines();
    const pool = new OcrPool({ size: 1, startEngine });
    await pool.recognize('eng', request);
    await pool.recognize('spa', request);
    expect([...log].sort()).toEqual(['start eng#0', 'start spa#1', 'stop eng#0']);
    await pool.close();
    expect(log.at(-1)).toBe('stop spa#1');
  });

  it('fails the page whose engine crashes or hangs, and carries on with a new engine', async () => {
    const { log, startEngine } = fakeEngines(async (_, engine) => {
      if (engine === 0) throw new PoInboxError('internal', 'OCR worker crashed: RuntimeError: unreachable', { retryable: true });
      if (engine === 1) return new Promise<RecognizedPage>(() => {});
      return PAGE;
    });
    const pool = new OcrPool({ size: 1, pageTimeoutMs: 50, startEngine });
    expect(await failure(pool.recognize('eng', request))).toMatchObject({ code: 'internal', message: 'OCR worker crashed: RuntimeError: unreachable' });
    expect(await failure(pool.recognize('eng', request))).toMatchObject({ code: 'timeout', message: 'OCR took over 50 ms, the page time limit' });
    expect(await pool.recognize('eng', request)).toBe(PAGE);
    await pool.close();
    expect(log).toEqual(['start eng#0', 'stop eng#0', 'start eng#1', 'stop eng#1', 'start eng#2', 'stop eng#2']);
  });

  it('runs as many pages at once as it has engines, and queues the rest', async () => {
    let running = 0;
    let most = 0;
    const { startEngine } = fakeEngines(async () => {
      most = Math.max(most, ++running);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running -= 1;
      return PAGE;
    });
    const pool = new OcrPool({ size: 2, startEngine });
    await Promise.all(Array.from({ length: 6 }, () => pool.recognize('eng', request)));
    await pool.close();
    expect(most).toBe(2);
  });

  it('after close, waiting and new pages fail instead of hanging', async () => {
    const { startEngine } = fakeEngines(() => new Promise((resolve) => setTimeout(() => resolve(PAGE), 20)));
    const pool = new OcrPool({ size: 1, startEngine });
    const first = pool.recognize('eng', request);
    const waiting = failure(pool.recognize('eng', request));
    await pool.close();
    expect(await waiting).toMatchObject({ message: 'OCR was shut down' });
    await first.catch(() => {});
    expect(await failure(pool.recognize('eng', request))).toMatchObject({ message: 'OCR was shut down' });
  });
});

describe('OCR helpers', () => {
  it('picks the language from function words, among the allowed ones only', () => {
    const all = ['eng', 'deu', 'fra', 'spa'];
    expect(pickOcrLanguage('Orden de compra\nFecha de entrega: 31/05/2024\nCondiciones de pago para el pedido y la entrega', all)).toBe('spa');
    expect(pickOcrLanguage('Bitte liefern Sie die Bestellung mit der Menge und dem Preis', all)).toBe('deu');
    expect(pickOcrLanguage('Please ship the order to the address below, thank you for the quick delivery', all)).toBe('eng');
    expect(pickOcrLanguage('Bitte liefern Sie die Bestellung mit der Menge und dem Preis', ['eng', 'spa'])).toBeNull();
    expect(pickOcrLanguage('PO 4711 12 x A-100', all)).toBeNull();
  });

  it('maps tesseract words to layout words on their line band, dropping table rules', () => {
    const row = (level: number, x: number, y: number, w: number, h: number, conf: number, text = '') => [level, 1, 1, 1, 1, 0, x, y, w, h, conf, text].join('\t');
    const tsv = [
      row(4, 10, 100, 390, 30, -1),
      row(5, 10, 102, 50, 23, 91, 'Qty'),
      row(5, 70, 100, 2, 30, 40, '|'),
      row(5, 80, 108, 80, 22, 77, 'apple'),
      row(5, 170, 100, 1, 1, 0, ' '),
    ].join('\n');
    const page = toTesseractWords(tsv);
    expect(page.words).toEqual([
      { text: 'Qty', x0: 10, y0: 100, x1: 60, y1: 130, conf: 0.91 },
      { text: 'apple', x0: 80, y0: 100, x1: 160, y1: 130, conf: 0.77 },
    ]);
    expect(page.meanConf).toBe(0.84);
    expect(toTesseractWords(null)).toEqual({ words: [], meanConf: 0 });
  });
});
