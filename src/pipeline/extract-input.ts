import type { ExtractionResult } from '../domain/draft-order.ts';
import { readInput } from '../documents/read-input.ts';
import { assembleOrders } from '../extraction/assemble-orders.ts';
import type { OrderReader } from '../extraction/order-reader.ts';
import { refineWithModel, type ModelMode } from '../extraction/refine-with-model.ts';

export interface ExtractOptions {
  /** Our own company name(s) (setting SELLER_NAME), so they are never read as the buyer. */
  sellerNames?: string[];
  /** Largest input accepted, in bytes. */
  maxBytes?: number;
  /** Most pages read from one document. */
  maxPages?: number;
  /** OCR languages to choose from (setting OCR_LANGS); the first is tried first. */
  ocrLangs?: string[];
  /** A language model for what the rules leave open (src/llm); without one, rules only. */
  reader?: OrderReader;
  /** auto (default): ask the model only for drafts the rules send to review; always: for every order. */
  llmMode?: ModelMode;
}

/**
 * The one extraction path shared by the CLI, the drop folder and IMAP: bytes of an email or a
 * file in, the contract's extraction result out. Throws InputError for unreadable input.
 */
export async function extractInput(name: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const input = await readInput(name, bytes, { maxBytes: options.maxBytes, maxPages: options.maxPages, ocr: options.ocrLangs?.length ? { langs: options.ocrLangs } : undefined });
  const result = assembleOrders(input, { sellerNames: options.sellerNames ?? [] });
  return options.reader ? refineWithModel(result, input, { reader: options.reader, mode: options.llmMode ?? 'auto' }) : result;
}
